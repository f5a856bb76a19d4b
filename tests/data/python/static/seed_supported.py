from __future__ import annotations

import logging
import os
from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql import column, table
import sqlmodel

log = logging.getLogger(__name__)


def upgrade() -> None:
    if context.is_offline_mode():
        return
    conn = op.get_bind()
    rows = conn.execute(sa.text("PRAGMA table_info(users)")).fetchall()
    if os.environ.get("SKIP") is None and not any(r[1] == "x" for r in rows):
        op.add_column("users", sa.Column("x", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    with op.get_context().autocommit_block():
        op.create_index("ix", "users", ["x"], postgresql_concurrently=True)
