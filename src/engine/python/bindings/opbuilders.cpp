#include "python/bindings/opbuilders.h"

#include "python/bindings/bindings.h"
#include "python/bindings/opbuilderparts.h"
#include "python/bindings/sqlobjects.h"

namespace retort::python {

using ops::Operation;
using ops::SqlExpression;
using namespace opbuild;

namespace opbuild {

bool bind(Evaluator &ev, const CallArgs &a, const QString &fn, const QStringList &names, int required, Bound &out,
          bool restArgs)
{
    QList<std::optional<Value>> p;
    if (!ev.bindArgs(a, fn, names, required, p, restArgs ? &out.rest : nullptr, &out.extra))
        return false;
    for (int i = 0; i < names.size(); ++i)
        if (p.at(i))
            out.named.insert(names.at(i), *p.at(i));
    return true;
}

QStringList withTable(const Target *t, const QStringList &before, const QStringList &tableNames, const QStringList &after)
{
    return t ? before + after : before + tableNames + after;
}

void fillTable(const Target *t, const Bound &b, const QString &tableKey, QString &table, QString &schema,
               const QString &schemaKey)
{
    if (t) {
        table = t->table;
        schema = t->schema;
    } else {
        table = b.str(tableKey);
        schema = b.str(schemaKey);
    }
}

} // namespace opbuild

namespace {

using Builder = std::optional<Operation> (*)(Evaluator &, CallArgs &, const Target *);

struct BuilderEntry {
    const char *name;
    std::function<std::optional<Operation>(Evaluator &, CallArgs &, const Target *)> fn;
};

const QList<BuilderEntry> &sharedBuilders()
{
    using K = ops::Constraint::Kind;
    static const QList<BuilderEntry> list = {
        {"add_column", addColumn},
        {"drop_column", dropColumn},
        {"alter_column", alterColumn},
        {"create_index", createIndex},
        {"drop_index", dropIndex},
        {"create_primary_key", [](Evaluator &ev, CallArgs &a, const Target *t) { return createConstraint(ev, a, t, K::PrimaryKey); }},
        {"create_unique_constraint", [](Evaluator &ev, CallArgs &a, const Target *t) { return createConstraint(ev, a, t, K::Unique); }},
        {"create_foreign_key", [](Evaluator &ev, CallArgs &a, const Target *t) { return createConstraint(ev, a, t, K::ForeignKey); }},
        {"create_check_constraint", [](Evaluator &ev, CallArgs &a, const Target *t) { return createConstraint(ev, a, t, K::Check); }},
        {"create_exclude_constraint", [](Evaluator &ev, CallArgs &a, const Target *t) { return createConstraint(ev, a, t, K::Exclude); }},
        {"drop_constraint", dropConstraint},
        {"create_table_comment", [](Evaluator &ev, CallArgs &a, const Target *t) { return tableComment(ev, a, t, true); }},
        {"drop_table_comment", [](Evaluator &ev, CallArgs &a, const Target *t) { return tableComment(ev, a, t, false); }},
        {"execute", executeOp},
    };
    return list;
}

class BatchOperations : public NativeObject {
public:
    explicit BatchOperations(std::shared_ptr<ops::BatchAlterTable> batch) : m_batch(std::move(batch)) {}
    QString typeName() const override { return QStringLiteral("BatchOperations"); }
    Value getAttr(Evaluator &ev, const QString &name) override
    {
        for (const BuilderEntry &e : sharedBuilders()) {
            if (name != QLatin1String(e.name))
                continue;
            auto batch = m_batch;
            auto fn = e.fn;
            return Evaluator::makeBuiltin(QStringLiteral("batch_op.") + name, [batch, fn](Evaluator &ev, CallArgs &a) -> Value {
                const Target target{batch->table, batch->schema};
                auto op = fn(ev, a, &target);
                if (op)
                    batch->ops.push_back(*op);
                return {};
            });
        }
        if (name == QLatin1String("impl") || name == QLatin1String("get_bind") || name == QLatin1String("get_context")
            || name == QLatin1String("f") || name == QLatin1String("inline_literal"))
            return ev.getAttr(ev.module(QStringLiteral("alembic.op")), name);
        return NativeObject::getAttr(ev, name);
    }

private:
    std::shared_ptr<ops::BatchAlterTable> m_batch;
};

Value createTable(Evaluator &ev, CallArgs &a)
{
    if (a.args.isEmpty() || !a.args.first().isStr())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("create_table() needs the table name"));
    CallArgs tableArgs;
    tableArgs.args = a.args;
    tableArgs.line = a.line;
    Value t = ev.call(ev.getAttr(ev.module(QStringLiteral("sqlalchemy")), QStringLiteral("Table")), tableArgs);
    if (ev.hasException())
        return {};
    ops::TableDef &def = static_cast<TableObject *>(t.as<NativeObject>())->table;
    for (const auto &kw : a.kwargs) {
        const QString &n = kw.first;
        const Value &v = kw.second;
        if (n == QLatin1String("schema")) def.schema = optStr(v);
        else if (n == QLatin1String("comment")) def.comment = v.isNone() ? std::nullopt : std::optional<QString>(str(v));
        else if (n == QLatin1String("if_not_exists")) def.ifNotExists = truthy(v);
        else if (n == QLatin1String("sqlite_autoincrement")) def.sqliteAutoincrement = truthy(v);
        else if (n == QLatin1String("sqlite_with_rowid")) def.sqliteWithRowid = truthy(v);
        else if (n == QLatin1String("postgresql_partition_by")) def.postgresqlPartitionBy = optStr(v);
        else if (n == QLatin1String("postgresql_tablespace")) def.postgresqlTablespace = optStr(v);
        else if (n == QLatin1String("postgresql_inherits")) {
            auto l = toStrList(ev, v, n);
            if (!l)
                return {};
            def.postgresqlInherits = *l;
        } else if (n == QLatin1String("prefixes")) {
            auto l = toStrList(ev, v, n);
            if (!l)
                return {};
            def.prefixes = *l;
        }
    }
    if (!runOperation(ev, Operation(ops::CreateTable{def}, a.line)))
        return {};
    return t;
}

TableObject *tableArg(Evaluator &ev, const Value &v, const QString &fn)
{
    auto *t = v.type == Type::Native ? dynamic_cast<TableObject *>(v.as<NativeObject>()) : nullptr;
    if (!t)
        ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1() needs a sa.table() / sa.Table()").arg(fn));
    return t;
}

void def(const Value &module, const QString &name, BuiltinFn fn)
{
    Evaluator::setModuleAttr(module, name, Evaluator::makeBuiltin(name, std::move(fn)));
}

} // namespace

