#pragma once

#include "ops/operation.h"
#include "python/evaluator.h"

#include <memory>
#include <optional>

namespace retort::python {

// The Python-side objects of the sa.* constructs: each wraps one ops:: value (SqlType, Column,
// Constraint, Index, TableDef, DmlStatement, SqlExpression ...) that the op.* bindings read.
// Values belong to the Interpreter's thread.

// A SQL expression: sa.text(), sa.column(), func.x(), comparisons, literals, t.c.col ...
class ExprObject : public NativeObject {
public:
    explicit ExprObject(ops::SqlExpression e) : expr(std::move(e)) {}
    QString typeName() const override;
    Value getAttr(Evaluator &ev, const QString &name) override;
    std::optional<Value> binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected) override;
    std::optional<Value> unaryOp(Evaluator &ev, const QString &op) override;
    QString repr() const override;
    std::optional<bool> truth() const override;

    ops::SqlExpression expr;
};

// A column type class (sa.String) or instance (sa.String(50)); calling either makes an instance.
class TypeObject : public NativeObject {
public:
    TypeObject(ops::SqlType t, QString className, bool isClass)
        : type(std::move(t)), className(std::move(className)), isClass(isClass) {}
    QString typeName() const override { return className; }
    Value call(Evaluator &ev, CallArgs &args) override;
    Value getAttr(Evaluator &ev, const QString &name) override;
    QString repr() const override { return isClass ? QStringLiteral("<class '%1'>").arg(className) : className + QStringLiteral("()"); }

    ops::SqlType type;
    QString className;
    bool isClass = false;
};

// A schema item made by a sa.* constructor: Column, ForeignKey, constraint, Index, Identity,
// Computed, Sequence. Exactly the member matching `kind` is meaningful.
class SchemaItemObject : public NativeObject {
public:
    enum class Kind { Column, ForeignKey, Constraint, Index, Identity, Computed, Sequence };
    explicit SchemaItemObject(Kind k) : kind(k) {}
    QString typeName() const override;
    Value getAttr(Evaluator &ev, const QString &name) override;

    Kind kind;
    ops::Column column;
    ops::ForeignKeySpec foreignKey;
    ops::Constraint constraint;
    ops::Index index;
    ops::IdentitySpec identity;
    ops::ComputedSpec computed;
    ops::CreateSequence sequence;
};

// sa.table()/sa.Table()/op.create_table() result: .c.<column>, .insert(), .update(), .delete().
class TableObject : public NativeObject {
public:
    explicit TableObject(ops::TableDef t) : table(std::move(t)) {}
    QString typeName() const override { return QStringLiteral("Table"); }
    Value getAttr(Evaluator &ev, const QString &name) override;
    QString repr() const override { return QStringLiteral("Table('%1')").arg(table.name); }

    ops::TableDef table;
};

// insert()/update()/delete() on a table; .values() and .where() return new statements.
class DmlObject : public NativeObject {
public:
    explicit DmlObject(ops::DmlStatement s) : statement(std::move(s)) {}
    QString typeName() const override;
    Value getAttr(Evaluator &ev, const QString &name) override;

    ops::DmlStatement statement;
};

// Other statements op.execute() accepts: CreateSequence / DropSequence, Enum create/drop.
class StatementObject : public NativeObject {
public:
    explicit StatementObject(ops::Operation o) : operation(std::move(o)) {}
    QString typeName() const override { return operation.name(); }

    ops::Operation operation;
};

// Conversions used by all bindings. Each raises TypeError (and returns nullopt) on a wrong value.
Value makeNative(std::shared_ptr<NativeObject> object);
Value exprValue(ops::SqlExpression e);
std::optional<ops::SqlValue> toSqlValue(Evaluator &ev, const Value &v);
std::optional<ops::SqlExpression> toExpr(Evaluator &ev, const Value &v);
// server_default / condition: a str is text (sqltext) or a literal depending on `stringIsText`.
std::optional<ops::SqlExpression> toSqlText(Evaluator &ev, const Value &v, bool stringIsText);
std::optional<ops::SqlType> toType(Evaluator &ev, const Value &v);
std::optional<QString> toStr(Evaluator &ev, const Value &v, const QString &what);
QString optStr(const std::optional<Value> &v);                 // None/absent -> ""
std::optional<QStringList> toStrList(Evaluator &ev, const Value &v, const QString &what);
std::optional<bool> optBool(const std::optional<Value> &v);    // None/absent -> nullopt
SchemaItemObject *schemaItem(const Value &v, SchemaItemObject::Kind kind);
// A Python value for a database value (QueryResult rows).
Value fromVariant(const QVariant &v);

// Builds the constructors registered in the sa modules (sabindings.cpp).
ops::ForeignKeyOptions foreignKeyOptions(Evaluator &ev, const QList<QPair<QString, Value>> &kwargs, QStringList &unused);

} // namespace retort::python
