"""add phone field to users table

Revision ID: a93f83d77bc3
Revises: 8d67bdf7e414
Create Date: 2025-01-06 14:35:05.121605

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a93f83d77bc3'
down_revision: Union[str, Sequence[str], None] = '8d67bdf7e414'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('users', sa.Column('phone', sa.String(length=20)))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('users', 'phone')
