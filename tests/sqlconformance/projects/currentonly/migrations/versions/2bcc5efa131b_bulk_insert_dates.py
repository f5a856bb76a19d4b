"""bulk_insert of date/datetime values (SQLAlchemy 2.0 renders them on PostgreSQL)

Revision ID: 2bcc5efa131b
Revises: d7e9e132f743
Create Date: 2025-01-04 12:21:39.112963

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import datetime


# revision identifiers, used by Alembic.
revision: str = '2bcc5efa131b'
down_revision: Union[str, Sequence[str], None] = 'd7e9e132f743'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    holidays = sa.table(
        "holidays",
        sa.column("day", sa.Date),
        sa.column("name", sa.String),
        sa.column("announced_at", sa.DateTime),
    )
    op.create_table(
        "holidays",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("announced_at", sa.DateTime),
    )
    op.bulk_insert(holidays, [
        {"day": datetime.date(2025, 12, 25), "name": "Christmas", "announced_at": datetime.datetime(2025, 1, 2, 3, 4, 5)},
        {"day": datetime.date(2026, 1, 1), "name": "New Year", "announced_at": None},
    ])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("holidays")
