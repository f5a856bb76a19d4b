#include "script/headmaintenance.h"

namespace retort {

using Links = RevisionMap::Links;

QString VersionStatement::toString() const
{
    switch (kind) {
    case Kind::Insert:
        return QStringLiteral("INSERT %1").arg(to);
    case Kind::Update:
        return QStringLiteral("UPDATE %1 -> %2").arg(from, to);
    case Kind::Delete:
        return QStringLiteral("DELETE %1").arg(from);
    }
    return {};
}

HeadMaintenance::HeadMaintenance(const RevisionMap &map, const QStringList &heads)
    : m_map(&map)
{
    for (const QString &h : heads)
        if (!m_heads.contains(h))
            m_heads.append(h);
}

RevResult<bool> HeadMaintenance::insert(const QString &rev, QList<VersionStatement> &out)
{
    if (m_heads.contains(rev))
        return RevisionError::other(QStringLiteral("Revision %1 is already present in the version table").arg(rev));
    m_heads.append(rev);
    out.append(VersionStatement::insert(rev));
    return true;
}

RevResult<bool> HeadMaintenance::remove(const QString &rev, QList<VersionStatement> &out)
{
    if (!m_heads.removeOne(rev))
        return RevisionError::other(QStringLiteral("Revision %1 is not present in the version table").arg(rev));
    out.append(VersionStatement::remove(rev));
    return true;
}

RevResult<bool> HeadMaintenance::update(const QString &from, const QString &to, QList<VersionStatement> &out)
{
    if (m_heads.contains(to))
        return RevisionError::other(QStringLiteral("Revision %1 is already present in the version table").arg(to));
    const qsizetype i = m_heads.indexOf(from);
    if (i < 0)
        return RevisionError::other(QStringLiteral("Revision %1 is not present in the version table").arg(from));
    m_heads[i] = to;
    out.append(VersionStatement::update(from, to));
    return true;
}

// Ancestors (with dependencies, including themselves) of the current rows other than `exclude`.
RevisionSet HeadMaintenance::ancestorsOfOtherHeads(const QStringList &exclude) const
{
    QList<int> others;
    for (const QString &h : m_heads)
        if (!exclude.contains(h)) {
            const int i = m_map->indexOfId(h);
            if (i >= 0)
                others.append(i);
        }
    return m_map->ancestors(others, Links::WithDependencies);
}

// _unmerge_to_revisions (current Alembic), in ND order.
QList<int> HeadMaintenance::unmergeTargets(int revision) const
{
    const QList<int> &nd = m_map->normalizedDownRevisions(revision);
    const QString id = m_map->id(revision);
    bool otherHeads = false;
    for (const QString &h : m_heads)
        otherHeads = otherHeads || h != id;
    RevisionSet drop(m_map->size());
    if (otherHeads) {
        drop = ancestorsOfOtherHeads({id});
    } else {
        for (int t : nd) {
            RevisionSet a = m_map->ancestors({t}, Links::WithDependencies);
            a.remove(t);
            drop.unite(a);
        }
    }
    QList<int> out;
    for (int t : nd)
        if (!drop.contains(t))
            out.append(t);
    return out;
}

RevResult<QList<VersionStatement>> HeadMaintenance::upgrade(int revision)
{
    QList<VersionStatement> out;
    const QString id = m_map->id(revision);
    const QList<int> &nd = m_map->normalizedDownRevisions(revision);
    QList<int> present;
    for (int d : nd)
        if (m_heads.contains(m_map->id(d)))
            present.append(d);
    RevResult<bool> r = true;
    if (nd.isEmpty() || present.isEmpty()) {                      // U1, U2
        r = insert(id, out);
    } else if (nd.size() > 1 && present.size() > 1) {             // U3
        const QStringList ndIds = m_map->ids(nd);
        bool others = false;
        for (const QString &h : m_heads)
            others = others || !ndIds.contains(h);
        QList<int> from;
        if (others) {
            const RevisionSet anc = ancestorsOfOtherHeads(ndIds);
            for (int d : nd)
                if (!anc.contains(d))
                    from.append(d);
        } else {
            from = nd;
        }
        // Where Alembic would DELETE a row that is not there (KeyError), keep only real rows.
        QList<int> rows;
        for (int d : from)
            if (m_heads.contains(m_map->id(d)))
                rows.append(d);
        if (rows.isEmpty())
            return RevisionError::other(QStringLiteral("Can't merge revision %1: none of its down revisions is a current row").arg(id));
        for (qsizetype k = 0; k + 1 < rows.size() && r; ++k)
            r = remove(m_map->id(rows[k]), out);
        if (r)
            r = update(m_map->id(rows.last()), id, out);
    } else {                                                      // U4
        QString down;
        if (nd.size() == 1) {
            down = m_map->id(nd.first());
        } else {
            if (present.size() != 1)
                return RevisionError::other(QStringLiteral("Can't do an UPDATE because downrevision is ambiguous"));
            down = m_map->id(present.first());
        }
        r = update(down, id, out);
    }
    if (!r)
        return r.error();
    return out;
}

RevResult<QList<VersionStatement>> HeadMaintenance::downgrade(int revision)
{
    QList<VersionStatement> out;
    const QString id = m_map->id(revision);
    const QList<int> &nd = m_map->normalizedDownRevisions(revision);
    const bool isRow = m_heads.contains(id);
    RevResult<bool> r = true;
    if (isRow && (nd.isEmpty() || unmergeTargets(revision).isEmpty())) {   // D1
        r = remove(id, out);
    } else if (isRow && nd.size() > 1) {                                    // D2
        const QList<int> targets = unmergeTargets(revision);
        for (qsizetype k = 0; k + 1 < targets.size() && r; ++k)
            r = insert(m_map->id(targets[k]), out);
        if (r)
            r = update(id, m_map->id(targets.last()), out);
    } else {                                                                // D3
        QString down;
        if (nd.size() == 1) {
            down = m_map->id(nd.first());
        } else {
            QList<int> present;
            for (int d : nd)
                if (m_heads.contains(m_map->id(d)))
                    present.append(d);
            if (present.size() != 1)
                return RevisionError::other(QStringLiteral("Can't do an UPDATE because downrevision is ambiguous"));
            down = m_map->id(present.first());
        }
        r = update(id, down, out);
    }
    if (!r)
        return r.error();
    return out;
}

RevResult<QList<VersionStatement>> HeadMaintenance::stamp(const StampMove &move)
{
    QList<VersionStatement> out;
    RevResult<bool> r = true;
    auto missingFrom = [&](const QStringList &list) {
        for (const QString &s : list)
            if (!m_heads.contains(s))
                return true;
        return false;
    };
    if (!move.upgrade && move.branchMove) {                                       // S1
        if (move.from.isEmpty())
            return out;
        r = remove(move.from.first(), out);
    } else if (move.upgrade && (move.branchMove || missingFrom(move.from)) && missingFrom(move.to)) {  // S2
        r = insert(move.to.first(), out);
    } else if (move.from.size() > 1) {                                            // S3
        for (qsizetype k = 0; k + 1 < move.from.size() && r; ++k)
            r = remove(move.from[k], out);
        if (r)
            r = update(move.from.last(), move.to.first(), out);
    } else if (move.to.size() > 1) {                                              // S4
        for (qsizetype k = 0; k + 1 < move.to.size() && r; ++k)
            r = insert(move.to[k], out);
        if (r)
            r = update(move.from.first(), move.to.last(), out);
    } else {                                                                      // S5
        if (move.from.isEmpty() || move.to.isEmpty())
            return out;
        r = update(move.from.first(), move.to.first(), out);
    }
    if (!r)
        return r.error();
    return out;
}

} // namespace retort
