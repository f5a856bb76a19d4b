"""add order status and backfill it

Revision ID: e6a2f4c9b873
Revises: 5d0b3e8f7a61
Create Date: 2026-03-11 11:05:59.041762

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e6a2f4c9b873'
down_revision: Union[str, Sequence[str], None] = '5d0b3e8f7a61'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Step 1 of 2: add the column as nullable and fill it for the existing rows.
    op.add_column('orders', sa.Column('status', sa.String(length=20), nullable=True))

    orders = sa.table(
        'orders',
        sa.column('id', sa.Integer),
        sa.column('status', sa.String),
    )
    op.execute(
        orders.update()
        .where(orders.c.status.is_(None))
        .values(status='placed')
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('orders') as batch_op:
        batch_op.drop_column('status')
