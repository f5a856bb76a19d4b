"""broken string"""
revision = 'bbbbbbbbbbb6'
down_revision = 'bbbbbbbbbbb5


def upgrade():
    pass
