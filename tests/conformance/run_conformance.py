#!/usr/bin/python3
"""Differential conformance suite: retort against Alembic on random revision graphs.

    /usr/bin/python3 tests/conformance/run_conformance.py --retort build/bin/retort [--count 300]
        [--seed S] [--graph-seed G] [--keep DIR] [--verbose] [--max-failures N]
    /usr/bin/python3 tests/conformance/run_conformance.py --self-check [--count 40]

For each graph (graphgen.py), Alembic runs in-process (alembic_oracle.py) and retort as a process, in the
same generated folder (SQLite commands on copies of the same database file), and every command's exit
status, stdout and stderr are compared (normalize.py says what is normalized and why). Commands:
heads [-v] [--resolve-dependencies], branches [-v], history [-v], history -r X:Y, show X, stamp sequences
followed by current [-v] and the version rows (as sets), online upgrade/downgrade (pass bodies), offline upgrade/downgrade/stamp --sql on the
SQLite and `-n pg` sections, and error cases (unknown ids, ambiguous prefixes, `head` with several heads,
bad ranges). Where Alembic itself crashes (exit 1 with a traceback: reference bugs §2.14) the output is
not compared; retort must then succeed or fail cleanly (exit 0 or 255). Such commands are counted and
listed with --verbose. With probability --partial-deps-rate a graph also spells some depends_on as partial
ids, on which Alembic crashes at load time (graphgen.py): the same rule applies.

Seeds: the base seed comes from --seed, else $RETORT_CONFORMANCE_SEED, else today's date (YYYYMMDD),
so CI explores new graphs every day; it is always printed. Graph i uses seed base*1000+i (printed on
failure; rerun one graph with --graph-seed G --keep DIR).

--self-check runs the whole pipeline with Alembic on both sides (the second one as a process under a
different PYTHONHASHSEED, through alembic_shim.py): it must report no difference, which proves that the
normalizations absorb Alembic's own nondeterminism and that the harness is sound.

Exit status: 0 when every comparison matched, 1 otherwise (also when alembic cannot be imported: the
suite fails, it never skips).
"""
import argparse
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# Alembic's own set orders depend on the hash seed: pin it so one run is reproducible.
if os.environ.get("PYTHONHASHSEED") != "0" and __name__ == "__main__":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import alembic_oracle  # noqa: E402  (must be imported before anything prints)
import graphgen  # noqa: E402
import normalize  # noqa: E402

SHIM = os.path.join(HERE, "alembic_shim.py")
OUT = sys.stdout.target if hasattr(sys.stdout, "target") else sys.stdout


def say(*a):
    OUT.write(" ".join(str(x) for x in a) + "\n")
    OUT.flush()


class GraphModel:
    """The generated graph as the runner needs it: ancestry, heads, spellings of identifiers."""

    def __init__(self, info, rng):
        self.rng = rng
        self.revs = info["revisions"]
        self.by_id = {r["id"]: r for r in self.revs}
        self.ids = [r["id"] for r in self.revs]
        self.labels = {l: r["id"] for r in self.revs for l in r["labels"]}
        self.keys = self.ids + list(self.labels)
        self.children = {i: [] for i in self.ids}
        for r in self.revs:
            for d in r["down"]:
                self.children[d].append(r["id"])
        self.blind_heads = [i for i in self.ids if not self.children[i]]
        dep_targets = {d for r in self.revs for d in r["deps_resolved"]}
        self.real_heads = [i for i in self.blind_heads if i not in dep_targets or self.children[i]]

    def ancestors(self, rid, with_deps=True):
        out, todo = set(), [rid]
        while todo:
            r = self.by_id[todo.pop()]
            for p in list(r["down"]) + (r["deps_resolved"] if with_deps else []):
                if p not in out:
                    out.add(p)
                    todo.append(p)
        return out

    def unique_prefix(self, rid):
        for k in range(4, len(rid)):
            if sum(1 for key in self.keys if key.startswith(rid[:k])) == 1:
                return rid[:k]
        return rid

    def ambiguous_prefixes(self):
        out = set()
        for a in self.ids:
            for b in self.ids:
                if a < b:
                    k = 0
                    while k < min(len(a), len(b)) and a[k] == b[k]:
                        k += 1
                    if k >= 4:
                        out.add(a[:k])
        return sorted(out)

    def spell(self, rid):
        """A random way of naming revision rid: full id, unique prefix, or its label."""
        r = self.rng.random()
        rev = self.by_id[rid]
        if rev["labels"] and r < 0.2:
            return rev["labels"][0]
        if r < 0.55:
            return self.unique_prefix(rid)
        return rid

    def pick(self):
        return self.rng.choice(self.ids)


