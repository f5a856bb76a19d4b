"""merge user phone and product sku

Revision ID: b85d2e6f0a13
Revises: 9e3c7b1f6d25, 47f0a8d2c6e9
Create Date: 2026-03-19 14:26:51.407513

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b85d2e6f0a13'
down_revision: Union[str, Sequence[str], None] = ('9e3c7b1f6d25', '47f0a8d2c6e9')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
