#pragma once

// Helpers for the graph layout tests: compact graph specs, a random graph generator, the
// layout invariants, and a text rendering used by the golden files.

#include "layout/graphlayout.h"
#include "script/revision.h"
#include "script/revisionmap.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace retort::test {

// "id:down1,down2:dep1,dep2" (empty fields allowed).
inline Revision rev(const QString &spec)
{
    const QStringList f = spec.split(u':');
    auto list = [](const QString &s) { return s.isEmpty() ? QStringList{} : s.split(u','); };
    Revision r;
    r.id = f.value(0);
    r.downRevisions = list(f.value(1));
    r.dependsOn = list(f.value(2));
    r.path = QStringLiteral("/tmp/versions/%1.py").arg(r.id);
    return r;
}

inline QList<Revision> revs(const QStringList &specs)
{
    QList<Revision> out;
    for (const QString &s : specs)
        out.append(rev(s));
    return out;
}

// A random history: chains on up to `maxTips` open branches, branches off recent revisions,
// merges of two or three tips, a few extra bases and depends_on links; then shuffled into a
// random load order (as sorted file names of random ids would be). Deterministic per seed.
// depends_on targets lie within `depReach` revisions of creation order (0: anywhere earlier).
inline QList<Revision> randomGraph(int n, quint32 seed, int maxTips = 8, int depReach = 0)
{
    QRandomGenerator rng(seed);
    QList<Revision> list;
    QList<int> tips;
    int bases = 0;
    auto id = [](int i) { return QStringLiteral("r%1").arg(i); };
    for (int i = 0; i < n; ++i) {
        Revision r;
        r.id = id(i);
        r.path = QStringLiteral("/tmp/versions/%1.py").arg(r.id);
        const int roll = int(rng.bounded(100));
        if (i == 0 || (roll < 2 && bases < 4 && tips.size() < maxTips)) {
            ++bases;
            tips.append(i);
        } else if (roll < 10 && tips.size() < maxTips) {
            const int parent = int(rng.bounded(std::max(0, i - 200), i));
            r.downRevisions = {id(parent)};
            tips.append(i);
        } else if (roll < 17 && tips.size() >= 2) {
            const int k = (roll < 12 && tips.size() >= 3) ? 3 : 2;
            for (int j = 0; j < k; ++j) {
                const int t = int(rng.bounded(int(tips.size())));
                r.downRevisions.append(id(tips.takeAt(t)));
            }
            tips.append(i);
        } else {
            const int t = int(rng.bounded(int(tips.size())));
            r.downRevisions = {id(tips[t])};
            tips[t] = i;
        }
        if (i > 1 && rng.bounded(100) < 3) {
            const QString dep = id(int(rng.bounded(depReach > 0 ? std::max(0, i - depReach) : 0, i)));
            if (!r.downRevisions.contains(dep))
                r.dependsOn = {dep};
        }
        list.append(r);
    }
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(int(i) + 1)));
    return list;
}

// The links a layout must draw, per child: parents, then depends_on not already a parent.
inline QList<int> dependencyLinks(const RevisionMap &map, int v)
{
    QList<int> out;
    for (int d : map.resolvedDependencies(v))
        if (!map.downRevisions(v).contains(d))
            out.append(d);
    return out;
}

