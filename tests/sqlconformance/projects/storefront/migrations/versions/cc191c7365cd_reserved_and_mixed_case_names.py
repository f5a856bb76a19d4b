"""reserved and mixed case names

Revision ID: cc191c7365cd
Revises: d01de9521dcb
Create Date: 2025-01-18 10:59:41.173457

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'cc191c7365cd'
down_revision: Union[str, Sequence[str], None] = 'd01de9521dcb'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "AuditLog",
        sa.Column("Id", sa.Integer, primary_key=True),
        sa.Column("order", sa.Integer),
        sa.Column("user", sa.String(50)),
        sa.Column("old", sa.Text),
        sa.Column("select", sa.String(10)),
        sa.Column("when", sa.DateTime),
    )
    op.create_index(op.f("ix_A"), "AuditLog", ["order"])
    op.add_column("AuditLog", sa.Column("Group", sa.String(20)))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("AuditLog", "Group")
    op.drop_index(op.f("ix_A"), table_name="AuditLog")
    op.drop_table("AuditLog")
