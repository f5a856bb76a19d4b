"""tuple unpacking"""
revision, down_revision = 'cccccccccccd', None


def upgrade():
    pass


def downgrade():
    pass
