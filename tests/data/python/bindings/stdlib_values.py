"""datetime / uuid / json values, sa.bindparam, sa.literal_column and batch_op.f in a revision."""
import datetime
import json
import uuid
from datetime import timedelta

from alembic import op
import sqlalchemy as sa

START = datetime.date(2025, 1, 1)


def upgrade():
    holidays = sa.table("holidays", sa.column("day", sa.Date), sa.column("at", sa.DateTime),
                        sa.column("slot", sa.Time), sa.column("ref", sa.String), sa.column("meta", sa.Text))
    op.bulk_insert(holidays, [
        {"day": START + timedelta(days=358), "at": datetime.datetime(2025, 1, 2, 3, 4, 5, 678000),
         "slot": datetime.time(8, 30), "ref": uuid.UUID("12345678-1234-5678-1234-567812345678"),
         "meta": json.dumps({"kind": "public", "weeks": [1, 2]})},
    ])
    op.execute(sa.text("UPDATE users SET is_active = :flag, since = :since")
               .bindparams(sa.bindparam("flag", True), since=START))
    op.add_column("users", sa.Column("zero", sa.Integer, server_default=sa.literal_column("0")))
    with op.batch_alter_table("users") as batch_op:
        batch_op.create_index(batch_op.f("ix_users_zero"), ["zero"])
        batch_op.execute("UPDATE users SET zero = 0")
    print(START.isoformat(), json.loads('{"a": [1]}')["a"], "uuid ok")


def downgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_zero"))
    op.drop_column("users", "zero")
