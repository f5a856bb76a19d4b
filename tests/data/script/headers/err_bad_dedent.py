"""bad indentation"""
revision = 'bbbbbbbbbbb8'
down_revision = None


def upgrade():
        op.execute("x")
    op.execute("y")
