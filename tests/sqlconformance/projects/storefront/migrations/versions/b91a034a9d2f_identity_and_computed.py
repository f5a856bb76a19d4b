"""identity and computed

Revision ID: b91a034a9d2f
Revises: 27db25b96873
Create Date: 2025-01-21 13:20:20.186420

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b91a034a9d2f'
down_revision: Union[str, Sequence[str], None] = '27db25b96873'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer, sa.Identity(start=1000, increment=1), primary_key=True),
        sa.Column("net", sa.Numeric(12, 2), nullable=False),
        sa.Column("tax", sa.Numeric(12, 2), nullable=False, server_default="0"),
        sa.Column("gross", sa.Numeric(12, 2), sa.Computed("net + tax")),
        sa.Column("doubled", sa.Integer, sa.Computed("net * 2", persisted=True)),
    )
    op.create_table(
        "counters",
        sa.Column("id", sa.BigInteger, sa.Identity(always=True), primary_key=True),
        sa.Column("n", sa.Integer, nullable=False, server_default=sa.text("0")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("counters")
    op.drop_table("invoices")
