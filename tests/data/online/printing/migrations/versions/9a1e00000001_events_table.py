"""events table

Revision ID: 9a1e00000001
Revises:
Create Date: 2026-11-21 09:00:00.000000

"""
import logging

from alembic import op
import sqlalchemy as sa

revision = '9a1e00000001'
down_revision = None
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.events")


def upgrade():
    print("creating", "events", sep=": ")
    op.create_table(
        'events',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('kind', sa.String(20), nullable=False),
    )
    log.info("events table created")
    logging.getLogger("myapp.migrations").warning("remember to backfill %s", "events")
    print("done", end="!\n")


def downgrade():
    print("dropping events")
    op.drop_table('events')
