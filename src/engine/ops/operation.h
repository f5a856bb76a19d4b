#pragma once

#include "ops/column.h"
#include "ops/constraint.h"
#include "ops/index.h"
#include "ops/sqlexpression.h"
#include "ops/sqltype.h"
#include "ops/tabledef.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

namespace retort::ops {

// The operations a migration script performs (Alembic's op.* catalogue, reference §7.1), as plain
// values. The interpreter builds them; a MigrationContext renders (offline) or executes (online)
// them; autogenerate produces them. Plain value types; thread-safe to copy.

// An alter_column keyword where Alembic tells "not given" (its False default: not changing) from
// "given as None" (e.g. server_default=None = DROP DEFAULT, comment=None = remove the comment).
template<typename T>
struct Change {
    bool given = false;
    std::optional<T> value;   // given && !value: set to None

    static Change unchanged() { return {}; }
    static Change none() { return Change{true, std::nullopt}; }
    static Change to(T v) { return Change{true, std::move(v)}; }
    bool isNone() const { return given && !value.has_value(); }
    bool hasValue() const { return given && value.has_value(); }
};

struct CreateTable {
    TableDef table;   // name, schema, columns, constraints, indexes, comment, if_not_exists, kwargs
};

struct DropTable {
    QString name;
    QString schema;
    bool ifExists = false;
};

struct RenameTable {
    QString oldName;
    QString newName;
    QString schema;
};

struct AddColumn {
    QString table;
    QString schema;
    Column column;
    bool ifNotExists = false;
    std::optional<bool> inlineReferences;   // render REFERENCES inline instead of a separate ADD FOREIGN KEY
    std::optional<bool> inlinePrimaryKey;
    QString insertBefore;                   // batch only
    QString insertAfter;                    // batch only
};

struct DropColumn {
    QString table;
    QString schema;
    QString column;
    bool ifExists = false;
    std::optional<SqlType> existingType;    // helps batch drop a Boolean/Enum CHECK
};

struct AlterColumn {
    QString table;
    QString schema;
    QString column;
    std::optional<bool> nullable;                      // None (not given) = not changing
    Change<QString> comment;
    Change<SqlExpression> serverDefault;               // none() = DROP DEFAULT
    QString newColumnName;                             // "" = no rename
    std::optional<SqlType> type;
    std::optional<SqlType> existingType;
    Change<SqlExpression> existingServerDefault;
    std::optional<bool> existingNullable;
    std::optional<QString> existingComment;
    std::optional<bool> autoincrement;
    std::optional<bool> existingAutoincrement;
    std::optional<SqlExpression> postgresqlUsing;      // a string -> SqlExpression::text
    QString insertBefore;                              // batch only
    QString insertAfter;                               // batch only
};

struct CreateIndex {
    Index index;   // name, table, schema, expressions, unique, if_not_exists, dialect kwargs
};

struct DropIndex {
    QString name;
    QString table;                         // table_name= (may be "")
    QString schema;
    bool ifExists = false;
    bool postgresqlConcurrently = false;
};

// op.create_primary_key / create_unique_constraint / create_foreign_key / create_check_constraint /
// create_exclude_constraint: the constraint's kind says which. For a foreign key the constraint
// carries the referent (referredTable/referredSchema/referredColumns) and `schema` is source_schema.
struct CreateConstraint {
    QString table;
    QString schema;
    Constraint constraint;
};

struct DropConstraint {
    QString name;
    QString table;
    QString schema;
    std::optional<Constraint::Kind> type;   // type_= "foreignkey"/"primary"/"unique"/"check"
    bool ifExists = false;
};

struct CreateTableComment {
    QString table;
    QString schema;
    QString comment;
    std::optional<QString> existingComment;
};

struct DropTableComment {
    QString table;
    QString schema;
    std::optional<QString> existingComment;
};

// t.insert().values(...), t.update().where(...).values(...), t.delete().where(...) on a
// sa.table()/sa.Table target. Several .where() calls are combined with AND by the caller.
struct DmlStatement {
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    TableDef table;
    QList<QPair<QString, SqlExpression>> values;   // insert/update values, in call order
    std::optional<SqlExpression> where;
};

// op.execute(...): a plain string (-> SqlExpression::text without params), a text() construct
// with bound params, or an insert/update/delete statement.
struct Execute {
    std::variant<SqlExpression, DmlStatement> statement;
};

// op.bulk_insert(table, rows, multiinsert=True). Offline: one INSERT per row, columns in table
// column order (keys not in the table are an error, as in SQLAlchemy).
struct BulkInsert {
    TableDef table;
    QList<QList<QPair<QString, SqlExpression>>> rows;   // each row: key -> value (usually literals)
    bool multiinsert = true;
};

// postgresql.ENUM(...).create(bind, checkfirst=...) / sa.Enum(...).create(...) and .drop(...):
// CREATE TYPE / DROP TYPE. (create_table emits CREATE TYPE by itself; drop_table never drops.)
struct CreateEnumType {
    SqlType type;
    bool checkFirst = false;
};

struct DropEnumType {
    SqlType type;
    bool checkFirst = false;
};

// op.execute(sa.schema.CreateSequence(sa.Sequence(...))) / DropSequence.
struct CreateSequence {
    QString name;
    QString schema;
    std::optional<qint64> start, increment, minValue, maxValue, cache;
    std::optional<bool> cycle;
};

struct DropSequence {
    QString name;
    QString schema;
};

// with op.get_context().autocommit_block(): ... — the context emits COMMIT/BEGIN around the body.
struct AutocommitBegin {};
struct AutocommitEnd {};

struct Operation;

// with op.batch_alter_table(...) as batch_op: ... — the recorded operations run when the block
// exits (ops hold AddColumn/DropColumn/AlterColumn/CreateIndex/DropIndex/CreateConstraint/
// DropConstraint/CreateTableComment/DropTableComment/Execute with table/schema filled in).
struct BatchAlterTable {
    enum class Recreate { Auto, Always, Never };
    QString table;
    QString schema;
    Recreate recreate = Recreate::Auto;
    std::optional<TableDef> copyFrom;
    QList<Constraint> tableArgs;           // table_args=(...) constraints added to the new table
    QList<Column> tableArgColumns;         // table_args columns (rare)
    TableDef tableKwargs;                  // table_kwargs={...}: only the kwargs fields are read
    QList<QStringList> partialReordering;  // partial_reordering=[("a", "b"), ...]
    std::vector<Operation> ops;
};

// One operation and the 1-based source line of the call that made it (0 = unknown).
struct Operation {
    using Variant = std::variant<CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
                                 CreateIndex, DropIndex, CreateConstraint, DropConstraint,
                                 CreateTableComment, DropTableComment, Execute, BulkInsert,
                                 CreateEnumType, DropEnumType, CreateSequence, DropSequence,
                                 BatchAlterTable, AutocommitBegin, AutocommitEnd>;
    Variant op;
    int line = 0;

    Operation() = default;
    template<typename T>
        requires(!std::is_same_v<std::decay_t<T>, Operation> && std::is_constructible_v<Variant, T>)
    Operation(T value, int sourceLine = 0) : op(std::move(value)), line(sourceLine) {}

    template<typename T> bool is() const { return std::holds_alternative<T>(op); }
    template<typename T> const T &as() const { return std::get<T>(op); }
    template<typename T> T &as() { return std::get<T>(op); }
    // Alembic's method name for the operation ("create_table", "batch_alter_table" ...).
    QString name() const;
};

} // namespace retort::ops
