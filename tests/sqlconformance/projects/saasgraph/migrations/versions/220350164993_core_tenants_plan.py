"""core tenants plan

Revision ID: 220350164993
Revises: 56cb64b2006e
Create Date: 2025-01-12 12:17:23.147531

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '220350164993'
down_revision: Union[str, Sequence[str], None] = '56cb64b2006e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("tenants", sa.Column("plan", sa.String(20), server_default="free"))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("tenants", "plan")
