"""batch: rename + type, constraints, fk

Revision ID: 440bccc7e540
Revises: 4abcaa94fe8e
Create Date: 2025-01-04 12:21:39.112963

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '440bccc7e540'
down_revision: Union[str, Sequence[str], None] = '4abcaa94fe8e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    account = sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("age", sa.Integer, server_default="0"),
        sa.Column("nick", sa.String(20)),
        sa.Column("n", sa.Integer, server_default="5"),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("owner.id")),
        sa.CheckConstraint("age >= 0", name="ck_age"),
        sa.UniqueConstraint("email", name="uq_account_email"),
        sa.Index("ix_account_name", "name"),
        sa.Index("ix_account_email", "email"),
    )
    with op.batch_alter_table("account", copy_from=account) as batch_op:
        batch_op.alter_column("name", new_column_name="full_name", type_=sa.String(120),
                              existing_type=sa.String(50), existing_nullable=False)
        batch_op.drop_column("nick")
        batch_op.create_unique_constraint("uq_account_age", ["age"])
        batch_op.create_foreign_key("fk_account_owner", "owner", ["owner_id"], ["id"], ondelete="CASCADE")
        batch_op.create_check_constraint("ck_account_n", "n < 100")
        batch_op.create_index("ix_account_age", ["age"])


def downgrade() -> None:
    """Downgrade schema."""
    account = sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("age", sa.Integer, server_default="0"),
        sa.Column("n", sa.Integer, server_default="5"),
        sa.Column("owner_id", sa.Integer),
        sa.CheckConstraint("age >= 0", name="ck_age"),
        sa.CheckConstraint("n < 100", name="ck_account_n"),
        sa.UniqueConstraint("email", name="uq_account_email"),
        sa.UniqueConstraint("age", name="uq_account_age"),
        sa.ForeignKeyConstraint(["owner_id"], ["owner.id"], name="fk_account_owner", ondelete="CASCADE"),
        sa.Index("ix_account_name", "full_name"),
        sa.Index("ix_account_email", "email"),
        sa.Index("ix_account_age", "age"),
    )
    with op.batch_alter_table("account", copy_from=account) as batch_op:
        batch_op.drop_index("ix_account_age")
        batch_op.drop_constraint("ck_account_n", type_="check")
        batch_op.drop_constraint("fk_account_owner", type_="foreignkey")
        batch_op.drop_constraint("uq_account_age", type_="unique")
        batch_op.add_column(sa.Column("nick", sa.String(20)))
        batch_op.alter_column("full_name", new_column_name="name", type_=sa.String(50),
                              existing_type=sa.String(120), existing_nullable=False)
