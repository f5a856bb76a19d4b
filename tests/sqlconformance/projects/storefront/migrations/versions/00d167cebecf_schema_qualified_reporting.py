"""schema qualified reporting

Revision ID: 00d167cebecf
Revises: 5a9707cccd04
Create Date: 2025-02-04 16:37:43.233951

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '00d167cebecf'
down_revision: Union[str, Sequence[str], None] = '5a9707cccd04'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "daily_sales",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("amount", sa.Numeric(14, 2), nullable=False),
        schema="reporting",
    )
    op.add_column("daily_sales", sa.Column("orders", sa.Integer), schema="reporting")
    op.create_index("ix_daily_sales_amount", "daily_sales", ["amount"], schema="reporting")
    op.rename_table("daily_sales", "sales_per_day", schema="reporting")


def downgrade() -> None:
    """Downgrade schema."""
    op.rename_table("sales_per_day", "daily_sales", schema="reporting")
    op.drop_index("ix_daily_sales_amount", table_name="daily_sales", schema="reporting")
    op.drop_column("daily_sales", "orders", schema="reporting")
    op.drop_table("daily_sales", schema="reporting")
