"""late reports 2

Revision ID: 1aade9aca842
Revises: ae029363686c
Create Date: 2025-01-27 11:02:38.212346

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1aade9aca842'
down_revision: Union[str, Sequence[str], None] = 'ae029363686c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("tenants", sa.Column("report_day", sa.SmallInteger))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("tenants", "report_day")
