"""batch recreate=always with insert_before/insert_after

Revision ID: 0ef839454414
Revises: 440bccc7e540
Create Date: 2025-01-05 13:28:52.117284

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0ef839454414'
down_revision: Union[str, Sequence[str], None] = '440bccc7e540'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    tags = sa.Table(
        "tags", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(30), nullable=False),
        sa.Column("color", sa.String(7)),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(30), nullable=False),
        sa.Column("color", sa.String(7)),
    )
    with op.batch_alter_table("tags", copy_from=tags, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer, server_default="0", nullable=False), insert_before="label")
        batch_op.add_column(sa.Column("slug", sa.String(30)), insert_after="label")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("tags")
