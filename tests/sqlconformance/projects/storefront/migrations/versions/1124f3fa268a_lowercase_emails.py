"""normalise email case

Revision ID: 1124f3fa268a
Revises: fbf34b32cf2d
Create Date: 2025-01-13 13:24:36.151852

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1124f3fa268a'
down_revision: Union[str, Sequence[str], None] = 'fbf34b32cf2d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Using raw SQL for performance
    op.execute("""
        UPDATE users
        SET email = LOWER(email)
        WHERE email != LOWER(email)
    """)


def downgrade() -> None:
    """Downgrade schema."""
    pass  # Cannot revert case change
