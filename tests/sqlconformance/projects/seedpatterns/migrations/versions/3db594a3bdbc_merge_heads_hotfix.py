"""hotfix branched from an older revision

Revision ID: 3db594a3bdbc
Revises: e3bf1a33bb79
Create Date: 2025-01-15 15:38:02.160494

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3db594a3bdbc'
down_revision: Union[str, Sequence[str], None] = 'e3bf1a33bb79'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE pages SET is_public = 0 WHERE slug LIKE 'draft-%'")


def downgrade() -> None:
    """Downgrade schema."""
    pass
