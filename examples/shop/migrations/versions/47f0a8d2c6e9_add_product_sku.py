"""add product sku

Revision ID: 47f0a8d2c6e9
Revises: 1b7d5e3a9c04
Create Date: 2026-03-18 10:03:36.218847

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '47f0a8d2c6e9'
down_revision: Union[str, Sequence[str], None] = '1b7d5e3a9c04'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('products') as batch_op:
        batch_op.add_column(sa.Column('sku', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_products_sku', ['sku'], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('products') as batch_op:
        batch_op.drop_index('ix_products_sku')
        batch_op.drop_column('sku')
