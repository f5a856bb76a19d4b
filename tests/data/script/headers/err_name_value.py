"""down revision from a name"""
PREVIOUS = 'bbbbbbbbbbb1'
revision = 'bbbbbbbbbbb2'
down_revision = PREVIOUS


def upgrade():
    pass


def downgrade():
    pass
