"""add order total

Revision ID: 0c6e4a9b3f78
Revises: b85d2e6f0a13
Create Date: 2026-03-25 17:12:08.835290

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0c6e4a9b3f78'
down_revision: Union[str, Sequence[str], None] = 'b85d2e6f0a13'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('orders', sa.Column('total_cents', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        """
        UPDATE orders
        SET total_cents = (
            SELECT COALESCE(SUM(order_items.quantity * order_items.unit_price_cents), 0)
            FROM order_items
            WHERE order_items.order_id = orders.id
        )
        """
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('orders') as batch_op:
        batch_op.drop_column('total_cents')
