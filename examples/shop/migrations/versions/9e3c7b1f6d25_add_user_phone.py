"""add user phone

Revision ID: 9e3c7b1f6d25
Revises: 1b7d5e3a9c04
Create Date: 2026-03-18 08:47:13.992401

"""
from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9e3c7b1f6d25'
down_revision: Union[str, Sequence[str], None] = '1b7d5e3a9c04'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def column_exists(table_name: str, column_name: str) -> bool:
    """True when the SQLite table already has the column (safe to re-run)."""
    if context.is_offline_mode():
        return False  # --sql: no database to ask; emit the ALTER
    conn = op.get_bind()
    result = conn.execute(sa.text(f"PRAGMA table_info({table_name})"))
    columns = [row[1] for row in result.fetchall()]
    return column_name in columns


def upgrade() -> None:
    """Upgrade schema."""
    if not column_exists('users', 'phone'):
        op.add_column('users', sa.Column('phone', sa.String(length=32), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    if column_exists('users', 'phone'):
        with op.batch_alter_table('users') as batch_op:
            batch_op.drop_column('phone')
