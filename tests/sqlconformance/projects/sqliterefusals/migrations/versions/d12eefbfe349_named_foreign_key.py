"""named foreign key

Revision ID: d12eefbfe349
Revises: b9bce853de14
Create Date: 2025-01-05 13:28:52.117284

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd12eefbfe349'
down_revision: Union[str, Sequence[str], None] = 'b9bce853de14'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_foreign_key("fk_books_author", "books", "authors", ["author_id"], ["id"], ondelete="CASCADE")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("fk_books_author", "books", type_="foreignkey")
