"""batch: add_column with SQL-expression default forces recreate on SQLite

Revision ID: 9f6168c4af83
Revises: 07c53e67507d
Create Date: 2025-01-11 11:10:10.143210

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9f6168c4af83'
down_revision: Union[str, Sequence[str], None] = '07c53e67507d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("tags", recreate="auto", copy_from=sa.Table(
        "tags", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, server_default="0", nullable=False),
        sa.Column("label", sa.String(30), nullable=False),
        sa.Column("slug", sa.String(30)),
        sa.Column("color", sa.String(7)),
    )) as batch_op:
        batch_op.add_column(sa.Column("created_at", sa.DateTime, server_default=sa.func.now()))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("tags") as batch_op:
        batch_op.drop_column("created_at")
