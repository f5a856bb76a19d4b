"""auth sessions ip

Revision ID: 6133aacaae98
Revises: be6f1e59fecb
Create Date: 2025-01-06 14:35:05.121605

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '6133aacaae98'
down_revision: Union[str, Sequence[str], None] = 'be6f1e59fecb'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("sessions", sa.Column("ip", sa.String(45)))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("sessions", "ip")
