"""populate status

Revision ID: 8d67bdf7e414
Revises: 94924f7b24f0
Create Date: 2025-01-05 13:28:52.117284

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '8d67bdf7e414'
down_revision: Union[str, Sequence[str], None] = '94924f7b24f0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Add column
    op.add_column('users', sa.Column('is_active', sa.Boolean(), nullable=True))

    # Populate with default data
    op.execute("UPDATE users SET status = 'active' WHERE is_active = 1")
    op.execute("UPDATE users SET status = 'inactive' WHERE is_active = 0")

    # Make not nullable
    op.alter_column('users', 'status', nullable=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column('users', 'status', nullable=True)
    op.drop_column('users', 'is_active')
