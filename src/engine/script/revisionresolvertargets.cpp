// Relative identifiers and upgrade/downgrade target parsing (reference §3.3):
// _parse_upgrade_target, _parse_downgrade_target, _get_all_current.
#include "script/revisionresolver.h"

#include <QRegularExpression>

namespace retort {

using Links = RevisionMap::Links;

bool RevisionResolver::parseRelative(const QString &text, RelativeIdentifier *out)
{
    static const QRegularExpression re(QStringLiteral("\\A(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    out->label = m.captured(1);
    out->symbol = m.captured(2);
    out->relative = m.captured(3);
    out->steps = out->relative.toInt();
    return true;
}

RevResult<QList<int>> RevisionResolver::allCurrent(const QStringList &rows) const
{
    auto revs = revisions(rows);
    if (!revs)
        return revs.error();
    QList<int> top;
    for (int r : revs.value())
        if (r >= 0)
            top.append(r);
    const RevisionSet all = m_map.ancestors(top, Links::WithDependencies);
    // A member has a real-link descendant in the set iff one of its children is in it: every
    // revision on the path down to such a descendant is its ancestor, hence in the set too.
    QList<int> out;
    for (int r : all.toList()) {
        bool covered = false;
        for (int c : m_map.nextRevisions(r))
            if (all.contains(c)) {
                covered = true;
                break;
            }
        if (!covered)
            out.append(r);
    }
    return out;
}

static QString didntProduce(const QString &relative, int steps)
{
    return QStringLiteral("Relative revision %1 didn't produce %2 migrations").arg(relative).arg(steps < 0 ? -steps : steps);
}

RevResult<QList<int>> RevisionResolver::parseUpgradeTarget(const QStringList &current, const QString &target,
                                                           bool assertRelativeLength) const
{
    RelativeIdentifier rel;
    if (!parseRelative(target, &rel))
        return revisions(target);

    if (rel.steps > 0) {
        if (!rel.symbol.isEmpty()) {
            auto start = revision(rel.symbol);
            if (!start)
                return start.error();
            auto w = walk(start.value(), rel.steps, rel.label, assertRelativeLength);
            if (!w)
                return w.error();
            if (w.value() == kNoRevision)   // Alembic crashes here (AssertionError)
                return RevisionError::other(didntProduce(rel.relative, rel.steps));
            return QList<int>{w.value()};
        }
        QList<int> startRevs;   // kNoRevision = "nothing applied"
        if (rel.label.isEmpty()) {
            if (current.isEmpty()) {
                startRevs.append(kNoRevision);
            } else {
                if (current.size() > 1)
                    return RevisionError::other(QStringLiteral("Ambiguous upgrade from multiple current revisions"));
                auto r = revision(current.first());
                if (!r)
                    return r.error();
                startRevs.append(r.value());
            }
        } else {
            auto cur = revisions(current);
            if (!cur)
                return cur.error();
            auto filtered = filterForLineage(cur.value(), rel.label);
            if (!filtered)
                return filtered.error();
            startRevs = filtered.value();
            if (startRevs.isEmpty()) {
                // The branch is not a current head: tips of the applied part of its lineage.
                QList<int> curIdx;
                for (int c : cur.value())
                    if (c >= 0)
                        curIdx.append(c);
                auto active = filterForLineage(m_map.ancestors(curIdx, Links::WithDependencies).toList(), rel.label);
                if (!active)
                    return active.error();
                RevisionSet activeSet = RevisionSet::of(m_map.size(), active.value());
                RevisionSet downs(m_map.size());
                for (int a : active.value())
                    for (int d : m_map.normalizedDownRevisions(a))
                        downs.insert(d);
                activeSet.subtract(downs);
                startRevs = activeSet.toList();
                if (startRevs.isEmpty())
                    startRevs.append(kNoRevision);
            }
        }
        if (startRevs.size() > 1)
            return RevisionError::other(QStringLiteral("Ambiguous upgrade from multiple current revisions"));
        auto w = walk(startRevs.first(), rel.steps, rel.label, assertRelativeLength);
        if (!w)
            return w.error();
        if (w.value() == kNoRevision)
            return RevisionError::other(didntProduce(rel.relative, rel.steps));
        return QList<int>{w.value()};
    }

    if (rel.symbol.isEmpty())   // Alembic formats the int here: "-1", "0"
        return RevisionError::other(didntProduce(QString::number(rel.steps), rel.steps));
    auto start = revision(rel.label.isEmpty() ? rel.symbol : rel.label + u'@' + rel.symbol);
    if (!start)
        return start.error();
    auto w = walk(start.value(), rel.steps, {}, assertRelativeLength);
    if (!w)
        return w.error();
    if (w.value() == kNoRevision)   // Alembic crashes here
        return RevisionError::other(didntProduce(rel.relative, rel.steps));
    if (w.value() == kBaseRevision)
        return QList<int>{};
    return QList<int>{w.value()};
}

RevResult<RevisionResolver::DowngradeTarget>
RevisionResolver::parseDowngradeTarget(const QStringList &current, const QString &target,
                                       bool assertRelativeLength, QStringList *warnings) const
{
    DowngradeTarget out;
    if (target.isNull())
        return out;
    RelativeIdentifier rel;
    if (parseRelative(target, &rel)) {
        if (rel.steps >= 0 && rel.relative.startsWith(u'+')) {
            if (rel.symbol.isEmpty())
                return RevisionError::other(didntProduce(rel.relative, rel.steps));
            auto start = revision(rel.symbol);
            if (!start)
                return start.error();
            auto w = walk(start.value(), rel.steps, rel.label, assertRelativeLength);
            if (!w)
                return w.error();
            if (w.value() == kNoRevision)
                return RevisionError::other(QStringLiteral("Walked too far"));
            out.branchLabel = rel.label;
            out.target = w.value() == kBaseRevision ? kNoRevision : w.value();
            return out;
        }
        if (rel.steps >= 0) {   // "-0": int("-0") == 0 >= 0 in Alembic as well
            if (rel.symbol.isEmpty())
                return RevisionError::other(didntProduce(rel.relative, rel.steps));
            auto start = revision(rel.symbol);
            if (!start)
                return start.error();
            out.branchLabel = rel.label;
            out.target = start.value();
            return out;
        }
        const bool relativeRevision = rel.symbol.isEmpty();
        QString symbol = rel.symbol;
        QString label = rel.label;
        if (relativeRevision) {
            if (!label.isEmpty()) {
                auto cur = revisions(current);
                if (!cur)
                    return cur.error();
                auto list = filterForLineage(cur.value(), label);
                if (!list)
                    return list.error();
                QList<int> symbols = list.value();
                if (symbols.isEmpty()) {
                    auto all = allCurrent(current);
                    if (!all)
                        return all.error();
                    auto sl = filterForLineage(all.value(), label);
                    if (!sl)
                        return sl.error();
                    symbols = sl.value();
                }
                if (symbols.isEmpty())   // Alembic: AssertionError
                    return RevisionError::other(didntProduce(rel.relative, rel.steps));
                if (symbols.size() > 1)  // Alembic: AssertionError
                    return RevisionError::other(QStringLiteral("Ambiguous walk"));
                symbol = m_map.id(symbols.first());
            } else {
                if (current.isEmpty())
                    return RevisionError::other(didntProduce(rel.relative, rel.steps));
                if (QSet<QString>(current.begin(), current.end()).size() > 1 && warnings)
                    warnings->append(QStringLiteral("downgrade -1 from multiple heads is ambiguous; this usage "
                                                    "will be disallowed in a future release."));
                symbol = current.first();
                label = symbol;
            }
        }
        auto start = revision(label.isEmpty() ? symbol : label + u'@' + symbol);
        if (!start)
            return start.error();
        auto w = walk(start.value(), rel.steps, {}, assertRelativeLength);
        if (!w)
            return w.error();
        if (w.value() == kNoRevision)
            return RevisionError::other(relativeRevision ? didntProduce(rel.relative, rel.steps)
                                                         : QStringLiteral("Walked too far"));
        out.branchLabel = label;
        out.target = w.value() == kBaseRevision ? kNoRevision : w.value();
        return out;
    }
    // Absolute: split at the LAST '@'; the label only narrows the roots later.
    const qsizetype at = target.lastIndexOf(u'@');
    const QString symbol = at >= 0 ? target.mid(at + 1) : target;
    out.branchLabel = at >= 0 ? target.left(at) : QString();
    auto r = revision(symbol);
    if (!r)
        return r.error();
    out.target = r.value();
    return out;
}

} // namespace retort
