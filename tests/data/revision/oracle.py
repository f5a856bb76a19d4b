#!/usr/bin/python3
"""Alembic oracle for the revision-graph tests (run with Debian's /usr/bin/python3, alembic 1.8.1).

Reads one JSON document (or a list of them, answered by a list of answer lists) from stdin:
  {"revisions": [{"id", "down": [...], "deps": [...], "labels": [...], "doc"}...],   # load order
   "queries": [{"op": ..., ...}, ...]}
and prints a JSON list with one answer per query. Every answer is {"ok": true, ...} or
{"ok": false, "error": <CLI text after FAILED:>, "detail": <internal exception text>, "kind": <class>}.

ops: "map" (heads, real heads, bases, labels, ND ...), "resolve" {"text"}, "upgrade" {"rows",
"target"}, "downgrade" {"rows", "target"}, "stamp" {"rows", "targets", "purge"}, "history"
{"range", "rows"}, "current" {"rows"}.

The map is built by RevisionMap(generator) directly, so the load order is the given order (not
os.listdir's). Head maintenance follows *current* Alembic: RevisionStep._unmerge_to_revisions is
replaced by the 1.19 version (reference §5.3), and the order of several normalized dependencies (a
Python set order) is pinned to the declared order; everything else is 1.8.1's own code.
"""
import json
import sys
import warnings

from alembic import util
from alembic.runtime import migration
from alembic.script import revision as rv
from alembic.script.base import ScriptDirectory


def _unmerge_to_revisions(self, heads):  # alembic 1.19 runtime/migration.py
    other_heads = set(heads).difference([self.revision.revision])
    if other_heads:
        ancestors = {r.revision for r in self.revision_map._get_ancestor_nodes(
            self.revision_map.get_revisions(other_heads), check=False)}
        return tuple(set(self.to_revisions).difference(ancestors))
    ancestors = {r.revision for to_revision in self.to_revisions
                 for r in self.revision_map._get_ancestor_nodes(
                     self.revision_map.get_revisions(to_revision), check=False)
                 if r.revision != to_revision}
    return tuple(set(self.to_revisions).difference(ancestors))


migration.RevisionStep._unmerge_to_revisions = _unmerge_to_revisions

_alembic_normalize_depends_on = rv.RevisionMap._normalize_depends_on


def _normalize_depends_on(self, revisions, map_):
    """Alembic builds _normalized_resolved_dependencies from a set, so with two or more of them their
    order (hence ND, and every sort order through such a revision) follows the string hash seed
    (reference 1.3, 11 trap 7). Pin the one outcome Retort chose, the declared order: Alembic's own
    normalization, then its result sorted by position in _resolved_dependencies."""
    _alembic_normalize_depends_on(self, revisions, map_)
    for revision in revisions:
        kept = set(revision._normalized_resolved_dependencies)
        revision._normalized_resolved_dependencies = tuple(
            d for d in dict.fromkeys(revision._resolved_dependencies) if d in kept)


rv.RevisionMap._normalize_depends_on = _normalize_depends_on


class _Module:
    def upgrade(self):
        pass

    def downgrade(self):
        pass


class Rev(rv.Revision):
    def __init__(self, spec):
        def tup(v):
            v = tuple(v or ())
            return None if not v else (v[0] if len(v) == 1 else v)
        super().__init__(spec["id"], tup(spec.get("down")), dependencies=tup(spec.get("deps")),
                         branch_labels=tup(spec.get("labels")))
        self.doc = spec.get("doc", "")
        m = _Module()
        self.module = m


class RecordingMaintainer(migration.HeadMaintainer):
    def __init__(self, heads):
        self.heads = set(heads)
        self.statements = []

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)
        self.statements.append(["insert", None, version])

    def _delete_version(self, version):
        self.heads.remove(version)
        self.statements.append(["delete", version, None])

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)
        self.statements.append(["update", from_, to_])


