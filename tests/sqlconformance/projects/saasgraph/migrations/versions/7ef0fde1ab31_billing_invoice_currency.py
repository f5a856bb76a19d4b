"""billing invoice currency

Revision ID: 7ef0fde1ab31
Revises: 54b4ec456641
Create Date: 2025-01-09 09:56:44.134568

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7ef0fde1ab31'
down_revision: Union[str, Sequence[str], None] = '54b4ec456641'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("invoices", sa.Column("currency", sa.String(3), server_default="EUR", nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("invoices", "currency")
