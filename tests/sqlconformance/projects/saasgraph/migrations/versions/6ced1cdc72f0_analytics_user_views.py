"""analytics: per-user views (depends on core users)

Revision ID: 6ced1cdc72f0
Revises: 695950b4db11
Create Date: 2025-01-14 14:31:49.156173

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '6ced1cdc72f0'
down_revision: Union[str, Sequence[str], None] = '695950b4db11'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = ('a4033e8574bd',)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "user_views",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("view_id", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("user_views")
