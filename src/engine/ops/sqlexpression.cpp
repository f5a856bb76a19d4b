#include "ops/sqlexpression.h"

namespace retort::ops {

SqlExpression SqlExpression::literal(SqlValue value, std::shared_ptr<const SqlType> type)
{
    SqlExpression e;
    e.kind = Kind::Literal;
    e.value = std::move(value);
    e.type = std::move(type);
    return e;
}

SqlExpression SqlExpression::inlineLiteral(SqlValue value, std::shared_ptr<const SqlType> type)
{
    SqlExpression e = literal(std::move(value), std::move(type));
    e.kind = Kind::InlineLiteral;
    return e;
}

SqlExpression SqlExpression::text(QString sql, QList<QPair<QString, SqlValue>> params)
{
    SqlExpression e;
    e.kind = Kind::Text;
    e.sql = std::move(sql);
    e.params = std::move(params);
    return e;
}

SqlExpression SqlExpression::literalColumn(QString sql)
{
    SqlExpression e;
    e.kind = Kind::LiteralColumn;
    e.sql = std::move(sql);
    return e;
}

SqlExpression SqlExpression::column(QString name, QString table, std::shared_ptr<const SqlType> type)
{
    SqlExpression e;
    e.kind = Kind::Column;
    e.sql = std::move(name);
    e.table = std::move(table);
    e.type = std::move(type);
    return e;
}

SqlExpression SqlExpression::function(QString name, std::vector<SqlExpression> args)
{
    SqlExpression e;
    e.kind = Kind::Function;
    e.sql = std::move(name);
    e.args = std::move(args);
    return e;
}

SqlExpression SqlExpression::binary(QString op, SqlExpression left, SqlExpression right)
{
    SqlExpression e;
    e.kind = Kind::Binary;
    e.sql = std::move(op);
    e.args.push_back(std::move(left));
    e.args.push_back(std::move(right));
    return e;
}

SqlExpression SqlExpression::conjunction(QString op, std::vector<SqlExpression> operands)
{
    SqlExpression e;
    e.kind = Kind::Conjunction;
    e.sql = std::move(op);
    e.args = std::move(operands);
    return e;
}

SqlExpression SqlExpression::unary(QString op, SqlExpression operand)
{
    SqlExpression e;
    e.kind = Kind::Unary;
    e.sql = std::move(op);
    e.args.push_back(std::move(operand));
    return e;
}

SqlExpression SqlExpression::postfix(QString op, SqlExpression operand)
{
    SqlExpression e = unary(std::move(op), std::move(operand));
    e.kind = Kind::Postfix;
    return e;
}

SqlExpression SqlExpression::list(std::vector<SqlExpression> items)
{
    SqlExpression e;
    e.kind = Kind::List;
    e.args = std::move(items);
    return e;
}

SqlExpression SqlExpression::cast(SqlExpression operand, SqlType type)
{
    SqlExpression e;
    e.kind = Kind::Cast;
    e.args.push_back(std::move(operand));
    e.type = std::make_shared<const SqlType>(std::move(type));
    return e;
}

SqlExpression SqlExpression::trueValue()
{
    SqlExpression e;
    e.kind = Kind::SqlTrue;
    return e;
}

SqlExpression SqlExpression::falseValue()
{
    SqlExpression e;
    e.kind = Kind::SqlFalse;
    return e;
}

SqlExpression SqlExpression::null()
{
    return SqlExpression();
}

bool SqlExpression::isStringLiteral() const
{
    return kind == Kind::Literal && std::holds_alternative<QString>(value);
}

} // namespace retort::ops
