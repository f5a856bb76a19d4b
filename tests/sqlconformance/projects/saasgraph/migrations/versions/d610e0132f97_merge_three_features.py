"""merge three feature branches

Revision ID: d610e0132f97
Revises: c4cca9127b0f, 913c2223682b, 305d5729aa4a
Create Date: 2025-01-19 11:06:54.177778

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd610e0132f97'
down_revision: Union[str, Sequence[str], None] = ('c4cca9127b0f', '913c2223682b', '305d5729aa4a')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
