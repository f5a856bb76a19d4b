#include "python/bindings/bindings.h"
#include "python/bindings/sqlobjects.h"

namespace retort::python {

using ops::SqlExpression;
using ops::SqlType;

// The sqlalchemy (sa) and sqlmodel modules: Column, ForeignKey, constraints, Index, Identity,
// Computed, Sequence, text/column/table/func/literal/cast/and_/or_ ..., exceptions (the column
// types are in satypes.cpp).

namespace {

Value makeColumn(Evaluator &ev, CallArgs &a)
{
    auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Column);
    ops::Column &c = item->column;
    c.line = a.line;
    int i = 0;
    if (i < a.args.size() && a.args.at(i).isStr())
        c.name = a.args.at(i++).s;
    for (; i < a.args.size(); ++i) {
        const Value &v = a.args.at(i);
        if (auto t = v.type == Type::Native ? dynamic_cast<TypeObject *>(v.as<NativeObject>()) : nullptr) {
            c.type = t->type;
        } else if (auto *fk = schemaItem(v, SchemaItemObject::Kind::ForeignKey)) {
            c.foreignKeys.append(fk->foreignKey);
        } else if (auto *id = schemaItem(v, SchemaItemObject::Kind::Identity)) {
            c.identity = id->identity;
        } else if (auto *comp = schemaItem(v, SchemaItemObject::Kind::Computed)) {
            c.computed = comp->computed;
        } else if (auto *seq = schemaItem(v, SchemaItemObject::Kind::Sequence)) {
            c.sequenceName = seq->sequence.name;
        } else {
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("unexpected Column() argument %1").arg(repr(v)));
        }
    }
    for (const auto &kw : a.kwargs) {
        const QString &n = kw.first;
        const Value &v = kw.second;
        if (n == QLatin1String("name"))
            c.name = str(v);
        else if (n == QLatin1String("type_")) {
            auto t = toType(ev, v);
            if (!t)
                return {};
            c.type = *t;
        } else if (n == QLatin1String("nullable"))
            c.nullable = v.isNone() ? std::nullopt : std::optional<bool>(truthy(v));
        else if (n == QLatin1String("primary_key"))
            c.primaryKey = truthy(v);
        else if (n == QLatin1String("autoincrement")) {
            if (v.isStr())
                c.autoincrement = v.s == QLatin1String("ignore_fk") ? ops::Column::Autoincrement::IgnoreFk : ops::Column::Autoincrement::Auto;
            else
                c.autoincrement = truthy(v) ? ops::Column::Autoincrement::Yes : ops::Column::Autoincrement::No;
        } else if (n == QLatin1String("server_default") || n == QLatin1String("server_onupdate")) {
            if (v.isNone())
                continue;
            auto e = toSqlText(ev, v, false);
            if (!e)
                return {};
            (n == QLatin1String("server_default") ? c.serverDefault : c.serverOnUpdate) = *e;
        } else if (n == QLatin1String("unique"))
            c.unique = v.isNone() ? std::nullopt : std::optional<bool>(truthy(v));
        else if (n == QLatin1String("index"))
            c.index = v.isNone() ? std::nullopt : std::optional<bool>(truthy(v));
        else if (n == QLatin1String("comment"))
            c.comment = v.isNone() ? std::nullopt : std::optional<QString>(str(v));
        else if (n == QLatin1String("system"))
            c.systemColumn = truthy(v);
        // default, onupdate, key, quote, info, doc, sqlite_on_conflict_*: no effect on DDL
    }
    return makeNative(item);
}

Value makeForeignKey(Evaluator &ev, CallArgs &a)
{
    if (a.args.isEmpty())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("ForeignKey() missing the column"));
    auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::ForeignKey);
    auto target = toExpr(ev, a.args.first());
    if (a.args.first().isStr())
        item->foreignKey.target = a.args.first().s;
    else if (target && target->kind == SqlExpression::Kind::Column)
        item->foreignKey.target = target->table.isEmpty() ? target->sql : target->table + QLatin1Char('.') + target->sql;
    else
        return ev.hasException() ? Value() : ev.raise(QStringLiteral("TypeError"), QStringLiteral("ForeignKey() needs 'table.column'"));
    QStringList unused;
    QList<QPair<QString, Value>> kw;
    for (const auto &k : a.kwargs) {
        if (k.first == QLatin1String("name"))
            item->foreignKey.name = k.second.isNone() ? QString() : str(k.second);
        else
            kw.append(k);
    }
    item->foreignKey.options = foreignKeyOptions(ev, kw, unused);
    return makeNative(item);
}

