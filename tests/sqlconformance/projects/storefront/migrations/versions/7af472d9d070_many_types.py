"""a table with every generic type

Revision ID: 7af472d9d070
Revises: cc191c7365cd
Create Date: 2025-01-19 11:06:54.177778

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7af472d9d070'
down_revision: Union[str, Sequence[str], None] = 'cc191c7365cd'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "everything",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("big", sa.BigInteger),
        sa.Column("small", sa.SmallInteger),
        sa.Column("s50", sa.String(50), nullable=False),
        sa.Column("s", sa.String()),
        sa.Column("t", sa.Text),
        sa.Column("u", sa.Unicode(20)),
        sa.Column("ut", sa.UnicodeText()),
        sa.Column("flag", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("flag2", sa.Boolean(create_constraint=True, name="ck_flag2")),
        sa.Column("dt", sa.DateTime),
        sa.Column("dttz", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("d", sa.Date, server_default=sa.text("CURRENT_DATE")),
        sa.Column("tm", sa.Time),
        sa.Column("f", sa.Float),
        sa.Column("f53", sa.Float(precision=53)),
        sa.Column("num", sa.Numeric(10, 2), server_default="0"),
        sa.Column("num_plain", sa.Numeric()),
        sa.Column("j", sa.JSON),
        sa.Column("uid", sa.String(36)),
        sa.Column("blob", sa.LargeBinary),
        sa.Column("status", sa.Enum("new", "done", name="status_enum")),
        sa.Column("iv", sa.Interval),
        sa.Column("lit", sa.String(10), server_default="abc"),
        sa.Column("now_text", sa.DateTime, server_default=sa.text("now()")),
        sa.Column("code", sa.String(10), unique=True, index=False),
        sa.Column("idxcol", sa.Integer, index=True),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("owner.id", ondelete="CASCADE"), nullable=True),
        sa.Column("commented", sa.Integer, comment="a column comment"),
        sa.UniqueConstraint("s50", "small", name="uq_everything_s50_small"),
        sa.CheckConstraint("small > 0", name="ck_small_pos"),
        comment="table comment",
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_everything_idxcol", table_name="everything")
    op.drop_table("everything")
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TYPE IF EXISTS status_enum")
