#pragma once

#include "script/revisionmap.h"

#include <QList>

namespace retort {

// The row order of the whole graph for the GUI: the order of `alembic history` without a range
// (Alembic's _topological_sort from the heads, as script/topologicalsort.h computes it; the two agree
// on every history tests/engine/layout/tst_graphlayout.cpp generates), computed without its per-lane
// ancestor sets (1 ms instead of 200 ms for 10,000 revisions): a revision is due when no ND-child of it is left, and the
// lane to switch to is found by walking up the unemitted region above it. Near-linear on real
// histories (the walks cover the pending part of the branches beside a fork), memory O(n).
// Pure function; thread-safe.
QList<int> historyOrder(const RevisionMap &map);

} // namespace retort
