#pragma once

#include "ops/constraint.h"
#include "ops/sqlexpression.h"
#include "ops/sqltype.h"

#include <QList>
#include <QString>

#include <optional>

namespace retort::ops {

// ForeignKey("table.col" | "schema.table.col", ...) attached to a Column.
struct ForeignKeySpec {
    QString target;           // as written: "owner.id" or "s.owner.id"
    QString name;             // constraint name, "" = unnamed
    ForeignKeyOptions options;

    // Parts of `target`: the last dot-separated part is the column, the one before the table,
    // anything before that the schema.
    QString targetSchema() const;
    QString targetTable() const;
    QString targetColumn() const;
};

// sa.Identity(...)
struct IdentitySpec {
    bool always = false;                  // GENERATED ALWAYS vs BY DEFAULT
    bool onNull = false;                  // Oracle only; ignored
    std::optional<qint64> start, increment, minValue, maxValue, cache;
    std::optional<bool> noMinValue, noMaxValue, cycle, order;
};

// sa.Computed(sqltext, persisted=None)
struct ComputedSpec {
    SqlExpression sqltext;                // a string -> SqlExpression::text
    std::optional<bool> persisted;
};

// sa.Column(...). Plain value type; thread-safe to copy.
//
// Nullability follows SQLAlchemy: when `nullable` is not given, a column is NULL-able unless it
// is part of the primary key (effectiveNullable()). Identity/Computed/sequence details are kept
// for the dialects; `default`/`onupdate` (Python-side defaults) never reach DDL and are not kept.
struct Column {
    enum class Autoincrement { Auto, Yes, No, IgnoreFk };   // "auto", True, False, "ignore_fk"

    QString name;
    SqlType type;
    std::optional<bool> nullable;         // nullopt = not given
    bool primaryKey = false;
    Autoincrement autoincrement = Autoincrement::Auto;
    // server_default: a plain string -> SqlExpression::literal(QString) (rendered quoted), text("...")
    // -> SqlExpression::text (verbatim), any other expression (func.now(), sa.false()) as is.
    std::optional<SqlExpression> serverDefault;
    std::optional<SqlExpression> serverOnUpdate;   // kept; not rendered in DDL (like SQLAlchemy)
    std::optional<bool> unique;           // unique=True -> an unnamed UNIQUE (col) table clause
    std::optional<bool> index;            // index=True -> CREATE INDEX ix_<table>_<col> after the table
    std::optional<QString> comment;
    QList<ForeignKeySpec> foreignKeys;
    QList<Constraint> checks;             // column-level sa.CheckConstraint(...) args: rendered inline
    std::optional<IdentitySpec> identity;
    std::optional<ComputedSpec> computed;
    QString sequenceName;                 // sa.Sequence("name") passed positionally; "" = none
    bool hasDefault = false;              // default= given (Python side): an integer PK with one is
                                          // not an autoincrement (SERIAL) column
    bool systemColumn = false;            // system=True: never rendered in CREATE TABLE

    int line = 0;

    bool effectiveNullable() const { return nullable.value_or(!primaryKey); }
};

} // namespace retort::ops
