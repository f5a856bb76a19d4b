"""rename users name

Revision ID: 0df039cdca81
Revises: 5788a944424a
Create Date: 2025-01-08 16:49:31.130247

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0df039cdca81'
down_revision: Union[str, Sequence[str], None] = '5788a944424a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.alter_column('users', 'name', new_column_name='full_name')


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column('users', 'full_name', new_column_name='name')
