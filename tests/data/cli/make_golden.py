#!/usr/bin/python3
"""Regenerates tests/data/cli/<project>.json: Alembic's stdout and exit code for each command line in
CASES, run by tests/conformance/alembic_shim.py (Debian's alembic, file order normalized to sorted as
current Alembic does). Absolute project paths are replaced by @PROJECT@.

    /usr/bin/python3 tests/data/cli/make_golden.py
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHIM = os.path.join(ROOT, "tests", "conformance", "alembic_shim.py")

CASES = {
    "labh": [
        "heads", "heads -v", "heads --resolve-dependencies", "branches", "branches -v",
        "history", "history -v", "history -r b2c3:d4e5", "history -r :c3d4aa", "history -r a1b2",
        "history -r zzzz:", "show f", "show aud", "show audit@heads", "show -1", "show c3d4",
        "show heads-1", "show head", "show base", "show c3d4aaaaaaaa@head", "show audit@-1",
        "show nob@head", "upgrade heads --sql", "upgrade a1b2:b2c3 --sql", "downgrade d4e5:b2c3 --sql",
        "downgrade f6a7:base --sql", "stamp b2c3 --sql", "stamp b2c3:c3d4e5 --sql",
        "upgrade head --sql", "downgrade base --sql", "stamp --purge b2c3 --sql",
        "-n pg upgrade heads --sql", "-n pg downgrade f6a7:base --sql", "-n pg stamp d4e5:base --sql",
    ],
}


def main():
    for project, cases in CASES.items():
        cwd = os.path.join(ROOT, "tests", "data", "projects", project)
        out = []
        for case in cases:
            argv = case.split()
            p = subprocess.run([sys.executable, SHIM] + argv, cwd=cwd, capture_output=True, text=True)
            out.append({"args": argv, "rc": p.returncode, "out": p.stdout.replace(cwd, "@PROJECT@")})
        with open(os.path.join(HERE, project + ".json"), "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
