// RevisionMap::build — Alembic's RevisionMap._revision_map (reference §1.2–§1.4).
#include "script/revisionmap.h"

#include <algorithm>
#include <vector>

namespace retort {

class RevisionMapBuilder {
public:
    static Result<RevisionMap> build(QList<Revision> revisions);

private:
    static Error fail(const QString &message) { return makeError(ErrorCode::Command, message); }
    static QString cycleText(const QString &kind, QStringList ids) { return QStringLiteral("%1 is detected in revisions (%2)").arg(kind, ids.join(QStringLiteral(", "))); }
    static QStringList sorted(QStringList ids)
    {
        std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseSensitive) < 0; });
        return ids;
    }
    static Result<void> detectCycles(const RevisionMap &m);
    static void normalize(RevisionMap &m);
    static void propagateLabels(RevisionMap &m);
    static QList<int> lifoWalk(const RevisionMap &m, int start);
};

Result<RevisionMap> RevisionMap::build(QList<Revision> revisions)
{
    return RevisionMapBuilder::build(std::move(revisions));
}

static void appendUnique(QList<int> &list, int v)
{
    if (!list.contains(v))
        list.append(v);
}

Result<RevisionMap> RevisionMapBuilder::build(QList<Revision> revisions)
{
    RevisionMap m;
    m.m_nodes.reserve(revisions.size());
    m.m_keys.reserve(revisions.size() * 2);
    // 1. Revision objects (checks Alembic does in Revision.__init__), insertion order, duplicates.
    for (Revision &rev : revisions) {
        if (rev.downRevisions.contains(rev.id))
            return fail(cycleText(QStringLiteral("Self-loop"), {rev.id}));
        if (rev.dependsOn.contains(rev.id))
            return fail(cycleText(QStringLiteral("Dependency self-loop"), {rev.id}));
        QStringList illegal;
        for (QChar c : {QChar(u'+'), QChar(u'-'), QChar(u':'), QChar(u'@')})
            if (rev.id.contains(c))
                illegal.append(QString(c));
        if (!illegal.isEmpty())
            return fail(QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                            .arg(illegal.join(QStringLiteral(", ")), rev.id));
        if (rev.id.isEmpty())
            return fail(QStringLiteral("Revision identifier is empty in %1").arg(rev.path));
        const int existing = m.m_keys.value(rev.id, -1);
        if (existing >= 0) {
            m.m_warnings.append(QStringLiteral("Revision %1 is present more than once").arg(rev.id));
            m.m_nodes[existing] = RevisionMap::Node{std::move(rev), {}, {}, {}, {}, {}, {}, {}, {}};
            continue;
        }
        m.m_keys.insert(rev.id, int(m.m_nodes.size()));
        m.m_keyOrder.append(rev.id);
        m.m_nodes.append(RevisionMap::Node{std::move(rev), {}, {}, {}, {}, {}, {}, {}, {}});
    }
    const int n = m.size();

    // 2. Branch labels share the key namespace.
    for (int i = 0; i < n; ++i) {
        auto &node = m.m_nodes[i];
        for (const QString &label : node.rev.branchLabels) {
            const int used = m.m_keys.value(label, -1);
            if (used >= 0)
                return fail(QStringLiteral("Branch name '%1' in revision %2 already used by revision %3")
                                .arg(label, node.rev.id, m.m_nodes[used].rev.id));
            m.m_keys.insert(label, i);
            m.m_keyOrder.append(label);
            if (!node.labels.contains(label))
                node.labels.append(label);
        }
    }

    // 3. Dependencies through the dictionary (labels allowed); a unique id prefix is accepted.
    for (int i = 0; i < n; ++i) {
        auto &node = m.m_nodes[i];
        for (const QString &dep : node.rev.dependsOn) {
            int d = m.m_keys.value(dep, -1);
            if (d < 0 && !dep.isEmpty()) {
                int found = -1, count = 0;
                for (int j = 0; j < n; ++j) {
                    const QString &id = m.m_nodes[j].rev.id;
                    if (id.size() > 3 && id.startsWith(dep)) {
                        found = j;
                        ++count;
                    }
                }
                if (count == 1)
                    d = found;
            }
            if (d < 0)
                return fail(QStringLiteral("Revision %1 referenced from %2 is not present").arg(dep, node.rev.id));
            appendUnique(node.deps, d);
        }
    }

    // 4. Parents, children (nextrev) and all children (_all_nextrev).
    for (int i = 0; i < n; ++i) {
        auto &node = m.m_nodes[i];
        for (const QString &down : node.rev.downRevisions) {
            const int d = m.indexOfId(down);
            if (d < 0)
                return fail(QStringLiteral("Revision %1 referenced from %2 is not present").arg(down, node.rev.id));
            appendUnique(node.down, d);
        }
        node.allDown = node.down;
        for (int d : node.deps)
            appendUnique(node.allDown, d);
    }
    for (int i = 0; i < n; ++i) {
        const QList<int> allDown = m.m_nodes[i].allDown;
        const QList<int> down = m.m_nodes[i].down;
        for (int x : allDown) {
            appendUnique(m.m_nodes[x].allNext, i);
            if (down.contains(x))
                appendUnique(m.m_nodes[x].next, i);
        }
    }
    for (int i = 0; i < n; ++i) {
        if (m.isHead(i))
            m.m_heads.append(i);
        if (m.isRealHead(i))
            m.m_realHeads.append(i);
        if (m.isBase(i))
            m.m_bases.append(i);
        if (m.isRealBase(i))
            m.m_realBases.append(i);
    }

    // 5./6. Cycles first (Alembic normalizes first, but its walks stop on cycles and the
    // outcome is the same), then dependency normalization, then label propagation.
    if (auto r = detectCycles(m); !r)
        return r.error();
    normalize(m);
    propagateLabels(m);
    return m;
}

