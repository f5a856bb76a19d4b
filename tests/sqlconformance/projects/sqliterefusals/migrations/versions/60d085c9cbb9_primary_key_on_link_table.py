"""primary key on link table

Revision ID: 60d085c9cbb9
Revises: 5daafbadcffd
Create Date: 2025-01-09 09:56:44.134568

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '60d085c9cbb9'
down_revision: Union[str, Sequence[str], None] = '5daafbadcffd'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "book_authors",
        sa.Column("book_id", sa.Integer, nullable=False),
        sa.Column("author_id", sa.Integer, nullable=False),
    )
    op.create_primary_key("pk_book_authors", "book_authors", ["book_id", "author_id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("book_authors")
