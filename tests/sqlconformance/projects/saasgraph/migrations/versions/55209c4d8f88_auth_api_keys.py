"""auth api keys

Revision ID: 55209c4d8f88
Revises: 6133aacaae98
Create Date: 2025-01-07 15:42:18.125926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '55209c4d8f88'
down_revision: Union[str, Sequence[str], None] = '6133aacaae98'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(128), nullable=False),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("api_keys")
