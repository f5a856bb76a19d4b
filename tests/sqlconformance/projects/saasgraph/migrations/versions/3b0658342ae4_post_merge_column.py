"""post merge column

Revision ID: 3b0658342ae4
Revises: e9a58d5d3dbe
Create Date: 2025-01-24 16:41:59.199383

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3b0658342ae4'
down_revision: Union[str, Sequence[str], None] = 'e9a58d5d3dbe'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("daily_rollup", sa.Column("uniques", sa.Integer))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("daily_rollup", "uniques")
