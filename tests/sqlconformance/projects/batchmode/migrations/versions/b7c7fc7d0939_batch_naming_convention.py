"""batch naming convention

Revision ID: b7c7fc7d0939
Revises: 9f6168c4af83
Create Date: 2025-01-12 12:17:23.147531

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b7c7fc7d0939'
down_revision: Union[str, Sequence[str], None] = '9f6168c4af83'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    meta_tbl = sa.Table(
        "owner", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(40), nullable=False, server_default="n/a"),
        sa.Column("since", sa.Date),
        sa.Column("score", sa.Integer),
        sa.Column("data", sa.JSON),
    )
    naming_convention = {
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
    with op.batch_alter_table("owner", copy_from=meta_tbl, naming_convention=naming_convention) as batch_op:
        batch_op.create_unique_constraint(None, ["title"])
        batch_op.create_check_constraint("score_range", "score BETWEEN 0 AND 100")


def downgrade() -> None:
    """Downgrade schema."""
    pass