Value makeConstraint(Evaluator &ev, CallArgs &a, ops::Constraint::Kind kind)
{
    auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Constraint);
    ops::Constraint &c = item->constraint;
    c.kind = kind;
    c.line = a.line;
    QList<QPair<QString, Value>> rest;
    for (const auto &kw : a.kwargs) {
        if (kw.first == QLatin1String("name"))
            c.name = kw.second.isNone() ? QString() : str(kw.second);
        else if (kw.first == QLatin1String("deferrable") && kind != ops::Constraint::Kind::ForeignKey)
            c.deferrable = optBool(kw.second);
        else if (kw.first == QLatin1String("initially") && kind != ops::Constraint::Kind::ForeignKey)
            c.initially = optStr(kw.second);
        else if (kw.first == QLatin1String("postgresql_nulls_not_distinct"))
            c.postgresqlNullsNotDistinct = truthy(kw.second);
        else
            rest.append(kw);
    }
    if (kind == ops::Constraint::Kind::Check) {
        if (a.args.isEmpty())
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("CheckConstraint() missing sqltext"));
        auto cond = toSqlText(ev, a.args.first(), true);
        if (!cond)
            return {};
        c.condition = *cond;
        if (a.args.size() > 1)
            c.name = optStr(a.args.at(1));
        return makeNative(item);
    }
    if (kind == ops::Constraint::Kind::ForeignKey) {
        if (a.args.size() < 2)
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("ForeignKeyConstraint() needs columns and refcolumns"));
        auto cols = toStrList(ev, a.args.at(0), QStringLiteral("columns"));
        if (!cols)
            return {};
        c.columns = *cols;
        ValueList refs;
        if (!ev.iterate(a.args.at(1), refs))
            return {};
        for (const Value &r : refs) {
            QString target;
            if (r.isStr()) {
                target = r.s;
            } else if (auto e = toExpr(ev, r); e && e->kind == SqlExpression::Kind::Column) {
                target = e->table + QLatin1Char('.') + e->sql;
            } else {
                return ev.hasException() ? Value() : ev.raise(QStringLiteral("TypeError"), QStringLiteral("refcolumns must be 'table.column'"));
            }
            ops::ForeignKeySpec spec;
            spec.target = target;
            c.referredColumns << spec.targetColumn();
            c.referredTable = spec.targetTable();
            c.referredSchema = spec.targetSchema();
        }
        if (a.args.size() > 2)
            c.name = optStr(a.args.at(2));
        QStringList unused;
        c.fk = foreignKeyOptions(ev, rest, unused);
        return makeNative(item);
    }
    for (const Value &v : a.args) {
        auto cols = toStrList(ev, v, QStringLiteral("columns"));
        if (!cols)
            return {};
        c.columns += *cols;
    }
    return makeNative(item);
}

Value makeIndex(Evaluator &ev, CallArgs &a)
{
    auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Index);
    ops::Index &ix = item->index;
    ix.line = a.line;
    if (a.args.isEmpty())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("Index() missing the name"));
    ix.name = optStr(a.args.first());
    for (int i = 1; i < a.args.size(); ++i) {
        const Value &v = a.args.at(i);
        if (v.isStr()) {
            ix.expressions.push_back(SqlExpression::column(v.s));
            continue;
        }
        auto e = toExpr(ev, v);
        if (!e)
            return {};
        if (e->kind == SqlExpression::Kind::Column && ix.table.isEmpty())
            ix.table = e->table;
        ix.expressions.push_back(*e);
    }
    for (const auto &kw : a.kwargs) {
        const QString &n = kw.first;
        const Value &v = kw.second;
        if (n == QLatin1String("unique"))
            ix.unique = truthy(v);
        else if (n == QLatin1String("sqlite_where") || n == QLatin1String("postgresql_where")) {
            auto e = toSqlText(ev, v, true);
            if (!e)
                return {};
            (n == QLatin1String("sqlite_where") ? ix.sqliteWhere : ix.postgresqlWhere) = *e;
        } else if (n == QLatin1String("postgresql_using"))
            ix.postgresqlUsing = optStr(v);
        else if (n == QLatin1String("postgresql_include")) {
            auto cols = toStrList(ev, v, n);
            if (!cols)
                return {};
            ix.postgresqlInclude = *cols;
        } else if (n == QLatin1String("postgresql_concurrently"))
            ix.postgresqlConcurrently = truthy(v);
        else if (n == QLatin1String("postgresql_tablespace"))
            ix.postgresqlTablespace = optStr(v);
        else if (n == QLatin1String("postgresql_nulls_not_distinct"))
            ix.postgresqlNullsNotDistinct = truthy(v);
        else if ((n == QLatin1String("postgresql_ops") || n == QLatin1String("postgresql_with")) && v.type == Type::Dict) {
            for (const auto &e : v.as<DictObject>()->entries())
                (n == QLatin1String("postgresql_ops") ? ix.postgresqlOps : ix.postgresqlWith).append({str(e.first), str(e.second)});
        } else if (n == QLatin1String("if_not_exists"))
            ix.ifNotExists = truthy(v);
    }
    return makeNative(item);
}

