#include "script/topologicalsort.h"

#include <algorithm>

namespace retort {

using Links = RevisionMap::Links;

QList<int> topologicalSort(const RevisionMap &map, RevisionSet todo, const QList<int> &heads, bool *complete)
{
    auto ancestorsOf = [&](int r) { return map.ancestors({r}, Links::WithDependencies); };

    QList<int> current;
    for (int h : heads)
        if (h >= 0 && todo.contains(h) && !current.contains(h))
            current.append(h);
    std::sort(current.begin(), current.end());   // map insertion order
    std::vector<RevisionSet> lanes;
    lanes.reserve(size_t(current.size()));
    for (int h : current)
        lanes.push_back(ancestorsOf(h));

    QList<int> output;
    bool fellBack = false;
    qsizetype idx = 0;
    for (;;) {
        if (current.isEmpty()) {
            if (todo.isEmpty())
                break;
            // Alembic asserts here. Start new lanes from the remaining revisions that have no
            // descendant left in todo (children before parents still holds).
            fellBack = true;
            const QList<int> rest = todo.toList();
            for (int r : rest) {
                bool covered = false;
                for (int c : map.allNextRevisions(r))
                    if (todo.contains(c) || map.descendants({c}, Links::WithDependencies).intersects(todo)) {
                        covered = true;
                        break;
                    }
                if (!covered) {
                    current.append(r);
                    lanes.push_back(ancestorsOf(r));
                }
            }
            idx = 0;
            continue;
        }
        const int candidate = current[idx];
        qsizetype switchTo = -1;
        for (qsizetype j = 0; j < current.size(); ++j) {
            if (j != idx && lanes[size_t(j)].contains(candidate)) {
                switchTo = j;
                break;
            }
        }
        if (switchTo >= 0) {
            idx = switchTo;
            continue;
        }
        if (todo.contains(candidate)) {
            output.append(candidate);
            todo.remove(candidate);
        }
        QList<int> toAdd;
        for (int p : map.normalizedDownRevisions(candidate))
            if (todo.contains(p) && !current.contains(p))
                toAdd.append(p);
        if (toAdd.isEmpty()) {
            current.removeAt(idx);
            lanes.erase(lanes.begin() + idx);
            idx = std::max<qsizetype>(idx - 1, 0);
        } else if (map.normalizedDependencies(candidate).isEmpty() && map.downRevisions(candidate).size() == 1) {
            current[idx] = toAdd.first();
            lanes[size_t(idx)].remove(candidate);
        } else {
            current[idx] = toAdd.first();
            lanes[size_t(idx)] = ancestorsOf(toAdd.first());
            for (qsizetype k = 1; k < toAdd.size(); ++k) {
                current.append(toAdd[k]);
                lanes.push_back(ancestorsOf(toAdd[k]));
            }
        }
    }
    if (complete)
        *complete = !fellBack;
    return output;
}

} // namespace retort
