#pragma once

#include "ops/column.h"
#include "ops/constraint.h"
#include "ops/index.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort::ops {

// A table as a migration script describes it: op.create_table(...)'s arguments, sa.Table(...)
// (batch copy_from), and the lightweight sa.table("t", sa.column("a"), ...) used as bulk_insert /
// insert / update / delete targets. Plain value type; thread-safe to copy.
//
// Column-level shortcuts (Column(unique=True), Column(index=True), ForeignKey on a column, a
// Boolean/Enum's implied CHECK) stay on the columns; the dialects expand them in SQLAlchemy's order.
struct TableDef {
    QString name;
    QString schema;
    QList<Column> columns;
    QList<Constraint> constraints;        // explicit table-level constraints, declaration order
    QList<Index> indexes;                 // sa.Index(...) objects given in the table
    std::optional<QString> comment;
    bool ifNotExists = false;             // create_table(if_not_exists=True)

    // table keyword arguments
    bool sqliteAutoincrement = false;             // sqlite_autoincrement=True
    std::optional<bool> sqliteWithRowid;          // sqlite_with_rowid=False -> WITHOUT ROWID
    QString postgresqlPartitionBy;                // postgresql_partition_by="RANGE (x)"
    QStringList postgresqlInherits;               // postgresql_inherits=...
    QString postgresqlTablespace;                 // postgresql_tablespace=
    QStringList prefixes;                         // prefixes=["TEMPORARY"]

    int line = 0;

    const Column *column(const QString &columnName) const;
    Column *column(const QString &columnName);
    int columnIndex(const QString &columnName) const;   // -1 when absent
    // Names of the primary-key columns: from a PrimaryKeyConstraint if present, else the columns
    // flagged primary_key=True (in column order).
    QStringList primaryKeyColumns() const;
};

} // namespace retort::ops
