"""users status data migration

Revision ID: 347bdf865bac
Revises: cef60ab37f4a
Create Date: 2025-01-05 13:28:52.117284

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column
from sqlalchemy import String, Integer


# revision identifiers, used by Alembic.
revision: str = '347bdf865bac'
down_revision: Union[str, Sequence[str], None] = 'cef60ab37f4a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Add new column
    op.add_column('users', sa.Column('status', sa.String(20), default='active'))

    # Migrate data
    users = table('users', column('id', Integer), column('status', String))
    op.execute(users.update().values(status='active'))

    # Make column non-nullable
    op.alter_column('users', 'status', nullable=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('users', 'status')
