"""Step 1: add nullable column

Revision ID: a0abdf6bdcbb
Revises: a93f83d77bc3
Create Date: 2025-01-07 15:42:18.125926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a0abdf6bdcbb'
down_revision: Union[str, Sequence[str], None] = 'a93f83d77bc3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('users', sa.Column('email_verified', sa.Boolean(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('users', 'email_verified')
