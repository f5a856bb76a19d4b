"""merge branches

Revision ID: d4e5f6a7b8c9
Revises: c3d4aaaaaaaa, c3d4e5f6a7b8
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4e5f6a7b8c9'
down_revision = ('c3d4aaaaaaaa', 'c3d4e5f6a7b8')
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a data migration that reads before it writes
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, number FROM invoices ORDER BY id")).fetchall()
    for row in rows:
        op.execute(
            sa.text("UPDATE invoices SET number = :number WHERE id = :id").bindparams(
                number=row[1] + "-M", id=row[0]
            )
        )
    with op.batch_alter_table("account") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=50), type_=sa.String(length=80))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=80), type_=sa.String(length=50))
    op.execute("UPDATE invoices SET number = substr(number, 1, length(number) - 2) WHERE number LIKE '%-M'")
