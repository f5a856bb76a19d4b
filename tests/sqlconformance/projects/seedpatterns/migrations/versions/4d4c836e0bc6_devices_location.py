"""devices location

Revision ID: 4d4c836e0bc6
Revises: 0c2da3982180
Create Date: 2025-01-09 09:56:44.134568

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '4d4c836e0bc6'
down_revision: Union[str, Sequence[str], None] = '0c2da3982180'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'devices',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sqlmodel.AutoString(), nullable=False),
    )
    op.add_column('devices', sa.Column('location', sa.String(255), nullable=True))
    op.execute("UPDATE devices SET location = 'unknown' WHERE location IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('devices')
