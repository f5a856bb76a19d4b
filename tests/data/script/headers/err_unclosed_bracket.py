"""bracket never closed"""
revision = 'bbbbbbbbbbb9'
down_revision = ('bbbbbbbbbbb8',
