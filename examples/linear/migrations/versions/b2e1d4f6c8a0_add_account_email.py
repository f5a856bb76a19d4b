"""add account email

Revision ID: b2e1d4f6c8a0
Revises: a1f0c3e5b7d9
Create Date: 2026-02-11 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b2e1d4f6c8a0'
down_revision: Union[str, Sequence[str], None] = 'a1f0c3e5b7d9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('account', sa.Column('email', sa.String(length=255), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('account') as batch_op:
        batch_op.drop_column('email')
