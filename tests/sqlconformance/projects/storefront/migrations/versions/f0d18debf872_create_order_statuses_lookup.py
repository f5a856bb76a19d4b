"""order status lookup table with seed rows

Revision ID: f0d18debf872
Revises: 603ec3848072
Create Date: 2025-01-11 11:10:10.143210

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f0d18debf872'
down_revision: Union[str, Sequence[str], None] = '603ec3848072'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    statuses = op.create_table(
        "order_statuses",
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("is_final", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("sort", sa.SmallInteger(), nullable=False),
    )
    op.bulk_insert(
        statuses,
        [
            {"code": "new", "label": "New", "is_final": False, "sort": 1},
            {"code": "paid", "label": "Paid", "is_final": False, "sort": 2},
            {"code": "shipped", "label": "Shipped", "is_final": False, "sort": 3},
            {"code": "done", "label": "Customer's order done", "is_final": True, "sort": 4},
        ],
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("order_statuses")
