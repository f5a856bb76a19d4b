#pragma once

#include "config/databaseurl.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace retort {

// One open database session over Qt Sql (QSQLITE or QPSQL), owning its own named QSqlDatabase.
// Threading: a Connection belongs to the thread that opened it (a Qt Sql rule); workers open
// their own. Every message it produces has the URL's password masked.
class Connection {
public:
    enum class Access {
        ReadOnly,    // never creates or changes anything; a missing SQLite file reads as empty
        ReadWrite,
    };

    struct Options {
        Access access = Access::ReadOnly;
        QString baseDir;            // relative SQLite paths resolve against it (SQLAlchemy: the CWD)
        int connectTimeoutSeconds = 10;
    };

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens the database. Errors name the masked URL and the server's message
    // ("Can't connect to postgresql://u:***@h/db: password authentication failed ...").
    static Result<std::unique_ptr<Connection>> open(const DatabaseUrl &url, const Options &options);

    const DatabaseUrl &url() const { return m_url; }
    QString displayUrl() const { return m_url.toString(true); }
    QString dialect() const { return m_url.backend(); }   // "sqlite" / "postgresql"
    bool isSqlite() const { return m_url.isSqlite(); }
    // False for a read-only connection to a SQLite file that does not exist yet: it has no tables.
    bool exists() const { return m_exists; }
    QString sqliteFile() const { return m_sqliteFile; }
    QSqlDatabase database() const;

    using Row = QVariantList;
    // Runs one statement with positional bound values; returns the rows (empty for non-queries).
    Result<QList<Row>> query(const QString &sql, const QVariantList &params = {});
    Result<void> execute(const QString &sql, const QVariantList &params = {});
    // "SQLite 3.40.1" / "PostgreSQL 15.18 ..." as the server reports it.
    Result<QString> serverVersion();

    // Error for a failed statement: "<driver text> [SQL: <sql>]", password-masked.
    Error sqlError(const QString &what, const QString &sql, const QString &driverText) const;

private:
    Connection() = default;

    DatabaseUrl m_url;
    QString m_name;
    QString m_sqliteFile;
    bool m_exists = true;
};

} // namespace retort
