"""quotes, backslashes and non-ASCII text

Revision ID: 5defb7338846
Revises: 097f17b8aa57
Create Date: 2025-02-11 15:26:14.264198

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5defb7338846'
down_revision: Union[str, Sequence[str], None] = '097f17b8aa57'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE products SET name = 'Café ''Déjà vu'' edition' WHERE sku = 'CAFE-1'")
    products = sa.table("products", sa.column("name", sa.String), sa.column("sku", sa.String))
    op.execute(products.update().where(products.c.sku == op.inline_literal("ÜBER")).values(name=op.inline_literal("Grüße \\ 'quoted'")))
    op.add_column("products", sa.Column("tagline", sa.String(80), server_default="it's new"))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("products", "tagline")
