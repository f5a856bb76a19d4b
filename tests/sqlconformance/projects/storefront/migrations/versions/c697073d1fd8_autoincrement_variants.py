"""autoincrement variants

Revision ID: c697073d1fd8
Revises: b91a034a9d2f
Create Date: 2025-01-22 14:27:33.190741

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c697073d1fd8'
down_revision: Union[str, Sequence[str], None] = 'b91a034a9d2f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sqlite_autoincrement=True,
    )
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


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("big_events")
    op.drop_table("event_tags")
    op.drop_table("events")
