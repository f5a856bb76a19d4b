#pragma once

#include "ops/sqltype.h"
#include "ops/sqlvalue.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace retort::ops {

// A small SQL expression tree: what migration scripts put into server defaults, CHECK conditions,
// index expressions, WHERE clauses, UPDATE/INSERT values and op.execute(). The dialect renders it
// (src/engine/sql); literals are always rendered inline (Alembic's offline `literal_binds`).
// Plain value type; thread-safe to copy.
//
// How scripts map onto it:
//   "abc" / 5 / True / None / b"x"    -> literal(value)            (a Python value = a bound parameter)
//   op.inline_literal(v, type_)       -> inlineLiteral(v, type)
//   sa.text("... :p").bindparams(p=1) -> text("... :p", {{"p", 1}})
//   sa.literal_column("x")            -> literalColumn("x")         (verbatim, no params; unlike
//                                                                   text() a ColumnElement, so SQLite
//                                                                   parenthesises it as a server default)
//   sa.bindparam("k", v, type_)       -> literal(v, type) with sql "k" (text().bindparams(bindparam))
//   sa.func.lower(x) / func.now()     -> function("lower", {x}); func.count() renders count(*)
//   t.c.id / sa.column("f", type)     -> column("id", "t") / column("f", "", type)
//   a == b, a != b, <, >, <=, >=      -> binary("=", a, b) ... ("!=", "<", ">", "<=", ">=")
//   a + b, -, *, /, %, a.concat(b)    -> binary("+", a, b) ... ("||" for concat)
//   a.like(b), a.notlike(b), ilike    -> binary("LIKE"/"NOT LIKE"/"ILIKE"/"NOT ILIKE", a, b)
//   a.in_([1, 2]), a.not_in([...])    -> binary("IN"/"NOT IN", a, list({1, 2}))
//   a.is_(None), a.is_not(None)       -> binary("IS"/"IS NOT", a, null())
//   and_(a, b, c), or_(...)           -> conjunction("AND"/"OR", {a, b, c})
//   not_(a), -a, a.desc(), a.asc()    -> unary("NOT", a), unary("-", a), postfix("DESC"/"ASC", a)
//   sa.true()/false()/null()          -> trueValue()/falseValue()/null()
//   sa.cast(x, T)                     -> cast(x, T)
// Comparisons with a Python value on one side render the value with the other side's type.
struct SqlExpression {
    enum class Kind {
        Literal,        // value (+ optional type); a Python value / bound parameter
        InlineLiteral,  // op.inline_literal(value, type_)
        Text,           // sql (verbatim) with params substituted for :name
        LiteralColumn,  // sql (verbatim); sa.literal_column()
        Column,         // name, table qualifier (may be empty), type
        Function,       // name(args...)
        Binary,         // args[0] op args[1]
        Conjunction,    // op is "AND" / "OR"; args joined
        Unary,          // op args[0]   (NOT, -, ~)
        Postfix,        // args[0] op   (DESC, ASC, NULLS FIRST, NULLS LAST)
        List,           // (args...)   the right side of IN
        Cast,           // CAST(args[0] AS type)
        SqlTrue,        // sa.true()
        SqlFalse,       // sa.false()
        SqlNull,        // sa.null() / None on the right of IS
    };

    Kind kind = Kind::SqlNull;
    SqlValue value;                           // Literal, InlineLiteral
    QString sql;                              // Text/LiteralColumn: the SQL; Column: name; Function: name;
                                              // Literal: the bindparam key (sa.bindparam) or empty;
                                              // Binary/Conjunction/Unary/Postfix: the operator
    QString table;                            // Column: table qualifier ("" = unqualified)
    std::shared_ptr<const SqlType> type;      // Literal/InlineLiteral/Column type; Cast target
    std::vector<SqlExpression> args;          // operands / function arguments / list items
    QList<QPair<QString, SqlValue>> params;   // Text: bindparams(name=value)

    SqlExpression() = default;

    static SqlExpression literal(SqlValue value, std::shared_ptr<const SqlType> type = nullptr);
    static SqlExpression inlineLiteral(SqlValue value, std::shared_ptr<const SqlType> type = nullptr);
    static SqlExpression text(QString sql, QList<QPair<QString, SqlValue>> params = {});
    static SqlExpression literalColumn(QString sql);
    static SqlExpression column(QString name, QString table = {},
                                std::shared_ptr<const SqlType> type = nullptr);
    static SqlExpression function(QString name, std::vector<SqlExpression> args = {});
    static SqlExpression binary(QString op, SqlExpression left, SqlExpression right);
    static SqlExpression conjunction(QString op, std::vector<SqlExpression> operands);
    static SqlExpression unary(QString op, SqlExpression operand);
    static SqlExpression postfix(QString op, SqlExpression operand);
    static SqlExpression list(std::vector<SqlExpression> items);
    static SqlExpression cast(SqlExpression operand, SqlType type);
    static SqlExpression trueValue();
    static SqlExpression falseValue();
    static SqlExpression null();

    bool isStringLiteral() const;   // Literal holding a str (a plain-string server_default)
    bool isText() const { return kind == Kind::Text; }
};

} // namespace retort::ops
