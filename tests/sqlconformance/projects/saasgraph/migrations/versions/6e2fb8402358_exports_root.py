"""exports root

Revision ID: 6e2fb8402358
Revises: a08f7f7947a8
Create Date: 2025-01-28 12:09:51.216667

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '6e2fb8402358'
down_revision: Union[str, Sequence[str], None] = 'a08f7f7947a8'
branch_labels: Union[str, Sequence[str], None] = ('exports',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "exports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), server_default="queued"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("exports")
