"""batch recreate never

Revision ID: 5b401007767b
Revises: 0ef839454414
Create Date: 2025-01-06 14:35:05.121605

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5b401007767b'
down_revision: Union[str, Sequence[str], None] = '0ef839454414'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("owner", recreate="never") as batch_op:
        batch_op.alter_column("label", new_column_name="title", existing_type=sa.String(40))
        batch_op.add_column(sa.Column("since", sa.Date, server_default=sa.text("CURRENT_DATE")))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("owner", recreate="never") as batch_op:
        batch_op.drop_column("since")
        batch_op.alter_column("title", new_column_name="label", existing_type=sa.String(40))
