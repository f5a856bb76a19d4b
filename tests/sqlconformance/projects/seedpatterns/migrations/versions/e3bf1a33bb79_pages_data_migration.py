"""pages data migration

Revision ID: e3bf1a33bb79
Revises: 4d4c836e0bc6
Create Date: 2025-01-10 10:03:57.138889

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column
from sqlalchemy import String, Boolean


# revision identifiers, used by Alembic.
revision: str = 'e3bf1a33bb79'
down_revision: Union[str, Sequence[str], None] = '4d4c836e0bc6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pages = table(
        "pages",
        column("id", String),
        column("is_public", Boolean),
        column("layout", String),
    )
    op.execute(pages.update().where(pages.c.layout == None).values(layout="{}"))  # noqa: E711
    op.execute(pages.update().values(is_public=True).where(pages.c.id.in_(["home", "about"])))
    op.execute(pages.delete().where(pages.c.id.like("tmp-%")))


def downgrade() -> None:
    """Downgrade schema."""
    pass
