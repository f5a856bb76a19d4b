"""values imported from elsewhere"""
from .common import down_revision
from .common import (labels as branch_labels, other)
revision = 'bbbbbbbbbbbb'


def upgrade():
    pass


def downgrade():
    pass
