// op.create_index / drop_index, the create_*_constraint / drop_constraint builders,
// create/drop_table_comment and execute, and their batch_op.* forms.
#include "python/bindings/opbuilderparts.h"

#include "python/bindings/opbuilders.h"
#include "python/bindings/sqlobjects.h"

namespace retort::python::opbuild {

using ops::Operation;
using ops::SqlExpression;

namespace {

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

} // namespace

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

} // namespace retort::python::opbuild
