#pragma once

#include "core/result.h"
#include "ops/sqltype.h"
#include "ops/tabledef.h"

#include <QString>

namespace retort {

class Connection;

// Reads a live PostgreSQL table into an ops::TableDef from pg_catalog (columns with
// format_type/defaults/identity/comments, primary key, unique, foreign key and CHECK constraints,
// indexes that are not constraints), for batch operations with recreate="always".
// Stateless; runs on the connection's thread.
class PostgresqlReflection {
public:
    // Errors: "NoSuchTableError: <table>" (ErrorCode::Internal).
    static Result<ops::TableDef> reflectTable(Connection &connection, const QString &table,
                                              const QString &schema = {});
    // format_type() text ("character varying(50)", "timestamp(3) with time zone", "integer[]")
    // as a SqlType; unknown names become Custom types rendered verbatim.
    static ops::SqlType typeFromFormatType(const QString &formatted);
};

} // namespace retort
