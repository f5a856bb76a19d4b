#include "databaseworker.h"

#include "config/databaseurl.h"
#include "runtime/connection.h"

#include <QHash>

namespace retort::gui {

namespace {

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Result<std::unique_ptr<Connection>> openConnection(const QString &urlText, const QString &baseDir)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(urlText);
    if (!url)
        return Error{url.error().code, maskPasswords(url.error().message)};
    Connection::Options options;
    options.access = Connection::Access::ReadOnly;
    options.baseDir = baseDir;
    options.connectTimeoutSeconds = 10;
    return Connection::open(*url, options);
}

// SQLite: sqlite_stat1 holds ANALYZE's row counts ("<rows> <per-index ...>"); tables it does not
// know are counted exactly.
Result<QList<TableInfo>> sqliteTables(Connection &connection)
{
    Result<QList<Connection::Row>> names = connection.query(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY name"));
    if (!names)
        return names.error();
    QHash<QString, qint64> analysed;
    Result<QList<Connection::Row>> hasStat = connection.query(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"));
    if (hasStat && !hasStat->isEmpty()) {
        Result<QList<Connection::Row>> stats = connection.query(QStringLiteral("SELECT tbl, stat FROM sqlite_stat1"));
        if (stats) {
            for (const Connection::Row &row : *stats) {
                bool ok = false;
                const qint64 n = row.value(1).toString().section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
                if (ok)
                    analysed.insert(row.value(0).toString(), n);
            }
        }
    }
    QList<TableInfo> tables;
    for (const Connection::Row &row : *names) {
        TableInfo info;
        info.name = row.value(0).toString();
        if (auto it = analysed.constFind(info.name); it != analysed.constEnd()) {
            info.rows = *it;
            info.estimated = true;
        } else {
            Result<QList<Connection::Row>> count =
                connection.query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoteIdentifier(info.name)));
            if (count && !count->isEmpty())
                info.rows = count->constFirst().value(0).toLongLong();
        }
        tables.append(info);
    }
    return tables;
}

// PostgreSQL: the planner's estimate (reltuples; -1 before the first ANALYZE on PostgreSQL 14+).
Result<QList<TableInfo>> postgresqlTables(Connection &connection)
{
    Result<QList<Connection::Row>> rows = connection.query(QStringLiteral(
        "SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
        "ORDER BY n.nspname, c.relname"));
    if (!rows)
        return rows.error();
    QList<TableInfo> tables;
    for (const Connection::Row &row : *rows) {
        TableInfo info;
        info.schema = row.value(0).toString();
        info.name = row.value(1).toString();
        info.rows = row.value(2).toLongLong();
        info.estimated = true;
        if (info.rows < 0)
            info.rows = -1;
        tables.append(info);
    }
    return tables;
}

} // namespace

Result<QList<TableInfo>> readTables(Connection &connection)
{
    if (!connection.exists())
        return QList<TableInfo>();
    return connection.isSqlite() ? sqliteTables(connection) : postgresqlTables(connection);
}

DatabaseWorker::DatabaseWorker(QObject *parent)
    : QObject(parent)
{
}

DatabaseWorker::~DatabaseWorker() = default;

void DatabaseWorker::connectTo(int request, const QString &urlText, const QString &baseDir,
                               const VersionTableOptions &versionTable)
{
    const bool hadConnection = m_connection != nullptr;
    m_connection.reset();
    if (hadConnection)
        Q_EMIT disconnected();
    m_versionTable = versionTable;
    Result<std::unique_ptr<Connection>> connection = openConnection(urlText, baseDir);
    if (!connection) {
        Q_EMIT failed(request, maskPasswords(connection.error().message));
        return;
    }
    m_connection = std::move(*connection);
    Q_EMIT connected(request, m_connection->displayUrl(), m_connection->dialect());
    refresh(request);
}

void DatabaseWorker::refresh(int request)
{
    if (!m_connection) {
        Q_EMIT failed(request, tr("Not connected to a database."));
        return;
    }
    Result<DatabaseSnapshot> snapshot = readSnapshot();
    if (!snapshot) {
        Q_EMIT failed(request, maskPasswords(snapshot.error().message));
        return;
    }
    Q_EMIT snapshotRead(request, *snapshot);
}

void DatabaseWorker::disconnectFrom()
{
    if (!m_connection)
        return;
    m_connection.reset();
    Q_EMIT disconnected();
}

void DatabaseWorker::test(int request, const QString &urlText, const QString &baseDir)
{
    Result<std::unique_ptr<Connection>> connection = openConnection(urlText, baseDir);
    if (!connection) {
        Q_EMIT testFinished(request, false, maskPasswords(connection.error().message));
        return;
    }
    Result<QString> version = (*connection)->serverVersion();
    if (!version) {
        Q_EMIT testFinished(request, false, maskPasswords(version.error().message));
        return;
    }
    if (!(*connection)->exists()) {
        Q_EMIT testFinished(request, true, tr("%1 (the file does not exist yet)").arg(*version));
        return;
    }
    Q_EMIT testFinished(request, true, *version);
}

Result<DatabaseSnapshot> DatabaseWorker::readSnapshot()
{
    DatabaseSnapshot snapshot;
    snapshot.displayUrl = m_connection->displayUrl();
    snapshot.dialect = m_connection->dialect();
    Result<QString> version = m_connection->serverVersion();
    if (!version)
        return version.error();
    snapshot.serverVersion = *version;
    Result<bool> exists = VersionTable::exists(*m_connection, m_versionTable);
    if (!exists)
        return exists.error();
    snapshot.versionTableExists = *exists;
    Result<QStringList> rows = VersionTable::readRows(*m_connection, m_versionTable);
    if (!rows)
        return rows.error();
    snapshot.rows = *rows;
    Result<QList<TableInfo>> tables = readTables(*m_connection);
    if (!tables)
        return tables.error();
    snapshot.tables = *tables;
    snapshot.readAt = QDateTime::currentDateTime();
    return snapshot;
}

} // namespace retort::gui
