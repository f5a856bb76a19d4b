#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace retort {

class Connection;

// Where Alembic keeps the applied heads: `context.configure(version_table=..., version_table_schema=...,
// version_table_pk=...)` in env.py (reference §5.1). Plain value type.
struct VersionTableOptions {
    QString table = QStringLiteral("alembic_version");
    QString schema;            // empty = the connection's default schema
    bool primaryKey = true;

    // "meta.my_versions" / "alembic_version" as Alembic prints it in SQL.
    QString qualifiedName() const;
};

// Reading the version table (reference §5.2). Never creates it: an absent table means "base".
// Uses the caller's Connection, so it runs on the connection's thread.
class VersionTable {
public:
    static Result<bool> exists(Connection &connection, const VersionTableOptions &options);
    // The rows in the order the database returns them; empty when the table (or the SQLite file)
    // does not exist. A non-string value -> Alembic's "revision identifier ... is not a string" error.
    static Result<QStringList> readRows(Connection &connection, const VersionTableOptions &options);
};

} // namespace retort
