"""seed patterns

Revision ID: 5da26663eaa1
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from sqlalchemy.sql import table, column
from sqlalchemy import String, Integer

revision: str = '5da26663eaa1'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def column_exists(conn, table_name: str, column_name: str) -> bool:
    result = conn.execute(sa.text(f"PRAGMA table_info({table_name})"))
    columns = [row[1] for row in result.fetchall()]
    return column_name in columns


def table_exists(conn, table_name: str) -> bool:
    result = conn.execute(sa.text(
        "SELECT name FROM sqlite_master WHERE type='table' AND name=:name"
    ), {"name": table_name})
    return result.fetchone() is not None


def upgrade() -> None:
    conn = op.get_bind()
    print('dialect', conn.dialect.name)
    if not column_exists(conn, 'users', 'new_column'):
        op.execute("ALTER TABLE users ADD COLUMN new_column TEXT")
    if column_exists(conn, 'users', 'email'):
        print('email exists')
    if not table_exists(conn, 'audit_log'):
        op.create_table(
            'audit_log',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('message', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP')),
            sa.PrimaryKeyConstraint('id'),
        )
    print('users exists', table_exists(conn, 'users'))
    count = conn.execute(sa.text("SELECT count(*) FROM users")).scalar()
    print('user count', count)
    for row in conn.execute(sa.text("SELECT id, email FROM users ORDER BY id")):
        print(row.id, row[1], row._mapping['email'])
    emails = conn.execute(sa.text("SELECT email FROM users ORDER BY id")).scalars().all()
    print(emails)

    # two-step NOT NULL with a data migration
    op.add_column('users', sa.Column('status', sa.String(20), nullable=True))
    users = table('users', column('status', String), column('id', Integer))
    op.execute(users.update().where(users.c.id > 0).values(status='active'))
    with op.batch_alter_table('users') as batch_op:
        batch_op.alter_column('status', existing_type=sa.String(20), nullable=False)
        batch_op.create_index('ix_users_status', ['status'], unique=False)
        batch_op.drop_column('legacy_field')

    # copy-and-swap
    op.execute("""
        CREATE TABLE new_table (id INTEGER PRIMARY KEY, name TEXT NOT NULL)
    """)
    op.execute("INSERT INTO new_table (id, name) SELECT id, name FROM old_table")
    op.execute("DROP TABLE old_table")
    op.execute("ALTER TABLE new_table RENAME TO old_table")


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.create_index('ix_users_email', 'users', ['email'], unique=True, postgresql_concurrently=True)
    op.drop_index('ix_users_email', table_name='users', postgresql_concurrently=True)
    op.drop_column('users', 'status')
