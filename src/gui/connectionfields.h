#pragma once

#include "config/databaseurl.h"

#include <QString>

#include <optional>

namespace retort::gui {

// The parts of a database URL the connection dialog edits as separate fields, and the way back to
// URL text (SQLAlchemy syntax: user and password percent-encoded, the query kept as it was).
// Plain value type.
struct ConnectionFields {
    QString backend = QStringLiteral("sqlite");   // "sqlite" / "postgresql"
    QString driver;             // text after '+' as written ("asyncpg"), empty = default
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;           // SQLite: the file path (empty = in memory)
    DatabaseUrl::Query query;

    static ConnectionFields fromUrl(const DatabaseUrl &url);
    // withPassword false: the URL without any password (what settings and the keychain key hold).
    QString toUrl(bool withPassword = true) const;
    bool isSqlite() const { return backend == QLatin1String("sqlite"); }
    // The keychain entry for this connection's password: the URL without password.
    QString keychainKey() const { return toUrl(false); }
};

} // namespace retort::gui
