"""add_column inline_references (Alembic 1.16)

Revision ID: 7ddc7a94ad6e
Revises: d58eda117645
Create Date: 2025-01-07 15:42:18.125926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7ddc7a94ad6e'
down_revision: Union[str, Sequence[str], None] = 'd58eda117645'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column(
        "api_tokens",
        sa.Column("setting_key", sa.String(64), sa.ForeignKey("settings.key")),
        inline_references=True,
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("api_tokens", "setting_key")
