#pragma once

#include "script/revisionmap.h"

#include <QList>

namespace retort {

// A cell of the layout grid: row 0 is the top (newest) row, lane 0 the leftmost column.
struct LanePoint {
    int row = 0;
    int lane = 0;
    bool operator==(const LanePoint &) const = default;
};

enum class EdgeKind : quint8 {
    Parent,       // `down_revision` link: drawn solid
    Dependency,   // `depends_on` link: drawn dashed
};

// One link from a child revision down to one of its parents (or dependencies), as a route
// through the grid. route.first() is the child's cell, route.last() the parent's cell. Between
// two consecutive points the line is either vertical (same lane, any number of rows) or a
// diagonal over exactly one row; no cell strictly inside the route holds another revision.
// Several parent edges to the same parent may share the lane above it (they join early).
struct GraphEdge {
    EdgeKind kind = EdgeKind::Parent;
    int child = -1;        // revision indexes in the RevisionMap
    int parent = -1;
    int childRow = -1;
    int parentRow = -1;
    QList<LanePoint> route;
};

// One row = one revision.
struct GraphRow {
    enum Flag : quint8 {
        Head = 0x01,            // RevisionMap::isHead: no child (dependency-blind)
        EffectiveHead = 0x02,   // a head that only depends_on links come out of
        Base = 0x04,            // no down_revision
        BranchPoint = 0x08,     // more than one child
        MergePoint = 0x10,      // more than one down_revision
    };
    int revision = -1;   // index in the RevisionMap
    int lane = 0;
    quint8 flags = 0;
    int firstEdge = 0;   // the edges out of this row are edges[firstEdge .. firstEdge+edgeCount)
    int edgeCount = 0;   // parents first (down_revision order), then dependencies

    bool has(Flag f) const { return flags & f; }
};

struct LayoutOptions {
    // Draw `depends_on` links (EdgeKind::Dependency edges, with lanes of their own). Rows are
    // ordered with dependencies below their dependents either way.
    bool dependencyEdges = true;
};

// The revision graph laid out as plain data, for a view to draw (the gitk / git-log --graph lane
// model): one row per revision in the order of `alembic history` (newest first, children above
// parents, a branch's revisions kept together), one lane per row, edges as routes. The lane
// count equals the largest number of lanes in use on any one row (lanes are reused as soon as
// a branch ends or merges). compute() is a pure function: O(n + edges) plus the history sort,
// memory linear; call it from any thread. The result is a plain value type.
struct GraphLayout {
    QList<GraphRow> rows;          // top to bottom
    QList<GraphEdge> edges;        // grouped by childRow, ascending
    QList<int> rowOfRevision;      // revision index -> row
    int laneCount = 0;

    int rowOf(int revision) const { return rowOfRevision.value(revision, -1); }
    int size() const { return int(rows.size()); }

    static GraphLayout compute(const RevisionMap &map, const LayoutOptions &options = {});
};

} // namespace retort
