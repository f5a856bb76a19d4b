"""unique constraint

Revision ID: b9bce853de14
Revises: 129703b9849b
Create Date: 2025-01-04 12:21:39.112963

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b9bce853de14'
down_revision: Union[str, Sequence[str], None] = '129703b9849b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_unique_constraint("uq_books_isbn", "books", ["isbn"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("uq_books_isbn", "books", type_="unique")
