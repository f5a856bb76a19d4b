#include "python/bindings/sqlobjects.h"

#include "python/bindings/bindings.h"
#include "python/datetimemodule.h"

#include <QVariant>

namespace retort::python {

using ops::SqlExpression;

Value makeNative(std::shared_ptr<NativeObject> object)
{
    return Value::object(Type::Native, std::move(object));
}

Value exprValue(SqlExpression e)
{
    return makeNative(std::make_shared<ExprObject>(std::move(e)));
}

std::optional<ops::SqlValue> toSqlValue(Evaluator &ev, const Value &v)
{
    switch (v.type) {
    case Type::None: return ops::SqlValue();
    case Type::Bool: return ops::SqlValue(v.b);
    case Type::Int: return ops::SqlValue(v.i);
    case Type::Float: return ops::SqlValue(v.f);
    case Type::Str: return ops::SqlValue(v.s);
    case Type::Bytes: return ops::SqlValue(v.as<BytesObject>()->data);
    case Type::Native:
        if (const DateTimeObject *d = asDateTime(v)) {
            switch (d->kind) {
            case DateTimeObject::Kind::Date: return ops::SqlValue(d->date);
            case DateTimeObject::Kind::Time: return ops::SqlValue(d->toQTime());
            case DateTimeObject::Kind::DateTime: return ops::SqlValue(d->toQDateTime());
            }
        }
        if (v.as<NativeObject>()->typeName() == QLatin1String("uuid.UUID"))   // str(uuid)
            return ops::SqlValue(str(v));
        [[fallthrough]];
    default:
        ev.raise(QStringLiteral("TypeError"), QStringLiteral("cannot use a '%1' as a SQL value").arg(typeName(v)));
        return std::nullopt;
    }
}

std::optional<SqlExpression> toExpr(Evaluator &ev, const Value &v)
{
    if (v.type == Type::Native) {
        if (auto *e = dynamic_cast<ExprObject *>(v.as<NativeObject>()))
            return e->expr;
        if (auto *c = dynamic_cast<SchemaItemObject *>(v.as<NativeObject>()); c && c->kind == SchemaItemObject::Kind::Column)
            return SqlExpression::column(c->column.name, {}, std::make_shared<ops::SqlType>(c->column.type));
    }
    if (v.type == Type::List || v.type == Type::Tuple) {
        std::vector<SqlExpression> items;
        for (const Value &item : *sequenceItems(v)) {
            auto e = toExpr(ev, item);
            if (!e)
                return std::nullopt;
            items.push_back(*e);
        }
        return SqlExpression::list(std::move(items));
    }
    auto value = toSqlValue(ev, v);
    if (!value)
        return std::nullopt;
    if (v.isNone())
        return SqlExpression::null();
    return SqlExpression::literal(*value);
}

std::optional<SqlExpression> toSqlText(Evaluator &ev, const Value &v, bool stringIsText)
{
    if (v.isStr())
        return stringIsText ? SqlExpression::text(v.s) : SqlExpression::literal(v.s);
    return toExpr(ev, v);
}

std::optional<ops::SqlType> toType(Evaluator &ev, const Value &v)
{
    if (v.type == Type::Native) {
        if (auto *t = dynamic_cast<TypeObject *>(v.as<NativeObject>()))
            return t->type;
    }
    ev.raise(QStringLiteral("TypeError"), QStringLiteral("expected a SQL type, got %1").arg(repr(v)));
    return std::nullopt;
}

std::optional<QString> toStr(Evaluator &ev, const Value &v, const QString &what)
{
    if (v.isStr())
        return v.s;
    ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1 must be a string, not %2").arg(what, typeName(v)));
    return std::nullopt;
}

QString optStr(const std::optional<Value> &v)
{
    if (!v || v->isNone())
        return {};
    return str(*v);
}

std::optional<QStringList> toStrList(Evaluator &ev, const Value &v, const QString &what)
{
    if (v.isStr())
        return QStringList{v.s};
    ValueList items;
    if (!ev.iterate(v, items))
        return std::nullopt;
    QStringList out;
    for (const Value &item : items) {
        if (item.isStr()) {
            out << item.s;
        } else if (auto e = toExpr(ev, item); e && e->kind == SqlExpression::Kind::Column) {
            out << e->sql;
        } else {
            if (!ev.hasException())
                ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1 must be column names").arg(what));
            return std::nullopt;
        }
    }
    return out;
}

std::optional<bool> optBool(const std::optional<Value> &v)
{
    if (!v || v->isNone())
        return std::nullopt;
    return truthy(*v);
}

SchemaItemObject *schemaItem(const Value &v, SchemaItemObject::Kind kind)
{
    if (v.type != Type::Native)
        return nullptr;
    auto *item = dynamic_cast<SchemaItemObject *>(v.as<NativeObject>());
    return item && item->kind == kind ? item : nullptr;
}

Value fromVariant(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (v.typeId()) {
    case QMetaType::Bool: return Value::boolean(v.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short: return Value::integer(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return Value::floating(v.toDouble());
    case QMetaType::QByteArray: return Value::bytes(v.toByteArray());
    case QMetaType::QDate: return makeDate(v.toDate());
    case QMetaType::QTime: return makeTime(qint64(v.toTime().msecsSinceStartOfDay()) * 1000);
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        std::optional<qint64> offset;
        if (dt.timeSpec() == Qt::UTC || dt.timeSpec() == Qt::OffsetFromUTC)
            offset = qint64(dt.offsetFromUtc()) * kMicrosPerSecond;
        return makeDateTime(dt.date(), qint64(dt.time().msecsSinceStartOfDay()) * 1000, offset);
    }
    default: return Value::string(v.toString());
    }
}

ops::ForeignKeyOptions foreignKeyOptions(Evaluator &ev, const QList<QPair<QString, Value>> &kwargs, QStringList &unused)
{
    Q_UNUSED(ev);
    ops::ForeignKeyOptions o;
    for (const auto &kw : kwargs) {
        if (kw.first == QLatin1String("ondelete"))
            o.onDelete = kw.second.isNone() ? QString() : str(kw.second);
        else if (kw.first == QLatin1String("onupdate"))
            o.onUpdate = kw.second.isNone() ? QString() : str(kw.second);
        else if (kw.first == QLatin1String("deferrable"))
            o.deferrable = kw.second.isNone() ? std::nullopt : std::optional<bool>(truthy(kw.second));
        else if (kw.first == QLatin1String("initially"))
            o.initially = kw.second.isNone() ? QString() : str(kw.second);
        else if (kw.first == QLatin1String("match"))
            o.match = kw.second.isNone() ? QString() : str(kw.second);
        else if (kw.first == QLatin1String("use_alter"))
            o.useAlter = truthy(kw.second);
        else
            unused << kw.first;
    }
    return o;
}

// --- ExprObject

QString ExprObject::typeName() const
{
    switch (expr.kind) {
    case SqlExpression::Kind::Text: return QStringLiteral("TextClause");
    case SqlExpression::Kind::Column: return QStringLiteral("ColumnClause");
    case SqlExpression::Kind::LiteralColumn: return QStringLiteral("ColumnClause");
    case SqlExpression::Kind::Literal: return expr.sql.isEmpty() ? QStringLiteral("ClauseElement") : QStringLiteral("BindParameter");
    case SqlExpression::Kind::Function: return QStringLiteral("Function");
    default: return QStringLiteral("ClauseElement");
    }
}

QString ExprObject::repr() const
{
    if (expr.kind == SqlExpression::Kind::Text)
        return QStringLiteral("<sqlalchemy.sql.elements.TextClause>");
    if (expr.kind == SqlExpression::Kind::Column)
        return QStringLiteral("Column('%1')").arg(expr.sql);
    return QStringLiteral("<%1>").arg(typeName());
}

std::optional<bool> ExprObject::truth() const
{
    return std::nullopt;
}

std::optional<Value> ExprObject::binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected)
{
    static const QHash<QString, QString> sqlOps = {
        {QStringLiteral("=="), QStringLiteral("=")}, {QStringLiteral("!="), QStringLiteral("!=")},
        {QStringLiteral("<"), QStringLiteral("<")}, {QStringLiteral(">"), QStringLiteral(">")},
        {QStringLiteral("<="), QStringLiteral("<=")}, {QStringLiteral(">="), QStringLiteral(">=")},
        {QStringLiteral("+"), QStringLiteral("+")}, {QStringLiteral("-"), QStringLiteral("-")},
        {QStringLiteral("*"), QStringLiteral("*")}, {QStringLiteral("/"), QStringLiteral("/")},
        {QStringLiteral("%"), QStringLiteral("%")}};
    auto rhs = toExpr(ev, other);
    if (!rhs)
        return Value();
    if (op == QLatin1String("&") || op == QLatin1String("|"))
        return exprValue(SqlExpression::conjunction(op == QLatin1String("&") ? QStringLiteral("AND") : QStringLiteral("OR"),
                                                    reflected ? std::vector<SqlExpression>{*rhs, expr}
                                                              : std::vector<SqlExpression>{expr, *rhs}));
    if (!sqlOps.contains(op))
        return std::nullopt;
    if (other.isNone() && (op == QLatin1String("==") || op == QLatin1String("!=")))
        return exprValue(SqlExpression::binary(op == QLatin1String("==") ? QStringLiteral("IS") : QStringLiteral("IS NOT"),
                                               expr, SqlExpression::null()));
    const QString sqlOp = sqlOps.value(op);
    return exprValue(reflected ? SqlExpression::binary(sqlOp, *rhs, expr) : SqlExpression::binary(sqlOp, expr, *rhs));
}

std::optional<Value> ExprObject::unaryOp(Evaluator &, const QString &op)
{
    if (op == QLatin1String("-"))
        return exprValue(SqlExpression::unary(QStringLiteral("-"), expr));
    if (op == QLatin1String("~"))
        return exprValue(SqlExpression::unary(QStringLiteral("NOT"), expr));
    return std::nullopt;
}

Value ExprObject::getAttr(Evaluator &ev, const QString &name)
{
    const SqlExpression self = expr;
    auto method = [&](std::function<Value(Evaluator &, CallArgs &)> fn) {
        return Evaluator::makeBuiltin(name, std::move(fn));
    };
    static const QHash<QString, QString> binaryMethods = {
        {QStringLiteral("like"), QStringLiteral("LIKE")}, {QStringLiteral("notlike"), QStringLiteral("NOT LIKE")},
        {QStringLiteral("not_like"), QStringLiteral("NOT LIKE")}, {QStringLiteral("ilike"), QStringLiteral("ILIKE")},
        {QStringLiteral("notilike"), QStringLiteral("NOT ILIKE")}, {QStringLiteral("not_ilike"), QStringLiteral("NOT ILIKE")},
        {QStringLiteral("in_"), QStringLiteral("IN")}, {QStringLiteral("notin_"), QStringLiteral("NOT IN")},
        {QStringLiteral("not_in"), QStringLiteral("NOT IN")}, {QStringLiteral("is_"), QStringLiteral("IS")},
        {QStringLiteral("isnot"), QStringLiteral("IS NOT")}, {QStringLiteral("is_not"), QStringLiteral("IS NOT")},
        {QStringLiteral("concat"), QStringLiteral("||")}};
    if (binaryMethods.contains(name)) {
        const QString op = binaryMethods.value(name);
        return method([self, op](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("expected one argument"));
            auto rhs = toExpr(ev, a.args.first());
            if (!rhs)
                return {};
            if ((op == QLatin1String("IN") || op == QLatin1String("NOT IN")) && rhs->kind != SqlExpression::Kind::List)
                rhs = SqlExpression::list({*rhs});
            return exprValue(SqlExpression::binary(op, self, *rhs));
        });
    }
    static const QHash<QString, QString> postfix = {
        {QStringLiteral("desc"), QStringLiteral("DESC")}, {QStringLiteral("asc"), QStringLiteral("ASC")},
        {QStringLiteral("nulls_first"), QStringLiteral("NULLS FIRST")}, {QStringLiteral("nullsfirst"), QStringLiteral("NULLS FIRST")},
        {QStringLiteral("nulls_last"), QStringLiteral("NULLS LAST")}, {QStringLiteral("nullslast"), QStringLiteral("NULLS LAST")}};
    if (postfix.contains(name)) {
        const QString op = postfix.value(name);
        return method([self, op](Evaluator &, CallArgs &) { return exprValue(SqlExpression::postfix(op, self)); });
    }
    if (name == QLatin1String("startswith") || name == QLatin1String("endswith") || name == QLatin1String("contains")) {
        return method([self, name](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("NotImplementedError"), QStringLiteral("%1() supports a string argument only").arg(name));
            const QString s = a.args.first().s;
            const QString pattern = name == QLatin1String("startswith") ? s + QLatin1Char('%')
                                    : name == QLatin1String("endswith") ? QLatin1Char('%') + s
                                                                        : QLatin1Char('%') + s + QLatin1Char('%');
            return exprValue(SqlExpression::binary(QStringLiteral("LIKE"), self, SqlExpression::literal(pattern)));
        });
    }
    if (name == QLatin1String("label") || name == QLatin1String("columns") || name == QLatin1String("self_group")
        || name == QLatin1String("execution_options"))
        return method([self](Evaluator &, CallArgs &) { return exprValue(self); });
    if (name == QLatin1String("op"))
        return method([self](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("op() takes an operator string"));
            const QString op = a.args.first().s;
            return Evaluator::makeBuiltin(QStringLiteral("op"), [self, op](Evaluator &ev, CallArgs &b) -> Value {
                if (b.args.size() != 1)
                    return ev.raise(QStringLiteral("TypeError"), QStringLiteral("expected one argument"));
                auto rhs = toExpr(ev, b.args.first());
                return rhs ? exprValue(SqlExpression::binary(op, self, *rhs)) : Value();
            });
        });
    if (name == QLatin1String("bindparams") && expr.kind == SqlExpression::Kind::Text) {
        return method([self](Evaluator &ev, CallArgs &a) -> Value {
            SqlExpression e = self;
            for (const auto &kw : a.kwargs) {
                auto v = toSqlValue(ev, kw.second);
                if (!v)
                    return {};
                e.params.append({kw.first, *v});
            }
            for (const Value &arg : a.args) {   // sa.bindparam("k", v) objects
                auto *b = arg.type == Type::Native ? dynamic_cast<ExprObject *>(arg.as<NativeObject>()) : nullptr;
                if (!b || b->expr.kind != SqlExpression::Kind::Literal || b->expr.sql.isEmpty())
                    return ev.raise(QStringLiteral("TypeError"), QStringLiteral("bindparams() takes sa.bindparam() objects or keyword values"));
                e.params.append({b->expr.sql, b->expr.value});
            }
            return exprValue(e);
        });
    }
    if ((name == QLatin1String("name") || name == QLatin1String("key")) && expr.kind == SqlExpression::Kind::Column)
        return Value::string(expr.sql);
    if (name == QLatin1String("key") && expr.kind == SqlExpression::Kind::Literal && !expr.sql.isEmpty())
        return Value::string(expr.sql);
    if ((name == QLatin1String("name") || name == QLatin1String("key")) && expr.kind == SqlExpression::Kind::LiteralColumn)
        return Value::string(expr.sql);
    if (name == QLatin1String("text") && expr.kind == SqlExpression::Kind::Text)
        return Value::string(expr.sql);
    return NativeObject::getAttr(ev, name);
}

