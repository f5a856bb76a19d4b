"""if_not_exists / if_exists on tables and indexes (Alembic 1.12-1.13.3)

Revision ID: b01aea830fb6
Revises: 
Create Date: 2025-01-01 09:00:00.100000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b01aea830fb6'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text),
        if_not_exists=True,
    )
    op.create_index("ix_settings_value", "settings", ["value"], if_not_exists=True)
    op.create_index("ix_settings_key_value", "settings", ["key", "value"], unique=True, if_not_exists=True)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_settings_key_value", table_name="settings", if_exists=True)
    op.drop_index("ix_settings_value", table_name="settings", if_exists=True)
    op.drop_table("settings", if_exists=True)
