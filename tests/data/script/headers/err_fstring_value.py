"""revision from an f-string"""
BASE = 'bbbb'
revision = f"{BASE}bbbbbbb4"
down_revision = 'bbbb' + 'bbbbbbb3'


def upgrade():
    pass


def downgrade():
    pass