std::optional<qint64> optI64(const Value &v)
{
    if (v.isNone())
        return std::nullopt;
    return v.toInt();
}

// The numeric options Identity() and Sequence() share (SQLAlchemy's IdentityOptions): true when
// `n` was one of them.
template <typename Spec>
bool applySequenceOption(Spec &s, const QString &n, const Value &v)
{
    if (n == QLatin1String("start")) s.start = optI64(v);
    else if (n == QLatin1String("increment")) s.increment = optI64(v);
    else if (n == QLatin1String("minvalue")) s.minValue = optI64(v);
    else if (n == QLatin1String("maxvalue")) s.maxValue = optI64(v);
    else if (n == QLatin1String("cache")) s.cache = optI64(v);
    else if (n == QLatin1String("cycle")) s.cycle = optBool(v);
    else return false;
    return true;
}

Value makeIdentity(Evaluator &, CallArgs &a)
{
    auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Identity);
    ops::IdentitySpec &s = item->identity;
    for (const auto &kw : a.kwargs) {
        const QString &n = kw.first;
        const Value &v = kw.second;
        if (applySequenceOption(s, n, v)) continue;
        if (n == QLatin1String("always")) s.always = truthy(v);
        else if (n == QLatin1String("on_null")) s.onNull = truthy(v);
        else if (n == QLatin1String("nominvalue")) s.noMinValue = optBool(v);
        else if (n == QLatin1String("nomaxvalue")) s.noMaxValue = optBool(v);
        else if (n == QLatin1String("order")) s.order = optBool(v);
    }
    return makeNative(item);
}

Value makeSequence(Evaluator &ev, CallArgs &a)
{
    auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Sequence);
    ops::CreateSequence &s = item->sequence;
    if (a.args.isEmpty() || !a.args.first().isStr())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("Sequence() needs a name"));
    s.name = a.args.first().s;
    if (a.args.size() > 1) s.start = optI64(a.args.at(1));
    if (a.args.size() > 2) s.increment = optI64(a.args.at(2));
    for (const auto &kw : a.kwargs) {
        const QString &n = kw.first;
        const Value &v = kw.second;
        if (n == QLatin1String("schema")) s.schema = optStr(v);
        else applySequenceOption(s, n, v);
    }
    return makeNative(item);
}

Value makeTable(Evaluator &ev, CallArgs &a, bool lightweight)
{
    if (a.args.isEmpty() || !a.args.first().isStr())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("table() needs a name"));
    ops::TableDef t;
    t.name = a.args.first().s;
    t.line = a.line;
    for (int i = 1; i < a.args.size(); ++i) {
        const Value &v = a.args.at(i);
        if (auto *col = schemaItem(v, SchemaItemObject::Kind::Column)) {
            t.columns.append(col->column);
        } else if (auto *con = schemaItem(v, SchemaItemObject::Kind::Constraint)) {
            t.constraints.append(con->constraint);
        } else if (auto *ix = schemaItem(v, SchemaItemObject::Kind::Index)) {
            t.indexes.append(ix->index);
        } else if (auto e = v.type == Type::Native ? dynamic_cast<ExprObject *>(v.as<NativeObject>()) : nullptr;
                   e && e->expr.kind == SqlExpression::Kind::Column) {
            ops::Column c;
            c.name = e->expr.sql;
            if (e->expr.type)
                c.type = *e->expr.type;
            t.columns.append(c);
        } else if (!lightweight && v.type == Type::Native && v.as<NativeObject>()->typeName() == QLatin1String("MetaData")) {
            continue;
        } else {
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("unexpected table() argument %1").arg(repr(v)));
        }
    }
    for (const auto &kw : a.kwargs)
        if (kw.first == QLatin1String("schema"))
            t.schema = optStr(kw.second);
    return makeNative(std::make_shared<TableObject>(t));
}

