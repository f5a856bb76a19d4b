"""add_column with ForeignKey (SQLite refuses)

Revision ID: efaf52435161
Revises: c8cc828af0e2
Create Date: 2025-01-02 10:07:13.104321

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'efaf52435161'
down_revision: Union[str, Sequence[str], None] = 'c8cc828af0e2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("books", sa.Column("author_id", sa.Integer, sa.ForeignKey("authors.id")))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("books", "author_id")
