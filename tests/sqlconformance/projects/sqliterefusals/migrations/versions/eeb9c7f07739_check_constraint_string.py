"""check constraint string

Revision ID: eeb9c7f07739
Revises: d12eefbfe349
Create Date: 2025-01-06 14:35:05.121605

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'eeb9c7f07739'
down_revision: Union[str, Sequence[str], None] = 'd12eefbfe349'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_check_constraint("ck_books_pages", "books", "pages > 0")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("ck_books_pages", "books", type_="check")
