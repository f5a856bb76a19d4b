"""batch: drop fk, change type, swap indexes

Revision ID: 912b868ccb7a
Revises: 19ba94725032
Create Date: 2025-01-15 15:38:02.160494

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '912b868ccb7a'
down_revision: Union[str, Sequence[str], None] = '19ba94725032'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    links = sa.Table(
        "links", sa.MetaData(),
        sa.Column("src", sa.Integer, nullable=False),
        sa.Column("dst", sa.Integer, nullable=False),
        sa.Column("weight", sa.Float),
        sa.PrimaryKeyConstraint("src", "dst", name="pk_links"),
        sa.ForeignKeyConstraint(["src"], ["owner.id"], name="fk_links_src_owner"),
        sa.Index("ix_links_weight", "weight"),
    )
    with op.batch_alter_table("links", copy_from=links) as batch_op:
        batch_op.drop_constraint("fk_links_src_owner", type_="foreignkey")
        batch_op.alter_column("weight", type_=sa.Numeric(8, 3), existing_type=sa.Float)
        batch_op.drop_index("ix_links_weight")
        batch_op.create_index("ix_links_dst", ["dst"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    pass