def cli_error(fn):
    try:
        return {"ok": True, **fn()}
    except util.CommandError as e:
        cause = e.__cause__
        return {"ok": False, "error": str(e.args[0]),
                "detail": str(cause.args[0]) if cause is not None and cause.args else str(e.args[0]),
                "kind": type(cause).__name__ if cause is not None else "CommandError"}
    except rv.RevisionError as e:
        return {"ok": False, "error": str(e.args[0]), "detail": str(e.args[0]), "kind": type(e).__name__}
    except Exception as e:  # reference crashes (AssertionError, KeyError ...)
        return {"ok": False, "error": "CRASH %s: %s" % (type(e).__name__, e), "detail": "", "kind": "crash"}


def run_steps(rows, steps):
    hm = RecordingMaintainer(rows)
    out = []
    for step in steps:
        before = len(hm.statements)
        hm.update_to_step(step)
        out.append({
            "rev": getattr(getattr(step, "revision", None), "revision", None),
            "fn": step.name,
            "from": list(step.from_revisions_no_deps),
            "to": list(step.to_revisions_no_deps),
            "log": str(step),
            "stmts": hm.statements[before:],
            "rows": sorted(hm.heads),
        })
    return {"steps": out, "rows": sorted(hm.heads)}


def main():
    doc = json.load(sys.stdin)
    if isinstance(doc, list):  # several graphs in one run
        json.dump([answer(d) for d in doc], sys.stdout)
    else:
        json.dump(answer(doc), sys.stdout)


def answer(doc):
    specs = doc["revisions"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            rmap = rv.RevisionMap(lambda: [Rev(s) for s in specs])
            rmap._revision_map
            build_error = None
        except Exception as e:
            build_error = e
    sd = ScriptDirectory.__new__(ScriptDirectory)
    sd.revision_map = rmap if build_error is None else None
    answers = []
    for q in doc.get("queries", []):
        op = q["op"]
        if build_error is not None:
            answers.append({"ok": False, "error": str(build_error.args[0]) if build_error.args else "",
                            "detail": "", "kind": type(build_error).__name__,
                            "warnings": [str(w.message) for w in caught]})
            continue
        if op == "map":
            m = rmap._revision_map
            revs = [m[s["id"]] for s in specs if s["id"] in m]
            seen = []
            for r in revs:
                if r not in seen:
                    seen.append(r)
            answers.append({"ok": True, "heads": list(rmap.heads), "real_heads": list(rmap._real_heads),
                            "bases": list(rmap.bases), "real_bases": list(rmap._real_bases),
                            "warnings": [str(w.message) for w in caught],
                            "revs": {r.revision: {"labels": sorted(r.branch_labels),
                                                  "nd": list(r._normalized_down_revisions),
                                                  "nd_set": sorted(r._normalized_down_revisions),
                                                  "next": sorted(r.nextrev),
                                                  "all_next": sorted(r._all_nextrev)} for r in seen}})
        elif op == "resolve":
            answers.append(cli_error(lambda: {"revs": [None if r is None else (r if isinstance(r, str) else r.revision)
                                                       for r in sd.get_revisions(q["text"])]}))
        elif op == "upgrade":
            answers.append(cli_error(lambda: run_steps(q["rows"], sd._upgrade_revs(q["target"], tuple(q["rows"])))))
        elif op == "downgrade":
            answers.append(cli_error(lambda: run_steps(q["rows"], sd._downgrade_revs(q["target"], tuple(q["rows"])))))
        elif op == "stamp":
            rows = () if q.get("purge") else tuple(q["rows"])
            answers.append(cli_error(lambda: run_steps(rows, sd._stamp_revs(tuple(q["targets"]), rows))))
        elif op == "history":
            def hist():
                base, head = (q["range"].split(":") if q.get("range") is not None else (None, None))
                rows = tuple(q.get("rows", ()))
                if head == "current":
                    head = rows
                elif base == "current":
                    base = rows
                return {"revs": [s.revision for s in sd.walk_revisions(base=base or "base", head=head or "heads")]}
            answers.append(cli_error(hist))
        elif op == "current":
            answers.append(cli_error(lambda: {"revs": sorted(r.revision for r in sd.get_all_current(tuple(q["rows"])))}))
        else:
            answers.append({"ok": False, "error": "unknown op " + op, "detail": "", "kind": "usage"})
    return answers


if __name__ == "__main__":
    main()
