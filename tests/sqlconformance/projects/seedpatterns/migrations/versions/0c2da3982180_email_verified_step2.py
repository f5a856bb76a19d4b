"""Step 2: backfill data and add NOT NULL constraint

Revision ID: 0c2da3982180
Revises: a0abdf6bdcbb
Create Date: 2025-01-08 16:49:31.130247

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0c2da3982180'
down_revision: Union[str, Sequence[str], None] = 'a0abdf6bdcbb'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Backfill data
    op.execute("UPDATE users SET email_verified = false WHERE email_verified IS NULL")
    # Add constraint
    op.alter_column('users', 'email_verified', nullable=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column('users', 'email_verified', nullable=True)
