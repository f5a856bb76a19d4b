"""Boolean with constraint: implicit CHECK skipped on SQLite with a warning

Revision ID: 63c81bffd956
Revises: 704027a3a9ec
Create Date: 2025-01-13 13:24:36.151852

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '63c81bffd956'
down_revision: Union[str, Sequence[str], None] = '704027a3a9ec'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("books", sa.Column("in_print", sa.Integer))
    op.alter_column("books", "in_print", type_=sa.Boolean(create_constraint=True, name="ck_books_in_print"),
                    existing_type=sa.Integer)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("books", "in_print")
