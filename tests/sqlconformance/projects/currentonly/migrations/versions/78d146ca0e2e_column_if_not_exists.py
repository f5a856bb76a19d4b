"""add_column if_not_exists / drop_column if_exists (Alembic 1.16)

Revision ID: 78d146ca0e2e
Revises: b01aea830fb6
Create Date: 2025-01-02 10:07:13.104321

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '78d146ca0e2e'
down_revision: Union[str, Sequence[str], None] = 'b01aea830fb6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("settings", sa.Column("scope", sa.String(20), server_default="global"), if_not_exists=True)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("settings", "scope", if_exists=True)
