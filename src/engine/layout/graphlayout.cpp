// The lane sweep: rows top to bottom, each open lane reserved for the revision it leads to.
#include "layout/graphlayout.h"

#include "script/historyorder.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

namespace retort {

namespace {

// The lanes free on the rows being laid out. A new lane is only added when every existing one is
// in use, so the lane count is the largest number of lanes any row needs.
class FreeLanes {
public:
    // The free lane nearest to `near` (the lower one on a tie), or a new lane.
    int take(int near)
    {
        int lane;
        if (m_free.empty()) {
            lane = m_count++;
        } else {
            auto above = m_free.lower_bound(near);
            if (above == m_free.end())
                above = std::prev(above);
            else if (above != m_free.begin() && near - *std::prev(above) <= *above - near)
                above = std::prev(above);
            lane = *above;
            m_free.erase(above);
        }
        return lane;
    }
    bool isFree(int lane) const { return m_free.count(lane) != 0; }
    void takeLane(int lane) { m_free.erase(lane); }
    void release(int lane) { m_free.insert(lane); }
    int count() const { return m_count; }

private:
    std::set<int> m_free;
    int m_count = 0;
};

// An edge before its route is known: the lane it runs down in between the rows.
struct PendingEdge {
    int child;
    int parent;
    int lane;
    EdgeKind kind;
};

QList<LanePoint> makeRoute(LanePoint from, int via, LanePoint to)
{
    QList<LanePoint> r;
    r.reserve(4);
    r.append(from);
    if (to.row > from.row + 1) {
        // Lane changes happen right below the child and right above the parent, one row each.
        if (via != from.lane)
            r.append({from.row + 1, via});
        if (via != to.lane && r.last() != LanePoint{to.row - 1, via})
            r.append({to.row - 1, via});
    }
    r.append(to);
    return r;
}

} // namespace

GraphLayout GraphLayout::compute(const RevisionMap &map, const LayoutOptions &options)
{
    GraphLayout out;
    const int n = map.size();
    if (n == 0)
        return out;

    // Rows: Alembic's history order (children before parents, depth-first along lanes).
    QList<int> order = historyOrder(map);
    out.rowOfRevision = QList<int>(n, -1);
    for (int row = 0; row < order.size(); ++row)
        out.rowOfRevision[order[row]] = row;
    Q_ASSERT(order.size() == n);   // every revision lies below a head (build() rejects cycles)
    for (int v = 0; v < n && order.size() < n; ++v)
        if (out.rowOfRevision[v] < 0) {
            out.rowOfRevision[v] = int(order.size());
            order.append(v);
        }

    std::vector<int> parentLane(size_t(n), -1);   // lane reserved for parent edges into r
    std::vector<int> depLane(size_t(n), -1);      // lane reserved for dependency edges into r
    FreeLanes lanes;
    std::vector<PendingEdge> pending;
    pending.reserve(size_t(n) + size_t(n) / 4);

    out.rows.resize(n);
    QList<int> links;
    for (int row = 0; row < n; ++row) {
        const int v = order[row];
        GraphRow &gr = out.rows[row];
        gr.revision = v;
        gr.flags = quint8((map.isHead(v) ? GraphRow::Head : 0)
                          | (map.isEffectiveHead(v) ? GraphRow::EffectiveHead : 0)
                          | (map.isBase(v) ? GraphRow::Base : 0)
                          | (map.isBranchPoint(v) ? GraphRow::BranchPoint : 0)
                          | (map.isMergePoint(v) ? GraphRow::MergePoint : 0));

        // The node sits in the lane its parent edges arrive in, else its dependency edges'.
        int lane = parentLane[size_t(v)] >= 0 ? parentLane[size_t(v)] : depLane[size_t(v)];
        if (lane < 0) {
            // A head: next to the lane its first parent is already reserved in, else leftmost.
            int near = 0;
            for (int p : map.downRevisions(v))
                if (parentLane[size_t(p)] >= 0) {
                    near = parentLane[size_t(p)];
                    break;
                }
            lane = lanes.take(near);
        }
        gr.lane = lane;
        for (int l : {parentLane[size_t(v)], depLane[size_t(v)], lane})
            if (l >= 0)
                lanes.release(l);

        // A dependency lane into the next row's revision is not needed on that row when the
        // revision sits in its parent lane (the dependency edge turns in on the row above).
        auto dropPhantom = [&](int t) {
            if (parentLane[size_t(t)] >= 0 && depLane[size_t(t)] >= 0) {
                lanes.release(depLane[size_t(t)]);
                depLane[size_t(t)] = -1;
            }
        };
        const int next = row + 1 < n ? order[row + 1] : -1;
        if (next >= 0)
            dropPhantom(next);

        gr.firstEdge = int(pending.size());
        // Links out of v: the one drawn soonest continues straight down in v's lane; the others
        // join the lane already open towards their target, or open the free lane nearest to v's.
        auto route = [&](const QList<int> &targets, std::vector<int> &laneOf, EdgeKind kind) {
            links = targets;
            std::stable_sort(links.begin(), links.end(), [&](int a, int b) {
                return out.rowOfRevision[a] < out.rowOfRevision[b];
            });
            for (int t : links) {
                if (t == next && kind == EdgeKind::Dependency && parentLane[size_t(t)] >= 0)
                    continue;   // straight into the next row, no lane needed
                if (laneOf[size_t(t)] < 0) {
                    int l;
                    if (lanes.isFree(lane)) {
                        l = lane;
                        lanes.takeLane(l);
                    } else {
                        l = lanes.take(lane);
                    }
                    laneOf[size_t(t)] = l;
                    if (t == next)
                        dropPhantom(t);
                }
            }
            // Keep the edges in down_revision / depends_on order.
            for (int t : targets) {
                const int via = laneOf[size_t(t)] >= 0 ? laneOf[size_t(t)] : parentLane[size_t(t)];
                pending.push_back({v, t, via, kind});
            }
        };
        route(map.downRevisions(v), parentLane, EdgeKind::Parent);
        if (options.dependencyEdges) {
            QList<int> deps;
            for (int d : map.resolvedDependencies(v))
                if (!map.downRevisions(v).contains(d))
                    deps.append(d);
            if (!deps.isEmpty())
                route(deps, depLane, EdgeKind::Dependency);
        }
        gr.edgeCount = int(pending.size()) - gr.firstEdge;
    }
    out.laneCount = lanes.count();

    out.edges.reserve(qsizetype(pending.size()));
    for (const PendingEdge &e : pending) {
        GraphEdge ge;
        ge.kind = e.kind;
        ge.child = e.child;
        ge.parent = e.parent;
        ge.childRow = out.rowOfRevision[e.child];
        ge.parentRow = out.rowOfRevision[e.parent];
        ge.route = makeRoute({ge.childRow, out.rows[ge.childRow].lane}, e.lane,
                             {ge.parentRow, out.rows[ge.parentRow].lane});
        out.edges.append(std::move(ge));
    }
    return out;
}

} // namespace retort
