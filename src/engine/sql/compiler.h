#pragma once

#include "sql/dialect.h"

#include <QString>
#include <QStringList>

namespace retort::sql {

struct ExprOptions {
    bool includeTable = true;   // qualify column refs with their table
    QString dmlTable;           // the INSERT/UPDATE/DELETE target: its columns get its schema
    QString dmlSchema;
};

// Internal to the sql module: SQLAlchemy 1.4's type, expression and DDL compilers and Alembic's
// per-operation implementations, for one dialect. Split over typecompiler.cpp, exprcompiler.cpp,
// ddlcompiler.cpp, opcompiler.cpp and batchcompiler.cpp. Stateless apart from the RenderState
// passed in; cheap to construct.
class Compiler {
public:
    explicit Compiler(const Dialect &dialect)
        : m_d(dialect), m_pg(dialect.flavor() == Dialect::Flavor::Postgresql)
    {
    }

    bool pg() const { return m_pg; }
    const Dialect &dialect() const { return m_d; }
    QString q(const QString &ident) const { return m_d.quoteIdentifier(ident); }
    QString table(const QString &name, const QString &schema) const { return m_d.formatTable(name, schema); }

    // typecompiler.cpp
    Result<QString> type(const ops::SqlType &type) const;
    static int enumLength(const ops::SqlType &type);

    // exprcompiler.cpp
    using ExprOptions = sql::ExprOptions;
    Result<QString> literal(const ops::SqlValue &value, const ops::SqlType *type) const;
    Result<QString> stringLiteral(const QString &value) const;
    Result<QString> expr(const ops::SqlExpression &e, ExprOptions options = {}) const;
    // e.self_group(against=op) rendering: parenthesised when e's precedence is <= op's.
    Result<QString> grouped(const ops::SqlExpression &e, const QString &againstOp, ExprOptions options) const;
    Result<QString> text(const ops::SqlExpression &e) const;
    Result<QString> dml(const ops::DmlStatement &statement) const;
    // bulk_insert: one INSERT per row.
    Result<QStringList> bulkInsert(const ops::BulkInsert &op) const;

    // ddlcompiler.cpp
    // The text after DEFAULT. SQLite parenthesises expressions in a column definition only
    // (alter_column's SET DEFAULT uses the generic get_column_default_string).
    Result<QString> serverDefault(const ops::SqlExpression &e, bool columnDefinition = true) const;
    Result<QString> columnSpec(const ops::Column &column, const ops::TableDef *table) const;
    Result<QString> constraint(const ops::Constraint &c, const ops::TableDef *table) const;
    // The constraints of a CREATE TABLE in SQLAlchemy's order (explicit PK or implicit one first,
    // explicit constraints, then per column: unique=True, type CHECK, ForeignKey).
    QList<ops::Constraint> tableConstraints(const ops::TableDef &t) const;
    // The implied CHECK of a Boolean/Enum column type, when this dialect creates one.
    std::optional<ops::Constraint> typeCheck(const ops::Column &column) const;
    // Indexes of a CREATE TABLE: Column(index=True) ones (ix_<table>_<col>) and explicit ones.
    QList<ops::Index> tableIndexes(const ops::TableDef &t) const;
    const ops::Column *autoincrementColumn(const ops::TableDef &t) const;
    // `constraints` (when given) replaces tableConstraints(t) (batch move-and-copy order).
    Result<QString> createTable(const ops::TableDef &t, const QList<ops::Constraint> *constraints = nullptr) const;
    Result<QStringList> createTableAll(const ops::TableDef &t, RenderState &state,
                                       const QList<ops::Constraint> *constraints = nullptr) const;   // + types, indexes, comments
    Result<QString> createIndex(const ops::Index &index) const;
    Result<QString> createEnumType(const ops::SqlType &type) const;
    QString enumTypeName(const ops::SqlType &type) const;
    void collectEnums(const ops::SqlType &type, QList<ops::SqlType> &out) const;

    // opcompiler.cpp
    Result<QStringList> operation(const ops::Operation &op, RenderState &state) const;
    Result<QStringList> addColumn(const ops::AddColumn &op, RenderState &state) const;
    Result<QStringList> alterColumn(const ops::AlterColumn &op, RenderState &state) const;
    Result<QStringList> addConstraint(const QString &table, const QString &schema,
                                      const ops::Constraint &c, RenderState &state,
                                      bool implicit = false) const;
    Result<QStringList> dropConstraint(const ops::DropConstraint &op, bool implicit = false) const;

    // batchcompiler.cpp
    Result<QStringList> batch(const ops::BatchAlterTable &op, RenderState &state, int line) const;

private:
    const Dialect &m_d;
    bool m_pg;
};

// The error Alembic's traceback ends with: "NotImplementedError: ...", SQLAlchemy's qualified
// ("sqlalchemy.exc.CompileError: ...") with ErrorCode::Internal (exit 1); CommandError's message
// alone with ErrorCode::Command ("FAILED: ...", exit 255).
Error pythonError(const QString &exceptionClass, const QString &message, int line = 0);
extern const char *const kSqliteNoAlterConstraints;
// What SQLAlchemy 1.4 appends to str() of an exception with a code (UnsupportedCompilationError).
extern const char *const kBackground;

} // namespace retort::sql
