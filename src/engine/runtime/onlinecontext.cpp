#include "runtime/onlinecontext.h"

#include "runtime/connection.h"
#include "runtime/postgresqlreflection.h"
#include "runtime/sqlitereflection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace retort {

namespace {

QString driverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QStringLiteral("  "), QStringLiteral(" "));
    return maskPasswords(text.trimmed());
}

QVariant toVariant(const ops::SqlValue &value)
{
    return std::visit(
        [](const auto &v) -> QVariant {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return QVariant();
            else if constexpr (std::is_same_v<T, QDateTime>)
                return v.toString(Qt::ISODateWithMs).replace(QLatin1Char('T'), QLatin1Char(' '));
            else if constexpr (std::is_same_v<T, QDate>)
                return v.toString(Qt::ISODate);
            else if constexpr (std::is_same_v<T, QTime>)
                return v.toString(Qt::ISODateWithMs);
            else
                return QVariant::fromValue(v);
        },
        value);
}

// sa.text("... :name ...") -> "... ? ..." plus the values in placeholder order (SQLAlchemy's
// bind-parameter pattern; "\:" escapes a colon, "::" is a PostgreSQL cast).
Result<QPair<QString, QVariantList>> bindText(const ops::SqlExpression &text, int line)
{
    static const QRegularExpression pattern(QStringLiteral("(?<![:\\w\\\\]):(\\w+)(?!:)"));
    QString sql;
    QVariantList values;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text.sql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const ops::SqlValue *value = nullptr;
        for (const auto &p : text.params) {
            if (p.first == name)
                value = &p.second;
        }
        if (!value) {
            return makeError(ErrorCode::Internal,
                             QStringLiteral("StatementError: A value is required for bind parameter '%1'").arg(name),
                             {}, line);
        }
        sql += text.sql.mid(last, m.capturedStart() - last) + QLatin1Char('?');
        values << toVariant(*value);
        last = m.capturedEnd();
    }
    sql += text.sql.mid(last);
    sql.replace(QStringLiteral("\\:"), QStringLiteral(":"));
    return qMakePair(sql, values);
}

} // namespace

QString transactionHazard(const QString &sql, const QString &dialect, int serverMajor)
{
    const QString s = sql.simplified().toUpper();
    if (dialect == QLatin1String("postgresql")) {
        static const QRegularExpression concurrently(
            QStringLiteral("^(CREATE\\s+(UNIQUE\\s+)?INDEX|DROP\\s+INDEX|REINDEX\\b.*)\\s+CONCURRENTLY\\b"));
        if (concurrently.match(s).hasMatch())
            return QStringLiteral("\"%1\" cannot run inside a transaction block: put it in "
                                  "`with op.get_context().autocommit_block():`")
                .arg(sql.simplified().left(80));
        static const QRegularExpression addValue(QStringLiteral("^ALTER\\s+TYPE\\s+\\S+\\s+ADD\\s+VALUE\\b"));
        if (addValue.match(s).hasMatch()) {
            if (serverMajor > 0 && serverMajor >= 12)
                return QStringLiteral("\"%1\": the new enum value cannot be used in the same transaction; "
                                      "use `with op.get_context().autocommit_block():` if a later statement uses it")
                    .arg(sql.simplified().left(80));
            return QStringLiteral("\"%1\" cannot run inside a transaction block before PostgreSQL 12: put it in "
                                  "`with op.get_context().autocommit_block():`")
                .arg(sql.simplified().left(80));
        }
        static const QRegularExpression never(
            QStringLiteral("^(VACUUM|CREATE\\s+DATABASE|DROP\\s+DATABASE|ALTER\\s+SYSTEM|CREATE\\s+TABLESPACE|DROP\\s+TABLESPACE)\\b"));
        if (never.match(s).hasMatch())
            return QStringLiteral("\"%1\" cannot run inside a transaction block: put it in "
                                  "`with op.get_context().autocommit_block():`")
                .arg(sql.simplified().left(80));
        return {};
    }
    static const QRegularExpression sqliteNever(QStringLiteral("^(VACUUM|PRAGMA\\s+(\\w+\\.)?(FOREIGN_KEYS|JOURNAL_MODE)\\b)"));
    if (sqliteNever.match(s).hasMatch())
        return QStringLiteral("\"%1\" has no effect or fails inside a transaction on SQLite: put it in "
                              "`with op.get_context().autocommit_block():`")
            .arg(sql.simplified().left(80));
    return {};
}

OnlineContext::OnlineContext(Connection &connection, const sql::Dialect &dialect)
    : OnlineContext(connection, dialect, Options{})
{
}

OnlineContext::OnlineContext(Connection &connection, const sql::Dialect &dialect, Options options)
    : m_connection(connection), m_dialect(dialect), m_options(options)
{
    m_state.reflectTable = [this](const QString &table, const QString &schema) -> Result<ops::TableDef> {
        if (m_connection.isSqlite())
            return SqliteReflection::reflectTable(m_connection, table, schema);
        return PostgresqlReflection::reflectTable(m_connection, table, schema);
    };
}

