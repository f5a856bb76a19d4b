"""Oracle for tests/engine/sql: renders each case below with Alembic + SQLAlchemy offline, the way
`alembic upgrade --sql` does (as_sql, literal_binds, paramstyle "named"), and writes
golden/<case>.<dialect>.sql. An exception is recorded as a final line "!! <Class>: <message>"
(SQLAlchemy's qualified: "!! sqlalchemy.exc.CompileError: ...", Alembic's CommandError not).

Run with Debian's interpreter (alembic 1.8.1, SQLAlchemy 1.4):
    /usr/bin/python3 tests/data/sql/oracle.py
The C++ test tst_sqlrender builds the same operations as C++ values and compares byte for byte.
"""
import io
import os
import sys

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from alembic.migration import MigrationContext
from alembic.operations import Operations

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    # ---- create_table: the reference's 0001types table (types, defaults, clause order)
    "create_table_types": '''
op.create_table(
    "everything",
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("big", sa.BigInteger),
    sa.Column("small", sa.SmallInteger),
    sa.Column("s50", sa.String(50), nullable=False),
    sa.Column("s", sa.String()),
    sa.Column("t", sa.Text),
    sa.Column("u", sa.Unicode(20)),
    sa.Column("flag", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("flag2", sa.Boolean(create_constraint=True, name="ck_flag2")),
    sa.Column("dt", sa.DateTime),
    sa.Column("dttz", sa.DateTime(timezone=True), server_default=sa.func.now()),
    sa.Column("d", sa.Date, server_default=sa.text("CURRENT_DATE")),
    sa.Column("tm", sa.Time),
    sa.Column("f", sa.Float),
    sa.Column("num", sa.Numeric(10, 2), server_default="0"),
    sa.Column("j", sa.JSON),
    sa.Column("uid", sa.String(36)),
    sa.Column("blob", sa.LargeBinary),
    sa.Column("status", sa.Enum("new", "done", name="status_enum")),
    sa.Column("iv", sa.Interval),
    sa.Column("lit", sa.String(10), server_default="abc"),
    sa.Column("now_text", sa.DateTime, server_default=sa.text("now()")),
    sa.Column("code", sa.String(10), unique=True, index=False),
    sa.Column("idxcol", sa.Integer, index=True),
    sa.Column("owner_id", sa.Integer, sa.ForeignKey("owner.id", ondelete="CASCADE"), nullable=True),
    sa.Column("commented", sa.Integer, comment="a column comment"),
    sa.UniqueConstraint("s50", "small", name="uq_everything_s50_small"),
    sa.CheckConstraint("small > 0", name="ck_small_pos"),
    comment="table comment",
)
''',
    "create_table_pgtypes": '''
op.create_table(
    "pgonly",
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("jb", postgresql.JSONB, server_default=sa.text("'{}'::jsonb")),
    sa.Column("uid", postgresql.UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()")),
    sa.Column("tags", postgresql.ARRAY(sa.String)),
    sa.Column("mood", postgresql.ENUM("happy", "sad", name="mood")),
    sa.Column("iv", postgresql.INTERVAL),
    sa.Column("ts", postgresql.TIMESTAMP(timezone=True)),
    sa.Column("grid", postgresql.ARRAY(sa.Integer, dimensions=2)),
    sa.Column("addr", postgresql.INET),
    sa.Column("net", postgresql.CIDR),
    sa.Column("mac", postgresql.MACADDR),
    sa.Column("raw", postgresql.BYTEA),
    sa.Column("dbl", postgresql.DOUBLE_PRECISION),
    sa.Column("tsv", postgresql.TSVECTOR),
    sa.Column("cash", postgresql.MONEY),
    sa.Column("tm", postgresql.TIME),
    sa.PrimaryKeyConstraint("id", name="pk_pgonly"),
)
''',
    "create_table_uppercase": '''
op.create_table(
    "upper",
    sa.Column("a", sa.VARCHAR(10)),
    sa.Column("b", sa.INTEGER, nullable=False),
    sa.Column("c", sa.TEXT),
    sa.Column("d", sa.CHAR(3)),
    sa.Column("e", sa.NUMERIC(8, 3)),
    sa.Column("f", sa.BOOLEAN),
    sa.Column("g", sa.TIMESTAMP),
    sa.Column("h", sa.DATETIME),
    sa.Column("i", sa.BIGINT),
    sa.Column("j", sa.SMALLINT),
    sa.Column("k", sa.DATE),
    sa.Column("l", sa.TIME),
    sa.Column("m", sa.FLOAT),
    sa.Column("n", sa.REAL),
    sa.Column("o", sa.DECIMAL(5)),
    sa.Column("p", sa.BLOB),
    sa.Column("q", sa.NVARCHAR(7)),
    sa.Column("r", sa.String(5, collation="C")),
    sa.Column("s", sa.Float(precision=10)),
    sa.Column("t", sa.UnicodeText),
    sa.Column("u", sa.Enum("a", "bbb", name="e_native_off", native_enum=False)),
    sa.Column("v", sa.Numeric(7)),
)
''',
    "create_table_autoincrement": '''
op.create_table("t1", sa.Column("id", sa.BigInteger, primary_key=True))
op.create_table("t2", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False))
op.create_table("t3", sa.Column("a", sa.Integer, primary_key=True), sa.Column("b", sa.Integer, primary_key=True))
op.create_table("t4", sa.Column("id", sa.Integer, primary_key=True), sqlite_autoincrement=True)
op.create_table("t5", sa.Column("id", sa.Integer, sa.Identity(start=10), primary_key=True))
op.create_table("t6", sa.Column("x", sa.Integer), sa.Column("y", sa.Integer, sa.Computed("x * 2")))
op.create_table("t7", sa.Column("id", sa.SmallInteger, primary_key=True))
op.create_table("t8", sa.Column("id", sa.Integer, sa.ForeignKey("o.id"), primary_key=True))
op.create_table("t9", sa.Column("id", sa.Integer, primary_key=True, server_default="1"))
op.create_table("t10", sa.Column("id", sa.Integer, sa.Identity(always=True, start=1, increment=2), primary_key=True))
''',
    "create_table_constraints": '''
op.create_table(
    "child",
    sa.Column("id", sa.Integer),
    sa.Column("parent_id", sa.Integer, nullable=False),
    sa.Column("x", sa.Boolean(create_constraint=True, name="ck_x"), sa.ForeignKey("o.id"), unique=True),
    sa.Column("e", sa.Enum("a", "b", name="en", create_constraint=True, native_enum=False)),
    sa.Column("n", sa.Integer, sa.CheckConstraint("n > 0")),
    sa.PrimaryKeyConstraint("id", name="pk_child"),
    sa.ForeignKeyConstraint(["parent_id"], ["parent.id"], name="fk_child_parent", onupdate="CASCADE", ondelete="SET NULL", deferrable=True, initially="DEFERRED"),
    sa.UniqueConstraint("parent_id", "n"),
    sa.CheckConstraint("1=1"),
    sa.Index("ix_child_n", "n", unique=True),
)
''',
    "create_table_quoting": '''
op.create_table(
    "User",
    sa.Column("Id", sa.Integer, primary_key=True),
    sa.Column("order", sa.Integer),
    sa.Column("user", sa.Integer),
    sa.Column("old", sa.Integer),
    sa.Column("select", sa.Integer),
    sa.Column("has space", sa.Integer),
    sa.Column("1abc", sa.Integer),
    sa.Column("key", sa.Integer),
)
''',
    "create_table_schema_enum_twice": '''
op.create_table("a", sa.Column("m", sa.Enum("x", "y", name="mood")), schema="s")
op.create_table("b", sa.Column("m", sa.Enum("x", "y", name="mood")))
op.create_table("c", sa.Column("m", postgresql.ENUM("x", "y", name="mood2", create_type=False)), sa.Column("v", sa.Integer, index=True), schema="s")
''',
    # ---- the per-operation table (reference 7.4)
    "add_column": '''
op.add_column("t", sa.Column("c", sa.String(20), nullable=False, server_default="x"))
op.add_column("t", sa.Column("ts", sa.DateTime, server_default=sa.func.now()))
op.add_column("t", sa.Column("c", sa.Integer), schema="s")
op.add_column("t", sa.Column("q", sa.Integer, index=True, comment="hi"))
op.add_column("t", sa.Column("r", sa.Boolean(create_constraint=True)))
op.add_column("t", sa.Column("e", sa.Enum("x", name="e2")))
''',
    "add_column_fk": '''
op.add_column("t", sa.Column("o_id", sa.Integer, sa.ForeignKey("o.id")))
''',
    "add_column_unique": '''
op.add_column("t", sa.Column("u", sa.Integer, unique=True))
''',
    "drop_column": '''
op.drop_column("t", "c")
op.drop_column("t", "c", schema="s")
op.drop_column("t", "old")
''',
    "alter_column": '''
op.alter_column("t", "c", nullable=False)
op.alter_column("t", "c", nullable=True)
op.alter_column("t", "c", type_=sa.Text)
op.alter_column("t", "c", server_default="y")
op.alter_column("t", "c", server_default=None)
op.alter_column("t", "c", server_default=sa.text("now()"))
op.alter_column("t", "c", server_default=sa.func.now())
op.alter_column("t", "c", new_column_name="d")
op.alter_column("t", "c", nullable=False, server_default="z", type_=sa.String(30), new_column_name="d", schema="s")
op.alter_column("t", "c", type_=sa.Boolean(create_constraint=True, name="ck_b"), existing_type=sa.Integer)
''',
    "alter_column_comment": '''
op.alter_column("t", "c", comment="hello")
op.alter_column("t", "c", comment=None, existing_type=sa.Integer)
''',
    "alter_column_using": '''
op.alter_column("everything", "u", type_=sa.Integer, postgresql_using="u::integer")
''',
    "create_index": '''
op.create_index("ix_t_c", "t", ["c"])
op.create_index("ix_t_c2", "t", ["c", "d"], unique=True)
op.create_index("ix_t_p", "t", ["c"], sqlite_where=sa.text("c > 0"), postgresql_where=sa.text("c > 0"))
op.create_index("ix_everything_name_lower", "everything", [sa.text("lower(name50)")])
op.create_index(op.f("ix_A"), "T", ["Col"])
op.create_index("ix_s", "t", ["c"], schema="s")
op.create_index("ix_fn", "t", [sa.func.lower(sa.column("name"))])
''',
    "create_index_pg": '''
op.create_index("ix_gin", "t", ["doc"], postgresql_using="gin")
op.create_index("ix_inc", "t", ["a"], postgresql_include=["b", "c"])
op.create_index("ix_conc", "t", ["a"], postgresql_concurrently=True)
op.create_index("ix_ops", "t", ["name"], postgresql_ops={"name": "text_pattern_ops"})
op.create_index("ix_desc", "t", [sa.desc(sa.column("a")), "b"])
op.drop_index("ix_conc", table_name="t", postgresql_concurrently=True)
''',
    "drop_index": '''
op.drop_index("ix_t_c", table_name="t")
op.drop_index("ix_t_c", table_name="t", schema="s")
''',
    "create_unique_constraint": '''
op.create_unique_constraint("uq_t_c", "t", ["c"])
op.create_unique_constraint("uq_t_cd", "t", ["c", "d"], schema="s", deferrable=True)
''',
    "create_foreign_key": '''
op.create_foreign_key("fk_t_o", "t", "o", ["o_id"], ["id"], ondelete="CASCADE")
op.create_foreign_key("fk_t_o2", "t", "o", ["o_id"], ["id"], ondelete="CASCADE", onupdate="NO ACTION", deferrable=True, initially="DEFERRED")
op.create_foreign_key("fk_t_o3", "t", "o", ["a", "b"], ["x", "y"], source_schema="s", referent_schema="r", match="FULL")
''',
    "create_check_constraint": '''
op.create_check_constraint("ck_t_c", "t", "c > 0")
op.create_check_constraint("ck_t_f", "t", sa.column("f") > 0)
op.create_check_constraint("ck_t_g", "t", sa.and_(sa.column("a") > 1, sa.or_(sa.column("b") == "x", sa.column("c").is_(None))))
''',
    "create_primary_key": '''
op.create_primary_key("pk_t", "t", ["id"])
op.create_primary_key("pk_t2", "t2", ["a", "b"], schema="s")
''',
    "drop_constraint": '''
op.drop_constraint("uq_t_c", "t", type_="unique")
op.drop_constraint("fk_x", "t", type_="foreignkey", schema="s")
''',
    "rename_table": '''
op.rename_table("t", "t2")
op.rename_table("t", "t2", schema="s")
op.rename_table("Old", "user")
''',
    "table_comments": '''
op.create_table_comment("t", "my table")
op.create_table_comment("t", "it's", schema="s")
op.drop_table_comment("t")
''',
    "drop_table": '''
op.drop_table("t")
op.drop_table("t", schema="s")
op.drop_table("order")
''',
    "execute": '''
op.execute("UPDATE t SET c = 'a'")
op.execute(sa.text("DELETE FROM everything WHERE id = :id").bindparams(id=5))
op.execute(sa.text("select :a, :b, :c, :d, 10:30, x::int, \\\\:e").bindparams(a=1.5, b="it's", c=None, d=True))
op.execute("ALTER TYPE mood ADD VALUE 'c'")
''',
    "execute_dml": '''
t = sa.table("everything", sa.column("id", sa.Integer), sa.column("s", sa.String), sa.column("flag", sa.Boolean), sa.column("x", sa.Float))
op.execute(t.update().where(t.c.id == op.inline_literal(7)).values({"s": op.inline_literal("it's")}))
op.execute(t.update().where(sa.and_(t.c.id == 5, sa.or_(t.c.s == "x", t.c.flag.is_(None)))).values(x=2.5e20, s="q"))
op.execute(t.delete().where(t.c.id.in_([1, 2, 3])))
op.execute(t.delete().where(t.c.s.like("a%")))
op.execute(t.insert().values(id=5, s="z", flag=False))
op.execute(t.update().where(t.c.flag == True).values(x=t.c.x + 1))
op.execute(t.update().where(t.c.s != None).values(s=sa.func.upper(t.c.s)))
op.execute(t.delete().where(sa.not_(t.c.id == 3)))
op.execute(t.update().values(x=(t.c.x - 1) * 2))
s = sa.table("v", sa.column("n", sa.Integer), schema="meta")
op.execute(s.update().where(s.c.n == 1).values(n=2))
''',
    "bulk_insert": '''
t = sa.table("everything", sa.column("id", sa.Integer), sa.column("s", sa.String), sa.column("flag", sa.Boolean), sa.column("x", sa.Float))
op.bulk_insert(t, [{"id": 1, "s": "one", "flag": True}, {"id": 2, "s": None, "flag": False}, {"x": 0.1, "id": 3, "s": "a\\\\b%"}])
op.bulk_insert(t, [{"id": 4, "x": 1e16}, {"id": 5, "x": 123456.789}, {"id": 6, "x": 1e-05}, {"id": 7, "x": -2.0}], multiinsert=False)
''',
    "pg_enum_create_drop": '''
mood = postgresql.ENUM("happy", "sad", name="mood")
mood.create(op.get_bind())
op.create_table("t", sa.Column("m", mood))
mood.drop(op.get_bind())
''',
    # ---- batch
    "batch_copy_from": '''
t = sa.Table("account", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("email", sa.String(100)), sa.Column("old", sa.Integer))
with op.batch_alter_table("account", copy_from=t) as b:
    b.alter_column("email", nullable=False, existing_type=sa.String(100))
    b.drop_column("old")
    b.add_column(sa.Column("n", sa.Integer, server_default="5"))
    b.create_index("ix_account_email", ["email"])
''',
    "batch_copy_from_rename": '''
t = sa.Table("account", sa.MetaData(),
             sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("name", sa.String(50), nullable=False),
             sa.Column("email", sa.String(100)),
             sa.Column("age", sa.Integer, server_default="0"),
             sa.Column("owner_id", sa.Integer, sa.ForeignKey("owner.id")),
             sa.Column("nick", sa.String(20)),
             sa.CheckConstraint("age >= 0", name="ck_age"),
             sa.UniqueConstraint("email", name="uq_account_email"),
             sa.Index("ix_account_name", "name"))
with op.batch_alter_table("account", copy_from=t) as b:
    b.alter_column("email", nullable=False)
    b.alter_column("name", new_column_name="full_name", type_=sa.String(120))
    b.drop_column("nick")
    b.create_unique_constraint("uq_account_age", ["age"])
    b.create_foreign_key("fk_account_owner", "owner", ["owner_id"], ["id"], ondelete="CASCADE")
    b.create_index("ix_account_age", ["age"])
''',
    "batch_cast_and_order": '''
t = sa.Table("acct", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("n", sa.String(10)), sa.Column("flag", sa.Boolean(create_constraint=True, name="ck_flag")))
with op.batch_alter_table("acct", copy_from=t, recreate="always") as b:
    b.alter_column("n", type_=sa.Integer, existing_type=sa.String(10))
    b.add_column(sa.Column("first", sa.Integer), insert_before="id")
    b.add_column(sa.Column("mid", sa.Text), insert_after="n")
''',
    "batch_add_only": '''
with op.batch_alter_table("account") as b:
    b.add_column(sa.Column("nick", sa.String(20)))
    b.create_index("ix_nick", ["nick"])
''',
    "batch_no_copy_from": '''
with op.batch_alter_table("account") as b:
    b.alter_column("email", nullable=False)
''',
    "batch_never": '''
with op.batch_alter_table("account", recreate="never") as b:
    b.alter_column("email", nullable=False)
    b.drop_column("x")
''',
    "batch_insert_before_alter": '''
with op.batch_alter_table("account") as b:
    b.add_column(sa.Column("first", sa.Integer), insert_before="id")
''',
    # ---- PostgreSQL range and other dialect types (SQLite cannot render them)
    "create_table_pg_ranges": '''
op.create_table(
    "pgranges",
    sa.Column("i4", postgresql.INT4RANGE),
    sa.Column("i8", postgresql.INT8RANGE()),
    sa.Column("num", postgresql.NUMRANGE),
    sa.Column("days", postgresql.DATERANGE()),
    sa.Column("during", postgresql.TSRANGE()),
    sa.Column("during_tz", postgresql.TSTZRANGE),
    sa.Column("rel", postgresql.REGCLASS),
    sa.Column("mac8", postgresql.MACADDR8),
    sa.Column("bits", postgresql.BIT(8)),
    sa.Column("vbits", postgresql.BIT(varying=True)),
    sa.Column("vbits12", postgresql.BIT(12, True)),
    sa.Column("kv", postgresql.HSTORE),
    sa.Column("o", postgresql.OID),
    sa.Column("span", postgresql.INTERVAL(fields="DAY TO SECOND")),
    sa.Column("span3", postgresql.INTERVAL(3, "SECOND")),
    sa.Column("r", postgresql.REAL),
)
''',
    "alter_column_type_unrenderable": '''
op.alter_column("t", "c", type_=postgresql.TSRANGE())
''',
    "add_column_unrenderable": '''
op.add_column("t", sa.Column("c", postgresql.MONEY()))
''',
    # ---- server defaults: SQLite parenthesises ColumnElement defaults (not str, not text())
    "server_default_elements": '''
op.create_table(
    "defaults",
    sa.Column("lc", sa.Integer, server_default=sa.literal_column("0")),
    sa.Column("txt", sa.Integer, server_default=sa.text("0")),
    sa.Column("s", sa.String(5), server_default="0"),
    sa.Column("fn", sa.DateTime, server_default=sa.func.now()),
    sa.Column("t", sa.Boolean, server_default=sa.true()),
    sa.Column("lit", sa.Integer, server_default=sa.literal(5)),
    sa.Column("expr", sa.Integer, server_default=sa.literal_column("1") + sa.literal_column("2")),
)
op.add_column("defaults", sa.Column("added", sa.Integer, server_default=sa.literal_column("7")))
op.alter_column("defaults", "lc", server_default=sa.literal_column("1"))
''',
    # ---- batch_op.execute() runs at call time, before the recorded ops applied at block exit
    "batch_execute_order": '''
with op.batch_alter_table("account") as b:
    b.add_column(sa.Column("nick", sa.String(20)))
    b.execute("UPDATE account SET flag = 1")
    b.create_index("ix_account_nick", ["nick"])
    b.execute(sa.text("DELETE FROM account WHERE id = :id").bindparams(sa.bindparam("id", 5)))
''',
    # ---- SQLite refusals (reference 7.5)
    "sqlite_refusals": '''
op.create_foreign_key("fk_t_o", "t", "o", ["o_id"], ["id"])
''',
}


