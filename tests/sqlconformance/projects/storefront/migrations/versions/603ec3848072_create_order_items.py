"""create order items

Revision ID: 603ec3848072
Revises: 150ab6974486
Create Date: 2025-01-10 10:03:57.138889

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '603ec3848072'
down_revision: Union[str, Sequence[str], None] = '150ab6974486'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'order_items',
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False, default=1),
        sa.Column('price', sa.Numeric(10, 2), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'], name='fk_order_items_product',
                                deferrable=True, initially='DEFERRED'),
        sa.PrimaryKeyConstraint('order_id', 'product_id', name='pk_order_items'),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('order_items')
