"""assigned inside an if block"""
import os
revision = 'cccccccccccc'
if os.environ.get("X"):
    down_revision = 'bbbbbbbbbbbb'
else:
    down_revision = None
revision += ''
try: branch_labels = ('x',)
except ImportError: pass


def upgrade():
    pass


def downgrade():
    pass