def _deterministic_batch():
    """Batch move-and-copy iterates the old Table's constraint *set*, so Alembic's order of the
    carried-over constraints changes from run to run. Retort uses declaration order; make the
    oracle do the same (and only that) so the goldens are reproducible."""
    from alembic.operations import batch

    original = batch.ApplyBatchImpl._grab_table_elements

    def grab(self):
        saved = self.table.constraints
        self.table.constraints = sorted(saved, key=lambda c: c._creation_order)
        try:
            original(self)
        finally:
            self.table.constraints = saved

    batch.ApplyBatchImpl._grab_table_elements = grab


_deterministic_batch()


def render(dialect, code):
    buf = io.StringIO()
    ctx = MigrationContext.configure(
        dialect_name=dialect,
        opts={"as_sql": True, "literal_binds": True, "output_buffer": buf},
        dialect_opts={"paramstyle": "named"},
    )
    op = Operations(ctx)
    try:
        exec(code, {"op": op, "sa": sa, "postgresql": postgresql})
    except Exception as e:  # recorded in the golden, named as a traceback's last line names it
        name = type(e).__name__
        if type(e).__module__ not in ("builtins", "alembic.util.exc"):
            name = "%s.%s" % (type(e).__module__, name)
        buf.write("!! %s: %s\n" % (name, e))
    return buf.getvalue()


def main():
    out = os.path.join(HERE, "golden")
    os.makedirs(out, exist_ok=True)
    names = sys.argv[1:] or sorted(CASES)
    for name in names:
        for dialect in ("sqlite", "postgresql"):
            with open(os.path.join(out, "%s.%s.sql" % (name, dialect)), "w") as f:
                f.write(render(dialect, CASES[name]))


if __name__ == "__main__":
    main()
