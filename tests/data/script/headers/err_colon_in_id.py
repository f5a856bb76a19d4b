"""a colon (forbidden since Alembic 1.17.1)"""
revision = 'abc:def'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
