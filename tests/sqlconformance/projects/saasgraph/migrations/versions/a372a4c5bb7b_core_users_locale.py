"""core users locale

Revision ID: a372a4c5bb7b
Revises: a4033e8574bd
Create Date: 2025-01-03 11:14:26.108642

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a372a4c5bb7b'
down_revision: Union[str, Sequence[str], None] = 'a4033e8574bd'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("users", sa.Column("locale", sa.String(10), server_default="en", nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("users", "locale")
