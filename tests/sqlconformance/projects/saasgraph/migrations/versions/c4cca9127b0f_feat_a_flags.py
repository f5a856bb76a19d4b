"""feat a flags

Revision ID: c4cca9127b0f
Revises: 220350164993
Create Date: 2025-01-16 16:45:15.164815

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c4cca9127b0f'
down_revision: Union[str, Sequence[str], None] = '220350164993'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("tenants", sa.Column("flags", sa.JSON))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("tenants", "flags")