Result<void> RevisionMapBuilder::detectCycles(const RevisionMap &m)
{
    const int n = m.size();
    if (n == 0)
        return {};
    QStringList all;
    for (int i = 0; i < n; ++i)
        all.append(m.id(i));
    std::vector<int> stack;
    stack.reserve(size_t(n));
    auto walk = [&](const QList<int> &starts, auto next) {
        RevisionSet seen(n);
        stack.assign(starts.begin(), starts.end());
        while (!stack.empty()) {
            const int r = stack.back();
            stack.pop_back();
            if (seen.contains(r))
                continue;
            seen.insert(r);
            for (int x : next(r))
                if (!seen.contains(x))
                    stack.push_back(x);
        }
        return seen;
    };
    auto leftOver = [&](const RevisionSet &space) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            if (!space.contains(i))
                out.append(m.id(i));
        return sorted(out);
    };
    if (m.heads().isEmpty() || m.bases().isEmpty())
        return fail(cycleText(QStringLiteral("Cycle"), all));
    RevisionSet space = walk(m.heads(), [&](int r) -> const QList<int> & { return m.downRevisions(r); });
    space.intersect(walk(m.bases(), [&](int r) -> const QList<int> & { return m.nextRevisions(r); }));
    if (QStringList left = leftOver(space); !left.isEmpty())
        return fail(cycleText(QStringLiteral("Cycle"), left));

    if (m.realHeads().isEmpty() || m.realBases().isEmpty())
        return fail(cycleText(QStringLiteral("Dependency cycle"), all));
    space = walk(m.realHeads(), [&](int r) -> const QList<int> & { return m.allDownRevisions(r); });
    space.intersect(walk(m.realBases(), [&](int r) -> const QList<int> & { return m.allNextRevisions(r); }));
    if (QStringList left = leftOver(space); !left.isEmpty())
        return fail(cycleText(QStringLiteral("Dependency cycle"), left));
    return {};
}

