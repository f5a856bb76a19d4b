#!/usr/bin/python3
"""Offline-SQL conformance: retort against Alembic on realistic revision files, byte for byte.

    /usr/bin/python3 tests/sqlconformance/run_sql_conformance.py --retort build/bin/retort
        [--project NAME ...] [--dialect sqlite|pg] [--verbose] [--diff-lines N]

Every project under projects/ is a complete Alembic project (alembic.ini with an [alembic] SQLite
section and a [pg] section with an offline postgresql:// URL, the generic env.py, script.py.mako,
migrations/versions/). For each project and dialect (sqlite = default section, pg = `-n pg`) the
same command runs in Alembic (Debian's 1.8.1 + SQLAlchemy 1.4, in-process through
tests/conformance/alembic_oracle.py) and in retort (a process, same working directory):

    upgrade heads --sql                   base to every head
    upgrade <R> --sql                     each root from base
    upgrade <P>:<R> --sql                 each revision from each of its down revisions
    downgrade heads:base --sql            every head to base
    downgrade <R>:<P> --sql               each revision to each of its down revisions
    downgrade <R>:base --sql              each root to base

Comparison (and the only normalizations, each documented where it is implemented):
  * Alembic 1.8.1 -> current (reference section 10), applied by alembic_oracle: revision files are
    loaded in sorted-name order (1.8.1 used os.listdir order), and the final
    `DROP TABLE alembic_version;` that 1.8.1 prints when a downgrade ends at base is removed.
  * Alembic's own set-order randomness (reference section 11 trap 7), applied by
    tests/conformance/normalize.compare_sql: a run of two or more version-table statements (merge /
    unmerge) is compared by statement kinds and effect on the row set; everything else is exact.
  * Alembic's batch "move and copy" iterates SQLAlchemy sets (`Table.constraints`, `Table.indexes`,
    alembic/operations/batch.py ApplyBatchImpl), so the order of the table-level constraint lines of
    `CREATE TABLE _alembic_tmp_<t>` and of the `CREATE [UNIQUE] INDEX` statements that follow
    `ALTER TABLE _alembic_tmp_<t> RENAME TO <t>` changes with the hash seed. Both are compared as
    multisets (norm_batch_order); column lines and everything else stay exact.
  * Where Alembic's own step order or statement choice depends on Python's hash seed (set iteration
    in its topological sort when dependencies pull in several branches, reference section 11 trap
    7), a difference is re-checked against Alembic run as a process (tests/conformance/
    alembic_shim.py) under PYTHONHASHSEED 1..8: if any of those outputs matches, retort's output is
    one Alembic can produce and the comparison passes (counted and listed as "matched under seed").
  * When both fail: Alembic prints a traceback (exit 1) or `FAILED: <msg>` (CommandError, exit 255);
    retort prints `FAILED: [<file>:<line>: ]<msg>` and exits with the same status. The exception text
    (`NotImplementedError: ...`, `CommandError`'s message) is compared after replacing Python object
    addresses (` at 0x...`). Alembic's partial script before the traceback is not compared (retort
    writes no partial script when a step fails).
  * Where Alembic itself crashes (an internal KeyError/AssertionError/TypeError/IndexError raised in
    alembic's own revision or version-table code, e.g. `self.heads.remove(from_)` on some depends_on
    graphs; reference section 2.14 "reference bugs"), there is nothing to compare: the command is
    counted as "alembic crashed", listed, and only checked to end cleanly in retort (exit 0, or 255
    with a FAILED: line), as tests/conformance does.
  * Python's untyped `sa.table` columns etc. that SQLAlchemy 1.4 and 2.0 render differently are kept
    out of this differential set: projects whose conformance.json says "golden" compare retort's
    output with golden files (the documented current-Alembic / SQLAlchemy 2.0 behaviour) instead, and
    Alembic 1.8.1 is run only to show that it does differ there (informational).

projects/<name>/conformance.json (optional): {"dialects": ["sqlite", "pg"], "golden": false}.

Exit status: 0 when every comparison matched, 1 otherwise, also when Alembic cannot be imported (the
suite fails, it never skips). Counts are printed at the end: `N passed, N failed`.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "conformance"))
# sqlmodel is not packaged for Debian's Python: pysupport/ holds its AutoString type (see there).
sys.path.insert(0, os.path.join(HERE, "pysupport"))

# Alembic's own set orders depend on the hash seed: pin it so one run is reproducible.
if os.environ.get("PYTHONHASHSEED") != "0" and __name__ == "__main__":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import alembic_oracle  # noqa: E402  (must be imported before anything prints)
import normalize  # noqa: E402

SHIM = os.path.join(os.path.dirname(HERE), "conformance", "alembic_shim.py")
OUT = sys.stdout.target if hasattr(sys.stdout, "target") else sys.stdout
DIALECTS = {"sqlite": [], "pg": ["-n", "pg"]}
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def say(*a):
    OUT.write(" ".join(str(x) for x in a) + "\n")
    OUT.flush()


def revision_graph(project):
    """[(revision, down_revisions tuple)] in sorted-file order, read by Alembic's own ScriptDirectory."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    cfg = Config(os.path.join(project, "alembic.ini"))
    script = ScriptDirectory.from_config(cfg)
    revs = []
    for sc in script.walk_revisions("base", "heads"):
        down = sc.down_revision
        down = () if down is None else (tuple(down) if isinstance(down, (list, tuple)) else (down,))
        revs.append((sc.revision, down))
    revs.reverse()  # walk_revisions goes heads -> base
    return revs


