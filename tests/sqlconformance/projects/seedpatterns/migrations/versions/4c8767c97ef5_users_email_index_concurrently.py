"""users email index concurrently

Revision ID: 4c8767c97ef5
Revises: e3bf1a33bb79
Create Date: 2025-01-11 11:10:10.143210

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4c8767c97ef5'
down_revision: Union[str, Sequence[str], None] = 'e3bf1a33bb79'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Index creation on large tables: CONCURRENTLY on PostgreSQL needs autocommit
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_users_username",
            "users",
            ["username"],
            unique=True,
            postgresql_concurrently=True,
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.get_context().autocommit_block():
        op.drop_index("ix_users_username", table_name="users", postgresql_concurrently=True)
