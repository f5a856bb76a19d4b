"""literals of the wrong type"""
revision = None
down_revision = 5
branch_labels = (('a', 'b'),)
depends_on = b'bytes'


def upgrade():
    pass


def downgrade():
    pass
