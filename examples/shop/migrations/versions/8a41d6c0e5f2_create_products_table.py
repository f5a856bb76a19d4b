"""create products table

Revision ID: 8a41d6c0e5f2
Revises: 3f9c1a7e2b40
Create Date: 2026-03-02 09:31:05.774120

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '8a41d6c0e5f2'
down_revision: Union[str, Sequence[str], None] = '3f9c1a7e2b40'
branch_labels: Union[str, Sequence[str], None] = ('catalog',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'products',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('price_cents', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.CheckConstraint('price_cents >= 0', name='ck_products_price_cents_positive'),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('products')
