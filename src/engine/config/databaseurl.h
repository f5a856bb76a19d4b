#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace retort {

// A database URL in SQLAlchemy's syntax (sqlalchemy.engine.make_url, 1.4/2.0):
// dialect[+driver]://user:password@host:port/database?key=value&key=value
// Parsing follows SQLAlchemy exactly: only user and password are percent-decoded (host and
// database are kept as written), query values are decoded like parse_qsl, and toString()
// equals render_as_string(). Retort connects to sqlite and postgresql only.
// Plain value type; thread-safe to copy.
class DatabaseUrl {
public:
    using Query = QList<std::pair<QString, QString>>;

    DatabaseUrl() = default;

    // make_url() plus Retort's check that the backend and driver are supported.
    static Result<DatabaseUrl> parse(const QString &text);
    // make_url() only: any backend (for masking, display, messages).
    static Result<DatabaseUrl> parseSyntax(const QString &text);
    // The error parse() gives for an unsupported backend/driver, or ok.
    Result<void> checkSupported() const;

    QString drivername() const { return m_drivername; }   // "postgresql+asyncpg"
    QString backend() const;           // "sqlite" / "postgresql" ("postgres" normalised)
    QString driver() const;            // text after '+', or the default DBAPI ("pysqlite", "psycopg2")
    QString qtDriverName() const;      // "QSQLITE" / "QPSQL"
    bool isSqlite() const { return backend() == QLatin1String("sqlite"); }
    bool isPostgresql() const { return backend() == QLatin1String("postgresql"); }
    bool isAsyncDriver() const;

    std::optional<QString> username() const { return m_username; }
    std::optional<QString> password() const { return m_password; }
    std::optional<QString> host() const { return m_host; }
    std::optional<int> port() const { return m_port; }
    std::optional<QString> database() const { return m_database; }
    const Query &query() const { return m_query; }
    QStringList queryValues(const QString &key) const;
    std::optional<QString> queryValue(const QString &key) const;   // the last one given

    // The host to connect to: the URL's host, else ?host=... (a unix socket directory).
    QString connectHost() const;
    // The port to connect to: the URL's port, else ?port=..., else -1.
    int connectPort() const;

    bool isMemory() const;   // sqlite:// or sqlite:///:memory:
    // The SQLite file: absolute as written, relative ones against baseDir (SQLAlchemy: the CWD).
    // Empty for an in-memory database or a non-sqlite URL.
    QString sqliteFilePath(const QString &baseDir) const;
    // QSqlDatabase::setConnectOptions() text: libpq keywords for QPSQL (sslmode, sslrootcert,
    // connect_timeout, application_name ...; asyncpg's ssl= mapped to sslmode), QSQLITE_* options
    // for SQLite (timeout -> QSQLITE_BUSY_TIMEOUT, mode=ro -> QSQLITE_OPEN_READONLY).
    QString qtConnectOptions() const;

    // render_as_string(hide_password=maskPassword): the password as "***".
    QString toString(bool maskPassword = true) const;

private:
    QString m_drivername;
    std::optional<QString> m_username;
    std::optional<QString> m_password;
    std::optional<QString> m_host;
    std::optional<int> m_port;
    std::optional<QString> m_database;
    Query m_query;
};

// Masks every URL password inside arbitrary text (logs, error messages, window titles):
// "scheme://user:secret@" -> "scheme://user:***@", and libpq-style "password=secret".
QString maskPasswords(const QString &text);

} // namespace retort
