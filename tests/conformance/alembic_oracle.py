"""Alembic (Debian's 1.8.1) run in-process, normalized to the behaviour of current Alembic (1.19).

Importing this module replaces sys.stdout/sys.stderr with switchable streams *before* alembic is
imported: alembic.config.Config takes `stdout=sys.stdout` as a default argument evaluated at import
time, so only a stream installed first can be redirected per call. Then `run(argv, cwd)` calls
`alembic.config.main(argv=argv, prog="alembic")` inside cwd and returns (rc, stdout, stderr), catching
SystemExit for the exit status (FAILED -> 255, argparse -> 2) and any other exception as a traceback
with status 1 (what the `alembic` console script does).

Normalizations to 1.19 (reference §10), applied here so every caller sees the same oracle:
  * file discovery order: 1.8.1 enumerates versions/ with raw os.listdir (filesystem order); 1.10+
    sorts by file name (§6.1). The map insertion order drives `heads` order, topological tie-breaks and
    step order, so 1.8.1 would be nondeterministic across filesystems. Script._list_py_dir is patched to
    return sorted names.
  * offline end-at-base: 1.8.1 prints a final `DROP TABLE alembic_version;` when no heads remain
    (`downgrade X:base --sql`, `stamp X:base --sql`); 1.19.0 stopped (changelog #1822). The statement is
    removed from offline output (normalize_offline).
  * untyped templates: 1.8.1's script.py.mako is untyped; this only matters for files that `revision`
    writes, which the conformance suite does not compare (the generator writes both forms as input).
  * downgrade unmerge with no other head left (§5.3 D2): 1.8.1's RevisionStep._unmerge_to_revisions
    returns every normalized down revision, so downgrading a revision whose down revisions are
    ancestors of one another (e.g. parent P plus depends_on Q where Q itself depends on P) INSERTs the
    redundant ancestor row too; current Alembic removes down revisions that are ancestors of another
    one. Patched to the current rule (found by this suite: seed 20261121068, `-n pg downgrade
    176185860348:base --sql`).
  * terminal wrapping: alembic wraps FAILED lines to the width of stdin when stdin is a tty; disabled
    (CI never has a tty, and retort is compared on pipes).
  * warnings: Python's default filter shows each warning once per process; set to "always" so every
    in-process run prints what a fresh process would.
Bytecode writing is disabled so no __pycache__ appears in the generated versions/ folders.
"""
import io
import os
import sys
import traceback
import warnings

sys.dont_write_bytecode = True


class _SwitchStream(io.TextIOBase):
    """A text stream that forwards to a replaceable target."""

    def __init__(self, target):
        self.target = target

    def write(self, s):
        return self.target.write(s)

    def flush(self):
        self.target.flush()

    def writable(self):
        return True

    def isatty(self):
        return False

    @property
    def encoding(self):
        return "utf-8"


if not isinstance(sys.stdout, _SwitchStream):
    sys.stdout = _SwitchStream(sys.stdout)
    sys.stderr = _SwitchStream(sys.stderr)

try:
    import alembic  # noqa: E402
    import alembic.config  # noqa: E402
    import alembic.script.base  # noqa: E402
    import alembic.util.messaging  # noqa: E402
    AVAILABLE = True
    VERSION = alembic.__version__
    IMPORT_ERROR = None
except Exception as e:  # reported by the callers: the suite must fail, not skip
    AVAILABLE = False
    VERSION = None
    IMPORT_ERROR = "%s: %s" % (type(e).__name__, e)

if AVAILABLE:
    _orig_list_py_dir = alembic.script.base.Script._list_py_dir.__func__

    def _sorted_list_py_dir(cls, scriptdir, path):
        return sorted(_orig_list_py_dir(cls, scriptdir, path))

    alembic.script.base.Script._list_py_dir = classmethod(_sorted_list_py_dir)
    alembic.util.messaging.TERMWIDTH = None

    import alembic.runtime.migration as _migration

    _orig_unmerge = _migration.RevisionStep._unmerge_to_revisions

    def _unmerge_to_revisions_119(self, heads):
        """1.19's rule when no other head remains: the revisions a downgrade returns to, minus those
        already implied as an ancestor of another one (reference §5.3, "T = D minus every d that is an
        ancestor of another element of D"). 1.8.1 returned all of D there, INSERTing redundant rows."""
        if set(heads).difference([self.revision.revision]):
            return _orig_unmerge(self, heads)
        rmap = self.revision_map
        implied = set()
        for to_rev in self.to_revisions:
            for node in rmap._get_ancestor_nodes(rmap.get_revisions(to_rev), check=False):
                if node.revision != to_rev:
                    implied.add(node.revision)
        return tuple(set(self.to_revisions) - implied)

    _migration.RevisionStep._unmerge_to_revisions = _unmerge_to_revisions_119

import logging  # noqa: E402


def _logging_snapshot():
    loggers = [logging.getLogger()] + [l for l in logging.root.manager.loggerDict.values()
                                       if isinstance(l, logging.Logger)]
    return {l.name: (l, l.level, list(l.handlers), l.disabled, l.propagate) for l in loggers}


_LOGGING_AT_START = _logging_snapshot()


def _restore_logging():
    """Undo env.py's fileConfig: a fresh process has alembic's NullHandler and no root handler."""
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and name not in _LOGGING_AT_START:
            logger.handlers[:] = []
            logger.setLevel(logging.NOTSET)
            logger.disabled = False
            logger.propagate = True
    for logger, level, handlers, disabled, propagate in _LOGGING_AT_START.values():
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.disabled = disabled
        logger.propagate = propagate

DROP_VERSION_TABLE = "DROP TABLE alembic_version;\n\n"


def normalize_offline(stdout):
    """1.8.1 -> 1.19: drop the final `DROP TABLE alembic_version;` of offline scripts ending at base."""
    return stdout.replace(DROP_VERSION_TABLE, "")


def run(argv, cwd):
    """Run `alembic ARGV` in cwd, in this process. Returns (rc, stdout, stderr), normalized."""
    if not AVAILABLE:
        raise RuntimeError("alembic is not importable: %s" % IMPORT_ERROR)
    out, err = io.StringIO(), io.StringIO()
    old_cwd = os.getcwd()
    old_out, old_err = sys.stdout.target, sys.stderr.target
    sys.stdout.target, sys.stderr.target = out, err
    rc = 0
    try:
        os.chdir(cwd)
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            alembic.config.main(argv=list(argv), prog="alembic")
    except SystemExit as e:
        code = e.code
        if code is None:
            rc = 0
        elif isinstance(code, int):
            rc = code & 0xFF
        else:
            err.write(str(code) + "\n")
            rc = 1
    except BaseException:  # noqa: B902 - what the console script would print
        err.write(traceback.format_exc())
        rc = 1
    finally:
        os.chdir(old_cwd)
        sys.stdout.target, sys.stderr.target = old_out, old_err
        _restore_logging()
    o = out.getvalue()
    if "--sql" in argv:
        o = normalize_offline(o)
    return rc, o, err.getvalue()
