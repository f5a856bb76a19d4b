#pragma once

#include "script/revisionmap.h"

#include <QList>

namespace retort {

// The row order of the whole graph for the GUI: close to the order of `alembic history` without a range
// (Alembic's _topological_sort from the heads, as script/topologicalsort.h computes it), but
// without its per-lane ancestor sets: a revision is due when no ND-child of it is left, and the
// lane to switch to is found by walking up the unemitted region above it. Near-linear on real
// histories (the walks cover the pending part of the branches beside a fork), memory O(n).
// Pure function; thread-safe.
QList<int> historyOrder(const RevisionMap &map);

} // namespace retort
