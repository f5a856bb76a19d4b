// `history` selection (reference §2.9) and `current` (§2.8).
#include "script/migrationplaninternal.h"

namespace retort {

using namespace planinternal;
using Links = RevisionMap::Links;

bool MigrationPlanner::historyNeedsCurrent(const QString &range)
{
    const QStringList parts = range.trimmed().split(u':');
    return parts.size() == 2 && (parts[0] == QLatin1String("current") || parts[1] == QLatin1String("current"));
}

Result<QList<int>> MigrationPlanner::history(const QString &range, const QStringList &currentRows,
                                             ErrorStyle style) const
{
    QString base, head;
    if (!range.isNull()) {
        const QStringList parts = range.trimmed().split(u':');
        if (parts.size() != 2)
            return makeError(ErrorCode::Command,
                             QStringLiteral("History range requires [start]:[end], [start]:, or :[end]"));
        base = parts[0];
        head = parts[1];
    }
    UpgradeQuery q;
    q.inclusive = true;
    q.implicitBase = false;
    q.assertRelativeLength = false;
    q.lowerIsString = true;
    q.upperIsString = true;
    q.lower = QStringList{base.isEmpty() ? QStringLiteral("base") : base};
    q.upper = QStringList{head.isEmpty() ? QStringLiteral("heads") : head};
    if (head == QLatin1String("current")) {
        if (!currentRows.isEmpty()) {
            q.upper = currentRows;
            q.upperIsString = false;
        } else {
            q.upper = QStringList{QStringLiteral("heads")};
        }
    } else if (base == QLatin1String("current")) {
        if (!currentRows.isEmpty()) {
            q.lower = currentRows;
            q.lowerIsString = false;
        } else {
            q.lower = QStringList{QStringLiteral("base")};
        }
    }
    const QString start = q.lower.join(QStringLiteral(", "));
    const QString end = q.upper.join(QStringLiteral(", "));

    RevisionResolver resolver(m_map);
    auto sel = collectUpgrade(resolver, q);
    if (!sel)
        return sel.error().toError(style, ErrorContext::History, start, end);
    bool complete = true;
    QList<int> order = topologicalSort(m_map, sel->needs, sel->targets, &complete);
    if (!complete) {
        // Alembic's AssertionError (e.g. `history -r d4e5:`): the upper end is reachable only
        // through depends_on; select descendants through dependencies as well.
        q.descendantLinks = Links::WithDependencies;
        auto sel2 = collectUpgrade(resolver, q);
        if (!sel2)
            return sel2.error().toError(style, ErrorContext::History, start, end);
        order = topologicalSort(m_map, sel2->needs, sel2->targets);
    }
    return order;
}

Result<QList<int>> MigrationPlanner::current(const QStringList &rows, ErrorStyle style) const
{
    RevisionResolver resolver(m_map);
    auto r = resolver.allCurrent(rows);
    if (!r)
        return r.error().toError(style);
    return r.value();
}

} // namespace retort
