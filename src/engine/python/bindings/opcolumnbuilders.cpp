// op.add_column / drop_column / alter_column and their batch_op.* forms.
#include "python/bindings/opbuilderparts.h"

#include "python/bindings/sqlobjects.h"

namespace retort::python::opbuild {

using ops::Operation;
using ops::SqlExpression;

namespace {

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

} // namespace

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

} // namespace retort::python::opbuild