def plan_commands(g, rng):
    """The list of (name, argv, comparator kind, db action) for one graph."""
    cmds = []

    def add(argv, kind="text", db=None):
        cmds.append((" ".join(argv), argv, kind, db))

    add(["heads"])
    add(["heads", "-v"])
    add(["heads", "--resolve-dependencies"])
    add(["branches"], "branches")
    add(["branches", "-v"], "branches")
    add(["history"])
    add(["history", "-v"])
    # history ranges: X:Y with X an ancestor of Y (real links), open ends
    for _ in range(2):
        y = g.pick()
        anc = sorted(g.ancestors(y, with_deps=False))
        x = rng.choice(anc) if anc else None
        form = rng.random()
        if form < 0.5 and x:
            rr = "%s:%s" % (g.spell(x), g.spell(y))
        elif form < 0.75:
            rr = ":%s" % g.spell(y)
        else:
            rr = "%s:" % g.spell(y)
        add(["history", "-r", rr])
        if rng.random() < 0.3:
            add(["history", "-v", "-r", rr])
    for _ in range(2):
        add(["show", g.spell(g.pick())])
    if rng.random() < 0.5:
        add(["show", "heads"])
    if g.labels and rng.random() < 0.5:
        lab = rng.choice(sorted(g.labels))
        add(["show", lab + rng.choice(["@head", "@heads", "@base"])])
    # offline SQL on both sections
    for section in ([], ["-n", "pg"]):
        pre = list(section)
        if section and rng.random() < 0.4:
            pre += ["-x", "tpm=true"]
        tgt = rng.random()
        if tgt < 0.6:
            target = g.spell(g.pick())
        elif tgt < 0.8 or not g.labels:
            target = "heads"
        else:
            target = rng.choice(sorted(g.labels)) + "@head"
        add(pre + ["upgrade", target, "--sql"], "sql")
        b = g.pick()
        anc = sorted(g.ancestors(b))
        a = g.spell(rng.choice(anc)) if anc and rng.random() < 0.8 else "base"
        add(pre + ["upgrade", "%s:%s" % (a, g.spell(b)), "--sql"], "sql")
        b = g.pick()
        anc = sorted(g.ancestors(b))
        a = g.spell(rng.choice(anc)) if anc and rng.random() < 0.7 else "base"
        add(pre + ["downgrade", "%s:%s" % (g.spell(b), a), "--sql"], "sql")
        a, b = g.pick(), g.pick()
        add(pre + ["stamp", "%s:%s" % (g.spell(a), g.spell(b) if rng.random() < 0.85 else "base"),
                   "--sql"], "sql")
    # stamp sequences on a SQLite database, then current and the rows
    add(["current"], "lines_set", db="fresh")
    for _ in range(rng.randint(1, 3)):
        revs = rng.sample(g.ids, min(len(g.ids), rng.choice([1, 1, 2, 3])))
        args = [g.spell(r) for r in revs]
        r = rng.random()
        if r < 0.1:
            args = ["heads"]
        elif r < 0.15:
            args = ["base"]
        opts = ["--purge"] if rng.random() < 0.2 else []
        add(["stamp"] + opts + args, "text", db="keep")
        add(["current"], "lines_set", db="keep")
        add(["current", "-v"], "blocks_set", db="keep")
    # online upgrade / downgrade (bodies are `pass`): the log lines on stderr and the rows
    for _ in range(rng.randint(1, 2)):
        r = rng.random()
        if r < 0.5:
            add(["upgrade", rng.choice(["heads", g.spell(g.pick())])], "text", db="keep")
        else:
            add(["downgrade", rng.choice(["base", g.spell(g.pick())])], "text", db="keep")
        add(["current"], "lines_set", db="keep")
    # errors
    add(["show", "zzzzzzzzzzzz"])
    add(["upgrade", "feedfacecafe", "--sql"], "sql")
    amb = g.ambiguous_prefixes()
    if amb:
        add(["show", rng.choice(amb)])
    if len(g.blind_heads) > 1:
        add(["upgrade", "head", "--sql"], "sql")
        add(["show", "head"])
        add(["stamp", "head"], "text", db="keep")
    add(["history", "-r", g.spell(g.pick())])
    y = g.pick()
    anc = sorted(g.ancestors(y, with_deps=False))
    if anc:
        add(["history", "-r", "%s:%s" % (g.spell(y), g.spell(rng.choice(anc)))])
    add(["downgrade", g.spell(g.pick()), "--sql"], "sql")
    add(["show", "nosuchlabel@head"])
    add(["show", g.spell(g.pick()) + "@head"])
    if rng.random() < 0.3:
        add(["stamp", "--purge", "%s:%s" % (g.spell(g.pick()), g.spell(g.pick())), "--sql"], "sql")
    if rng.random() < 0.3:
        add(["upgrade", "%s:%s" % (g.spell(g.pick()), g.spell(g.pick()))], "text", db="keep")
    return cmds


