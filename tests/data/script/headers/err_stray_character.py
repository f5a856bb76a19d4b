"""a stray dollar"""
revision = 'bbbbbbbbbbba'
down_revision = None
x = $y
