#pragma once

#include "core/result.h"
#include "ops/operation.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace retort::sql {

// Per-run state a dialect needs while rendering a sequence of operations: PostgreSQL ENUM types
// already created in this run (SQLAlchemy creates each once per run), how to obtain a table for
// batch move-and-copy when the script gave no copy_from (online: reflection; offline: unset, which
// yields Alembic's "requires a live database connection" CommandError), and warnings.
// Owned by one MigrationContext; not thread-safe.
struct RenderState {
    QSet<QString> createdEnumTypes;   // "schema.name" or "name"
    std::function<Result<ops::TableDef>(const QString &table, const QString &schema)> reflectTable;
    QStringList warnings;
    // Statements Alembic had already emitted when an operation failed part-way (e.g. SQLite
    // add_column with a ForeignKey: the ADD COLUMN, then NotImplementedError); set with the error.
    QStringList emittedBeforeError;
};

// Renders operations and their parts to SQL text exactly as Alembic + SQLAlchemy 1.4 compile them
// with literal binds (reference §7). Statements come back without terminators or trailing
// whitespace handling: OfflineScriptWriter adds ";\n\n". The base class holds the generic compiler;
// SqliteDialect and PostgresqlDialect override the dialect-specific parts.
// Immutable after construction: safe to share between threads.
class Dialect {
public:
    virtual ~Dialect() = default;

    // "sqlite" / "postgresql"; nullptr for any other name.
    static std::unique_ptr<Dialect> create(const QString &name);

    virtual QString name() const = 0;
    // Alembic's default transactional_ddl for the dialect (§9.1): SQLite false, PostgreSQL true.
    virtual bool transactionalDdl() const = 0;

    // --- identifiers
    virtual bool isReservedWord(const QString &lowerCaseWord) const = 0;
    // Quotes only when needed: upper-case letters, reserved word, not [a-z_][a-z0-9_$]*, or starting
    // with a digit or $ (SQLAlchemy's IdentifierPreparer rules). Embedded " are doubled.
    QString quoteIdentifier(const QString &identifier) const;
    // [quoted schema "."] quoted name
    QString formatTable(const QString &name, const QString &schema = {}) const;

    // --- parts
    // The DDL type text ("VARCHAR(50)", "TIMESTAMP WITH TIME ZONE", "status_enum" ...).
    Result<QString> renderType(const ops::SqlType &type) const;
    // A Python value as an inline SQL literal ('it''s', 1/0 vs true/false, NULL ...); `type` is the
    // column/other-side type when known.
    Result<QString> renderLiteral(const ops::SqlValue &value, const ops::SqlType *type = nullptr) const;
    // An expression with literal binds (no table qualification changes).
    Result<QString> renderExpression(const ops::SqlExpression &expression) const;

    // --- operations
    // The statements `operation` produces, in order. Batch operations are expanded (ALTERs or the
    // SQLite move-and-copy). AutocommitBegin/End produce nothing here (the context handles them).
    Result<QStringList> render(const ops::Operation &operation, RenderState &state) const;

protected:
    Dialect() = default;

    // Internal: the compilers (src/engine/sql/*compiler.cpp) branch on the flavour.
    friend class Compiler;
    enum class Flavor { Sqlite, Postgresql };
    virtual Flavor flavor() const = 0;
};

} // namespace retort::sql
