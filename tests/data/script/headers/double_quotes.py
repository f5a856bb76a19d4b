"""double quoted values

Revision ID: 0a0b0c0d0e0f
Revises: ffeeddccbbaa
Create Date: 2026-11-21 04:45:33.510614+00:00

"""
revision = "0a0b0c0d0e0f"
down_revision = "ffeeddccbbaa"
branch_labels = "solo"
depends_on = "ffeeddccbbaa"


def upgrade():
    pass


def downgrade():
    pass
