"""batch boolean enum constraints

Revision ID: 85ad1e8be891
Revises: 139a65dfc334
Create Date: 2025-01-08 16:49:31.130247

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '85ad1e8be891'
down_revision: Union[str, Sequence[str], None] = '139a65dfc334'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    flags = sa.Table(
        "flags", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("enabled", sa.Boolean(create_constraint=True, name="ck_flags_enabled")),
        sa.Column("level", sa.Enum("low", "high", name="flag_level", create_constraint=True)),
        sa.Column("legacy", sa.Boolean()),
    )
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("enabled", sa.Boolean(create_constraint=True, name="ck_flags_enabled")),
        sa.Column("level", sa.Enum("low", "high", name="flag_level", create_constraint=True)),
        sa.Column("legacy", sa.Boolean()),
    )
    with op.batch_alter_table("flags", copy_from=flags) as batch_op:
        batch_op.drop_column("legacy")
        batch_op.alter_column("level", type_=sa.String(10), existing_type=sa.Enum("low", "high", name="flag_level", create_constraint=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("flags")
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TYPE IF EXISTS flag_level")
