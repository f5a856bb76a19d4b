"""batch: partial_reordering

Revision ID: 19ba94725032
Revises: b10aed732e54
Create Date: 2025-01-14 14:31:49.156173

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '19ba94725032'
down_revision: Union[str, Sequence[str], None] = 'b10aed732e54'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pairs = sa.Table(
        "pairs", sa.MetaData(),
        sa.Column("a", sa.Integer),
        sa.Column("b", sa.Integer),
        sa.Column("c", sa.Integer),
    )
    op.create_table("pairs", sa.Column("a", sa.Integer), sa.Column("b", sa.Integer), sa.Column("c", sa.Integer))
    with op.batch_alter_table("pairs", copy_from=pairs, recreate="always", partial_reordering=[("c", "b")]) as batch_op:
        batch_op.alter_column("a", new_column_name="alpha", existing_type=sa.Integer)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("pairs")
