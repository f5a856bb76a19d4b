"""base tables

Revision ID: c8cc828af0e2
Revises: 
Create Date: 2025-01-01 09:00:00.100000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c8cc828af0e2'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
    )
    op.create_table(
        "books",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("isbn", sa.String(13)),
        sa.Column("pages", sa.Integer),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("books")
    op.drop_table("authors")
