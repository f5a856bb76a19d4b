"""safe column addition with PRAGMA guard

Revision ID: f314b14f7162
Revises: 443288fa9f33
Create Date: 2025-01-02 10:07:13.104321

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
revision: str = 'f314b14f7162'
down_revision: Union[str, Sequence[str], None] = '443288fa9f33'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if context.is_offline_mode():
        op.execute("ALTER TABLE pages ADD COLUMN new_column TEXT")
    else:
        conn = op.get_bind()
        if not column_exists(conn, 'pages', 'new_column'):
            op.execute("ALTER TABLE pages ADD COLUMN new_column TEXT")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("pages", "new_column")
