#!/usr/bin/python3
"""Benchmark: retort vs alembic on synthetic projects of 1k / 5k / 10k revisions.

    /usr/bin/python3 bench/run_bench.py [--retort build/bin/retort] [--sizes 1000,5000,10000]
                                        [--runs 10] [--alembic-runs 3] [--workdir /tmp/retort-bench]

For each size it generates (or reuses) a project with gen_project.py, then times in the same run:
`retort heads`, `alembic heads`, `retort history`, `alembic history`, `retort current`, `alembic current`
(SQLite database at head) and `cat versions/*.py > /dev/null` (the cost of just reading the files).
Alembic is Debian's `/usr/bin/python3 -m alembic`, started as a real process every time. Timing uses
hyperfine (median of --runs; one warm-up run for retort and cat, none for alembic) when it is
installed, else a built-in loop doing the same. A full run takes ~5-10 minutes on an idle 2-core
machine, most of it `alembic current` (quadratic: ~15 s at 5k, ~1 min at 10k revisions). Output goes to /dev/null; exit statuses are checked, and the untimed outputs of
heads/current are compared once with Alembic's.

Targets (checked at 5k revisions, architecture principle 4): retort heads >= 40x faster than alembic,
retort current >= 100x faster, retort heads <= 2x the cat time. Exit status 1 when a target is missed
or retort fails, 0 otherwise.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_project  # noqa: E402

ALEMBIC = ["/usr/bin/python3", "-m", "alembic"]
HYPERFINE = shutil.which("hyperfine")


def time_cmd(argv, cwd, runs, shell=False, warmup=1):
    """Median wall time in seconds of argv (a list, or a shell string when shell=True)."""
    if HYPERFINE:
        with tempfile.NamedTemporaryFile(suffix=".json") as tf:
            cmd = [HYPERFINE, "--warmup", str(warmup), "--runs", str(runs), "--export-json", tf.name,
                   "--style", "none", "--output", "null"]
            if shell:
                cmd += [argv]
            else:
                cmd += ["--shell=none", " ".join(argv)]
            p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
            if p.returncode != 0:
                raise RuntimeError("hyperfine failed for %s:\n%s" % (argv, p.stderr[-2000:]))
            with open(tf.name) as f:
                return json.load(f)["results"][0]["median"]
    times = []
    for i in range(runs + warmup):
        t0 = time.perf_counter()
        p = subprocess.run(argv, cwd=cwd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            raise RuntimeError("%s exited %d" % (argv, p.returncode))
        if i >= warmup:
            times.append(dt)
    return statistics.median(times)


def output(argv, cwd):
    p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout


def fmt(t):
    return "%8.1f ms" % (t * 1000) if t < 10 else "%8.2f s " % t


def main():
    ap = argparse.ArgumentParser(description="retort vs alembic benchmark")
    ap.add_argument("--retort", default=os.path.join(HERE, "..", "build", "bin", "retort"))
    ap.add_argument("--sizes", default="1000,5000,10000")
    ap.add_argument("--runs", type=int, default=10, help="runs per retort/cat measurement")
    ap.add_argument("--alembic-runs", type=int, default=3, help="runs per alembic measurement")
    ap.add_argument("--alembic-runs-large", type=int, default=1,
                    help="runs per alembic measurement above 5k revisions (alembic current takes ~1 min at 10k)")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "retort-bench"))
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("--skip-alembic", action="store_true", help="time retort and cat only")
    a = ap.parse_args()
    retort = os.path.abspath(a.retort)
    if not os.access(retort, os.X_OK):
        print("FAILED: retort executable not found at %s (build it, or pass --retort)" % retort)
        return 1
    sizes = [int(s) for s in a.sizes.split(",")]
    print("timer: %s; retort: %s; alembic: %s" % (HYPERFINE or "built-in loop", retort, " ".join(ALEMBIC)),
          flush=True)
    rows, problems = [], []
    for n in sizes:
        proj = os.path.join(a.workdir, "p%d" % n)
        stamp = os.path.join(proj, ".complete")
        if a.regenerate or not os.path.exists(stamp):
            t0 = time.time()
            gen_project.generate(n, proj)
            open(stamp, "w").close()
            print("generated %d revisions in %s (%.1f s)" % (n, proj, time.time() - t0), flush=True)
        res = {"size": n}
        for cmd in ("heads", "history", "current"):
            rc, out_r = output([retort, cmd], proj)
            if rc != 0:
                problems.append("%d: `retort %s` exited %d" % (n, cmd, rc))
                res["retort " + cmd] = None
            else:
                res["retort " + cmd] = time_cmd([retort, cmd], proj, a.runs)
            if not a.skip_alembic:
                if cmd != "history" and rc == 0:
                    rca, out_a = output(ALEMBIC + [cmd], proj)
                    if (rca, set(out_a.splitlines())) != (rc, set(out_r.splitlines())):
                        problems.append("%d: `retort %s` output differs from alembic's" % (n, cmd))
                # no warm-up for alembic: the untimed output check above already warmed the caches
                runs = a.alembic_runs if n <= 5000 else a.alembic_runs_large
                res["alembic " + cmd] = time_cmd(ALEMBIC + [cmd], proj, runs, warmup=0)
        res["cat"] = time_cmd("cat migrations/versions/*.py > /dev/null", proj, a.runs, shell=True)
        rows.append(res)
        print("measured %d: %s" % (n, ", ".join("%s %s" % (k, fmt(v).strip() if v else "-")
                                                 for k, v in res.items() if k != "size")), flush=True)

    print()
    print("%-7s %-8s %12s %12s %9s" % ("size", "command", "retort", "alembic", "ratio"))
    for r in rows:
        for cmd in ("heads", "history", "current"):
            t_r, t_a = r.get("retort " + cmd), r.get("alembic " + cmd)
            ratio = "%8.1fx" % (t_a / t_r) if t_r and t_a else "%9s" % "-"
            print("%-7d %-8s %12s %12s %s" % (r["size"], cmd, fmt(t_r) if t_r else "failed",
                                             fmt(t_a) if t_a else "-", ratio))
        print("%-7d %-8s %12s %12s %9s" % (r["size"], "cat", fmt(r["cat"]), "", ""))
    print()
    for r in rows:
        if r["size"] != 5000:
            continue
        checks = []
        if r.get("retort heads") and r.get("alembic heads"):
            checks.append(("heads >= 40x faster than alembic", r["alembic heads"] / r["retort heads"], 40, ">="))
        if r.get("retort current") and r.get("alembic current"):
            checks.append(("current >= 100x faster than alembic", r["alembic current"] / r["retort current"],
                           100, ">="))
        if r.get("retort heads"):
            checks.append(("retort heads <= 2x cat", r["retort heads"] / r["cat"], 2, "<="))
        for name, val, lim, op in checks:
            ok = val >= lim if op == ">=" else val <= lim
            print("target at 5k: %-38s %7.1f  %s" % (name, val, "PASS" if ok else "FAIL"))
            if not ok:
                problems.append("target missed at 5k: %s (%.1f)" % (name, val))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
