#include "sql/offlinescriptwriter.h"

namespace retort::sql {

OfflineScriptWriter::OfflineScriptWriter(const Dialect &dialect, Options options)
    : m_dialect(dialect), m_options(std::move(options)), m_version(dialect, m_options.versionTable)
{
}

OfflineScriptWriter::OfflineScriptWriter(const Dialect &dialect)
    : OfflineScriptWriter(dialect, Options{dialect.transactionalDdl(), false, {}})
{
}

QString OfflineScriptWriter::formatStatement(const QString &sql)
{
    QString out;
    appendStatement(out, sql);
    return out;
}

void OfflineScriptWriter::appendStatement(QString &out, const QString &sql)
{
    // Tabs become four spaces, then the text is stripped: stripping first gives the same text
    // (tabs at either end are whitespace either way) and lets a statement without tabs be
    // appended as it is.
    const QStringView text = QStringView(sql).trimmed();
    if (!text.contains(QLatin1Char('\t'))) {
        out += text;
    } else {
        for (const QChar c : text) {
            if (c == QLatin1Char('\t'))
                out += QLatin1String("    ");
            else
                out += c;
        }
    }
    out += QLatin1String(";\n\n");
}

void OfflineScriptWriter::emitBegin()
{
    m_out += QStringLiteral("BEGIN;\n\n");
}

void OfflineScriptWriter::emitCommit()
{
    m_out += QStringLiteral("COMMIT;\n\n");
}

void OfflineScriptWriter::begin()
{
    if (m_options.transactionalDdl && !m_options.transactionPerMigration)
        emitBegin();
}

void OfflineScriptWriter::beginStep(const QString &runningLine, bool headsEmpty)
{
    if (m_options.transactionalDdl && m_options.transactionPerMigration)
        emitBegin();
    if (headsEmpty)
        addStatement(m_version.createTable());
    addComment(runningLine);
}

void OfflineScriptWriter::addComment(const QString &text)
{
    m_out += QStringLiteral("-- ") + text + QStringLiteral("\n\n");
}

void OfflineScriptWriter::addStatement(const QString &sql)
{
    appendStatement(m_out, sql);
}

void OfflineScriptWriter::addItems(const QList<OfflineItem> &items)
{
    for (const OfflineItem &item : items) {
        switch (item.kind) {
        case OfflineItem::Kind::Statement:
            addStatement(item.sql);
            break;
        case OfflineItem::Kind::AutocommitBegin:
            if (m_options.transactionalDdl)
                emitCommit();
            break;
        case OfflineItem::Kind::AutocommitEnd:
            if (m_options.transactionalDdl)
                emitBegin();
            break;
        case OfflineItem::Kind::Output:
            m_out += item.sql;
            break;
        }
    }
}

void OfflineScriptWriter::endStep()
{
    if (m_options.transactionalDdl && m_options.transactionPerMigration)
        emitCommit();
}

void OfflineScriptWriter::end()
{
    if (m_options.transactionalDdl && !m_options.transactionPerMigration)
        emitCommit();
}

void OfflineScriptWriter::versionInsert(const QString &revision)
{
    addStatement(m_version.insert(revision));
}

void OfflineScriptWriter::versionUpdate(const QString &from, const QString &to)
{
    addStatement(m_version.update(from, to));
}

void OfflineScriptWriter::versionDelete(const QString &revision)
{
    addStatement(m_version.deleteRow(revision));
}

} // namespace retort::sql
