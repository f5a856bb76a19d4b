"""add product active flag

Revision ID: d2f81c5a7e36
Revises: 0c6e4a9b3f78
Create Date: 2026-04-01 09:55:44.170326

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd2f81c5a7e36'
down_revision: Union[str, Sequence[str], None] = '0c6e4a9b3f78'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('products', sa.Column('is_active', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.create_index('ix_products_is_active', 'products', ['is_active'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_products_is_active', table_name='products')
    with op.batch_alter_table('products') as batch_op:
        batch_op.drop_column('is_active')
