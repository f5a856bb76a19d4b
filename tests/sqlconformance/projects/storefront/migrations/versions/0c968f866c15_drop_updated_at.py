"""drop updated at

Revision ID: 0c968f866c15
Revises: 0adf0f8dfae0
Create Date: 2025-01-26 10:55:25.208025

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0c968f866c15'
down_revision: Union[str, Sequence[str], None] = '0adf0f8dfae0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_column('products', 'updated_at')


def downgrade() -> None:
    """Downgrade schema."""
    op.add_column('products', sa.Column('updated_at', sa.DateTime(), nullable=True))
