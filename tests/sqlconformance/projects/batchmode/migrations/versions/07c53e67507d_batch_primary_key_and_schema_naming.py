"""batch primary key and schema naming

Revision ID: 07c53e67507d
Revises: e643819adad5
Create Date: 2025-01-10 10:03:57.138889

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '07c53e67507d'
down_revision: Union[str, Sequence[str], None] = 'e643819adad5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    links = sa.Table(
        "links", sa.MetaData(),
        sa.Column("src", sa.Integer, nullable=False),
        sa.Column("dst", sa.Integer, nullable=False),
        sa.Column("weight", sa.Float),
    )
    op.create_table(
        "links",
        sa.Column("src", sa.Integer, nullable=False),
        sa.Column("dst", sa.Integer, nullable=False),
        sa.Column("weight", sa.Float),
    )
    with op.batch_alter_table("links", copy_from=links) as batch_op:
        batch_op.create_primary_key("pk_links", ["src", "dst"])
        batch_op.create_foreign_key("fk_links_src_owner", "owner", ["src"], ["id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("links")