class MetaDataObject : public NativeObject {
public:
    QString typeName() const override { return QStringLiteral("MetaData"); }
};

// sa.func: func.now(), func.lower(x), func.coalesce(a, b) ...
class FuncNamespace : public NativeObject {
public:
    QString typeName() const override { return QStringLiteral("_FunctionGenerator"); }
    Value getAttr(Evaluator &, const QString &name) override
    {
        return Evaluator::makeBuiltin(QStringLiteral("func.") + name, [name](Evaluator &ev, CallArgs &a) -> Value {
            std::vector<SqlExpression> args;
            for (const Value &v : a.args) {
                auto e = toExpr(ev, v);
                if (!e)
                    return {};
                args.push_back(*e);
            }
            return exprValue(SqlExpression::function(name, std::move(args)));
        });
    }
};

Value conjunction(Evaluator &ev, CallArgs &a, const QString &op)
{
    std::vector<SqlExpression> items;
    for (const Value &v : a.args) {
        auto e = toExpr(ev, v);
        if (!e)
            return {};
        items.push_back(*e);
    }
    if (items.size() == 1)
        return exprValue(items.front());
    return exprValue(SqlExpression::conjunction(op, std::move(items)));
}

void def(const Value &module, const QString &name, BuiltinFn fn)
{
    Evaluator::setModuleAttr(module, name, Evaluator::makeBuiltin(name, std::move(fn)));
}

} // namespace