// Checks every invariant of a layout; returns the first violation, or an empty string.
inline QString checkLayout(const RevisionMap &map, const GraphLayout &g, bool withDeps = true)
{
    const int n = map.size();
    if (g.size() != n || g.rowOfRevision.size() != n)
        return QStringLiteral("%1 rows for %2 revisions").arg(g.size()).arg(n);
    QList<int> seen(n, 0);
    for (int r = 0; r < n; ++r) {
        const GraphRow &row = g.rows[r];
        if (row.revision < 0 || row.revision >= n || seen[row.revision]++)
            return QStringLiteral("row %1: revision %2 missing or twice").arg(r).arg(row.revision);
        if (g.rowOf(row.revision) != r)
            return QStringLiteral("row %1: rowOf(%2) = %3").arg(r).arg(row.revision).arg(g.rowOf(row.revision));
        if (row.lane < 0 || row.lane >= g.laneCount)
            return QStringLiteral("row %1: lane %2 outside 0..%3").arg(r).arg(row.lane).arg(g.laneCount - 1);
        const int v = row.revision;
        const quint8 flags = quint8((map.isHead(v) ? GraphRow::Head : 0)
                                    | (map.isEffectiveHead(v) ? GraphRow::EffectiveHead : 0)
                                    | (map.isBase(v) ? GraphRow::Base : 0)
                                    | (map.isBranchPoint(v) ? GraphRow::BranchPoint : 0)
                                    | (map.isMergePoint(v) ? GraphRow::MergePoint : 0));
        if (row.flags != flags)
            return QStringLiteral("row %1: flags %2, expected %3").arg(r).arg(row.flags).arg(flags);
        // Edges of the row: exactly the links of the revision, in order.
        QList<int> parents = map.downRevisions(v);
        QList<int> deps = withDeps ? dependencyLinks(map, v) : QList<int>{};
        if (row.edgeCount != parents.size() + deps.size() || row.firstEdge < 0
            || row.firstEdge + row.edgeCount > g.edges.size())
            return QStringLiteral("row %1: %2 edges, expected %3").arg(r).arg(row.edgeCount).arg(parents.size() + deps.size());
        for (int k = 0; k < row.edgeCount; ++k) {
            const GraphEdge &e = g.edges[row.firstEdge + k];
            const bool isParent = k < parents.size();
            const int target = isParent ? parents[k] : deps[k - parents.size()];
            if (e.child != v || e.parent != target
                || e.kind != (isParent ? EdgeKind::Parent : EdgeKind::Dependency))
                return QStringLiteral("row %1: edge %2 is %3->%4").arg(r).arg(k).arg(e.child).arg(e.parent);
        }
    }
    if (g.edges.size() != [&] { qsizetype s = 0; for (const GraphRow &r : g.rows) s += r.edgeCount; return s; }())
        return QStringLiteral("edges not all owned by rows");

    // Routes; cell occupancy per row for the compactness check.
    std::vector<QSet<int>> used(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        used[size_t(r)].insert(g.rows[r].lane);
    for (const GraphEdge &e : g.edges) {
        const QString name = QStringLiteral("edge %1->%2: ").arg(map.id(e.child), map.id(e.parent));
        if (e.childRow != g.rowOf(e.child) || e.parentRow != g.rowOf(e.parent))
            return name + QStringLiteral("wrong rows");
        if (e.childRow >= e.parentRow)
            return name + QStringLiteral("child row %1 not above parent row %2").arg(e.childRow).arg(e.parentRow);
        if (e.route.size() < 2 || e.route.first() != LanePoint{e.childRow, g.rows[e.childRow].lane}
            || e.route.last() != LanePoint{e.parentRow, g.rows[e.parentRow].lane})
            return name + QStringLiteral("route does not start at the child or end at the parent");
        for (qsizetype k = 0; k < e.route.size(); ++k) {
            const LanePoint p = e.route[k];
            if (p.lane < 0 || p.lane >= g.laneCount)
                return name + QStringLiteral("lane %1 out of range").arg(p.lane);
            if (k > 0 && k < e.route.size() - 1 && g.rows[p.row].lane == p.lane)
                return name + QStringLiteral("bends in the node cell of row %1").arg(p.row);
            if (k == 0)
                continue;
            const LanePoint a = e.route[k - 1];
            if (p.row <= a.row)
                return name + QStringLiteral("route goes up");
            if (a.lane != p.lane && p.row != a.row + 1)
                return name + QStringLiteral("diagonal over more than one row");
            if (a.lane == p.lane) {
                for (int r = a.row + 1; r < p.row; ++r) {
                    if (g.rows[r].lane == p.lane)
                        return name + QStringLiteral("passes through %1").arg(map.id(g.rows[r].revision));
                    used[size_t(r)].insert(p.lane);
                }
            }
            if (k < e.route.size() - 1)
                used[size_t(p.row)].insert(p.lane);
        }
    }
    // Compact: as many lanes as the busiest row uses, and that is the number of links open
    // across that row (distinct targets per kind; edges to one parent share a lane) + its node.
    int maxUsed = 0;
    for (const QSet<int> &u : used)
        maxUsed = std::max(maxUsed, int(u.size()));
    if (g.laneCount != maxUsed)
        return QStringLiteral("%1 lanes, but the busiest row uses %2").arg(g.laneCount).arg(maxUsed);
    std::vector<int> delta(size_t(n) + 1, 0);
    auto openSpan = [&](int t, const QList<int> &children) {
        int top = n;
        for (int c : children)
            top = std::min(top, g.rowOf(c));
        if (top < g.rowOf(t) - 1) {   // open on rows top+1 .. row(t)-1
            ++delta[size_t(top) + 1];
            --delta[size_t(g.rowOf(t))];
        }
    };
    for (int t = 0; t < n; ++t) {
        QList<int> pc, dc;
        for (int c : map.allNextRevisions(t)) {
            if (map.downRevisions(c).contains(t))
                pc.append(c);
            else if (withDeps && dependencyLinks(map, c).contains(t))
                dc.append(c);
        }
        if (!pc.isEmpty())
            openSpan(t, pc);
        if (!dc.isEmpty())
            openSpan(t, dc);
    }
    int open = 0, maxOpen = 0;
    for (int r = 0; r < n; ++r) {
        open += delta[size_t(r)];
        maxOpen = std::max(maxOpen, open + 1);
    }
    if (g.laneCount != maxOpen)
        return QStringLiteral("%1 lanes for at most %2 open links").arg(g.laneCount).arg(maxOpen);
    return {};
}

// Text picture for golden files: one line per row ('o' node, '|' parent lane passing, ':'
// dependency lane passing), then the routes.
inline QString renderLayout(const RevisionMap &map, const GraphLayout &g)
{
    QStringList lines;
    lines << QStringLiteral("lanes %1").arg(g.laneCount);
    std::vector<QByteArray> grid(size_t(g.size()), QByteArray(g.laneCount, ' '));
    for (const GraphEdge &e : g.edges) {
        const char c = e.kind == EdgeKind::Parent ? '|' : ':';
        for (qsizetype k = 1; k < e.route.size(); ++k) {
            if (k < e.route.size() - 1)
                grid[size_t(e.route[k].row)][e.route[k].lane] = c;   // a bend
            if (e.route[k - 1].lane == e.route[k].lane)
                for (int r = e.route[k - 1].row + 1; r < e.route[k].row; ++r)
                    grid[size_t(r)][e.route[k].lane] = c;
        }
    }
    for (int r = 0; r < g.size(); ++r) {
        const GraphRow &row = g.rows[r];
        grid[size_t(r)][row.lane] = 'o';
        QStringList flags;
        if (row.has(GraphRow::Head)) flags << QStringLiteral("head");
        if (row.has(GraphRow::EffectiveHead)) flags << QStringLiteral("effective-head");
        if (row.has(GraphRow::Base)) flags << QStringLiteral("base");
        if (row.has(GraphRow::BranchPoint)) flags << QStringLiteral("branchpoint");
        if (row.has(GraphRow::MergePoint)) flags << QStringLiteral("mergepoint");
        QString line = QStringLiteral("%1 %2 %3 %4").arg(QString::fromLatin1(grid[size_t(r)]), map.id(row.revision))
                           .arg(row.lane).arg(flags.join(u','));
        while (line.endsWith(u' '))
            line.chop(1);
        lines << line;
    }
    lines << QStringLiteral("edges");
    for (const GraphEdge &e : g.edges) {
        QStringList pts;
        for (const LanePoint &p : e.route)
            pts << QStringLiteral("%1,%2").arg(p.row).arg(p.lane);
        lines << QStringLiteral("%1 -> %2 %3 %4").arg(map.id(e.child), map.id(e.parent),
                     e.kind == EdgeKind::Parent ? QStringLiteral("parent") : QStringLiteral("depends"),
                     pts.join(u' '));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace retort::test
