"""feat b avatar

Revision ID: 913c2223682b
Revises: 220350164993
Create Date: 2025-01-17 09:52:28.169136

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '913c2223682b'
down_revision: Union[str, Sequence[str], None] = '220350164993'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("users", sa.Column("avatar_url", sa.String(500)))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("users", "avatar_url")
