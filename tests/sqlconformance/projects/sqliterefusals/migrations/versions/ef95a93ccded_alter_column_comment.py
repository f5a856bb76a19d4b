"""column comment (SQLite cannot compile it)

Revision ID: ef95a93ccded
Revises: 462a110b16db
Create Date: 2025-01-11 11:10:10.143210

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ef95a93ccded'
down_revision: Union[str, Sequence[str], None] = '462a110b16db'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.alter_column("books", "title", comment="the book's title", existing_type=sa.String(200))


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column("books", "title", comment=None, existing_comment="the book's title", existing_type=sa.String(200))
