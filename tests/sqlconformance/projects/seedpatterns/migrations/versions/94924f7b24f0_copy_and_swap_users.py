"""copy and swap table recreation

Revision ID: 94924f7b24f0
Revises: 93d1479eb8e0
Create Date: 2025-01-04 12:21:39.112963

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '94924f7b24f0'
down_revision: Union[str, Sequence[str], None] = '93d1479eb8e0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Create new table with desired schema
    op.create_table(
        'users_new',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('username', sa.String(100), nullable=False),
        sa.Column('status', sa.String(20), nullable=True),
        # ... new schema
    )

    # Copy data
    op.execute('''
        INSERT INTO users_new (id, username)
        SELECT id, username FROM users
    ''')

    # Drop old table
    op.drop_table('users')

    # Rename new table
    op.rename_table('users_new', 'users')


def downgrade() -> None:
    """Downgrade schema."""
    op.create_table(
        'users_old',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('username', sa.String(), nullable=False),
        sa.Column('is_active', sa.Integer(), nullable=False, server_default="1"),
    )
    op.execute("INSERT INTO users_old (id, username) SELECT id, username FROM users")
    op.drop_table('users')
    op.rename_table('users_old', 'users')
