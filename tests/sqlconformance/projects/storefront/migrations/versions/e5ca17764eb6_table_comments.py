"""table comments

Revision ID: e5ca17764eb6
Revises: c697073d1fd8
Create Date: 2025-01-23 15:34:46.195062

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e5ca17764eb6'
down_revision: Union[str, Sequence[str], None] = 'c697073d1fd8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table_comment("orders", "Customer orders")
    op.create_table_comment("products", "Sellable items; price in EUR", existing_comment=None)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table_comment("products", existing_comment="Sellable items; price in EUR")
    op.drop_table_comment("orders")
