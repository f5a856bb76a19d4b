#include "python/bindings/sqlobjects.h"

namespace retort::python {

using ops::SqlExpression;

// Table objects (sa.table / sa.Table / op.create_table results) and their insert/update/delete.

namespace {

// t.c / t.columns: attribute or item access gives a column expression qualified by the table.
class ColumnCollection : public NativeObject {
public:
    explicit ColumnCollection(ops::TableDef t) : m_table(std::move(t)) {}
    QString typeName() const override { return QStringLiteral("ImmutableColumnCollection"); }
    Value getAttr(Evaluator &ev, const QString &name) override { return column(ev, name); }
    Value getItem(Evaluator &ev, const Value &key) override
    {
        if (key.isStr())
            return column(ev, key.s);
        if (key.isInt() && key.toInt() >= 0 && key.toInt() < m_table.columns.size())
            return column(ev, m_table.columns.at(key.toInt()).name);
        return ev.raise(QStringLiteral("KeyError"), python::repr(key));
    }
    bool iterate(Evaluator &ev, ValueList &out) override
    {
        for (const ops::Column &c : m_table.columns)
            out.append(column(ev, c.name));
        return true;
    }
    std::optional<qint64> length() const override { return m_table.columns.size(); }

private:
    Value column(Evaluator &ev, const QString &name)
    {
        const ops::Column *c = m_table.column(name);
        if (!c)
            return ev.raise(QStringLiteral("AttributeError"), name);
        return exprValue(SqlExpression::column(name, m_table.name, std::make_shared<ops::SqlType>(c->type)));
    }
    ops::TableDef m_table;
};

bool addValues(Evaluator &ev, ops::DmlStatement &s, const CallArgs &a)
{
    auto put = [&](const QString &key, const Value &v) -> bool {
        auto e = toExpr(ev, v);
        if (!e)
            return false;
        for (auto &existing : s.values) {
            if (existing.first == key) {
                existing.second = *e;
                return true;
            }
        }
        s.values.append({key, *e});
        return true;
    };
    for (const Value &arg : a.args) {
        if (arg.type != Type::Dict) {
            ev.raise(QStringLiteral("NotImplementedError"), QStringLiteral("values() takes a dict or keyword arguments"));
            return false;
        }
        for (const auto &e : arg.as<DictObject>()->entries()) {
            QString key;
            if (e.first.isStr()) {
                key = e.first.s;
            } else if (auto k = toExpr(ev, e.first); k && k->kind == SqlExpression::Kind::Column) {
                key = k->sql;
            } else {
                if (!ev.hasException())
                    ev.raise(QStringLiteral("TypeError"), QStringLiteral("values() keys must be column names"));
                return false;
            }
            if (!put(key, e.second))
                return false;
        }
    }
    for (const auto &kw : a.kwargs)
        if (!put(kw.first, kw.second))
            return false;
    return true;
}

} // namespace

Value TableObject::getAttr(Evaluator &ev, const QString &name)
{
    if (name == QLatin1String("c") || name == QLatin1String("columns"))
        return makeNative(std::make_shared<ColumnCollection>(table));
    if (name == QLatin1String("name"))
        return Value::string(table.name);
    if (name == QLatin1String("schema"))
        return table.schema.isEmpty() ? Value() : Value::string(table.schema);
    if (name == QLatin1String("fullname"))
        return Value::string(table.schema.isEmpty() ? table.name : table.schema + QLatin1Char('.') + table.name);
    const ops::TableDef t = table;
    auto dml = [&](ops::DmlStatement::Kind kind) {
        return Evaluator::makeBuiltin(name, [t, kind](Evaluator &ev, CallArgs &a) -> Value {
            ops::DmlStatement s;
            s.kind = kind;
            s.table = t;
            if (kind != ops::DmlStatement::Kind::Delete && !addValues(ev, s, CallArgs{{}, a.kwargs, a.line}))
                return {};
            if (!a.args.isEmpty()) {
                if (kind == ops::DmlStatement::Kind::Insert && a.args.first().type == Type::Dict) {
                    if (!addValues(ev, s, CallArgs{{a.args.first()}, {}, a.line}))
                        return {};
                } else {
                    auto where = toExpr(ev, a.args.first());
                    if (!where)
                        return {};
                    s.where = *where;
                }
            }
            return makeNative(std::make_shared<DmlObject>(s));
        });
    };
    if (name == QLatin1String("insert"))
        return dml(ops::DmlStatement::Kind::Insert);
    if (name == QLatin1String("update"))
        return dml(ops::DmlStatement::Kind::Update);
    if (name == QLatin1String("delete"))
        return dml(ops::DmlStatement::Kind::Delete);
    if (name == QLatin1String("select"))
        return ev.raise(QStringLiteral("NotImplementedError"),
                        QStringLiteral("Table.select() is not supported by Retort's built-in interpreter; use sa.text()"));
    return NativeObject::getAttr(ev, name);
}

QString DmlObject::typeName() const
{
    switch (statement.kind) {
    case ops::DmlStatement::Kind::Insert: return QStringLiteral("Insert");
    case ops::DmlStatement::Kind::Update: return QStringLiteral("Update");
    case ops::DmlStatement::Kind::Delete: return QStringLiteral("Delete");
    }
    return {};
}

Value DmlObject::getAttr(Evaluator &ev, const QString &name)
{
    const ops::DmlStatement s = statement;
    if (name == QLatin1String("values"))
        return Evaluator::makeBuiltin(name, [s](Evaluator &ev, CallArgs &a) -> Value {
            ops::DmlStatement next = s;
            if (!addValues(ev, next, a))
                return {};
            return makeNative(std::make_shared<DmlObject>(next));
        });
    if (name == QLatin1String("where") || name == QLatin1String("filter"))
        return Evaluator::makeBuiltin(name, [s](Evaluator &ev, CallArgs &a) -> Value {
            ops::DmlStatement next = s;
            for (const Value &arg : a.args) {
                auto e = toExpr(ev, arg);
                if (!e)
                    return {};
                next.where = next.where ? SqlExpression::conjunction(QStringLiteral("AND"), {*next.where, *e}) : *e;
            }
            return makeNative(std::make_shared<DmlObject>(next));
        });
    if (name == QLatin1String("execution_options") || name == QLatin1String("inline"))
        return Evaluator::makeBuiltin(name, [s](Evaluator &, CallArgs &) { return makeNative(std::make_shared<DmlObject>(s)); });
    return NativeObject::getAttr(ev, name);
}

} // namespace retort::python
