"""ids with characters Alembic forbids"""
revision = 'feature-1+2@x'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
