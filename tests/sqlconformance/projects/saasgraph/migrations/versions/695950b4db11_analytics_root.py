"""analytics root

Revision ID: 695950b4db11
Revises: 
Create Date: 2025-01-13 13:24:36.151852

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '695950b4db11'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ('analytics',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "page_views",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.String(500), nullable=False),
        sa.Column("viewed_at", sa.DateTime, server_default=sa.func.now()),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("page_views")
