"""join analytics into trunk

Revision ID: e9a58d5d3dbe
Revises: d610e0132f97, faead78c1efd
Create Date: 2025-01-23 15:34:46.195062

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e9a58d5d3dbe'
down_revision: Union[str, Sequence[str], None] = ('d610e0132f97', 'faead78c1efd')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
