"""create orders

Revision ID: 150ab6974486
Revises: 0df039cdca81
Create Date: 2025-01-09 09:56:44.134568

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '150ab6974486'
down_revision: Union[str, Sequence[str], None] = '0df039cdca81'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL", onupdate="CASCADE"), nullable=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("total", sa.Numeric(12, 2), nullable=False, server_default="0"),
        sa.Column("placed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), index=True),
        sa.Column("note", sa.Text()),
        sa.CheckConstraint("total >= 0", name="ck_orders_total_positive"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_orders_placed_at", table_name="orders")
    op.drop_table("orders")
