#!/usr/bin/python3
"""`alembic` as a process, with the same normalizations as the in-process oracle (alembic_oracle.py).

    /usr/bin/python3 tests/conformance/alembic_shim.py [alembic arguments]
    /usr/bin/python3 tests/conformance/alembic_shim.py --serve     (one JSON request per line on stdin:
        {"argv": [...], "cwd": "..."} -> one JSON line {"rc": N, "out": "...", "err": "..."} on stdout)

Used (1) by run_conformance.py --self-check, which compares the in-process oracle against this shim run
under a different PYTHONHASHSEED: every difference it reports is Alembic's own randomness that the
comparison failed to normalize, so the self-check must stay clean; and (2) by the runner's fallback that
re-runs Alembic under several hash seeds before reporting an ordering difference.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import alembic_oracle  # noqa: E402


def serve():
    import json
    for line in sys.stdin:
        req = json.loads(line)
        rc, out, err = alembic_oracle.run(req["argv"], req["cwd"])
        sys.__stdout__.write(json.dumps({"rc": rc, "out": out, "err": err}) + "\n")
        sys.__stdout__.flush()
    return 0


def main():
    if sys.argv[1:] == ["--serve"]:
        return serve()
    if not alembic_oracle.AVAILABLE:
        sys.__stdout__.write("FAILED: alembic not importable: %s\n" % alembic_oracle.IMPORT_ERROR)
        return 1
    rc, out, err = alembic_oracle.run(sys.argv[1:], os.getcwd())
    sys.__stdout__.write(out)
    sys.__stdout__.flush()
    sys.__stderr__.write(err)
    sys.__stderr__.flush()
    return rc


if __name__ == "__main__":
    sys.exit(main())
