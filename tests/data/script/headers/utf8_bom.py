"""file with a byte order mark"""
revision = 'aaaaaaaaaaa7'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
