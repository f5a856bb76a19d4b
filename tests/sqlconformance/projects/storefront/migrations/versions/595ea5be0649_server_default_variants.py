"""server default variants

Revision ID: 595ea5be0649
Revises: 5defb7338846
Create Date: 2025-02-12 16:33:27.268519

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '595ea5be0649'
down_revision: Union[str, Sequence[str], None] = '5defb7338846'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "defaults_demo",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String(20), server_default=sa.text("'pending'")),
        sa.Column("zero", sa.Integer, server_default=sa.literal_column("0")),
        sa.Column("stamp", sa.DateTime, server_default=sa.func.current_timestamp()),
        sa.Column("lowered", sa.String(10), server_default=sa.func.lower("ABC")),
        sa.Column("flag", sa.Boolean, server_default=sa.true()),
        sa.Column("ratio", sa.Float, server_default="1.5"),
        sa.Column("empty", sa.String(5), server_default=""),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("defaults_demo")
