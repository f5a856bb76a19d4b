"""a step SQLite accepts

Revision ID: 5daafbadcffd
Revises: 7821b4e5e04a
Create Date: 2025-01-08 16:49:31.130247

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5daafbadcffd'
down_revision: Union[str, Sequence[str], None] = '7821b4e5e04a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("books", sa.Column("published", sa.Date))
    op.create_index("ix_books_published", "books", ["published"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_books_published", table_name="books")
    op.drop_column("books", "published")
