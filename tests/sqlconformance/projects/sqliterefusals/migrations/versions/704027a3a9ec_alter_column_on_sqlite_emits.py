"""alter_column: SQLite gets ALTER COLUMN text offline

Revision ID: 704027a3a9ec
Revises: ef95a93ccded
Create Date: 2025-01-12 12:17:23.147531

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '704027a3a9ec'
down_revision: Union[str, Sequence[str], None] = 'ef95a93ccded'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.alter_column("books", "pages", nullable=False, existing_type=sa.Integer)
    op.alter_column("books", "isbn", type_=sa.String(17), existing_type=sa.String(13))
    op.alter_column("books", "pages", server_default="1")


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column("books", "pages", server_default=None)
    op.alter_column("books", "isbn", type_=sa.String(13), existing_type=sa.String(17))
    op.alter_column("books", "pages", nullable=True, existing_type=sa.Integer)
