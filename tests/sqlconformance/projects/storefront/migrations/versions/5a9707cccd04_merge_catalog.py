"""merge catalog into trunk

Revision ID: 5a9707cccd04
Revises: f393899b7bd7, 646d80eea0ac
Create Date: 2025-02-03 15:30:30.229630

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5a9707cccd04'
down_revision: Union[str, Sequence[str], None] = ('f393899b7bd7', '646d80eea0ac')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
