"""merge auth and billing

Revision ID: 56cb64b2006e
Revises: 55209c4d8f88, a29e5fb07380
Create Date: 2025-01-11 11:10:10.143210

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '56cb64b2006e'
down_revision: Union[str, Sequence[str], None] = ('55209c4d8f88', 'a29e5fb07380')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
