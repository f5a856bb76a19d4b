"""drop legacy tables

Revision ID: 097f17b8aa57
Revises: 6a8fbfe93665
Create Date: 2025-02-10 14:19:01.259877

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '097f17b8aa57'
down_revision: Union[str, Sequence[str], None] = '6a8fbfe93665'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_table("big_events")
    op.drop_table("event_tags")


def downgrade() -> None:
    """Downgrade schema."""
    op.create_table(
        "event_tags",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("tag", sa.String(30), nullable=False),
    )
    op.create_table(
        "big_events",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("payload", sa.JSON, nullable=True),
    )
