"""check constraint expression

Revision ID: 7821b4e5e04a
Revises: eeb9c7f07739
Create Date: 2025-01-07 15:42:18.125926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7821b4e5e04a'
down_revision: Union[str, Sequence[str], None] = 'eeb9c7f07739'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_check_constraint("ck_books_title_len", "books", sa.func.length(sa.column("title")) > 1)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("ck_books_title_len", "books")