// --- SchemaItemObject

QString SchemaItemObject::typeName() const
{
    switch (kind) {
    case Kind::Column: return QStringLiteral("Column");
    case Kind::ForeignKey: return QStringLiteral("ForeignKey");
    case Kind::Index: return QStringLiteral("Index");
    case Kind::Identity: return QStringLiteral("Identity");
    case Kind::Computed: return QStringLiteral("Computed");
    case Kind::Sequence: return QStringLiteral("Sequence");
    case Kind::Constraint:
        switch (constraint.kind) {
        case ops::Constraint::Kind::PrimaryKey: return QStringLiteral("PrimaryKeyConstraint");
        case ops::Constraint::Kind::Unique: return QStringLiteral("UniqueConstraint");
        case ops::Constraint::Kind::ForeignKey: return QStringLiteral("ForeignKeyConstraint");
        case ops::Constraint::Kind::Check: return QStringLiteral("CheckConstraint");
        case ops::Constraint::Kind::Exclude: return QStringLiteral("ExcludeConstraint");
        }
    }
    return {};
}

Value SchemaItemObject::getAttr(Evaluator &ev, const QString &name)
{
    if (name == QLatin1String("name")) {
        switch (kind) {
        case Kind::Column: return Value::string(column.name);
        case Kind::Constraint: return constraint.name.isEmpty() ? Value() : Value::string(constraint.name);
        case Kind::Index: return Value::string(index.name);
        case Kind::Sequence: return Value::string(sequence.name);
        default: break;
        }
    }
    if (kind == Kind::Column) {
        if (name == QLatin1String("key"))
            return Value::string(column.name);
        if (name == QLatin1String("type"))
            return makeNative(std::make_shared<TypeObject>(column.type, column.type.className(), false));
        if (name == QLatin1String("nullable"))
            return Value::boolean(column.effectiveNullable());
        if (name == QLatin1String("primary_key"))
            return Value::boolean(column.primaryKey);
    }
    return NativeObject::getAttr(ev, name);
}

} // namespace retort::python
