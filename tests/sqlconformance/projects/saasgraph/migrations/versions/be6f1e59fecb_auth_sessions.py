"""auth sessions

Revision ID: be6f1e59fecb
Revises: e1816bea2dcb
Create Date: 2025-01-05 13:28:52.117284

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'be6f1e59fecb'
down_revision: Union[str, Sequence[str], None] = 'e1816bea2dcb'
branch_labels: Union[str, Sequence[str], None] = ('auth',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("sessions")
