#!/usr/bin/python3
"""Synthetic Alembic projects for benchmarks: N revisions with branches and merges, one head at the end.

    /usr/bin/python3 bench/gen_project.py --revisions 5000 --out /tmp/retort-bench/p5000 [--seed 1]
                                          [--bodies ops|pass]

Writes alembic.ini ([alembic] = SQLite file test.db next to it, [pg] = offline PostgreSQL; same ini,
env.py and script.py.mako as the conformance generator), migrations/versions/<rev>_<slug>.py in the
1.19 typed form with realistic docstrings (message, Revision ID, Revises, Create Date) and, with
--bodies ops (default), realistic op bodies so that file sizes resemble real projects (~1-2 KB).
The SQLite database is "upgraded to head by stamping": the alembic_version table is created with
Alembic's exact DDL and holds the single head (what `alembic stamp heads` leaves), written with sqlite3
directly because Alembic itself needs minutes for that at 10k revisions.

Shape: a main line; every ~25 revisions a feature branch of 2-3 parallel chains (3-12 revisions each)
forks off and is merged back by a merge revision of 2-3 parents; every ~400 revisions a revision
depends_on an older one. Body hook: make_body(rev, direction, rng) returns source lines; replace it
(or pass body_hook= to generate()) to emit other bodies.
"""
import argparse
import datetime
import os
import random
import re
import shutil
import sqlite3
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance"))
import graphgen  # noqa: E402  (ini, env.py, script.py.mako)

WORDS = graphgen.WORDS
VERBS = graphgen.VERBS
TYPES = ["sa.String(length=50)", "sa.Integer()", "sa.Boolean()", "sa.DateTime()", "sa.Text()",
         "sa.Numeric(precision=10, scale=2)", "sa.String(length=255)"]


def make_body(rev, direction, rng):
    """Realistic op.* code for upgrade()/downgrade()."""
    t = rev["table"]
    c = rev["column"]
    kind = rev["op"]
    if kind == "create_table":
        if direction == "upgrade":
            return ["op.create_table(",
                    "    %r," % t,
                    "    sa.Column('id', sa.Integer(), nullable=False),",
                    "    sa.Column('name', sa.String(length=100), nullable=False),",
                    "    sa.Column(%r, %s, nullable=True)," % (c, rng.choice(TYPES)),
                    "    sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),",
                    "    sa.PrimaryKeyConstraint('id')",
                    ")",
                    "op.create_index(op.f('ix_%s_name'), %r, ['name'], unique=False)" % (t, t)]
        return ["op.drop_index(op.f('ix_%s_name'), table_name=%r)" % (t, t), "op.drop_table(%r)" % t]
    if kind == "add_column":
        if direction == "upgrade":
            return ["with op.batch_alter_table(%r, schema=None) as batch_op:" % t,
                    "    batch_op.add_column(sa.Column(%r, %s, nullable=True))" % (c, rng.choice(TYPES))]
        return ["with op.batch_alter_table(%r, schema=None) as batch_op:" % t,
                "    batch_op.drop_column(%r)" % c]
    if kind == "data":
        if direction == "upgrade":
            return ["conn = op.get_bind()",
                    "conn.execute(sa.text(\"UPDATE %s SET %s = :v WHERE %s IS NULL\"), {'v': 0})" % (t, c, c)]
        return ["pass"]
    return ["pass"]


