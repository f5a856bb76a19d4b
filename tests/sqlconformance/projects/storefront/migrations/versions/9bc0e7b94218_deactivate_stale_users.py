"""deactivate stale users

Revision ID: 9bc0e7b94218
Revises: 1124f3fa268a
Create Date: 2025-01-14 14:31:49.156173

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9bc0e7b94218'
down_revision: Union[str, Sequence[str], None] = '1124f3fa268a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute(
        sa.text("UPDATE users SET is_active = :flag WHERE created_at < :cutoff AND status = :status")
        .bindparams(flag=False, cutoff="2020-01-01", status="pending")
    )
    op.execute(sa.text("DELETE FROM users WHERE id = :id").bindparams(id=5))


def downgrade() -> None:
    """Downgrade schema."""
    op.execute(sa.text("UPDATE users SET is_active = :flag").bindparams(sa.bindparam("flag", True)))