// ND: drop from each revision's resolved dependencies those declared by any proper ancestor
// (down_revision links only). One pass in parent-first order over compressed bitsets of the
// distinct dependency targets: O(n * k / 64).
void RevisionMapBuilder::normalize(RevisionMap &m)
{
    const int n = m.size();
    QHash<int, int> slot;   // dependency target -> bit
    for (int i = 0; i < n; ++i)
        for (int d : m.m_nodes[i].deps)
            if (!slot.contains(d))
                slot.insert(d, int(slot.size()));
    for (int i = 0; i < n; ++i) {
        auto &node = m.m_nodes[i];
        node.normDeps.clear();
        node.nd = node.down;
    }
    if (slot.isEmpty())
        return;
    const size_t words = (slot.size() + 63) / 64;
    // Parent-first order: Kahn over down links (the graph is acyclic here).
    std::vector<int> pending(size_t(n), 0), order;
    order.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        pending[size_t(i)] = int(m.m_nodes[i].down.size());
        if (pending[size_t(i)] == 0)
            order.push_back(i);
    }
    for (size_t at = 0; at < order.size(); ++at)
        for (int c : m.m_nodes[order[at]].next)
            if (--pending[size_t(c)] == 0)
                order.push_back(c);
    // declared[r]: dependency targets declared by proper ancestors of r (one flat bit matrix).
    std::vector<uint64_t> declared(size_t(n) * words, 0);
    for (int r : order) {
        uint64_t *acc = &declared[size_t(r) * words];
        for (int p : m.m_nodes[r].down) {
            const uint64_t *above = &declared[size_t(p) * words];
            for (size_t w = 0; w < words; ++w)
                acc[w] |= above[w];
            for (int d : m.m_nodes[p].deps) {
                const int b = slot.value(d);
                acc[b >> 6] |= uint64_t(1) << (b & 63);
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        auto &node = m.m_nodes[i];
        if (node.deps.isEmpty())
            continue;
        const uint64_t *acc = &declared[size_t(i) * words];
        for (int d : node.deps) {
            const int b = slot.value(d);
            if (!((acc[b >> 6] >> (b & 63)) & 1))
                node.normDeps.append(d);
        }
        for (int d : node.normDeps)
            appendUnique(node.nd, d);
    }
}

// Alembic's _iterate_related_revisions order (deque used as a stack) over nextrev, children
// pushed in map order; returns the nodes in yield order.
QList<int> RevisionMapBuilder::lifoWalk(const RevisionMap &m, int start)
{
    QList<int> out;
    RevisionSet seen(m.size());
    QList<int> stack{start};
    while (!stack.isEmpty()) {
        const int r = stack.takeLast();
        if (seen.contains(r))
            continue;
        seen.insert(r);
        for (int c : m.nextRevisions(r))
            stack.append(c);
        out.append(r);
    }
    return out;
}

// §1.4, including the quirk: after labelling all real descendants, walk down from the *last*
// node of that walk until a real branch point, a merge point or a base. Labelled revisions are
// processed in map order (Alembic: set order), each spreading its labels as they are by then.
//
// Labels are interned and membership kept in one bitset per label, so a big project with many
// labels stays near-linear. A label that reached a revision through an earlier *descendant* walk
// is already on all of that revision's descendants, so its own descendant walk only carries the
// other labels (the result, including each list's order, is the same as spreading them all).
void RevisionMapBuilder::propagateLabels(RevisionMap &m)
{
    const int n = m.size();
    QHash<QString, int> ids;
    QStringList names;
    std::vector<RevisionSet> has;       // label -> revisions carrying it
    std::vector<RevisionSet> viaWalk;   // label -> revisions it reached through a descendant walk
    std::vector<QList<int>> order(static_cast<size_t>(n));
    auto idOf = [&](const QString &label) {
        const auto it = ids.constFind(label);
        if (it != ids.constEnd())
            return *it;
        const int id = int(names.size());
        ids.insert(label, id);
        names.append(label);
        has.emplace_back(n);
        viaWalk.emplace_back(n);
        return id;
    };
    auto add = [&](int node, int id) {
        if (!has[size_t(id)].contains(node)) {
            has[size_t(id)].insert(node);
            order[size_t(node)].append(id);
        }
    };
    for (int i = 0; i < n; ++i)
        for (const QString &label : std::as_const(m.m_nodes[i].labels))
            add(i, idOf(label));
    if (names.isEmpty())
        return;

    for (int i = 0; i < n; ++i) {
        if (m.m_nodes[i].rev.branchLabels.isEmpty())
            continue;
        const QList<int> labels = order[size_t(i)];
        QList<int> spread;
        for (int id : labels)
            if (!viaWalk[size_t(id)].contains(i))
                spread.append(id);
        const QList<int> walked = lifoWalk(m, i);
        for (int node : walked) {
            for (int id : std::as_const(spread)) {
                add(node, id);
                viaWalk[size_t(id)].insert(node);
            }
        }
        int parent = walked.last();
        while (parent >= 0 && !m.isRealBranchPoint(parent) && !m.isMergePoint(parent)) {
            for (int id : labels)
                add(parent, id);
            parent = m.m_nodes[parent].down.isEmpty() ? -1 : m.m_nodes[parent].down.first();
        }
    }
    for (int i = 0; i < n; ++i) {
        QStringList &labels = m.m_nodes[i].labels;
        labels.clear();
        for (int id : std::as_const(order[size_t(i)]))
            labels.append(names.at(id));
    }
}

} // namespace retort
