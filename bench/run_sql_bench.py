#!/usr/bin/python3
"""Offline SQL benchmark (issue 4): `upgrade base:heads --sql` on a synthetic project with realistic
revision bodies (bench/gen_project.py --bodies ops), Retort vs Debian's Alembic in the same run.

    /usr/bin/python3 bench/run_sql_bench.py --retort build/bin/retort [--revisions 5000] [--runs 3]

Prints the median wall times, the ratio (target: Retort at least 20x faster at 5,000 revisions) and how
many output lines differ (Retort renders execute() parameters that Alembic's offline mock connection
drops as NULL; see the closing note of issue 4).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, cwd, runs):
    times, out = [], ""
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if p.returncode != 0:
            sys.exit("FAILED: %s exited %d:\n%s" % (" ".join(cmd), p.returncode, (p.stdout + p.stderr)[-2000:]))
        out = p.stdout
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--retort", required=True)
    ap.add_argument("--revisions", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--alembic-runs", type=int, default=1)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "retort-bench"))
    a = ap.parse_args()
    proj = os.path.join(a.workdir, "ops%d" % a.revisions)
    if not os.path.isdir(proj):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_project.py"), "--revisions", str(a.revisions),
                        "--out", proj, "--bodies", "ops"], check=True, stdout=subprocess.DEVNULL)
    argv = ["upgrade", "base:heads", "--sql"]
    rt, rout = timed([os.path.abspath(a.retort)] + argv, proj, a.runs)
    at, aout = timed(["/usr/bin/python3", "-m", "alembic"] + argv, proj, a.alembic_runs)
    differing = sum(1 for x, y in zip(aout.splitlines(), rout.splitlines()) if x != y)
    differing += abs(len(aout.splitlines()) - len(rout.splitlines()))
    ratio = at / rt
    print("revisions %d: retort %.1f ms, alembic %.1f ms, ratio %.1fx (target >= 20x: %s); %d of %d lines differ"
          % (a.revisions, rt * 1000, at * 1000, ratio, "PASS" if ratio >= 20 else "FAIL", differing,
             len(aout.splitlines())))
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
