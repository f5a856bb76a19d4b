"""ids built from adjacent literals"""
revision = 'abc' "def" \
    '123456'
down_revision = ('aaaa'
                 'bbbbcccc')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
