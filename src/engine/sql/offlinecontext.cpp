#include "sql/offlinecontext.h"

#include <utility>

namespace retort::sql {

OfflineContext::OfflineContext(const Dialect &dialect) : m_dialect(dialect)
{
}

QString OfflineContext::dialectName() const
{
    return m_dialect.name();
}

Result<void> OfflineContext::run(const ops::Operation &operation)
{
    if (operation.is<ops::AutocommitBegin>()) {
        m_items << OfflineItem{OfflineItem::Kind::AutocommitBegin, {}};
        return {};
    }
    if (operation.is<ops::AutocommitEnd>()) {
        m_items << OfflineItem{OfflineItem::Kind::AutocommitEnd, {}};
        return {};
    }
    m_state.emittedBeforeError.clear();
    auto statements = m_dialect.render(operation, m_state);
    if (!statements) {
        for (const QString &s : m_state.emittedBeforeError)
            m_items << OfflineItem{OfflineItem::Kind::Statement, s.trimmed()};
        m_state.emittedBeforeError.clear();
        return statements.error();
    }
    for (const QString &s : *statements)
        m_items << OfflineItem{OfflineItem::Kind::Statement, s};
    return {};
}

Result<ops::QueryResult> OfflineContext::query(const ops::Execute &, int line)
{
    return makeError(ErrorCode::Command, QStringLiteral("offline mode cannot return rows"), {}, line);
}

QStringList OfflineContext::takeWarnings()
{
    QStringList w = m_state.warnings;
    m_state.warnings.clear();
    return w;
}

void OfflineContext::scriptOutput(const QString &text)
{
    m_items << OfflineItem{OfflineItem::Kind::Output, text};
}

void OfflineContext::scriptLog(const QString &text)
{
    m_logs << text;
}

QStringList OfflineContext::takeLogs()
{
    return std::exchange(m_logs, {});
}

QList<OfflineItem> OfflineContext::takeItems()
{
    QList<OfflineItem> items = m_items;
    m_items.clear();
    return items;
}

QStringList OfflineContext::takeStatements()
{
    QStringList out;
    for (const OfflineItem &i : takeItems()) {
        if (i.kind == OfflineItem::Kind::Statement)
            out << i.sql;
    }
    return out;
}

} // namespace retort::sql
