"""audit index

Revision ID: 7d6a5e148c07
Revises: b1e9c012a121
Create Date: 2025-01-22 14:27:33.190741

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7d6a5e148c07'
down_revision: Union[str, Sequence[str], None] = 'b1e9c012a121'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index("ix_audit_events_kind", "audit_events", ["kind"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_audit_events_kind", table_name="audit_events")
