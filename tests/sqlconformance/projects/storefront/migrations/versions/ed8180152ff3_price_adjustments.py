"""price adjustments

Revision ID: ed8180152ff3
Revises: 9bc0e7b94218
Create Date: 2025-01-15 15:38:02.160494

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ed8180152ff3'
down_revision: Union[str, Sequence[str], None] = '9bc0e7b94218'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    products = sa.table("products", sa.column("id", sa.Integer), sa.column("price", sa.Numeric),
                        sa.column("name", sa.String))
    op.execute(
        products.update()
        .where(products.c.id == op.inline_literal(7))
        .values({"name": op.inline_literal("it's on sale")})
    )
    op.execute(products.update().where(products.c.price < op.inline_literal(0)).values(price=op.inline_literal(0)))
    op.execute(products.delete().where(products.c.name == op.inline_literal("obsolete")))


def downgrade() -> None:
    """Downgrade schema."""
    products = sa.table("products", sa.column("id", sa.Integer), sa.column("name", sa.String))
    op.execute(products.update().where(products.c.id == op.inline_literal(7)).values(name=op.inline_literal("widget")))
