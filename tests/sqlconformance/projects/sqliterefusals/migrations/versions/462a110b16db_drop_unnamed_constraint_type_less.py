"""drop unnamed constraint type less

Revision ID: 462a110b16db
Revises: 60d085c9cbb9
Create Date: 2025-01-10 10:03:57.138889

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '462a110b16db'
down_revision: Union[str, Sequence[str], None] = '60d085c9cbb9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_constraint("books_isbn_key", "books")


def downgrade() -> None:
    """Downgrade schema."""
    op.create_unique_constraint("books_isbn_key", "books", ["isbn"])
