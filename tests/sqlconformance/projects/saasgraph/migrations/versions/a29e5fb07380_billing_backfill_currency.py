"""billing backfill currency

Revision ID: a29e5fb07380
Revises: 7ef0fde1ab31
Create Date: 2025-01-10 10:03:57.138889

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a29e5fb07380'
down_revision: Union[str, Sequence[str], None] = '7ef0fde1ab31'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    invoices = sa.table("invoices", sa.column("currency", sa.String), sa.column("tenant_id", sa.Integer))
    op.execute(invoices.update().where(invoices.c.tenant_id == op.inline_literal(1)).values(currency=op.inline_literal("USD")))


def downgrade() -> None:
    """Downgrade schema."""
    pass
