"""batch table comment and execute

Revision ID: e643819adad5
Revises: 85ad1e8be891
Create Date: 2025-01-09 09:56:44.134568

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e643819adad5'
down_revision: Union[str, Sequence[str], None] = '85ad1e8be891'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    owner = sa.Table(
        "owner", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(40), nullable=False, server_default="n/a"),
        sa.Column("since", sa.Date),
        sa.Column("score", sa.Integer),
        sa.Column("data", sa.JSON),
    )
    with op.batch_alter_table("owner", copy_from=owner) as batch_op:
        batch_op.create_table_comment("Owners of accounts")
        batch_op.execute("UPDATE owner SET score = 0 WHERE score IS NULL")
        batch_op.alter_column("score", nullable=False, existing_type=sa.Integer)


def downgrade() -> None:
    """Downgrade schema."""
    owner = sa.Table(
        "owner", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(40), nullable=False, server_default="n/a"),
        sa.Column("since", sa.Date),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON),
        comment="Owners of accounts",
    )
    with op.batch_alter_table("owner", copy_from=owner) as batch_op:
        batch_op.alter_column("score", nullable=True, existing_type=sa.Integer)
        batch_op.drop_table_comment(existing_comment="Owners of accounts")