std::optional<Operation> toExecuteOperation(Evaluator &ev, const Value &statement, int line)
{
    if (statement.isStr())
        return Operation(ops::Execute{SqlExpression::text(statement.s)}, line);
    if (statement.type == Type::Native) {
        auto *n = statement.as<NativeObject>();
        if (auto *e = dynamic_cast<ExprObject *>(n))
            return Operation(ops::Execute{e->expr}, line);
        if (auto *d = dynamic_cast<DmlObject *>(n))
            return Operation(ops::Execute{d->statement}, line);
        if (auto *s = dynamic_cast<StatementObject *>(n)) {
            Operation op = s->operation;
            op.line = line;
            return op;
        }
    }
    ev.raise(QStringLiteral("TypeError"), QStringLiteral("cannot execute %1").arg(repr(statement)));
    return std::nullopt;
}

std::optional<ops::BatchAlterTable> makeBatch(Evaluator &ev, CallArgs &a)
{
    Bound b;
    if (!bind(ev, a, QStringLiteral("batch_alter_table"),
              {QStringLiteral("table_name"), QStringLiteral("schema"), QStringLiteral("recreate"),
               QStringLiteral("partial_reordering"), QStringLiteral("copy_from"), QStringLiteral("table_args"),
               QStringLiteral("table_kwargs"), QStringLiteral("reflect_args"), QStringLiteral("reflect_kwargs"),
               QStringLiteral("naming_convention")}, 1, b))
        return std::nullopt;
    ops::BatchAlterTable batch;
    batch.table = b.str(QStringLiteral("table_name"));
    batch.schema = b.str(QStringLiteral("schema"));
    const QString recreate = b.given(QStringLiteral("recreate")) ? b.str(QStringLiteral("recreate")) : QStringLiteral("auto");
    batch.recreate = recreate == QLatin1String("always") ? ops::BatchAlterTable::Recreate::Always
                     : recreate == QLatin1String("never") ? ops::BatchAlterTable::Recreate::Never
                                                          : ops::BatchAlterTable::Recreate::Auto;
    if (b.given(QStringLiteral("copy_from"))) {
        auto *t = tableArg(ev, b.get(QStringLiteral("copy_from")), QStringLiteral("batch_alter_table"));
        if (!t)
            return std::nullopt;
        batch.copyFrom = t->table;
    }
    if (b.given(QStringLiteral("table_args"))) {
        ValueList items;
        if (!ev.iterate(b.get(QStringLiteral("table_args")), items))
            return std::nullopt;
        for (const Value &v : items) {
            if (auto *c = schemaItem(v, SchemaItemObject::Kind::Constraint))
                batch.tableArgs.append(c->constraint);
            else if (auto *col = schemaItem(v, SchemaItemObject::Kind::Column))
                batch.tableArgColumns.append(col->column);
        }
    }
    if (b.given(QStringLiteral("table_kwargs")) && b.get(QStringLiteral("table_kwargs")).type == Type::Dict) {
        for (const auto &e : b.get(QStringLiteral("table_kwargs")).as<DictObject>()->entries()) {
            const QString n = str(e.first);
            if (n == QLatin1String("sqlite_autoincrement"))
                batch.tableKwargs.sqliteAutoincrement = truthy(e.second);
            else if (n == QLatin1String("sqlite_with_rowid"))
                batch.tableKwargs.sqliteWithRowid = truthy(e.second);
        }
    }
    if (b.given(QStringLiteral("partial_reordering"))) {
        ValueList groups;
        if (!ev.iterate(b.get(QStringLiteral("partial_reordering")), groups))
            return std::nullopt;
        for (const Value &g : groups) {
            auto names = toStrList(ev, g, QStringLiteral("partial_reordering"));
            if (!names)
                return std::nullopt;
            batch.partialReordering.append(*names);
        }
    }
    return batch;
}

