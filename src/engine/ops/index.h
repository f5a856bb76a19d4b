#pragma once

#include "ops/sqlexpression.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace retort::ops {

// sa.Index(...) / op.create_index(...) / Column(index=True). Plain value type; thread-safe to copy.
struct Index {
    QString name;                          // "" only for Column(index=True) before naming
    QString table;
    QString schema;
    // Column names as SqlExpression::column(name) (unqualified), or expressions: text("lower(x)"),
    // function("lower", {column("x")}), postfix("DESC", column("x")).
    std::vector<SqlExpression> expressions;
    bool unique = false;
    bool ifNotExists = false;

    // dialect keyword arguments
    std::optional<SqlExpression> sqliteWhere;       // sqlite_where=
    std::optional<SqlExpression> postgresqlWhere;   // postgresql_where=
    QString postgresqlUsing;                        // postgresql_using="gin"
    QStringList postgresqlInclude;                  // postgresql_include=[...]
    bool postgresqlConcurrently = false;            // postgresql_concurrently=True
    QList<QPair<QString, QString>> postgresqlOps;   // postgresql_ops={"col": "text_pattern_ops"}
    QList<QPair<QString, QString>> postgresqlWith;  // postgresql_with={"fillfactor": 50}
    QString postgresqlTablespace;                   // postgresql_tablespace=
    bool postgresqlNullsNotDistinct = false;        // postgresql_nulls_not_distinct=True

    int line = 0;
};

} // namespace retort::ops