def plan(project):
    """The command list for one project: (range label, argv)."""
    cmds = [("base:heads", ["upgrade", "heads", "--sql"])]
    graph = revision_graph(project)
    for rev, down in graph:
        if not down:
            cmds.append(("base:%s" % rev, ["upgrade", rev, "--sql"]))
        for d in down:
            cmds.append(("%s:%s" % (d, rev), ["upgrade", "%s:%s" % (d, rev), "--sql"]))
    cmds.append(("heads:base", ["downgrade", "heads:base", "--sql"]))
    for rev, down in reversed(graph):
        if not down:
            cmds.append(("%s:base" % rev, ["downgrade", "%s:base" % rev, "--sql"]))
        for d in down:
            cmds.append(("%s:%s" % (rev, d), ["downgrade", "%s:%s" % (rev, d), "--sql"]))
    return cmds


def run_retort(retort, argv, cwd):
    try:
        p = subprocess.run([retort] + argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=120)
    except subprocess.TimeoutExpired:
        return 124, "", "TIMEOUT after 120 s\n"
    rc = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return rc, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def alembic_error(rc, out, err):
    """The message of Alembic's failure: the last traceback line, or the FAILED: text."""
    if rc == 255:
        m = re.search(r"^FAILED: (.*)$", out, re.M)
        return ADDRESS.sub("", m.group(1).strip()) if m else (out + err).strip()
    lines = [l for l in err.rstrip("\n").split("\n") if l.strip()]
    # the exception line: the last line that starts a `Name: message` (messages may span lines)
    for i in range(len(lines) - 1, -1, -1):
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Warning)\b", lines[i]):
            return ADDRESS.sub("", "\n".join(lines[i:]).strip())
    return ADDRESS.sub("", lines[-1].strip()) if lines else ""


def retort_error(rc, out, err):
    m = re.search(r"^FAILED: (.*)$", out + err, re.M)
    if not m:
        return (out + err).strip()
    msg = m.group(1).strip()
    return ADDRESS.sub("", re.sub(r"^\S+\.py:\d+: ", "", msg))


_CONSTRAINT_LINE = re.compile(r"^    (CONSTRAINT |PRIMARY KEY |UNIQUE |FOREIGN KEY|CHECK |EXCLUDE )")


