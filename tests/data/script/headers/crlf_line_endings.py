"""windows line endings

Revision ID: aaaaaaaaaaa6
Create Date: 2026-05-06 07:08:09.000000

"""
revision = 'aaaaaaaaaaa6'
down_revision = (
    'aaaaaaaaaaa5',
)


def upgrade():
    pass


def downgrade():
    pass
