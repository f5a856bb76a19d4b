from alembic import op
import sqlalchemy as sa
import json


def batch_without_copy_from():
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("nick")


def column_comment():
    op.alter_column("books", "title", comment="x", existing_type=sa.String(200))


def caught_compile_error():
    try:
        op.alter_column("books", "title", comment="x", existing_type=sa.String(200))
    except sa.exc.CompileError as e:
        print("caught", type(e).__name__, isinstance(e, sa.exc.UnsupportedCompilationError))
    raise sa.exc.ArgumentError("raised by the script")


def script_raises():
    if op.get_context().dialect.name == "sqlite":
        raise NotImplementedError("Data migration not supported on SQLite")


def bad_json():
    return json.loads("{'a': 1}")


def missing_attribute():
    return op.no_such_operation