def norm_batch_order(sql):
    """Sort what Alembic's batch recreate emits in set order (see the module doc)."""
    chunks = sql.split("\n\n")
    out, i = [], 0
    while i < len(chunks):
        c = chunks[i]
        if c.startswith("CREATE TABLE _alembic_tmp_"):
            lines = c.split("\n")
            body = [l[:-2] if l.endswith(", ") else l for l in lines[1:-1]]
            cols = [l for l in body if not _CONSTRAINT_LINE.match(l)]
            cons = sorted(l for l in body if _CONSTRAINT_LINE.match(l))
            body = cols + cons
            c = "\n".join([lines[0]] + [l + ", " for l in body[:-1]] + body[-1:] + [lines[-1]])
        out.append(c)
        i += 1
        m = re.match(r"^ALTER TABLE _alembic_tmp_(\S+) RENAME TO (\S+);$", c)
        if m:
            j = i
            while j < len(chunks) and re.match(r"^CREATE (UNIQUE )?INDEX ", chunks[j]):
                j += 1
            out.extend(sorted(chunks[i:j]))
            i = j
    return "\n\n".join(out)


def alembic_crashed(rc, err):
    """True when Alembic failed inside its own graph/version code (not an op refusal)."""
    if rc != 1:
        return False
    frames = re.findall(r'^  File "([^"]+)"', err, re.M)
    last = re.findall(r"^(KeyError|AssertionError|TypeError|IndexError)\b", err, re.M)
    return bool(frames and last and "/alembic/" in frames[-1]
                and ("/alembic/runtime/" in frames[-1] or "/alembic/script/" in frames[-1]))


def compare(a_res, r_res):
    """None when equivalent, else a list of (what, text)."""
    (ra, oa, ea), (rr, orr, er) = a_res, r_res
    if alembic_crashed(ra, ea):
        if rr == 0 or (rr == 255 and re.search(r"^FAILED: ", orr + er, re.M)):
            return "crash"
        return [("alembic crashed; retort did not end cleanly", "retort exit %d: %s" % (rr, (orr + er)[-400:]))]
    if ra == 0 and rr == 0:
        d = normalize.compare_sql(norm_batch_order(oa), norm_batch_order(orr))
        return [("stdout", d)] if d else None
    diffs = []
    if ra != rr:
        diffs.append(("exit status", "alembic %d, retort %d" % (ra, rr)))
    if ra != 0 and rr != 0:
        ma, mr = alembic_error(ra, oa, ea), retort_error(rr, orr, er)
        if ma != mr:
            diffs.append(("error message", normalize.unified(ma, mr)))
    elif ra != 0:
        diffs.append(("alembic failed", alembic_error(ra, oa, ea)))
    else:
        diffs.append(("retort failed", retort_error(rr, orr, er)))
    return diffs or None


def alembic_under_seeds(argv, cwd, r_res):
    """The first hash seed under which Alembic's output matches retort's, else None."""
    for seed in range(1, 9):
        env = dict(os.environ, PYTHONHASHSEED=str(seed),
                   PYTHONPATH=os.path.join(HERE, "pysupport"))
        p = subprocess.run([sys.executable, SHIM] + argv, cwd=cwd, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=300, env=env)
        res = (p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))
        if compare(res, r_res) is None:
            return seed
    return None


def golden_name(dialect, label, argv):
    return "%s__%s__%s.sql" % (dialect, argv[0], label.replace(":", "-"))


