"""make order status not null

Revision ID: 1b7d5e3a9c04
Revises: e6a2f4c9b873
Create Date: 2026-03-11 11:22:40.650118

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1b7d5e3a9c04'
down_revision: Union[str, Sequence[str], None] = 'e6a2f4c9b873'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Step 2 of 2: every row has a status now. SQLite cannot ALTER COLUMN, so batch mode
    # copies the table with the new definition and swaps it in.
    with op.batch_alter_table('orders') as batch_op:
        batch_op.alter_column(
            'status',
            existing_type=sa.String(length=20),
            nullable=False,
            server_default='placed',
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('orders') as batch_op:
        batch_op.alter_column(
            'status',
            existing_type=sa.String(length=20),
            nullable=True,
            server_default=None,
        )