QString OnlineContext::dialectName() const
{
    return m_dialect.name();
}

Result<void> OnlineContext::begin()
{
    auto r = execRaw(m_connection.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), {}, 0);
    if (!r.ok())
        return r.error();
    m_inTransaction = true;
    return {};
}

Result<void> OnlineContext::commit()
{
    if (!m_inTransaction)
        return {};
    auto r = execRaw(QStringLiteral("COMMIT"), {}, 0);
    if (!r.ok())
        return r.error();
    m_inTransaction = false;
    return {};
}

void OnlineContext::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    (void)execRaw(QStringLiteral("ROLLBACK"), {}, 0);
}

Result<void> OnlineContext::run(const ops::Operation &operation)
{
    if (operation.is<ops::AutocommitBegin>()) {
        if (m_inAutocommit)
            return {};
        m_inAutocommit = true;
        if (m_options.dryRun) {
            m_warnings << QStringLiteral("dry run: the statements of autocommit_block() (line %1) are shown "
                                         "but not executed, since they could not be rolled back")
                              .arg(operation.line);
            return {};
        }
        const bool wasInTransaction = m_inTransaction;
        if (Result<void> c = commit(); !c.ok())
            return c;
        m_inTransaction = false;
        m_resumeTransaction = wasInTransaction;
        return {};
    }
    if (operation.is<ops::AutocommitEnd>()) {
        if (!m_inAutocommit)
            return {};
        m_inAutocommit = false;
        if (m_options.dryRun || !m_resumeTransaction)
            return {};
        m_resumeTransaction = false;
        return begin();
    }
    m_state.emittedBeforeError.clear();
    Result<QStringList> statements = m_dialect.render(operation, m_state);
    QStringList toRun = statements.ok() ? *statements : m_state.emittedBeforeError;
    m_state.emittedBeforeError.clear();
    for (const QString &sql : std::as_const(toRun)) {
        const QString hazard = transactionHazard(sql, m_dialect.name(), m_options.serverMajor);
        if (m_inAutocommit && m_options.dryRun) {
            m_statements << sql;
            continue;
        }
        Result<ops::QueryResult> r = exec(sql, {}, operation.line);
        if (!r.ok()) {
            Error e = r.error();
            if (!hazard.isEmpty() && !m_inAutocommit)
                e.message += QStringLiteral("\n(%1)").arg(hazard);
            return e;
        }
    }
    if (!statements.ok())
        return statements.error();
    return {};
}

Result<ops::QueryResult> OnlineContext::query(const ops::Execute &statement, int line)
{
    if (const auto *expr = std::get_if<ops::SqlExpression>(&statement.statement)) {
        if (expr->kind == ops::SqlExpression::Kind::Text) {
            auto bound = bindText(*expr, line);
            if (!bound.ok())
                return bound.error();
            return exec(bound->first, bound->second, line);
        }
        Result<QString> sql = m_dialect.renderExpression(*expr);
        if (!sql.ok())
            return sql.error();
        return exec(*sql, {}, line);
    }
    m_state.emittedBeforeError.clear();
    Result<QStringList> statements = m_dialect.render(ops::Operation(statement, line), m_state);
    if (!statements.ok())
        return statements.error();
    ops::QueryResult last;
    for (const QString &sql : std::as_const(*statements)) {
        Result<ops::QueryResult> r = exec(sql, {}, line);
        if (!r.ok())
            return r;
        last = *r;
    }
    return last;
}

void OnlineContext::scriptOutput(const QString &text)
{
    if (m_options.scriptOutput)
        m_options.scriptOutput(text);
}

void OnlineContext::scriptLog(const QString &text)
{
    if (m_options.scriptLog)
        m_options.scriptLog(text);
}

QStringList OnlineContext::takeWarnings()
{
    QStringList w = m_state.warnings + m_warnings;
    m_state.warnings.clear();
    m_warnings.clear();
    return w;
}

QStringList OnlineContext::takeStatements()
{
    QStringList s = m_statements;
    m_statements.clear();
    return s;
}

Result<ops::QueryResult> OnlineContext::exec(const QString &sql, const QVariantList &params, int line)
{
    m_statements << sql;
    return execRaw(sql, params, line);
}

Result<ops::QueryResult> OnlineContext::execRaw(const QString &sql, const QVariantList &params, int line)
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    bool ok = false;
    if (params.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &v : params)
                q.addBindValue(v);
            ok = q.exec();
        }
    }
    if (!ok) {
        Error e = m_connection.sqlError(QString(), sql, driverText(q.lastError()));
        e.line = line;
        return e;
    }
    ops::QueryResult result;
    result.rowsAffected = q.numRowsAffected();
    if (q.isSelect()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            result.columns << record.fieldName(i);
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row << q.value(i);
            result.rows << row;
        }
        if (q.lastError().isValid()) {
            Error e = m_connection.sqlError(QString(), sql, driverText(q.lastError()));
            e.line = line;
            return e;
        }
    }
    return result;
}

} // namespace retort
