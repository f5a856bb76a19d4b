#!/usr/bin/python3
"""Online apply benchmark (issue 5): a 1,000-revision linear history, one CREATE TABLE per revision,
applied to a fresh SQLite database by Retort and by Debian's Alembic in the same run, plus the floor:
the same 1,000 one-DDL transactions committed durably by Python's sqlite3 module (the disk's fsync
cost). Optionally the same on PostgreSQL (--pg-url, a database the benchmark may empty).

    /usr/bin/python3 bench/run_apply_bench.py --retort build/bin/retort [--revisions 1000] [--pg-url URL]

Retort runs with its defaults (run lock, snapshot of the database file, one transaction per revision
including its version-table change, journal entry per step) and -y (no plan summary).
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ENV_PY = '''from logging.config import fileConfig
from sqlalchemy import engine_from_config, pool
from alembic import context
config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)
def run_migrations_online():
    connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                     poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
run_migrations_online()
'''

INI = '''[alembic]
script_location = %(here)s/migrations
path_separator = os
sqlalchemy.url = {url}

[loggers]
keys = root
[handlers]
keys = console
[formatters]
keys = generic
[logger_root]
level = WARN
handlers = console
[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic
[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
'''

REV = '''"""create t{i}

Revision ID: {rev}
Revises: {down}
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '{rev}'
down_revision = {downrepr}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('t{i}', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('name', sa.String(50)))


def downgrade():
    op.drop_table('t{i}')
'''


def make_project(path, n, url):
    os.makedirs(os.path.join(path, "migrations", "versions"))
    with open(os.path.join(path, "alembic.ini"), "w") as f:
        f.write(INI.format(url=url))
    with open(os.path.join(path, "migrations", "env.py"), "w") as f:
        f.write(ENV_PY)
    down = None
    for i in range(n):
        rev = "%012x" % (0xa00000000000 + i)
        with open(os.path.join(path, "migrations", "versions", "%s_t%d.py" % (rev, i)), "w") as f:
            f.write(REV.format(i=i, rev=rev, down=down or "", downrepr=repr(down)))
        down = rev


def timed(cmd, cwd, env=None):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("FAILED: %s exited %d:\n%s" % (" ".join(cmd), p.returncode, (p.stdout + p.stderr)[-2000:]))
    return dt


def floor(path, n):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=FULL")
    t0 = time.perf_counter()
    for i in range(n):
        db.execute("BEGIN")
        db.execute("CREATE TABLE t%d (id INTEGER NOT NULL, name VARCHAR(50), PRIMARY KEY (id))" % i)
        db.execute("COMMIT")
    dt = time.perf_counter() - t0
    db.close()
    return dt


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--retort", required=True)
    ap.add_argument("--revisions", type=int, default=1000)
    ap.add_argument("--pg-url", default=os.environ.get("RETORT_BENCH_PG_URL", ""))
    a = ap.parse_args()
    retort = os.path.abspath(a.retort)
    work = tempfile.mkdtemp(prefix="retort-apply-")
    env = dict(os.environ, RETORT_JOURNAL=os.path.join(work, "journal.jsonl"))
    try:
        proj = os.path.join(work, "proj")
        make_project(proj, a.revisions, "sqlite:///%(here)s/test.db")
        results = {"floor": floor(os.path.join(work, "floor.db"), a.revisions)}
        results["alembic"] = timed(["/usr/bin/python3", "-m", "alembic", "upgrade", "heads"], proj)
        os.remove(os.path.join(proj, "test.db"))
        results["retort"] = timed([retort, "upgrade", "heads", "-y"], proj, env)
        print("SQLite, %d revisions: fsync floor %.2f s, alembic %.2f s, retort %.2f s; retort %.1fx faster than "
              "alembic (target >= 2.5x), %.2fx the floor"
              % (a.revisions, results["floor"], results["alembic"], results["retort"],
                 results["alembic"] / results["retort"], results["retort"] / results["floor"]))
        ok = results["alembic"] / results["retort"] >= 2.5
        if a.pg_url:
            reset = ("import sqlalchemy as sa,sys;e=sa.create_engine(sys.argv[1]);c=e.connect();"
                     "c.execute(sa.text('DROP SCHEMA public CASCADE'));c.execute(sa.text('CREATE SCHEMA public'))")
            pgproj = os.path.join(work, "pgproj")
            make_project(pgproj, a.revisions, a.pg_url.replace("%", "%%"))
            subprocess.run(["/usr/bin/python3", "-c", reset, a.pg_url], check=True)
            pa = timed(["/usr/bin/python3", "-m", "alembic", "upgrade", "heads"], pgproj)
            subprocess.run(["/usr/bin/python3", "-c", reset, a.pg_url], check=True)
            pr = timed([retort, "upgrade", "heads", "-y"], pgproj, env)
            subprocess.run(["/usr/bin/python3", "-c", reset, a.pg_url], check=True)
            print("PostgreSQL, %d revisions: alembic %.2f s (one transaction), retort %.2f s (one transaction per "
                  "revision); ratio %.1fx" % (a.revisions, pa, pr, pa / pr))
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
