"""feat c timezone

Revision ID: 305d5729aa4a
Revises: 220350164993
Create Date: 2025-01-18 10:59:41.173457

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '305d5729aa4a'
down_revision: Union[str, Sequence[str], None] = '220350164993'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("users", sa.Column("timezone", sa.String(40), server_default="UTC"))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("users", "timezone")
