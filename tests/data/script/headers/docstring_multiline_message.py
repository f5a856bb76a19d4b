"""first line of the message
second line of the message
  third, indented

Revision ID: 666666666666
Revises:
Create Date: 2026-01-02 03:04:05.000006

"""
revision = '666666666666'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
