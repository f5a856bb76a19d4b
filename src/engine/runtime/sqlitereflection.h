#pragma once

#include "core/result.h"
#include "ops/sqltype.h"
#include "ops/tabledef.h"

#include <QString>

namespace retort {

class Connection;

// Reads a live SQLite table into an ops::TableDef the way SQLAlchemy 1.4's SQLite reflection does
// (what Alembic's batch move-and-copy starts from, reference §7.6): PRAGMA table_xinfo /
// index_list / index_info / foreign_key_list, plus constraint names (PRIMARY KEY, UNIQUE, CHECK,
// FOREIGN KEY) parsed from sqlite_master's CREATE TABLE text. Stateless; runs on the connection's
// thread.
class SqliteReflection {
public:
    // Errors: "NoSuchTableError: <table>" (ErrorCode::Internal, as SQLAlchemy raises it).
    static Result<ops::TableDef> reflectTable(Connection &connection, const QString &table,
                                              const QString &schema = {});
    // A declared column type ("VARCHAR(50)", "DOUBLE PRECISION", "") resolved with SQLAlchemy's
    // ischema_names and SQLite's affinity rules.
    static ops::SqlType typeFromDeclaration(const QString &declared);
};

} // namespace retort
