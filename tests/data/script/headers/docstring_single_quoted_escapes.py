'single-quoted docstring\twith\nescapes \u00e9 and \x41' "and a second literal"
revision = '888888888888'
down_revision = None
def upgrade(): pass
def downgrade(): pass
