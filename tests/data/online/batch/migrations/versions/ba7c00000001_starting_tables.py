"""starting tables

Revision ID: ba7c00000001
Revises: 
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'ba7c00000001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE owner (id INTEGER NOT NULL PRIMARY KEY)")
    # one element per line, as SQLAlchemy's reflection regexes expect (reference §7.6 harness)
    op.execute(
        "CREATE TABLE account (\n"
        "    id INTEGER NOT NULL PRIMARY KEY,\n"
        "    name VARCHAR(50) NOT NULL,\n"
        "    email VARCHAR(100),\n"
        "    age INTEGER DEFAULT 0,\n"
        "    owner_id INTEGER REFERENCES owner(id),\n"
        "    CONSTRAINT ck_age CHECK (age >= 0),\n"
        "    CONSTRAINT uq_account_email UNIQUE (email)\n"
        ")"
    )
    op.execute("CREATE INDEX ix_account_name ON account (name)")
    op.execute("INSERT INTO owner (id) VALUES (1)")
    op.execute("INSERT INTO account (id, name, email, age, owner_id) VALUES (1, 'a', 'a@x', 3, NULL)")


def downgrade() -> None:
    op.drop_table("account")
    op.drop_table("owner")