void installSqlAlchemy(Evaluator &ev)
{
    using K = ops::Constraint::Kind;
    Value sa = Evaluator::makeModule(QStringLiteral("sqlalchemy"));
    Value pg = Evaluator::makeModule(QStringLiteral("sqlalchemy.dialects.postgresql"));
    Value sqlite = Evaluator::makeModule(QStringLiteral("sqlalchemy.dialects.sqlite"));
    Value mysql = Evaluator::makeModule(QStringLiteral("sqlalchemy.dialects.mysql"));
    Value sqltypes = Evaluator::makeModule(QStringLiteral("sqlmodel.sql.sqltypes"));

    installSqlAlchemyTypes(sa, pg, sqlite, mysql, sqltypes);

    def(sa, QStringLiteral("Column"), makeColumn);
    def(sa, QStringLiteral("ForeignKey"), makeForeignKey);
    def(sa, QStringLiteral("PrimaryKeyConstraint"), [](Evaluator &ev, CallArgs &a) { return makeConstraint(ev, a, K::PrimaryKey); });
    def(sa, QStringLiteral("UniqueConstraint"), [](Evaluator &ev, CallArgs &a) { return makeConstraint(ev, a, K::Unique); });
    def(sa, QStringLiteral("ForeignKeyConstraint"), [](Evaluator &ev, CallArgs &a) { return makeConstraint(ev, a, K::ForeignKey); });
    def(sa, QStringLiteral("CheckConstraint"), [](Evaluator &ev, CallArgs &a) { return makeConstraint(ev, a, K::Check); });
    def(sa, QStringLiteral("Index"), makeIndex);
    def(sa, QStringLiteral("Identity"), makeIdentity);
    def(sa, QStringLiteral("Sequence"), makeSequence);
    def(sa, QStringLiteral("Computed"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("Computed"), {QStringLiteral("sqltext"), QStringLiteral("persisted")}, 1, p))
            return {};
        auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Computed);
        auto e = toSqlText(ev, *p.at(0), true);
        if (!e)
            return {};
        item->computed.sqltext = *e;
        item->computed.persisted = optBool(p.at(1));
        return makeNative(item);
    });
    def(sa, QStringLiteral("text"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.size() != 1 || !a.args.first().isStr())
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("text() takes one string"));
        return exprValue(SqlExpression::text(a.args.first().s));
    });
    def(sa, QStringLiteral("literal_column"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.isEmpty() || !a.args.first().isStr())
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("literal_column() takes a string"));
        return exprValue(SqlExpression::literalColumn(a.args.first().s));
    });
    def(sa, QStringLiteral("bindparam"), [](Evaluator &ev, CallArgs &a) -> Value {
        // Offline SQL renders every bound value inline (literal_binds): a literal that remembers its key.
        QList<std::optional<Value>> p;
        QList<QPair<QString, Value>> rest;
        if (!ev.bindArgs(a, QStringLiteral("bindparam"), {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("type_")}, 1, p, nullptr, &rest))
            return {};
        auto key = toStr(ev, *p.at(0), QStringLiteral("bindparam() key"));
        auto v = key ? toSqlValue(ev, p.at(1).value_or(Value())) : std::nullopt;
        if (!v)
            return {};
        std::shared_ptr<SqlType> type;
        if (p.at(2) && !p.at(2)->isNone()) {
            auto t = toType(ev, *p.at(2));
            if (!t)
                return {};
            type = std::make_shared<SqlType>(*t);
        }
        SqlExpression e = SqlExpression::literal(*v, type);
        e.sql = *key;
        return exprValue(e);
    });
    def(sa, QStringLiteral("column"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("column"), {QStringLiteral("text"), QStringLiteral("type_"), QStringLiteral("is_literal")}, 1, p))
            return {};
        std::shared_ptr<SqlType> type;
        if (p.at(1) && !p.at(1)->isNone()) {
            auto t = toType(ev, *p.at(1));
            if (!t)
                return {};
            type = std::make_shared<SqlType>(*t);
        }
        return exprValue(SqlExpression::column(str(*p.at(0)), {}, type));
    });
    def(sa, QStringLiteral("table"), [](Evaluator &ev, CallArgs &a) { return makeTable(ev, a, true); });
    def(sa, QStringLiteral("Table"), [](Evaluator &ev, CallArgs &a) { return makeTable(ev, a, false); });
    def(sa, QStringLiteral("MetaData"), [](Evaluator &, CallArgs &) { return makeNative(std::make_shared<MetaDataObject>()); });
    Evaluator::setModuleAttr(sa, QStringLiteral("func"), makeNative(std::make_shared<FuncNamespace>()));
    def(sa, QStringLiteral("true"), [](Evaluator &, CallArgs &) { return exprValue(SqlExpression::trueValue()); });
    def(sa, QStringLiteral("false"), [](Evaluator &, CallArgs &) { return exprValue(SqlExpression::falseValue()); });
    def(sa, QStringLiteral("null"), [](Evaluator &, CallArgs &) { return exprValue(SqlExpression::null()); });
    def(sa, QStringLiteral("literal"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("literal"), {QStringLiteral("value"), QStringLiteral("type_")}, 1, p))
            return {};
        auto v = toSqlValue(ev, *p.at(0));
        if (!v)
            return {};
        std::shared_ptr<SqlType> type;
        if (p.at(1) && !p.at(1)->isNone()) {
            auto t = toType(ev, *p.at(1));
            if (!t)
                return {};
            type = std::make_shared<SqlType>(*t);
        }
        return exprValue(SqlExpression::literal(*v, type));
    });
    def(sa, QStringLiteral("cast"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.size() != 2)
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("cast() takes an expression and a type"));
        auto e = toExpr(ev, a.args.at(0));
        auto t = e ? toType(ev, a.args.at(1)) : std::nullopt;
        return t ? exprValue(SqlExpression::cast(*e, *t)) : Value();
    });
    def(sa, QStringLiteral("and_"), [](Evaluator &ev, CallArgs &a) { return conjunction(ev, a, QStringLiteral("AND")); });
    def(sa, QStringLiteral("or_"), [](Evaluator &ev, CallArgs &a) { return conjunction(ev, a, QStringLiteral("OR")); });
    def(sa, QStringLiteral("not_"), [](Evaluator &ev, CallArgs &a) -> Value {
        auto e = a.args.size() == 1 ? toExpr(ev, a.args.first()) : std::nullopt;
        return e ? exprValue(SqlExpression::unary(QStringLiteral("NOT"), *e)) : ev.raise(QStringLiteral("TypeError"), QStringLiteral("not_() takes one expression"));
    });
    for (const char *n : {"desc", "asc", "nulls_first", "nulls_last"}) {
        const QString name = QLatin1String(n);
        def(sa, name, [name](Evaluator &ev, CallArgs &a) -> Value {
            auto e = a.args.size() == 1 ? toExpr(ev, a.args.first()) : std::nullopt;
            if (!e)
                return ev.hasException() ? Value() : ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1() takes one expression").arg(name));
            return exprValue(SqlExpression::postfix(name.toUpper().replace(QLatin1Char('_'), QLatin1Char(' ')), *e));
        });
    }
    for (const char *n : {"insert", "update", "delete"}) {
        const QString name = QLatin1String(n);
        def(sa, name, [name](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.isEmpty())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1() needs a table").arg(name));
            Value method = ev.getAttr(a.args.first(), name);
            if (ev.hasException())
                return {};
            CallArgs rest;
            rest.args = a.args.mid(1);
            rest.kwargs = a.kwargs;
            rest.line = a.line;
            return ev.call(method, rest);
        });
    }
    for (const char *n : {"CreateSequence", "DropSequence"}) {
        const bool create = n[0] == 'C';
        def(sa, QLatin1String(n), [create](Evaluator &ev, CallArgs &a) -> Value {
            auto *seq = a.args.isEmpty() ? nullptr : schemaItem(a.args.first(), SchemaItemObject::Kind::Sequence);
            if (!seq)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("expected a Sequence"));
            if (create)
                return makeNative(std::make_shared<StatementObject>(ops::Operation(seq->sequence, a.line)));
            return makeNative(std::make_shared<StatementObject>(
                ops::Operation(ops::DropSequence{seq->sequence.name, seq->sequence.schema}, a.line)));
        });
    }
    def(pg, QStringLiteral("ExcludeConstraint"), [](Evaluator &ev, CallArgs &a) -> Value {
        auto item = std::make_shared<SchemaItemObject>(SchemaItemObject::Kind::Constraint);
        ops::Constraint &c = item->constraint;
        c.kind = K::Exclude;
        c.line = a.line;
        for (const Value &pair : a.args) {
            const ValueList *items = sequenceItems(pair);
            if (!items || items->size() != 2)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("ExcludeConstraint() takes (element, operator) pairs"));
            auto e = items->at(0).isStr() ? std::optional<SqlExpression>(SqlExpression::column(items->at(0).s)) : toExpr(ev, items->at(0));
            if (!e)
                return {};
            c.excludeElements.append({*e, str(items->at(1))});
        }
        for (const auto &kw : a.kwargs) {
            if (kw.first == QLatin1String("name"))
                c.name = optStr(kw.second);
            else if (kw.first == QLatin1String("using"))
                c.excludeUsing = optStr(kw.second);
            else if (kw.first == QLatin1String("where")) {
                auto w = toSqlText(ev, kw.second, true);
                if (!w)
                    return {};
                c.excludeWhere = *w;
            } else if (kw.first == QLatin1String("deferrable"))
                c.deferrable = optBool(kw.second);
            else if (kw.first == QLatin1String("initially"))
                c.initially = optStr(kw.second);
        }
        return makeNative(item);
    });
    for (const char *n : {"insert"})
        Evaluator::setModuleAttr(pg, QLatin1String(n), sa.as<ModuleObject>()->attrs.value(QLatin1String(n)));

    // exceptions
    Value exc = Evaluator::makeModule(QStringLiteral("sqlalchemy.exc"));
    auto addClass = [&](const QString &name, const QString &base) {
        auto c = std::make_shared<ClassObject>();
        c->name = name;
        c->module = QStringLiteral("sqlalchemy.exc");
        c->isException = true;
        const Value b = exc.as<ModuleObject>()->attrs.value(base);
        c->base = b.type == Type::Class ? std::static_pointer_cast<ClassObject>(b.obj) : ev.builtinClass(base);
        Evaluator::setModuleAttr(exc, name, Value::object(Type::Class, c));
    };
    addClass(QStringLiteral("SQLAlchemyError"), QStringLiteral("Exception"));
    addClass(QStringLiteral("StatementError"), QStringLiteral("SQLAlchemyError"));
    addClass(QStringLiteral("DBAPIError"), QStringLiteral("StatementError"));
    for (const char *n : {"OperationalError", "ProgrammingError", "IntegrityError", "DataError", "InternalError",
                          "NotSupportedError", "DatabaseError"})
        addClass(QLatin1String(n), QStringLiteral("DBAPIError"));
    for (const char *n : {"InvalidRequestError", "ArgumentError", "CompileError", "CircularDependencyError"})
        addClass(QLatin1String(n), QStringLiteral("SQLAlchemyError"));
    for (const char *n : {"NoResultFound", "MultipleResultsFound", "NoSuchTableError"})
        addClass(QLatin1String(n), QStringLiteral("InvalidRequestError"));
    addClass(QStringLiteral("UnsupportedCompilationError"), QStringLiteral("CompileError"));
    ev.setBuiltin(QStringLiteral("sqlalchemy.exc.OperationalError"), exc.as<ModuleObject>()->attrs.value(QStringLiteral("OperationalError")));
    Evaluator::setModuleAttr(sa, QStringLiteral("exc"), exc);

    // submodules sharing sa's names
    for (const char *n : {"sqlalchemy.sql", "sqlalchemy.sql.expression", "sqlalchemy.schema", "sqlalchemy.types",
                          "sqlalchemy.sql.sqltypes", "sqlalchemy.sql.functions", "sqlalchemy.sql.schema"}) {
        Value m = Evaluator::makeModule(QLatin1String(n));
        m.as<ModuleObject>()->attrs = sa.as<ModuleObject>()->attrs;
        ev.registerModule(QLatin1String(n), m);
    }
    Value dialects = Evaluator::makeModule(QStringLiteral("sqlalchemy.dialects"));
    Evaluator::setModuleAttr(dialects, QStringLiteral("postgresql"), pg);
    Evaluator::setModuleAttr(dialects, QStringLiteral("sqlite"), sqlite);
    Evaluator::setModuleAttr(dialects, QStringLiteral("mysql"), mysql);
    Evaluator::setModuleAttr(sa, QStringLiteral("dialects"), dialects);
    Evaluator::setModuleAttr(sa, QStringLiteral("sql"), ev.module(QStringLiteral("sqlalchemy.sql")));
    Evaluator::setModuleAttr(sa, QStringLiteral("schema"), ev.module(QStringLiteral("sqlalchemy.schema")));
    Evaluator::setModuleAttr(sa, QStringLiteral("types"), ev.module(QStringLiteral("sqlalchemy.types")));
    ev.registerModule(QStringLiteral("sqlalchemy"), sa);
    ev.registerModule(QStringLiteral("sqlalchemy.exc"), exc);
    ev.registerModule(QStringLiteral("sqlalchemy.dialects"), dialects);
    ev.registerModule(QStringLiteral("sqlalchemy.dialects.postgresql"), pg);
    ev.registerModule(QStringLiteral("sqlalchemy.dialects.sqlite"), sqlite);
    ev.registerModule(QStringLiteral("sqlalchemy.dialects.mysql"), mysql);

    // sqlmodel: SQLModel re-exports sqlalchemy's names; sqlmodel.sql.sqltypes has AutoString
    Value sqlmodel = Evaluator::makeModule(QStringLiteral("sqlmodel"));
    sqlmodel.as<ModuleObject>()->attrs = sa.as<ModuleObject>()->attrs;
    Evaluator::setModuleAttr(sqlmodel, QStringLiteral("AutoString"), sqltypes.as<ModuleObject>()->attrs.value(QStringLiteral("AutoString")));
    Value sqlmodelSql = Evaluator::makeModule(QStringLiteral("sqlmodel.sql"));
    Evaluator::setModuleAttr(sqlmodelSql, QStringLiteral("sqltypes"), sqltypes);
    Evaluator::setModuleAttr(sqlmodel, QStringLiteral("sql"), sqlmodelSql);
    ev.registerModule(QStringLiteral("sqlmodel"), sqlmodel);
    ev.registerModule(QStringLiteral("sqlmodel.sql"), sqlmodelSql);
    ev.registerModule(QStringLiteral("sqlmodel.sql.sqltypes"), sqltypes);
}

} // namespace retort::python