def build(n, rng):
    revs = []
    used = set()

    def new_rev(down, deps=None, merge=False):
        while True:
            rid = "%012x" % rng.getrandbits(48)
            if rid not in used:
                used.add(rid)
                break
        words = rng.sample(WORDS, rng.randint(1, 3))
        msg = ("merge " + " and ".join(words[:2]) + " branches") if merge else \
            rng.choice(VERBS) + " " + " ".join(words)
        if not merge and rng.random() < 0.3:
            msg += "\n\n" + "Also " + " ".join(rng.sample(WORDS, 4)) + " for the %s module." % rng.choice(WORDS)
        r = {"id": rid, "down": list(down), "deps": list(deps or []), "message": msg, "labels": [],
             "op": "pass" if merge else rng.choice(["create_table", "add_column", "add_column", "data"]),
             "table": rng.choice(WORDS) + "s", "column": rng.choice(WORDS) + "_" + rng.choice(WORDS)}
        revs.append(r)
        return rid

    head = new_rev([])
    while len(revs) < n:
        left = n - len(revs)
        if left > 20 and rng.random() < 1 / 25:
            tips = []
            for _ in range(rng.choice([2, 2, 3])):
                tip = head
                for _ in range(rng.randint(3, 12)):
                    tip = new_rev([tip])
                tips.append(tip)
            head = new_rev(tips, merge=True)
        else:
            deps = []
            if len(revs) > 50 and rng.random() < 1 / 400:
                deps = [rng.choice(revs[:-20])["id"]]
            head = new_rev([head], deps)
    return revs, head


def _slug(message):
    s = "_".join(re.findall(r"\w+", message.split("\n")[0])).lower()
    if len(s) > 40:
        s = s[:40]
        s = s[: s.rfind("_")] + "_"
    return s


def render(rev, date, body_hook, rng):
    q = lambda v: repr(v)  # noqa: E731
    down = "None" if not rev["down"] else q(rev["down"][0]) if len(rev["down"]) == 1 else q(tuple(rev["down"]))
    deps = "None" if not rev["deps"] else q(rev["deps"][0])
    lines = ['"""' + rev["message"], "", "Revision ID: " + rev["id"], "Revises: " + ", ".join(rev["down"]),
             "Create Date: " + date, "", '"""',
             "from typing import Sequence, Union", "", "from alembic import op", "import sqlalchemy as sa",
             "", "", "# revision identifiers, used by Alembic.",
             "revision: str = %s" % q(rev["id"]),
             "down_revision: Union[str, Sequence[str], None] = %s" % down,
             "branch_labels: Union[str, Sequence[str], None] = None",
             "depends_on: Union[str, Sequence[str], None] = %s" % deps]
    for direction in ("upgrade", "downgrade"):
        body = body_hook(rev, direction, rng) if body_hook else ["pass"]
        lines += ["", "", "def %s() -> None:" % direction, '    """%s schema."""' % direction.capitalize()]
        lines += ["    " + b for b in body]
    return "\n".join(lines) + "\n"


def generate(n, out, seed=1, body_hook=make_body):
    rng = random.Random(seed)
    revs, head = build(n, rng)
    if os.path.exists(out):
        shutil.rmtree(out)
    vdir = os.path.join(out, "migrations", "versions")
    os.makedirs(vdir)
    with open(os.path.join(out, "alembic.ini"), "w") as f:
        f.write(graphgen.ALEMBIC_INI.format(seed="bench %d/%d" % (n, seed)))
    with open(os.path.join(out, "migrations", "env.py"), "w") as f:
        f.write(graphgen.ENV_PY)
    with open(os.path.join(out, "migrations", "script.py.mako"), "w") as f:
        f.write(graphgen.SCRIPT_MAKO)
    t0 = datetime.datetime(2019, 1, 1, 9, 0, 0)
    for i, rev in enumerate(revs):
        date = str(t0 + datetime.timedelta(hours=7 * i, microseconds=137 * i + 1))
        with open(os.path.join(vdir, "%s_%s.py" % (rev["id"], _slug(rev["message"]))), "w") as f:
            f.write(render(rev, date, body_hook, rng))
    con = sqlite3.connect(os.path.join(out, "test.db"))
    con.execute("CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\t"
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)")
    con.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (head,))
    con.commit()
    con.close()
    return revs, head


def main():
    ap = argparse.ArgumentParser(description="Generate a synthetic Alembic project for benchmarks.")
    ap.add_argument("--revisions", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bodies", choices=["ops", "pass"], default="ops")
    a = ap.parse_args()
    revs, head = generate(a.revisions, a.out, a.seed, make_body if a.bodies == "ops" else None)
    merges = sum(1 for r in revs if len(r["down"]) > 1)
    print("%d revisions (%d merges), head %s, written to %s" % (len(revs), merges, head, a.out))


if __name__ == "__main__":
    main()