Value makeBatchOperations(const std::shared_ptr<ops::BatchAlterTable> &batch)
{
    return makeNative(std::make_shared<BatchOperations>(batch));
}

void installOperationBuilders(const Value &op)
{
    for (const BuilderEntry &e : sharedBuilders()) {
        auto fn = e.fn;
        def(op, QLatin1String(e.name), [fn](Evaluator &ev, CallArgs &a) -> Value {
            auto operation = fn(ev, a, nullptr);
            if (operation)
                runOperation(ev, *operation);
            return {};
        });
    }
    def(op, QStringLiteral("create_table"), createTable);
    def(op, QStringLiteral("drop_table"), [](Evaluator &ev, CallArgs &a) -> Value {
        Bound b;
        if (!bind(ev, a, QStringLiteral("drop_table"), {QStringLiteral("table_name"), QStringLiteral("schema"), QStringLiteral("if_exists")}, 1, b))
            return {};
        runOperation(ev, Operation(ops::DropTable{b.str(QStringLiteral("table_name")), b.str(QStringLiteral("schema")),
                                                  b.flag(QStringLiteral("if_exists"))}, a.line));
        return {};
    });
    def(op, QStringLiteral("rename_table"), [](Evaluator &ev, CallArgs &a) -> Value {
        Bound b;
        if (!bind(ev, a, QStringLiteral("rename_table"), {QStringLiteral("old_table_name"), QStringLiteral("new_table_name"), QStringLiteral("schema")}, 2, b))
            return {};
        runOperation(ev, Operation(ops::RenameTable{b.str(QStringLiteral("old_table_name")), b.str(QStringLiteral("new_table_name")),
                                                    b.str(QStringLiteral("schema"))}, a.line));
        return {};
    });
    def(op, QStringLiteral("bulk_insert"), [](Evaluator &ev, CallArgs &a) -> Value {
        Bound b;
        if (!bind(ev, a, QStringLiteral("bulk_insert"), {QStringLiteral("table"), QStringLiteral("rows"), QStringLiteral("multiinsert")}, 2, b))
            return {};
        auto *t = tableArg(ev, b.get(QStringLiteral("table")), QStringLiteral("bulk_insert"));
        if (!t)
            return {};
        ops::BulkInsert bulk;
        bulk.table = t->table;
        bulk.multiinsert = !b.has(QStringLiteral("multiinsert")) || truthy(b.get(QStringLiteral("multiinsert")));
        ValueList rows;
        if (!ev.iterate(b.get(QStringLiteral("rows")), rows))
            return {};
        for (const Value &row : rows) {
            if (row.type != Type::Dict)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("bulk_insert() rows must be dicts"));
            QList<QPair<QString, SqlExpression>> values;
            for (const auto &e : row.as<DictObject>()->entries()) {
                auto v = toExpr(ev, e.second);
                if (!v)
                    return {};
                values.append({str(e.first), *v});
            }
            bulk.rows.append(values);
        }
        runOperation(ev, Operation(bulk, a.line));
        return {};
    });
    def(op, QStringLiteral("inline_literal"), [](Evaluator &ev, CallArgs &a) -> Value {
        Bound b;
        if (!bind(ev, a, QStringLiteral("inline_literal"), {QStringLiteral("value"), QStringLiteral("type_")}, 1, b))
            return {};
        auto v = toSqlValue(ev, b.get(QStringLiteral("value")));
        if (!v)
            return {};
        std::shared_ptr<ops::SqlType> type;
        if (b.given(QStringLiteral("type_"))) {
            auto t = toType(ev, b.get(QStringLiteral("type_")));
            if (!t)
                return {};
            type = std::make_shared<ops::SqlType>(*t);
        }
        return exprValue(SqlExpression::inlineLiteral(*v, type));
    });
    def(op, QStringLiteral("f"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.size() != 1 || !a.args.first().isStr())
            return ev.raise(QStringLiteral("TypeError"), QStringLiteral("f() takes a name"));
        return a.args.first();
    });
}

} // namespace retort::python
