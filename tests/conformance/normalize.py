"""Comparison of one command's result (rc, stdout, stderr) between Alembic and retort.

Each comparator returns None when the two results are equivalent, else a short human-readable diff.
What is *not* compared byte for byte is exactly what Alembic itself does not fix (reference §11 trap 7,
§5.3): Python set/frozenset iteration orders. Those are normalized:
  * label lists inside `(a, b)` groups and on `Branch names:` / `Branches into:` lines: sorted;
  * `branches` child lines under one branch point: sorted;
  * `current` lines and `current -v` blocks: compared as sets;
  * `Running stamp_revision A, B -> C` lists (their order is the database's row order) and the list in
    `overlaps with other requested revisions A, B` (a set of objects hashed by address): sorted;
  * offline SQL: a run of version-table statements (INSERT/UPDATE/DELETE on alembic_version) that holds
    two or more statements (merges, unmerges, stamp merges) is compared by its statement kinds in order
    and by its *effect* on the row set, not by text; single statements are compared as text.
Everything else (step order, `-- Running` lines, body SQL, BEGIN/COMMIT, CREATE TABLE) is exact.
"""
import difflib
import re

VERSION_STMT = re.compile(
    r"^(INSERT INTO alembic_version \(version_num\) VALUES \('(?P<ins>[^']*)'\)"
    r"(?: RETURNING alembic_version\.version_num)?"
    r"|UPDATE alembic_version SET version_num='(?P<to>[^']*)' WHERE alembic_version\.version_num = '(?P<frm>[^']*)'"
    r"|DELETE FROM alembic_version WHERE alembic_version\.version_num = '(?P<del>[^']*)');$")


def unified(a, b, name_a="alembic", name_b="retort", limit=40):
    lines = list(difflib.unified_diff(a.splitlines(), b.splitlines(), name_a, name_b, lineterm="", n=1))
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more diff lines)" % (len(lines) - limit)]
    return "\n".join(lines)


def _sort_paren_lists(line):
    def fix(m):
        items = m.group(1).split(", ")
        return "(" + ", ".join(sorted(items)) + ")" if len(items) > 1 else m.group(0)
    return re.sub(r"\(([^()]*, [^()]*)\)", fix, line)


def _sort_after_prefix(line, prefixes):
    for p in prefixes:
        if line.startswith(p):
            return p + ", ".join(sorted(line[len(p):].split(", ")))
    return line


def norm_text(s):
    """Set-ordered lists inside one line sorted (labels, Branch names:, Branches into:, Running stamp)."""
    out = []
    for line in s.split("\n"):
        # `a, b -> c (x, y)`: only the parenthesized label groups are sets; parents lists are ordered.
        docstring = line.startswith("    ") and not line.lstrip().startswith("-> ")
        if not docstring and not line.startswith(("Merges:", "Also depends on:", "Revises:")):
            line = _sort_paren_lists(line)
        line = _sort_after_prefix(line, ("Branch names: ", "Branches into: "))
        m = re.search(r"overlaps with other requested revisions (.*)$", line)
        if m:  # a set of Revision objects (address-hashed: random even with a fixed PYTHONHASHSEED)
            line = line[:m.start(1)] + ", ".join(sorted(m.group(1).split(", ")))
        m = re.search(r"Running stamp_revision (.*) -> ", line)
        if m and ", " in m.group(1):
            line = line[:m.start(1)] + ", ".join(sorted(m.group(1).split(", "))) + line[m.end(1):]
        out.append(line)
    return "\n".join(out)


def norm_branches(s):
    """`branches` output: blocks separated by an empty line; child lines (` -> `) in set order."""
    s = norm_text(s)
    blocks = s.split("\n\n")
    res = []
    for b in blocks:
        head, kids = [], []
        for line in b.split("\n"):
            if line.lstrip().startswith("-> "):
                kids.append([line])
            elif kids:
                kids[-1].append(line)   # continuation of a multi-line doc (`branches -v`)
            else:
                head.append(line)
        res.append("\n".join(head + ["\n".join(k) for k in sorted(kids)]))
    return "\n\n".join(res)


def norm_lines_set(s):
    return "\n".join(sorted(norm_text(s).split("\n")))


