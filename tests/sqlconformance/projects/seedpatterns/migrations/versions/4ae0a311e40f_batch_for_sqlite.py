"""batch for sqlite

Revision ID: 4ae0a311e40f
Revises: 3fa035967d26
Create Date: 2025-01-14 14:31:49.156173

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4ae0a311e40f'
down_revision: Union[str, Sequence[str], None] = '3fa035967d26'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # For SQLite compatibility
    users = sa.Table(
        "users", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("is_active", sa.Boolean()),
        sa.Column("phone", sa.String(20)),
        sa.Column("email_verified", sa.Boolean(), nullable=False),
        sa.Column("bio", sa.Text()),
        sa.Column("old_field", sa.String(50)),
        sa.Index("ix_users_username", "username", unique=True),
        sa.Index("ix_users_email", "phone"),
    )
    op.add_column("users", sa.Column("old_field", sa.String(50)))
    with op.batch_alter_table('users', copy_from=users) as batch_op:
        batch_op.add_column(sa.Column('new_field', sa.String()))
        batch_op.drop_column('old_field')


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('users', recreate="never") as batch_op:
        batch_op.drop_column('new_field')
