"""safe table creation

Revision ID: 93d1479eb8e0
Revises: f314b14f7162
Create Date: 2025-01-03 11:14:26.108642

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from alembic import context


def column_exists(conn, table_name: str, column_name: str) -> bool:
    result = conn.execute(sa.text(f"PRAGMA table_info({table_name})"))
    columns = [row[1] for row in result.fetchall()]
    return column_name in columns


def table_exists(conn, table_name: str) -> bool:
    result = conn.execute(sa.text(
        f"SELECT name FROM sqlite_master WHERE type='table' AND name='{table_name}'"
    ))
    return result.fetchone() is not None


# revision identifiers, used by Alembic.
revision: str = '93d1479eb8e0'
down_revision: Union[str, Sequence[str], None] = 'f314b14f7162'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    conn = op.get_bind()

    if context.is_offline_mode() or not table_exists(conn, 'new_table'):
        op.execute("""
            CREATE TABLE new_table (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL
            )
        """)


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP TABLE IF EXISTS new_table")
