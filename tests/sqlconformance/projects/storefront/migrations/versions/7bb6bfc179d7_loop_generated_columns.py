"""loop generated columns

Revision ID: 7bb6bfc179d7
Revises: 4dab377674a4
Create Date: 2025-02-07 11:58:22.246914

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7bb6bfc179d7'
down_revision: Union[str, Sequence[str], None] = '4dab377674a4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    for name, length in [("street", 120), ("city", 80), ("zip", 10)]:
        op.add_column("companies", sa.Column(f"addr_{name}", sa.String(length)))
    extra = {"nullable": True}
    op.add_column("companies", sa.Column("vat_id", sa.String(20), **extra))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("companies", "vat_id")
    for name in reversed(["street", "city", "zip"]):
        op.drop_column("companies", f"addr_{name}")