def run_project(name, path, retort, only_dialect, verbose, diff_lines, update_golden, counts, failures,
                both_failed, crashes, reseeded):
    conf = {}
    if os.path.exists(os.path.join(path, "conformance.json")):
        with open(os.path.join(path, "conformance.json")) as f:
            conf = json.load(f)
    dialects = [d for d in conf.get("dialects", ["sqlite", "pg"]) if not only_dialect or d == only_dialect]
    golden = conf.get("golden", False)
    cmds = plan(path)
    for dialect in dialects:
        for label, argv in cmds:
            full = DIALECTS[dialect] + argv
            where = "%s [%s] %s %s" % (name, dialect, argv[0], label)
            r_res = run_retort(retort, full, path)
            if golden:
                gpath = os.path.join(path, "golden", golden_name(dialect, label, argv))
                if update_golden:
                    os.makedirs(os.path.dirname(gpath), exist_ok=True)
                    with open(gpath, "w") as f:
                        f.write(r_res[1] if r_res[0] == 0 else "FAILED: %s\n" % retort_error(*r_res))
                if not os.path.exists(gpath):
                    diffs = [("golden", "missing golden file %s" % gpath)]
                else:
                    with open(gpath) as f:
                        want = f.read()
                    got = r_res[1] if r_res[0] == 0 else "FAILED: %s\n" % retort_error(*r_res)
                    diffs = None if got == want else [("golden", normalize.unified(want, got, "golden", "retort", diff_lines))]
                if verbose:
                    a_res = alembic_oracle.run(full, path)
                    same = compare(a_res, r_res) is None
                    say("  info: %s: Alembic 1.8.1 %s" % (where, "agrees" if same else "differs (expected)"))
            else:
                a_res = alembic_oracle.run(full, path)
                diffs = compare(a_res, r_res)
                if diffs and diffs != "crash" and a_res[0] == 0 and r_res[0] == 0:
                    seed = alembic_under_seeds(full, path, r_res)
                    if seed is not None:
                        diffs = None
                        reseeded.append((where, seed))
                if diffs is None and a_res[0] != 0:
                    both_failed.append(where)
            key = (name, dialect)
            counts.setdefault(key, [0, 0])
            if diffs == "crash":
                crashes.append((where, alembic_error(*a_res)))
                counts[key][0] += 1
                if verbose:
                    say("crash %s (alembic: %s)" % (where, alembic_error(*a_res)))
            elif diffs:
                counts[key][1] += 1
                failures.append((where, diffs))
                say("DIFF %s" % where)
                for what, text in diffs:
                    say("  -- %s:" % what)
                    lines = text.split("\n")
                    if len(lines) > diff_lines:
                        lines = lines[:diff_lines] + ["  ... (%d more lines)" % (len(lines) - diff_lines)]
                    for l in lines:
                        say("    " + l)
            else:
                counts[key][0] += 1
                if verbose:
                    say("ok   %s" % where)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--retort", default=os.environ.get("RETORT"), help="the retort executable")
    ap.add_argument("--projects", default=os.path.join(HERE, "projects"))
    ap.add_argument("--project", action="append", help="only this project (repeatable)")
    ap.add_argument("--dialect", choices=sorted(DIALECTS))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--diff-lines", type=int, default=60)
    ap.add_argument("--update-golden", action="store_true",
                    help="rewrite golden files of golden projects from retort's output (review them!)")
    a = ap.parse_args()
    if not alembic_oracle.AVAILABLE:
        say("FAILED: alembic is not importable by %s: %s" % (sys.executable, alembic_oracle.IMPORT_ERROR))
        return 1
    if not a.retort or not os.access(a.retort, os.X_OK):
        say("FAILED: retort executable not found: %s" % a.retort)
        return 1
    retort = os.path.abspath(a.retort)
    names = sorted(n for n in os.listdir(a.projects) if os.path.exists(os.path.join(a.projects, n, "alembic.ini")))
    if a.project:
        missing = [p for p in a.project if p not in names]
        if missing:
            say("FAILED: no such project: %s" % ", ".join(missing))
            return 1
        names = [n for n in names if n in a.project]
    say("alembic %s (oracle, normalized to current), retort %s" % (alembic_oracle.VERSION, retort))
    counts, failures, both_failed, crashes, reseeded = {}, [], [], [], []
    for name in names:
        run_project(name, os.path.join(a.projects, name), retort, a.dialect, a.verbose, a.diff_lines,
                    a.update_golden, counts, failures, both_failed, crashes, reseeded)
    say("")
    for (name, dialect), (ok, bad) in sorted(counts.items()):
        say("%-24s %-7s %4d passed, %4d failed" % (name, dialect, ok, bad))
    total_ok = sum(v[0] for v in counts.values())
    total_bad = sum(v[1] for v in counts.values())
    say("")
    say("of the passed: %d where both tools failed with the same message, %d matched Alembic only "
        "under another hash seed, %d where Alembic crashed (not compared):"
        % (len(both_failed), len(reseeded), len(crashes)))
    for where, seed in reseeded:
        say("  matched under seed %d: %s" % (seed, where))
    for where, msg in crashes:
        say("  alembic crashed: %s: %s" % (where, msg.split("\n")[-1]))
    if failures:
        say("")
        say("differences:")
        for where, _ in failures:
            say("  " + where)
    say("")
    say("%d passed, %d failed" % (total_ok, total_bad))
    return 1 if total_bad or not counts else 0


if __name__ == "__main__":
    sys.exit(main())
