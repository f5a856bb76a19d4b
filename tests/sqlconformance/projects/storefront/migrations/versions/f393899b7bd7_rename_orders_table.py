"""rename orders table

Revision ID: f393899b7bd7
Revises: 0c968f866c15
Create Date: 2025-01-27 11:02:38.212346

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f393899b7bd7'
down_revision: Union[str, Sequence[str], None] = '0c968f866c15'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.rename_table("order_items", "order_lines")


def downgrade() -> None:
    """Downgrade schema."""
    op.rename_table("order_lines", "order_items")
