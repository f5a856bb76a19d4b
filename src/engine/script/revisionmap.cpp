#include "script/revisionmap.h"

namespace retort {

QStringList RevisionMap::ids(const QList<int> &indexes) const
{
    QStringList out;
    out.reserve(indexes.size());
    for (int i : indexes)
        out.append(m_nodes[i].rev.id);
    return out;
}

int RevisionMap::indexOfId(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 && m_nodes[i].rev.id == id ? i : -1;
}

QList<int> RevisionMap::branchPoints() const
{
    QList<int> out;
    for (int i = 0; i < size(); ++i)
        if (isBranchPoint(i))
            out.append(i);
    return out;
}

QList<int> RevisionMap::mergePoints() const
{
    QList<int> out;
    for (int i = 0; i < size(); ++i)
        if (isMergePoint(i))
            out.append(i);
    return out;
}

RevisionSet RevisionMap::allSet() const
{
    RevisionSet s(size());
    for (int i = 0; i < size(); ++i)
        s.insert(i);
    return s;
}

namespace {

// Everything reachable from `from` (included) along `edges(r)`, as a set over `size` revisions.
template <typename Edges>
RevisionSet reachable(int size, const QList<int> &from, Edges edges)
{
    RevisionSet seen(size);
    QList<int> stack;
    for (int i : from) {
        if (i < 0 || seen.contains(i))
            continue;
        seen.insert(i);
        stack.append(i);
    }
    while (!stack.isEmpty()) {
        const int r = stack.takeLast();
        for (int n : edges(r)) {
            if (!seen.contains(n)) {
                seen.insert(n);
                stack.append(n);
            }
        }
    }
    return seen;
}

} // namespace

RevisionSet RevisionMap::ancestors(const QList<int> &from, Links links) const
{
    return reachable(size(), from, [this, links](int r) -> const QList<int> & {
        return links == Links::Parents ? m_nodes[r].down : m_nodes[r].nd;
    });
}

RevisionSet RevisionMap::descendants(const QList<int> &from, Links links) const
{
    return reachable(size(), from, [this, links](int r) -> const QList<int> & {
        return links == Links::Parents ? m_nodes[r].next : m_nodes[r].allNext;
    });
}

bool RevisionMap::isAncestor(int ancestor, int of, Links links) const
{
    if (ancestor == of)
        return true;
    return ancestors({of}, links).contains(ancestor);
}

bool RevisionMap::sharesLineage(int target, int of, Links links) const
{
    if (target == of)
        return true;
    return ancestors({target}, links).contains(of) || descendants({target}, links).contains(of);
}

} // namespace retort
