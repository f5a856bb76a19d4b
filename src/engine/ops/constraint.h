#pragma once

#include "ops/sqlexpression.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort::ops {

// Referential options shared by a column's ForeignKey(...) and a ForeignKeyConstraint.
struct ForeignKeyOptions {
    QString onDelete;                 // "" = not given
    QString onUpdate;
    std::optional<bool> deferrable;   // DEFERRABLE / NOT DEFERRABLE
    QString initially;                // "DEFERRED" / "IMMEDIATE"
    QString match;                    // "FULL" ...
    bool useAlter = false;
};

// A table-level constraint: sa.PrimaryKeyConstraint, sa.UniqueConstraint, sa.ForeignKeyConstraint,
// sa.CheckConstraint, postgresql.ExcludeConstraint — in create_table, in batch table_args and in
// op.create_*_constraint. Plain value type; thread-safe to copy.
struct Constraint {
    enum class Kind { PrimaryKey, Unique, ForeignKey, Check, Exclude };

    Kind kind = Kind::PrimaryKey;
    QString name;                       // "" = unnamed (None)
    QStringList columns;                // PK/Unique/FK: local column names in order
    std::optional<bool> deferrable;     // PK/Unique/Check deferrable=
    QString initially;                  // PK/Unique/Check initially=

    // ForeignKey
    QString referredSchema;
    QString referredTable;
    QStringList referredColumns;
    ForeignKeyOptions fk;

    // Check: the condition ("small > 0" as a string -> SqlExpression::text)
    SqlExpression condition;

    // Exclude (PostgreSQL): (element, operator) pairs, USING method (default gist), WHERE
    QList<QPair<SqlExpression, QString>> excludeElements;
    QString excludeUsing;
    std::optional<SqlExpression> excludeWhere;

    // Unique: postgresql_nulls_not_distinct (SQLAlchemy 2.0.x)
    bool postgresqlNullsNotDistinct = false;

    int line = 0;   // source line of the call that made it (0 = unknown)
};

} // namespace retort::ops
