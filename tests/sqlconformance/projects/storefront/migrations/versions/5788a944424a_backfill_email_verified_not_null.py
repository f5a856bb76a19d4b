"""step 2: backfill and set NOT NULL

Revision ID: 5788a944424a
Revises: 94b96d2a74ee
Create Date: 2025-01-07 15:42:18.125926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5788a944424a'
down_revision: Union[str, Sequence[str], None] = '94b96d2a74ee'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Backfill data
    op.execute("UPDATE users SET email_verified = false WHERE email_verified IS NULL")
    # Add constraint
    op.alter_column('users', 'email_verified', nullable=False, existing_type=sa.Boolean())


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column('users', 'email_verified', nullable=True, existing_type=sa.Boolean())
