// Alembic's topological sort over the whole map, with O(1) "is it due" tests.
//
// Alembic keeps, per open lane, the set of ancestors of the lane's current revision and switches
// from lane i to the first other lane whose set holds i's revision. A revision is in another
// lane's ancestor set exactly when it still has an unemitted ND-child (emitted revisions have no
// unemitted descendants, and every unemitted revision lies below some lane), so "must switch" is
// a counter test, and the first such lane is found by a walk up through unemitted ND-children.
#include "script/historyorder.h"

#include <vector>

namespace retort {

QList<int> historyOrder(const RevisionMap &map)
{
    const int n = map.size();
    QList<int> output;
    if (n == 0)
        return output;
    output.reserve(n);

    // ND-children (reverse of normalizedDownRevisions) in CSR form, and their pending counts.
    std::vector<int> start(size_t(n) + 1, 0);
    for (int v = 0; v < n; ++v)
        for (int p : map.normalizedDownRevisions(v))
            ++start[size_t(p) + 1];
    for (int v = 0; v < n; ++v)
        start[size_t(v) + 1] += start[size_t(v)];
    std::vector<int> children(static_cast<size_t>(start[size_t(n)]));
    std::vector<int> pending(size_t(n), 0);
    {
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int v = 0; v < n; ++v)
            for (int p : map.normalizedDownRevisions(v)) {
                children[size_t(fill[size_t(p)]++)] = v;
                ++pending[size_t(p)];
            }
    }

    std::vector<char> emitted(size_t(n), 0), inCurrent(size_t(n), 0);
    std::vector<qsizetype> position(size_t(n), 0);   // index in `current` while inCurrent
    std::vector<int> seen(size_t(n), 0);   // walk generation stamps
    int generation = 0;
    std::vector<int> stack;

    QList<int> current;
    for (int h : map.heads()) {   // map order = Alembic's sorted(heads by index)
        position[size_t(h)] = current.size();
        current.append(h);
        inCurrent[size_t(h)] = 1;
    }

    // The first lane j != idx whose revision has `candidate` as an ancestor: walk up through the
    // unemitted ND-children, stopping early once the leftmost possible lane is found.
    auto laneAbove = [&](int candidate, qsizetype idx) -> qsizetype {
        ++generation;
        const qsizetype leftmost = idx == 0 ? 1 : 0;
        qsizetype best = current.size();
        stack.clear();
        stack.push_back(candidate);
        seen[size_t(candidate)] = generation;
        while (!stack.empty() && best != leftmost) {
            const int v = stack.back();
            stack.pop_back();
            for (int k = start[size_t(v)]; k < start[size_t(v) + 1]; ++k) {
                const int c = children[size_t(k)];
                if (!emitted[size_t(c)] && seen[size_t(c)] != generation) {
                    seen[size_t(c)] = generation;
                    if (inCurrent[size_t(c)])
                        best = std::min(best, position[size_t(c)]);
                    stack.push_back(c);
                }
            }
        }
        return best < current.size() ? best : -1;
    };

    qsizetype idx = 0;
    QList<int> toAdd;
    while (!current.isEmpty()) {
        const int candidate = current[idx];
        if (pending[size_t(candidate)] > 0) {
            const qsizetype j = laneAbove(candidate, idx);
            Q_ASSERT(j >= 0);
            if (j >= 0) {
                idx = j;
                continue;
            }
        }
        output.append(candidate);
        emitted[size_t(candidate)] = 1;
        toAdd.clear();
        for (int p : map.normalizedDownRevisions(candidate)) {
            --pending[size_t(p)];
            if (!emitted[size_t(p)] && !inCurrent[size_t(p)] && !toAdd.contains(p))
                toAdd.append(p);
        }
        inCurrent[size_t(candidate)] = 0;
        if (toAdd.isEmpty()) {
            current.removeAt(idx);
            for (qsizetype k = idx; k < current.size(); ++k)
                position[size_t(current[k])] = k;
            idx = std::max<qsizetype>(idx - 1, 0);
        } else {
            current[idx] = toAdd.first();
            inCurrent[size_t(toAdd.first())] = 1;
            position[size_t(toAdd.first())] = idx;
            for (qsizetype k = 1; k < toAdd.size(); ++k) {
                position[size_t(toAdd[k])] = current.size();
                current.append(toAdd[k]);
                inCurrent[size_t(toAdd[k])] = 1;
            }
        }
    }
    return output;
}

} // namespace retort
