"""batch: type changes with CAST and defaults

Revision ID: 139a65dfc334
Revises: 5b401007767b
Create Date: 2025-01-07 15:42:18.125926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '139a65dfc334'
down_revision: Union[str, Sequence[str], None] = '5b401007767b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    owner = sa.Table(
        "owner", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(40)),
        sa.Column("since", sa.Date, server_default=sa.text("CURRENT_DATE")),
        sa.Column("score", sa.String(10)),
        sa.Column("data", sa.Text),
    )
    op.add_column("owner", sa.Column("score", sa.String(10)))
    op.add_column("owner", sa.Column("data", sa.Text))
    with op.batch_alter_table("owner", copy_from=owner) as batch_op:
        batch_op.alter_column("score", type_=sa.Integer, existing_type=sa.String(10))
        batch_op.alter_column("data", type_=sa.JSON, existing_type=sa.Text)
        batch_op.alter_column("since", server_default=None, existing_type=sa.Date)
        batch_op.alter_column("title", nullable=False, server_default="n/a", existing_type=sa.String(40))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("owner", "data")
    op.drop_column("owner", "score")
