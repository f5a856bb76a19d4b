"""batch needing reflection (SQLite refuses offline)

Revision ID: b10aed732e54
Revises: b7c7fc7d0939
Create Date: 2025-01-13 13:24:36.151852

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b10aed732e54'
down_revision: Union[str, Sequence[str], None] = 'b7c7fc7d0939'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("account") as batch_op:
        batch_op.alter_column("email", type_=sa.String(200), existing_type=sa.String(100))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("account") as batch_op:
        batch_op.alter_column("email", type_=sa.String(100), existing_type=sa.String(200))