def norm_blocks_set(s):
    """`current -v`: a header line, then one block per revision, in set order."""
    s = norm_text(s)
    parts = re.split(r"\n+(?=Rev: )", s.rstrip("\n"))
    return "\n".join(parts[:1] + sorted(parts[1:]))


def _parse_sql(s):
    """Offline script -> list of tokens; runs of version statements become ('V', [stmts])."""
    toks = []
    for chunk in s.split("\n\n"):
        if not chunk.strip():
            continue
        if VERSION_STMT.match(chunk):
            if toks and toks[-1][0] == "V":
                toks[-1][1].append(chunk)
            else:
                toks.append(("V", [chunk]))
        else:
            toks.append(("T", chunk))
    return toks


def _effect(stmts):
    """(kinds, added, removed) of version statements relative to an unknown starting set."""
    added, removed, kinds = set(), set(), []
    for st in stmts:
        m = VERSION_STMT.match(st)
        if m.group("ins") is not None:
            kinds.append("INSERT")
            x = m.group("ins")
            if x in removed:
                removed.discard(x)
            else:
                added.add(x)
        else:
            if m.group("del") is not None:
                kinds.append("DELETE")
                gone, new = m.group("del"), None
            else:
                kinds.append("UPDATE")
                gone, new = m.group("frm"), m.group("to")
            if gone in added:
                added.discard(gone)
            else:
                removed.add(gone)
            if new is not None:
                if new in removed:
                    removed.discard(new)
                else:
                    added.add(new)
    return kinds, added, removed


def compare_sql(a, b):
    """Offline SQL: exact except multi-statement version-table groups (compared by effect)."""
    if a == b:
        return None
    ta, tb = _parse_sql(a), _parse_sql(b)
    shape_a = [t[0] if t[0] == "V" else t[1] for t in ta]
    shape_b = [t[0] if t[0] == "V" else t[1] for t in tb]
    if shape_a != shape_b:
        return unified(a, b)
    for (ka, va), (kb, vb) in zip(ta, tb):
        if ka != "V" or va == vb:
            continue
        ea, eb = _effect(va), _effect(vb)
        if len(va) < 2 or ea != eb:
            return unified("\n\n".join(va), "\n\n".join(vb)) + \
                "\n(version statements: alembic kinds/added/removed %s, retort %s)" % (ea, eb)
    return None


COMPARATORS = {
    "text": lambda a, b: None if norm_text(a) == norm_text(b) else unified(norm_text(a), norm_text(b)),
    "branches": lambda a, b: None if norm_branches(a) == norm_branches(b)
    else unified(norm_branches(a), norm_branches(b)),
    "lines_set": lambda a, b: None if norm_lines_set(a) == norm_lines_set(b)
    else unified(norm_lines_set(a), norm_lines_set(b)),
    "blocks_set": lambda a, b: None if norm_blocks_set(a) == norm_blocks_set(b)
    else unified(norm_blocks_set(a), norm_blocks_set(b)),
    "sql": compare_sql,
}


def norm_stderr(s):
    """stderr: drop Python warning source lines (`  util.warn(...)` echo) and keep the message text.
    Retort's own log lines (logger `retort`: plan summary, snapshot path, notes) are extras that
    Alembic has no counterpart for; they are dropped too."""
    out = []
    for line in s.split("\n"):
        if re.match(r"^(INFO|WARNING|WARN)\s+\[retort\]", line):
            continue
        m = re.match(r"^\S+\.py:\d+: (\w+Warning): (.*)$", line)
        if m:
            out.append("WARNING: " + m.group(2))
            continue
        if line.startswith("  ") and out and out[-1].startswith("WARNING: "):
            continue  # the source line Python prints under a warning
        out.append(line)
    return norm_text("\n".join(out))


def compare(kind, alembic_res, retort_res):
    """Returns None or a list of (stream, diff) differences."""
    (ra, oa, ea), (rb, ob, eb) = alembic_res, retort_res
    diffs = []
    if ra != rb:
        diffs.append(("rc", "alembic exit %d, retort exit %d" % (ra, rb)))
    d = COMPARATORS[kind](oa, ob)
    if d:
        diffs.append(("stdout", d))
    na, nb = norm_stderr(ea), norm_stderr(eb)
    if na != nb:
        diffs.append(("stderr", unified(na, nb)))
    return diffs or None
