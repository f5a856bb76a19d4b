#pragma once

// Small helpers to write migration operations as C++ values in the tests, close to how the
// Python scripts spell them. Test-only.

#include "ops/operation.h"

#include <QString>

namespace retort::test {

using namespace retort::ops;
using K = SqlType::Kind;

inline SqlType T(K kind)
{
    return SqlType(kind);
}
inline SqlType Str(std::optional<int> length = std::nullopt, K kind = K::String)
{
    SqlType t(kind);
    t.length = length;
    return t;
}
inline SqlType Num(K kind, std::optional<int> precision, std::optional<int> scale = std::nullopt)
{
    SqlType t(kind);
    t.precision = precision;
    t.scale = scale;
    return t;
}
inline SqlType Tz(K kind, bool timezone)
{
    SqlType t(kind);
    t.timezone = timezone;
    return t;
}
inline SqlType Enum(QStringList values, QString name, K kind = K::Enum)
{
    SqlType t(kind);
    t.enumValues = std::move(values);
    t.name = std::move(name);
    return t;
}
inline SqlType Bool(bool createConstraint = false, QString name = {})
{
    SqlType t(K::Boolean);
    t.createConstraint = createConstraint;
    t.name = std::move(name);
    return t;
}
inline SqlType Array(SqlType item, std::optional<int> dimensions = std::nullopt)
{
    SqlType t(K::Array);
    t.itemType = std::make_shared<const SqlType>(std::move(item));
    t.dimensions = dimensions;
    return t;
}
inline std::shared_ptr<const SqlType> P(SqlType t)
{
    return std::make_shared<const SqlType>(std::move(t));
}

inline SqlExpression lit(SqlValue v) { return SqlExpression::literal(std::move(v)); }
inline SqlExpression slit(const char *s) { return SqlExpression::literal(QString::fromUtf8(s)); }
inline SqlExpression txt(const char *s) { return SqlExpression::text(QString::fromUtf8(s)); }
inline SqlExpression colref(const char *name, const char *table = "", std::shared_ptr<const SqlType> type = nullptr)
{
    return SqlExpression::column(QString::fromUtf8(name), QString::fromUtf8(table), std::move(type));
}
inline SqlExpression bin(const char *op, SqlExpression l, SqlExpression r)
{
    return SqlExpression::binary(QString::fromUtf8(op), std::move(l), std::move(r));
}
inline SqlExpression fn(const char *name, std::vector<SqlExpression> args = {})
{
    return SqlExpression::function(QString::fromUtf8(name), std::move(args));
}

inline Column C(QString name, SqlType type)
{
    Column c;
    c.name = std::move(name);
    c.type = std::move(type);
    return c;
}
inline Column pk(Column c)
{
    c.primaryKey = true;
    return c;
}
inline Column notNull(Column c)
{
    c.nullable = false;
    return c;
}
inline Column withDefault(Column c, SqlExpression d)
{
    c.serverDefault = std::move(d);
    return c;
}
inline Column withFk(Column c, QString target, QString onDelete = {})
{
    ForeignKeySpec fk;
    fk.target = std::move(target);
    fk.options.onDelete = std::move(onDelete);
    c.foreignKeys << fk;
    return c;
}

inline Constraint Unique(QString name, QStringList cols)
{
    Constraint c;
    c.kind = Constraint::Kind::Unique;
    c.name = std::move(name);
    c.columns = std::move(cols);
    return c;
}
inline Constraint Check(QString name, SqlExpression cond)
{
    Constraint c;
    c.kind = Constraint::Kind::Check;
    c.name = std::move(name);
    c.condition = std::move(cond);
    return c;
}
inline Constraint Pk(QString name, QStringList cols)
{
    Constraint c;
    c.kind = Constraint::Kind::PrimaryKey;
    c.name = std::move(name);
    c.columns = std::move(cols);
    return c;
}
inline Constraint Fk(QString name, QStringList cols, QString table, QStringList remote)
{
    Constraint c;
    c.kind = Constraint::Kind::ForeignKey;
    c.name = std::move(name);
    c.columns = std::move(cols);
    c.referredTable = std::move(table);
    c.referredColumns = std::move(remote);
    return c;
}

inline TableDef Table(QString name, QList<Column> cols, QString schema = {})
{
    TableDef t;
    t.name = std::move(name);
    t.columns = std::move(cols);
    t.schema = std::move(schema);
    return t;
}

inline Index Idx(QString name, QString table, QStringList cols, bool unique = false)
{
    Index i;
    i.name = std::move(name);
    i.table = std::move(table);
    for (const QString &c : cols)
        i.expressions.push_back(SqlExpression::column(c));
    i.unique = unique;
    return i;
}

inline AlterColumn Alter(QString table, QString column)
{
    AlterColumn a;
    a.table = std::move(table);
    a.column = std::move(column);
    return a;
}

// add_column / drop_column / create constraint operations (the SQL cases build many).
inline AddColumn Add(QString table, Column c, QString schema = {})
{
    AddColumn a;
    a.table = std::move(table);
    a.column = std::move(c);
    a.schema = std::move(schema);
    return a;
}

inline DropColumn Drop(QString table, QString column, QString schema = {})
{
    DropColumn d;
    d.table = std::move(table);
    d.column = std::move(column);
    d.schema = std::move(schema);
    return d;
}

inline CreateConstraint Cc(QString table, Constraint c, QString schema = {})
{
    CreateConstraint cc;
    cc.table = std::move(table);
    cc.constraint = std::move(c);
    cc.schema = std::move(schema);
    return cc;
}

} // namespace retort::test
