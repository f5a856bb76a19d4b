"""billing invoices

Revision ID: 54b4ec456641
Revises: e1816bea2dcb
Create Date: 2025-01-08 16:49:31.130247

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '54b4ec456641'
down_revision: Union[str, Sequence[str], None] = 'e1816bea2dcb'
branch_labels: Union[str, Sequence[str], None] = ('billing',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id")),
        sa.Column("amount_cents", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("invoices")
