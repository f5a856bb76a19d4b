#pragma once

#include "script/revisionmap.h"
#include "script/revisionset.h"

#include <QList>

namespace retort {

// Alembic's RevisionMap._topological_sort (reference §4.3): the lane algorithm, emitting
// children before parents, ties broken by map index (= insertion order). Upgrades reverse it.
//
// `todo`: revisions to order; `heads`: the lane starts (only those in todo are used).
// Where Alembic would fail its final `assert not todo` (revisions unreachable from the heads,
// e.g. `history -r d4e5:`), the remaining revisions are ordered by further lanes started from
// those of them that have no descendant left in todo, and *complete is set to false.
// Pure function; thread-safe. Cost: O(n) per lane (re)start plus O(lanes) per emitted node.
QList<int> topologicalSort(const RevisionMap &map, RevisionSet todo, const QList<int> &heads,
                           bool *complete = nullptr);

} // namespace retort
