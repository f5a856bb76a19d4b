"""create companies

Revision ID: 1dd6ecd21a6d
Revises: ef549833598f
Create Date: 2025-01-02 10:07:13.104321

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1dd6ecd21a6d'
down_revision: Union[str, Sequence[str], None] = 'ef549833598f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), server_default="US", nullable=False),
        sa.Column("founded", sa.Date(), server_default=sa.text("CURRENT_DATE")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("companies")
