"""index account email

Revision ID: d4c3f6b8a0e2
Revises: c3d2e5a7b9f1
Create Date: 2026-02-13 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd4c3f6b8a0e2'
down_revision: Union[str, Sequence[str], None] = 'c3d2e5a7b9f1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index('ix_account_email', 'account', ['email'], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_account_email', table_name='account')
