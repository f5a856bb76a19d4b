#pragma once

#include "core/result.h"
#include "script/revision.h"
#include "script/revisionset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

// The revision graph of one script directory (reference §1.2–§1.4): revisions by index in load
// order, branch labels in the same key namespace as ids, resolved and normalized dependencies (ND),
// children, heads/bases in all of Alembic's flavours, propagated branch labels.
//
// Everything is addressed by *index* (0..size()-1 = map insertion order = file load order, which is
// also the topological tie-break order). Built once, then immutable: const methods may be called
// from any number of threads at the same time. Cheap to copy (implicitly shared Qt containers).
class RevisionMap {
public:
    // How ancestry/descent is followed.
    enum class Links {
        Parents,            // `down_revision` / `nextrev` only (Alembic include_dependencies=False)
        WithDependencies,   // ND (parents + normalized deps) upward / `_all_nextrev` downward
    };

    RevisionMap() = default;

    // Builds the map from revisions in load order. Errors (ErrorCode::Command, Alembic's texts):
    //   `Revision X referenced from Y is not present`   (missing parent or dependency; Alembic crashes)
    //   `Branch name 'L' in revision X already used by revision Y`
    //   `Cycle is detected in revisions (a, b)`  `Dependency cycle is detected in revisions (a, b)`
    //   `Self-loop is detected in revisions (X)` `Dependency self-loop is detected in revisions (X)`
    //   `Character(s) '+, -' not allowed in revision identifier 'a-b'` (also ':' as in 1.17.1+)
    // Warnings (see warnings()): `Revision X is present more than once` — the later revision
    // replaces the earlier one at the earlier one's position (Alembic's OrderedDict behaviour).
    // Dependencies name ids or labels (exact key); a unique id prefix is accepted too (Alembic
    // would crash with KeyError on one).
    static Result<RevisionMap> build(QList<Revision> revisions);

    const QStringList &warnings() const { return m_warnings; }

    int size() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }

    // The revision as given to build() (declared branch labels, dependencies as written).
    const Revision &revision(int index) const { return m_nodes[index].rev; }
    const QString &id(int index) const { return m_nodes[index].rev.id; }
    QStringList ids(const QList<int> &indexes) const;

    // Exact key lookup: revision id or branch label -> index, -1 when absent.
    int indexOf(const QString &key) const { return m_keys.value(key, -1); }
    // Exact revision id lookup (labels excluded) -> index or -1.
    int indexOfId(const QString &id) const;
    // All keys (ids and labels) in Alembic's dictionary order: ids in load order, then labels in
    // the order they were declared. Prefix matching (§3.2) iterates these.
    const QStringList &keys() const { return m_keyOrder; }

    // Per revision (lists of indexes).
    const QList<int> &downRevisions(int i) const { return m_nodes[i].down; }          // file order
    const QList<int> &resolvedDependencies(int i) const { return m_nodes[i].deps; }   // as written, deduped
    const QList<int> &normalizedDependencies(int i) const { return m_nodes[i].normDeps; }
    const QList<int> &normalizedDownRevisions(int i) const { return m_nodes[i].nd; }  // ND(R)
    const QList<int> &allDownRevisions(int i) const { return m_nodes[i].allDown; }   // down + resolved deps
    const QList<int> &nextRevisions(int i) const { return m_nodes[i].next; }         // real children
    const QList<int> &allNextRevisions(int i) const { return m_nodes[i].allNext; }   // children + dependents
    // Branch labels after propagation (§1.4): the declared ones first, then propagated ones in the
    // order they arrived. (Alembic keeps a set; its order is random.)
    const QStringList &branchLabels(int i) const { return m_nodes[i].labels; }

    bool isHead(int i) const { return m_nodes[i].next.isEmpty(); }            // dependency-blind
    bool isRealHead(int i) const { return m_nodes[i].allNext.isEmpty(); }
    bool isEffectiveHead(int i) const { return isHead(i) && !isRealHead(i); }
    bool isBase(int i) const { return m_nodes[i].down.isEmpty(); }
    bool isRealBase(int i) const { return isBase(i) && m_nodes[i].rev.dependsOn.isEmpty(); }
    bool isBranchPoint(int i) const { return m_nodes[i].next.size() > 1; }
    bool isRealBranchPoint(int i) const { return m_nodes[i].allNext.size() > 1; }
    bool isMergePoint(int i) const { return m_nodes[i].down.size() > 1; }

    // In map order.
    const QList<int> &heads() const { return m_heads; }           // Alembic `heads` (blind)
    const QList<int> &realHeads() const { return m_realHeads; }   // `_real_heads`
    const QList<int> &bases() const { return m_bases; }
    const QList<int> &realBases() const { return m_realBases; }
    QList<int> branchPoints() const;
    QList<int> mergePoints() const;

    // Walks. Results include the starting revisions themselves. Linear in the graph size.
    RevisionSet ancestors(const QList<int> &from, Links links) const;
    RevisionSet descendants(const QList<int> &from, Links links) const;
    bool isAncestor(int ancestor, int of, Links links) const;   // true when ancestor == of
    // Alembic's _shares_lineage: `of` is an ancestor or descendant of (or equal to) `target`.
    bool sharesLineage(int target, int of, Links links) const;
    RevisionSet emptySet() const { return RevisionSet(size()); }
    RevisionSet allSet() const;

private:
    struct Node {
        Revision rev;
        QList<int> down, deps, normDeps, nd, allDown, next, allNext;
        QStringList labels;
    };
    friend class RevisionMapBuilder;

    QList<Node> m_nodes;
    QHash<QString, int> m_keys;   // ids and labels
    QStringList m_keyOrder;
    QList<int> m_heads, m_realHeads, m_bases, m_realBases;
    QStringList m_warnings;
};

} // namespace retort