def signatures(failures):
    """Group failures by (command, stream, first differing line with ids masked), most frequent first."""
    import re
    groups = {}
    for seed, name, diffs in failures:
        for stream, text in diffs:
            lines = [l for l in text.splitlines()
                     if l[:1] in "+-" and not l.startswith(("+++", "---"))] or text.splitlines()[:1]
            sig = re.sub(r"\b[0-9a-f]{4,12}\b", "X", lines[0] if lines else "")
            sig = re.sub(r"/tmp/\S+/proj", "<proj>", sig)[:150]
            groups.setdefault((command_word(name.split(" ")), stream, sig), []).append((seed, name))
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))


def command_word(argv):
    """The subcommand of an alembic argv (skipping global options and their values)."""
    i = 0
    while i < len(argv):
        if argv[i] in ("-c", "-n", "-x", "--config", "--name"):
            i += 2
        elif argv[i].startswith("-"):
            i += 1
        else:
            return argv[i]
    return "?"


class ShimServer:
    """alembic_shim.py --serve under a given PYTHONHASHSEED: Alembic as another process, without paying
    the interpreter start-up per command."""

    def __init__(self, hashseed):
        env = dict(os.environ, PYTHONHASHSEED=str(hashseed))
        self.p = subprocess.Popen([sys.executable, SHIM, "--serve"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, env=env, text=True)

    def run(self, argv, cwd):
        self.p.stdin.write(json.dumps({"argv": argv, "cwd": cwd}) + "\n")
        self.p.stdin.flush()
        r = json.loads(self.p.stdout.readline())
        return r["rc"], r["out"], r["err"]

    def close(self):
        self.p.stdin.close()
        self.p.wait()


class Runner:
    def __init__(self, args):
        self.args = args
        self.failures = []       # (graph seed, command, diffs)
        self.compared = 0
        self.normalized = 0      # matched only after normalizing Alembic's set orders
        self.normalized_by = {}
        self.alembic_crashes = []
        self.fallback_budget = 300
        self.fallback_matches = 0
        self.servers = {}

    def server(self, hashseed):
        if hashseed not in self.servers:
            self.servers[hashseed] = ShimServer(hashseed)
        return self.servers[hashseed]

    @staticmethod
    def retort_argv(argv):
        """The generated env.py turns on transaction_per_migration from `-x tpm=true`; Retort reads
        env.py statically and takes that setting as the --transaction-per-migration option instead."""
        argv = list(argv)
        if "tpm=true" in argv and argv[argv.index("tpm=true") - 1] == "-x":
            for i, a in enumerate(argv):
                if a in ("upgrade", "downgrade", "stamp"):
                    argv.insert(i + 1, "--transaction-per-migration")
                    break
        return argv

    def run_retort(self, argv, cwd, env_extra=None):
        argv = self.retort_argv(argv)
        env = dict(os.environ)
        if env_extra:
            env.update(env_extra)
        try:
            p = subprocess.run(self.retort_cmd + argv, cwd=cwd, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=60, env=env)
        except subprocess.TimeoutExpired:
            return 124, "", "TIMEOUT after 60 s\n"
        rc = p.returncode if p.returncode >= 0 else 128 - p.returncode
        return rc, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def with_db(self, proj, tool, action, fn):
        """Run fn() with proj/test.db holding `tool`'s copy of the database."""
        live = os.path.join(proj, "test.db")
        mine = os.path.join(proj, ".db-" + tool)
        if action == "fresh" and os.path.exists(mine):
            os.remove(mine)
        if os.path.exists(live):
            os.remove(live)
        if action and os.path.exists(mine):
            shutil.copyfile(mine, live)
        try:
            return fn()
        finally:
            if action and os.path.exists(live):
                shutil.move(live, mine)
            elif os.path.exists(live):
                os.remove(live)

    @staticmethod
    def rows(proj, tool):
        import sqlite3
        path = os.path.join(proj, ".db-" + tool)
        if not os.path.exists(path):
            return None
        con = sqlite3.connect(path)
        try:
            return sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
        except sqlite3.Error:
            return None
        finally:
            con.close()

    def fallback(self, proj, argv, kind, alembic_rc, retort_res, info):
        """Alembic under other hash seeds: does any of its orders match retort? (only for graphs
        whose Alembic order depends on set iteration: revisions with >= 2 dependencies)."""
        if self.fallback_budget <= 0 or not any(len(r["deps_resolved"]) > 1 for r in info["revisions"]):
            return None
        if retort_res[0] != alembic_rc:
            return None  # set orders never change an exit status
        self.fallback_budget -= 1
        for hs in range(1, 8):
            res = self.server(hs).run(argv, proj)
            d = normalize.compare(kind, res, retort_res) or []
            if not any(stream in ("rc", "stdout") for stream, _ in d):
                return hs, d
        return None

    def graph(self, gseed):
        a = self.args
        tmp = tempfile.mkdtemp(prefix="retort-conf-%d-" % gseed, dir=a.keep)
        proj = os.path.join(tmp, "proj")
        partial = random.Random(gseed).random() < a.partial_deps_rate
        info = graphgen.generate(gseed, proj, partial_deps=partial)
        rng = random.Random(gseed ^ 0x5EED)
        g = GraphModel(info, rng)
        ok = True
        db_broken = False
        for name, argv, kind, db in plan_commands(g, rng):
            if db and db_broken:
                continue
            ares = self.with_db(proj, "alembic", db, lambda: alembic_oracle.run(argv, proj))
            rres = self.with_db(proj, "retort", db, lambda: self.run_retort(argv, proj))
            self.compared += 1
            if ares[0] == 1 and "Traceback" in ares[2]:
                # a reference bug (§2.14): not replicated; retort must give a result or a clean error
                self.alembic_crashes.append((gseed, name, ares[2].strip().splitlines()[-1]))
                # the database may be half-changed: later database commands of this graph are moot
                db_broken = db_broken or bool(db)
                diffs = None
                same_bug = a.self_check and rres[0] == 1 and "Traceback" in rres[2]
                if rres[0] not in (0, 255) and not same_bug:
                    diffs = [("crash", "alembic crashes here (%s); retort must succeed or fail cleanly "
                              "(exit 0/255), got exit %d:\n%s" % (ares[2].strip().splitlines()[-1], rres[0],
                                                                 (rres[1] + rres[2])[-800:]))]
            else:
                diffs = normalize.compare(kind, ares, rres)
            alembic_crashed = ares[0] == 1 and "Traceback" in ares[2]
            # after a crash Alembic's SQLite database is half-changed (non-transactional DDL): not compared
            if not diffs and db and not alembic_crashed:
                ra, rb = self.rows(proj, "alembic"), self.rows(proj, "retort")
                if ra != rb:
                    diffs = [("rows", "alembic_version rows: alembic %s, retort %s" % (ra, rb))]
            if diffs and not db and any(stream == "stdout" for stream, _ in diffs):
                fb = self.fallback(proj, argv, kind, ares[0], rres, info)
                if fb is not None:
                    hs, diffs = fb
                    self.fallback_matches += 1
                    if a.verbose:
                        say("  [seed %d] %s: stdout matches Alembic under PYTHONHASHSEED=%d" % (gseed, name, hs))
                    diffs = diffs or None
            if diffs:
                ok = False
                self.failures.append((gseed, name, diffs))
                if len(self.failures) <= a.show_failures:
                    say("FAIL graph seed %d: alembic %s" % (gseed, name))
                    say("  rerun: %s --graph-seed %d --keep /tmp/conf" % (os.path.basename(__file__), gseed))
                    for stream, d in diffs:
                        say("  [%s]" % stream)
                        for line in d.splitlines():
                            say("    " + line)
            else:
                if (ares[1], ares[2]) != (rres[1], rres[2]):
                    self.normalized += 1
                    k = command_word(argv)
                    self.normalized_by[k] = self.normalized_by.get(k, 0) + 1
                if a.verbose:
                    say("  ok  %s" % name)
        if ok and not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        elif a.keep:
            say("  project kept in %s" % proj)
        return ok

    def main(self):
        a = self.args
        if not alembic_oracle.AVAILABLE:
            say("FAILED: alembic is not importable by %s: %s" % (sys.executable, alembic_oracle.IMPORT_ERROR))
            say("0 passed, 1 failed")
            return 1
        if a.self_check:
            self.retort_cmd = [sys.executable, SHIM, "--serve", "(PYTHONHASHSEED=1)"]
            self.run_retort = lambda argv, cwd: self.server(1).run(argv, cwd)
        else:
            if not a.retort or not os.access(a.retort, os.X_OK):
                say("FAILED: retort executable not found: %r" % a.retort)
                say("0 passed, 1 failed")
                return 1
            self.retort_cmd = [os.path.abspath(a.retort)]
        if a.graph_seed is not None:
            seeds = [a.graph_seed]
            base = None
        else:
            base = a.seed
            seeds = [base * 1000 + i for i in range(a.count)]
        say("conformance: alembic %s (in-process, %s), other side: %s" %
            (alembic_oracle.VERSION, sys.executable, " ".join(self.retort_cmd)))
        say("conformance: base seed %s, %d graph(s)%s" % (base, len(seeds),
            " (set RETORT_CONFORMANCE_SEED=%s or --seed %s to reproduce)" % (base, base) if base is not None else ""))
        t0 = time.time()
        bad_graphs = []
        for i, s in enumerate(seeds):
            if not self.graph(s):
                bad_graphs.append(s)
            if a.max_failures and len(self.failures) >= a.max_failures:
                say("conformance: stopping after %d failures" % len(self.failures))
                break
            if (i + 1) % 50 == 0:
                say("conformance: %d/%d graphs, %d comparisons, %d failures, %.0f s" %
                    (i + 1, len(seeds), self.compared, len(self.failures), time.time() - t0))
        dt = time.time() - t0
        for srv in self.servers.values():
            srv.close()
        say("")
        say("conformance: %d graphs, %d comparisons in %.1f s (%d equal only after normalizing set "
            "orders); %d alembic crashes not compared" %
            (len(seeds), self.compared, dt, self.normalized, len(self.alembic_crashes)))
        if self.fallback_matches:
            say("  %d outputs matched Alembic only under another PYTHONHASHSEED (set-ordered dependencies)"
                % self.fallback_matches)
        if self.normalized_by:
            say("  normalized matches by command: " +
                ", ".join("%s %d" % kv for kv in sorted(self.normalized_by.items())))
        if a.verbose:
            for c in self.alembic_crashes:
                say("  alembic crash: seed %d `alembic %s`: %s" % c)
        if self.failures:
            say("conformance: %d differences in %d graphs (first graph seeds: %s)" %
                (len(self.failures), len(bad_graphs), ", ".join(map(str, bad_graphs[:10]))))
            summary = {}
            for s, name, diffs in self.failures:
                key = command_word(name.split(" "))
                for stream, _ in diffs:
                    summary.setdefault((key, stream), []).append((s, name))
            for (cmd, stream), lst in sorted(summary.items()):
                say("  %-10s %-7s %4d  e.g. seed %d: alembic %s" % (cmd, stream, len(lst), lst[0][0], lst[0][1]))
            say("conformance: most frequent differences (ids replaced by X; first differing line):")
            for (cmd, stream, sig), lst in signatures(self.failures)[:a.signatures]:
                say("  %5d  %-9s %-6s %s" % (len(lst), cmd, stream, sig))
                say("         e.g. seed %d: alembic %s" % lst[0])
            if a.json:
                with open(a.json, "w") as f:
                    json.dump([{"seed": s, "command": n, "diffs": d} for s, n, d in self.failures], f, indent=1)
        passed = self.compared - len(self.failures)
        say("%d passed, %d failed" % (passed, len(self.failures)))
        return 1 if self.failures else 0


def default_seed():
    env = os.environ.get("RETORT_CONFORMANCE_SEED")
    if env:
        return int(env)
    return int(datetime.date.today().strftime("%Y%m%d"))


def main():
    ap = argparse.ArgumentParser(description="Differential conformance: retort vs Alembic.")
    ap.add_argument("--retort", help="path to the retort executable")
    ap.add_argument("--count", type=int, default=int(os.environ.get("RETORT_CONFORMANCE_COUNT", 300)))
    ap.add_argument("--seed", type=int, default=None, help="base seed (default: $RETORT_CONFORMANCE_SEED or today)")
    ap.add_argument("--graph-seed", type=int, default=None, help="run one graph only")
    ap.add_argument("--keep", default=None, help="keep projects under this folder")
    ap.add_argument("--self-check", action="store_true", help="alembic against alembic (harness test)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--show-failures", type=int, default=30, help="print diffs of the first N failures")
    ap.add_argument("--max-failures", type=int, default=0, help="stop after N failures (0: never)")
    ap.add_argument("--json", help="write all failures to this JSON file")
    ap.add_argument("--signatures", type=int, default=25, help="how many difference kinds to list")
    ap.add_argument("--partial-deps-rate", type=float, default=0.05,
                    help="share of graphs whose depends_on may use partial ids (Alembic crashes on them)")
    a = ap.parse_args()
    if a.seed is None:
        a.seed = default_seed()
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
    sys.exit(Runner(a).main())


if __name__ == "__main__":
    main()
