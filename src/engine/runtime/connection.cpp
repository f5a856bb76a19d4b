#include "runtime/connection.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace retort {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("retort-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString cleanDriverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq prefixes lines with "FATAL:  " / "ERROR:  "; keep the text readable on one line.
    text.replace(QStringLiteral("\n"), QStringLiteral(" "));
    text.replace(QStringLiteral("  "), QStringLiteral(" "));
    return maskPasswords(text.trimmed());
}

} // namespace

Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url, const Options &options)
{
    if (Result<void> supported = url.checkSupported(); !supported.ok())
        return supported.error();
    if (!QSqlDatabase::isDriverAvailable(url.qtDriverName())) {
        return makeError(ErrorCode::Database,
                         QStringLiteral("The Qt SQL driver %1 is not installed (Debian: %2)")
                             .arg(url.qtDriverName(), url.isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                                     : QStringLiteral("libqt6sql6-psql")));
    }

    std::unique_ptr<Connection> c(new Connection);
    c->m_url = url;
    c->m_name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(url.qtDriverName(), c->m_name);
    QString options_ = url.qtConnectOptions();
    auto addOption = [&options_](const QString &opt) {
        if (!options_.isEmpty())
            options_ += QLatin1Char(';');
        options_ += opt;
    };

    if (url.isSqlite()) {
        if (url.isMemory()) {
            db.setDatabaseName(QStringLiteral(":memory:"));
        } else {
            const QString baseDir = options.baseDir.isEmpty() ? QDir::currentPath() : options.baseDir;
            c->m_sqliteFile = url.sqliteFilePath(baseDir);
            c->m_exists = QFileInfo::exists(c->m_sqliteFile);
            if (!c->m_exists && options.access == Access::ReadOnly)
                return c;   // nothing to read; never create the file for a read
            if (!c->m_exists && !QFileInfo(c->m_sqliteFile).absoluteDir().exists()) {
                return makeError(ErrorCode::Database,
                                 QStringLiteral("Can't open %1: the folder %2 does not exist")
                                     .arg(c->displayUrl(), QFileInfo(c->m_sqliteFile).absolutePath()));
            }
            db.setDatabaseName(c->m_sqliteFile);
            if (options.access == Access::ReadOnly && !options_.contains(QStringLiteral("QSQLITE_OPEN_READONLY")))
                addOption(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!options_.contains(QStringLiteral("QSQLITE_BUSY_TIMEOUT")))
                addOption(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
    } else {
        db.setHostName(url.connectHost());
        if (url.connectPort() > 0)
            db.setPort(url.connectPort());
        db.setDatabaseName(url.database().value_or(QString()));
        db.setUserName(url.username().value_or(QString()));
        db.setPassword(url.password().value_or(QString()));
        if (!options_.contains(QStringLiteral("connect_timeout")))
            addOption(QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSeconds));
    }
    db.setConnectOptions(options_);
    if (!db.open()) {
        return makeError(ErrorCode::Database, QStringLiteral("Can't connect to %1: %2")
                                                  .arg(c->displayUrl(), cleanDriverText(db.lastError())));
    }
    if (url.isSqlite())
        c->m_exists = true;
    return c;
}

Error Connection::sqlError(const QString &what, const QString &sql, const QString &driverText) const
{
    QString message = what.isEmpty() ? driverText : QStringLiteral("%1: %2").arg(what, driverText);
    if (!sql.isEmpty())
        message += QStringLiteral("\n[SQL: %1]").arg(sql.trimmed());
    return makeError(ErrorCode::Database, maskPasswords(message));
}

Result<QList<Connection::Row>> Connection::query(const QString &sql, const QVariantList &params)
{
    if (!m_exists)
        return makeError(ErrorCode::Database, QStringLiteral("The database %1 does not exist").arg(displayUrl()));
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // PostgreSQL cannot PREPARE utility statements (DDL): statements without bound values run as
    // they are.
    if (params.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(QString(), sql, cleanDriverText(q.lastError()));
    } else {
        if (!q.prepare(sql))
            return sqlError(QString(), sql, cleanDriverText(q.lastError()));
        for (const QVariant &v : params)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QString(), sql, cleanDriverText(q.lastError()));
    }
    QList<Row> rows;
    if (q.isSelect()) {
        const int columns = q.record().count();
        while (q.next()) {
            Row row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row.append(q.value(i));
            rows.append(std::move(row));
        }
        if (q.lastError().isValid())
            return sqlError(QString(), sql, cleanDriverText(q.lastError()));
    }
    return rows;
}

Result<void> Connection::execute(const QString &sql, const QVariantList &params)
{
    Result<QList<Row>> r = query(sql, params);
    if (!r.ok())
        return r.error();
    return {};
}

Result<QString> Connection::serverVersion()
{
    if (!m_exists)
        return QStringLiteral("SQLite (no database file yet)");
    const QString sql = isSqlite() ? QStringLiteral("SELECT sqlite_version()") : QStringLiteral("SELECT version()");
    Result<QList<Row>> rows = query(sql);
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return QString();
    const QString v = rows->first().value(0).toString();
    return isSqlite() ? QStringLiteral("SQLite ") + v : v;
}

} // namespace retort
