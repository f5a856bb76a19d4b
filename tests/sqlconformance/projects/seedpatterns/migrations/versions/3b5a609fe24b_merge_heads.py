"""merge heads

Revision ID: 3b5a609fe24b
Revises: 4ae0a311e40f, 3db594a3bdbc
Create Date: 2025-01-16 16:45:15.164815

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3b5a609fe24b'
down_revision: Union[str, Sequence[str], None] = ('4ae0a311e40f', '3db594a3bdbc')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
