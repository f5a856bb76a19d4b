#include "runtime/versiontable.h"

#include "runtime/connection.h"

#include <QMetaType>

namespace retort {

namespace {

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString VersionTableOptions::qualifiedName() const
{
    return schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
}

Result<bool> VersionTable::exists(Connection &connection, const VersionTableOptions &options)
{
    if (!connection.exists())
        return false;
    Result<QList<Connection::Row>> rows = [&] {
        if (connection.isSqlite()) {
            const QString master = options.schema.isEmpty()
                                       ? QStringLiteral("sqlite_master")
                                       : quoted(options.schema) + QStringLiteral(".sqlite_master");
            return connection.query(QStringLiteral("SELECT 1 FROM %1 WHERE type = 'table' AND name = ?").arg(master),
                                    {options.table});
        }
        if (options.schema.isEmpty()) {
            return connection.query(QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c "
                                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                                   "WHERE c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'f') "
                                                   "AND pg_catalog.pg_table_is_visible(c.oid)"),
                                    {options.table});
        }
        return connection.query(QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c "
                                               "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                               "WHERE c.relname = ? AND n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'f')"),
                                {options.table, options.schema});
    }();
    if (!rows.ok())
        return rows.error();
    return !rows->isEmpty();
}

Result<QStringList> VersionTable::readRows(Connection &connection, const VersionTableOptions &options)
{
    Result<bool> present = exists(connection, options);
    if (!present.ok())
        return present.error();
    if (!*present)
        return QStringList();
    const QString table = options.schema.isEmpty() ? quoted(options.table)
                                                   : quoted(options.schema) + QLatin1Char('.') + quoted(options.table);
    Result<QList<Connection::Row>> rows =
        connection.query(QStringLiteral("SELECT %1.version_num FROM %1").arg(table));
    if (!rows.ok())
        return rows.error();
    QStringList out;
    for (const Connection::Row &row : *rows) {
        const QVariant v = row.value(0);
        const int type = v.metaType().id();
        if (v.isNull() || (type != QMetaType::QString && type != QMetaType::QByteArray)) {
            return makeError(ErrorCode::Command,
                             QStringLiteral("revision identifier %1 is not a string; ensure database driver "
                                            "settings are correct")
                                 .arg(v.isNull() ? QStringLiteral("None") : v.toString()));
        }
        out << v.toString();
    }
    return out;
}

} // namespace retort
