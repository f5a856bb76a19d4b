from alembic import op


def upgrade():
    op.add_column("t")
