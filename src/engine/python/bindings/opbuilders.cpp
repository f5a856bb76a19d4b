#include "python/bindings/opbuilders.h"

#include "python/bindings/bindings.h"
#include "python/bindings/sqlobjects.h"

namespace retort::python {

using ops::Operation;
using ops::SqlExpression;

namespace {

// The table of a batch: batch_op.* calls omit table_name/schema and get them from here.
struct Target {
    QString table;
    QString schema;
};

struct Bound {
    QHash<QString, Value> named;
    QList<QPair<QString, Value>> extra;
    ValueList rest;
    bool has(const QString &n) const { return named.contains(n); }
    bool given(const QString &n) const { return named.contains(n) && !named.value(n).isNone(); }
    Value get(const QString &n) const { return named.value(n); }
    QString str(const QString &n) const { return given(n) ? python::str(named.value(n)) : QString(); }
    bool flag(const QString &n) const { return given(n) && truthy(named.value(n)); }
};

bool bind(Evaluator &ev, const CallArgs &a, const QString &fn, const QStringList &names, int required, Bound &out,
          bool restArgs = false)
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
               const QString &schemaKey = QStringLiteral("schema"))
{
    if (t) {
        table = t->table;
        schema = t->schema;
    } else {
        table = b.str(tableKey);
        schema = b.str(schemaKey);
    }
}

std::optional<ops::Change<SqlExpression>> changeExpr(Evaluator &ev, const Bound &b, const QString &n)
{
    if (!b.has(n))
        return ops::Change<SqlExpression>::unchanged();
    const Value v = b.get(n);
    if (v.type == Type::Bool && !v.b)
        return ops::Change<SqlExpression>::unchanged();
    if (v.isNone())
        return ops::Change<SqlExpression>::none();
    auto e = toSqlText(ev, v, false);
    if (!e)
        return std::nullopt;
    return ops::Change<SqlExpression>::to(*e);
}

std::optional<Operation> addColumn(Evaluator &ev, CallArgs &a, const Target *t)
{
    Bound b;
    const QStringList names = t ? QStringList{QStringLiteral("column"), QStringLiteral("insert_before"), QStringLiteral("insert_after")}
                                : QStringList{QStringLiteral("table_name"), QStringLiteral("column"), QStringLiteral("schema"),
                                              QStringLiteral("if_not_exists"), QStringLiteral("inline_references"),
                                              QStringLiteral("inline_primary_key")};
    if (!bind(ev, a, QStringLiteral("add_column"), names, t ? 1 : 2, b))
        return std::nullopt;
    ops::AddColumn op;
    fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
    auto *col = schemaItem(b.get(QStringLiteral("column")), SchemaItemObject::Kind::Column);
    if (!col) {
        ev.raise(QStringLiteral("TypeError"), QStringLiteral("add_column() needs a sa.Column"));
        return std::nullopt;
    }
    op.column = col->column;
    op.ifNotExists = b.flag(QStringLiteral("if_not_exists"));
    op.inlineReferences = optBool(b.has(QStringLiteral("inline_references")) ? std::optional<Value>(b.get(QStringLiteral("inline_references"))) : std::nullopt);
    op.inlinePrimaryKey = optBool(b.has(QStringLiteral("inline_primary_key")) ? std::optional<Value>(b.get(QStringLiteral("inline_primary_key"))) : std::nullopt);
    op.insertBefore = b.str(QStringLiteral("insert_before"));
    op.insertAfter = b.str(QStringLiteral("insert_after"));
    return Operation(op, a.line);
}

std::optional<Operation> dropColumn(Evaluator &ev, CallArgs &a, const Target *t)
{
    Bound b;
    const QStringList names = withTable(t, {}, {QStringLiteral("table_name")}, {QStringLiteral("column_name")})
                              + (t ? QStringList{} : QStringList{QStringLiteral("schema"), QStringLiteral("if_exists")});
    if (!bind(ev, a, QStringLiteral("drop_column"), names, t ? 1 : 2, b))
        return std::nullopt;
    ops::DropColumn op;
    fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
    op.column = b.str(QStringLiteral("column_name"));
    op.ifExists = b.flag(QStringLiteral("if_exists"));
    for (const auto &kw : b.extra) {
        if (kw.first == QLatin1String("existing_type") && !kw.second.isNone()) {
            auto type = toType(ev, kw.second);
            if (!type)
                return std::nullopt;
            op.existingType = *type;
        }
    }
    return Operation(op, a.line);
}

std::optional<Operation> alterColumn(Evaluator &ev, CallArgs &a, const Target *t)
{
    Bound b;
    QStringList names = withTable(t, {}, {QStringLiteral("table_name")}, {QStringLiteral("column_name")});
    names << QStringLiteral("nullable") << QStringLiteral("comment") << QStringLiteral("server_default")
          << QStringLiteral("new_column_name") << QStringLiteral("type_") << QStringLiteral("existing_type")
          << QStringLiteral("existing_server_default") << QStringLiteral("existing_nullable")
          << QStringLiteral("existing_comment") << QStringLiteral("schema") << QStringLiteral("autoincrement")
          << QStringLiteral("existing_autoincrement") << QStringLiteral("postgresql_using")
          << QStringLiteral("insert_before") << QStringLiteral("insert_after");
    if (!bind(ev, a, QStringLiteral("alter_column"), names, t ? 1 : 2, b))
        return std::nullopt;
    ops::AlterColumn op;
    fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
    op.column = b.str(QStringLiteral("column_name"));
    if (b.given(QStringLiteral("nullable")))
        op.nullable = truthy(b.get(QStringLiteral("nullable")));
    if (b.has(QStringLiteral("comment"))) {
        const Value c = b.get(QStringLiteral("comment"));
        if (c.isNone())
            op.comment = ops::Change<QString>::none();
        else if (!(c.type == Type::Bool && !c.b))
            op.comment = ops::Change<QString>::to(str(c));
    }
    auto sd = changeExpr(ev, b, QStringLiteral("server_default"));
    auto esd = sd ? changeExpr(ev, b, QStringLiteral("existing_server_default")) : std::nullopt;
    if (!sd || !esd)
        return std::nullopt;
    op.serverDefault = *sd;
    op.existingServerDefault = *esd;
    op.newColumnName = b.str(QStringLiteral("new_column_name"));
    for (const char *n : {"type_", "existing_type"}) {
        const QString key = QLatin1String(n);
        if (!b.given(key))
            continue;
        auto type = toType(ev, b.get(key));
        if (!type)
            return std::nullopt;
        (key == QLatin1String("type_") ? op.type : op.existingType) = *type;
    }
    if (b.given(QStringLiteral("existing_nullable")))
        op.existingNullable = truthy(b.get(QStringLiteral("existing_nullable")));
    if (b.given(QStringLiteral("existing_comment")))
        op.existingComment = b.str(QStringLiteral("existing_comment"));
    if (b.given(QStringLiteral("autoincrement")))
        op.autoincrement = truthy(b.get(QStringLiteral("autoincrement")));
    if (b.given(QStringLiteral("existing_autoincrement")))
        op.existingAutoincrement = truthy(b.get(QStringLiteral("existing_autoincrement")));
    if (b.given(QStringLiteral("postgresql_using"))) {
        auto e = toSqlText(ev, b.get(QStringLiteral("postgresql_using")), true);
        if (!e)
            return std::nullopt;
        op.postgresqlUsing = *e;
    }
    op.insertBefore = b.str(QStringLiteral("insert_before"));
    op.insertAfter = b.str(QStringLiteral("insert_after"));
    return Operation(op, a.line);
}

// Index columns: strings become column names, expressions stay.
bool indexExpressions(Evaluator &ev, const Value &columns, std::vector<SqlExpression> &out)
{
    ValueList items;
    if (columns.isStr())
        items.append(columns);
    else if (!ev.iterate(columns, items))
        return false;
    for (const Value &v : items) {
        if (v.isStr()) {
            out.push_back(SqlExpression::column(v.s));
            continue;
        }
        auto e = toExpr(ev, v);
        if (!e)
            return false;
        out.push_back(*e);
    }
    return true;
}

std::optional<Operation> createIndex(Evaluator &ev, CallArgs &a, const Target *t)
{
    Bound b;
    const QStringList names = withTable(t, {QStringLiteral("index_name")}, {QStringLiteral("table_name")}, {QStringLiteral("columns")})
                              + QStringList{QStringLiteral("schema"), QStringLiteral("unique"), QStringLiteral("if_not_exists"), QStringLiteral("quote")};
    if (!bind(ev, a, QStringLiteral("create_index"), names, t ? 2 : 3, b))
        return std::nullopt;
    // Reuse sa.Index's keyword handling for the dialect options.
    CallArgs ixArgs;
    ixArgs.line = a.line;
    ixArgs.args.append(b.get(QStringLiteral("index_name")));
    ixArgs.kwargs = b.extra;
    Value ix = ev.call(ev.getAttr(ev.module(QStringLiteral("sqlalchemy")), QStringLiteral("Index")), ixArgs);
    if (ev.hasException())
        return std::nullopt;
    ops::CreateIndex op;
    op.index = schemaItem(ix, SchemaItemObject::Kind::Index)->index;
    fillTable(t, b, QStringLiteral("table_name"), op.index.table, op.index.schema);
    if (!indexExpressions(ev, b.get(QStringLiteral("columns")), op.index.expressions))
        return std::nullopt;
    op.index.unique = b.flag(QStringLiteral("unique"));
    op.index.ifNotExists = b.flag(QStringLiteral("if_not_exists"));
    op.index.line = a.line;
    return Operation(op, a.line);
}

std::optional<Operation> dropIndex(Evaluator &ev, CallArgs &a, const Target *t)
{
    Bound b;
    const QStringList names = t ? QStringList{QStringLiteral("index_name")}
                                : QStringList{QStringLiteral("index_name"), QStringLiteral("table_name"), QStringLiteral("schema"),
                                              QStringLiteral("if_exists")};
    if (!bind(ev, a, QStringLiteral("drop_index"), names, 1, b))
        return std::nullopt;
    ops::DropIndex op;
    op.name = b.str(QStringLiteral("index_name"));
    fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
    op.ifExists = b.flag(QStringLiteral("if_exists"));
    for (const auto &kw : b.extra)
        if (kw.first == QLatin1String("postgresql_concurrently"))
            op.postgresqlConcurrently = truthy(kw.second);
    return Operation(op, a.line);
}

std::optional<Operation> createConstraint(Evaluator &ev, CallArgs &a, const Target *t, ops::Constraint::Kind kind)
{
    using K = ops::Constraint::Kind;
    Bound b;
    QString fn;
    QStringList names;
    int required = 0;
    switch (kind) {
    case K::PrimaryKey:
    case K::Unique:
        fn = kind == K::PrimaryKey ? QStringLiteral("create_primary_key") : QStringLiteral("create_unique_constraint");
        names = withTable(t, {QStringLiteral("constraint_name")}, {QStringLiteral("table_name")}, {QStringLiteral("columns")})
                + QStringList{QStringLiteral("schema"), QStringLiteral("deferrable"), QStringLiteral("initially")};
        required = t ? 2 : 3;
        break;
    case K::Check:
        fn = QStringLiteral("create_check_constraint");
        names = withTable(t, {QStringLiteral("constraint_name")}, {QStringLiteral("table_name")}, {QStringLiteral("condition")})
                + QStringList{QStringLiteral("schema")};
        required = t ? 2 : 3;
        break;
    case K::ForeignKey:
        fn = QStringLiteral("create_foreign_key");
        names = withTable(t, {QStringLiteral("constraint_name")}, {QStringLiteral("source_table")},
                          {QStringLiteral("referent_table"), QStringLiteral("local_cols"), QStringLiteral("remote_cols")})
                + QStringList{QStringLiteral("referent_schema"), QStringLiteral("onupdate"), QStringLiteral("ondelete"),
                              QStringLiteral("deferrable"), QStringLiteral("initially"), QStringLiteral("match"),
                              QStringLiteral("source_schema"), QStringLiteral("use_alter")};
        required = t ? 4 : 5;
        break;
    case K::Exclude:
        fn = QStringLiteral("create_exclude_constraint");
        names = withTable(t, {QStringLiteral("constraint_name")}, {QStringLiteral("table_name")}, {});
        required = t ? 1 : 2;
        break;
    }
    if (!bind(ev, a, fn, names, required, b, kind == K::Exclude))
        return std::nullopt;
    ops::CreateConstraint op;
    fillTable(t, b, kind == K::ForeignKey ? QStringLiteral("source_table") : QStringLiteral("table_name"), op.table, op.schema,
              kind == K::ForeignKey ? QStringLiteral("source_schema") : QStringLiteral("schema"));
    ops::Constraint &c = op.constraint;
    c.kind = kind;
    c.line = a.line;
    c.name = b.str(QStringLiteral("constraint_name"));
    if (b.given(QStringLiteral("deferrable")) && kind != K::ForeignKey)
        c.deferrable = truthy(b.get(QStringLiteral("deferrable")));
    if (kind != K::ForeignKey)
        c.initially = b.str(QStringLiteral("initially"));
    if (kind == K::PrimaryKey || kind == K::Unique) {
        auto cols = toStrList(ev, b.get(QStringLiteral("columns")), QStringLiteral("columns"));
        if (!cols)
            return std::nullopt;
        c.columns = *cols;
    } else if (kind == K::Check) {
        auto cond = toSqlText(ev, b.get(QStringLiteral("condition")), true);
        if (!cond)
            return std::nullopt;
        c.condition = *cond;
    } else if (kind == K::ForeignKey) {
        auto local = toStrList(ev, b.get(QStringLiteral("local_cols")), QStringLiteral("local_cols"));
        auto remote = local ? toStrList(ev, b.get(QStringLiteral("remote_cols")), QStringLiteral("remote_cols")) : std::nullopt;
        if (!remote)
            return std::nullopt;
        c.columns = *local;
        c.referredColumns = *remote;
        c.referredTable = b.str(QStringLiteral("referent_table"));
        c.referredSchema = b.str(QStringLiteral("referent_schema"));
        QList<QPair<QString, Value>> fkArgs;
        for (const char *n : {"onupdate", "ondelete", "deferrable", "initially", "match", "use_alter"})
            if (b.has(QLatin1String(n)))
                fkArgs.append({QLatin1String(n), b.get(QLatin1String(n))});
        QStringList unused;
        c.fk = foreignKeyOptions(ev, fkArgs, unused);
    } else {
        CallArgs exArgs;
        exArgs.args = b.rest;
        exArgs.kwargs = b.extra;
        exArgs.line = a.line;
        Value ex = ev.call(ev.getAttr(ev.module(QStringLiteral("sqlalchemy.dialects.postgresql")), QStringLiteral("ExcludeConstraint")), exArgs);
        if (ev.hasException())
            return std::nullopt;
        const QString name = c.name;
        c = schemaItem(ex, SchemaItemObject::Kind::Constraint)->constraint;
        c.name = name;
    }
    return Operation(op, a.line);
}

std::optional<Operation> dropConstraint(Evaluator &ev, CallArgs &a, const Target *t)
{
    Bound b;
    const QStringList names = withTable(t, {QStringLiteral("constraint_name")}, {QStringLiteral("table_name")}, {QStringLiteral("type_")})
                              + (t ? QStringList{} : QStringList{QStringLiteral("schema"), QStringLiteral("if_exists")});
    if (!bind(ev, a, QStringLiteral("drop_constraint"), names, t ? 1 : 2, b))
        return std::nullopt;
    ops::DropConstraint op;
    op.name = b.str(QStringLiteral("constraint_name"));
    fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
    op.ifExists = b.flag(QStringLiteral("if_exists"));
    const QString type = b.str(QStringLiteral("type_"));
    if (type == QLatin1String("foreignkey"))
        op.type = ops::Constraint::Kind::ForeignKey;
    else if (type == QLatin1String("primary"))
        op.type = ops::Constraint::Kind::PrimaryKey;
    else if (type == QLatin1String("unique"))
        op.type = ops::Constraint::Kind::Unique;
    else if (type == QLatin1String("check"))
        op.type = ops::Constraint::Kind::Check;
    return Operation(op, a.line);
}

std::optional<Operation> tableComment(Evaluator &ev, CallArgs &a, const Target *t, bool create)
{
    Bound b;
    QStringList names = withTable(t, {}, {QStringLiteral("table_name")}, create ? QStringList{QStringLiteral("comment")} : QStringList{});
    names << QStringLiteral("existing_comment");
    if (!t)
        names << QStringLiteral("schema");
    if (!bind(ev, a, create ? QStringLiteral("create_table_comment") : QStringLiteral("drop_table_comment"), names,
              (t ? 0 : 1) + (create ? 1 : 0), b))
        return std::nullopt;
    std::optional<QString> existing;
    if (b.given(QStringLiteral("existing_comment")))
        existing = b.str(QStringLiteral("existing_comment"));
    if (create) {
        ops::CreateTableComment op;
        fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
        op.comment = b.str(QStringLiteral("comment"));
        op.existingComment = existing;
        return Operation(op, a.line);
    }
    ops::DropTableComment op;
    fillTable(t, b, QStringLiteral("table_name"), op.table, op.schema);
    op.existingComment = existing;
    return Operation(op, a.line);
}

std::optional<Operation> executeOp(Evaluator &ev, CallArgs &a, const Target *)
{
    Bound b;
    if (!bind(ev, a, QStringLiteral("execute"), {QStringLiteral("sqltext"), QStringLiteral("execution_options")}, 1, b))
        return std::nullopt;
    return toExecuteOperation(ev, b.get(QStringLiteral("sqltext")), a.line);
}

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
