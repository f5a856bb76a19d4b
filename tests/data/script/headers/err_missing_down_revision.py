"""no down_revision"""
revision = 'bbbbbbbbbbb5'


def upgrade():
    pass


def downgrade():
    pass
