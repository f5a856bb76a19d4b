// The column, index and constraint operations of tests/data/sql/oracle.py as C++ values: add/drop/alter
// column, create/drop index, create_*_constraint / drop_constraint (and SQLite's refusals).
#include "sqlcases.h"

#include "opbuilders.h"

namespace retort::test {

namespace {

QList<Operation> addColumn()
{
    Column q = C("q", T(K::Integer));
    q.index = true;
    q.comment = QStringLiteral("hi");
    return {Add("t", withDefault(notNull(C("c", Str(20))), slit("x"))),
            Add("t", withDefault(C("ts", T(K::DateTime)), fn("now"))),
            Add("t", C("c", T(K::Integer)), "s"),
            Add("t", q),
            Add("t", C("r", Bool(true))),
            Add("t", C("e", Enum({"x"}, "e2")))};
}

QList<Operation> addColumnFk()
{
    return {Add("t", withFk(C("o_id", T(K::Integer)), "o.id"))};
}

QList<Operation> addColumnUnique()
{
    Column u = C("u", T(K::Integer));
    u.unique = true;
    return {Add("t", u)};
}

QList<Operation> dropColumn()
{
    return {Drop("t", "c"), Drop("t", "c", "s"), Drop("t", "old")};
}

QList<Operation> alterColumn()
{
    QList<Operation> ops;
    AlterColumn a = Alter("t", "c");
    a.nullable = false;
    ops << a;
    a = Alter("t", "c");
    a.nullable = true;
    ops << a;
    a = Alter("t", "c");
    a.type = T(K::Text);
    ops << a;
    a = Alter("t", "c");
    a.serverDefault = Change<SqlExpression>::to(slit("y"));
    ops << a;
    a = Alter("t", "c");
    a.serverDefault = Change<SqlExpression>::none();
    ops << a;
    a = Alter("t", "c");
    a.serverDefault = Change<SqlExpression>::to(txt("now()"));
    ops << a;
    a = Alter("t", "c");
    a.serverDefault = Change<SqlExpression>::to(fn("now"));
    ops << a;
    a = Alter("t", "c");
    a.newColumnName = QStringLiteral("d");
    ops << a;
    a = Alter("t", "c");
    a.nullable = false;
    a.serverDefault = Change<SqlExpression>::to(slit("z"));
    a.type = Str(30);
    a.newColumnName = QStringLiteral("d");
    a.schema = QStringLiteral("s");
    ops << a;
    a = Alter("t", "c");
    a.type = Bool(true, "ck_b");
    a.existingType = T(K::Integer);
    ops << a;
    return ops;
}

QList<Operation> alterColumnComment()
{
    AlterColumn a = Alter("t", "c");
    a.comment = Change<QString>::to(QStringLiteral("hello"));
    AlterColumn b = Alter("t", "c");
    b.comment = Change<QString>::none();
    b.existingType = T(K::Integer);
    return {a, b};
}

QList<Operation> alterColumnUsing()
{
    AlterColumn a = Alter("everything", "u");
    a.type = T(K::Integer);
    a.postgresqlUsing = txt("u::integer");
    return {a};
}

QList<Operation> createIndex()
{
    QList<Operation> ops;
    ops << CreateIndex{Idx("ix_t_c", "t", {"c"})};
    ops << CreateIndex{Idx("ix_t_c2", "t", {"c", "d"}, true)};
    Index p = Idx("ix_t_p", "t", {"c"});
    p.sqliteWhere = txt("c > 0");
    p.postgresqlWhere = txt("c > 0");
    ops << CreateIndex{p};
    Index lower = Idx("ix_everything_name_lower", "everything", {});
    lower.expressions.push_back(txt("lower(name50)"));
    ops << CreateIndex{lower};
    ops << CreateIndex{Idx("ix_A", "T", {"Col"})};
    Index s = Idx("ix_s", "t", {"c"});
    s.schema = QStringLiteral("s");
    ops << CreateIndex{s};
    Index f = Idx("ix_fn", "t", {});
    f.expressions.push_back(fn("lower", {colref("name")}));
    ops << CreateIndex{f};
    return ops;
}

QList<Operation> createIndexPg()
{
    QList<Operation> ops;
    Index gin = Idx("ix_gin", "t", {"doc"});
    gin.postgresqlUsing = QStringLiteral("gin");
    ops << CreateIndex{gin};
    Index inc = Idx("ix_inc", "t", {"a"});
    inc.postgresqlInclude = QStringList{"b", "c"};
    ops << CreateIndex{inc};
    Index conc = Idx("ix_conc", "t", {"a"});
    conc.postgresqlConcurrently = true;
    ops << CreateIndex{conc};
    Index o = Idx("ix_ops", "t", {"name"});
    o.postgresqlOps << qMakePair(QStringLiteral("name"), QStringLiteral("text_pattern_ops"));
    ops << CreateIndex{o};
    Index d = Idx("ix_desc", "t", {});
    d.expressions.push_back(SqlExpression::postfix(QStringLiteral("DESC"), colref("a")));
    d.expressions.push_back(colref("b"));
    ops << CreateIndex{d};
    DropIndex di;
    di.name = QStringLiteral("ix_conc");
    di.table = QStringLiteral("t");
    di.postgresqlConcurrently = true;
    ops << di;
    return ops;
}

QList<Operation> dropIndex()
{
    DropIndex a;
    a.name = QStringLiteral("ix_t_c");
    a.table = QStringLiteral("t");
    DropIndex c = a;
    c.schema = QStringLiteral("s");
    return {a, c};
}

QList<Operation> createUniqueConstraint()
{
    Constraint u = Unique("uq_t_cd", {"c", "d"});
    u.deferrable = true;
    return {Cc("t", Unique("uq_t_c", {"c"})), Cc("t", u, "s")};
}

QList<Operation> createForeignKey()
{
    Constraint a = Fk("fk_t_o", {"o_id"}, "o", {"id"});
    a.fk.onDelete = QStringLiteral("CASCADE");
    Constraint b = Fk("fk_t_o2", {"o_id"}, "o", {"id"});
    b.fk.onDelete = QStringLiteral("CASCADE");
    b.fk.onUpdate = QStringLiteral("NO ACTION");
    b.fk.deferrable = true;
    b.fk.initially = QStringLiteral("DEFERRED");
    Constraint c = Fk("fk_t_o3", {"a", "b"}, "o", {"x", "y"});
    c.referredSchema = QStringLiteral("r");
    c.fk.match = QStringLiteral("FULL");
    return {Cc("t", a), Cc("t", b), Cc("t", c, "s")};
}

QList<Operation> createCheckConstraint()
{
    SqlExpression g = SqlExpression::conjunction(
        QStringLiteral("AND"),
        {bin(">", colref("a"), lit(qint64(1))),
         SqlExpression::conjunction(QStringLiteral("OR"), {bin("=", colref("b"), slit("x")),
                                                           bin("IS", colref("c"), SqlExpression::null())})});
    return {Cc("t", Check("ck_t_c", txt("c > 0"))), Cc("t", Check("ck_t_f", bin(">", colref("f"), lit(qint64(0))))),
            Cc("t", Check("ck_t_g", g))};
}

QList<Operation> createPrimaryKey()
{
    return {Cc("t", Pk("pk_t", {"id"})), Cc("t2", Pk("pk_t2", {"a", "b"}), "s")};
}

QList<Operation> dropConstraint()
{
    DropConstraint a;
    a.name = QStringLiteral("uq_t_c");
    a.table = QStringLiteral("t");
    a.type = Constraint::Kind::Unique;
    DropConstraint b;
    b.name = QStringLiteral("fk_x");
    b.table = QStringLiteral("t");
    b.type = Constraint::Kind::ForeignKey;
    b.schema = QStringLiteral("s");
    return {a, b};
}

QList<Operation> sqliteRefusals()
{
    return {Cc("t", Fk("fk_t_o", {"o_id"}, "o", {"id"}))};
}

} // namespace

QMap<QString, std::function<QList<Operation>()>> alterSqlCases()
{
    return {
        {"add_column", addColumn},
        {"add_column_fk", addColumnFk},
        {"add_column_unique", addColumnUnique},
        {"drop_column", dropColumn},
        {"alter_column", alterColumn},
        {"alter_column_comment", alterColumnComment},
        {"alter_column_using", alterColumnUsing},
        {"create_index", createIndex},
        {"create_index_pg", createIndexPg},
        {"drop_index", dropIndex},
        {"create_unique_constraint", createUniqueConstraint},
        {"create_foreign_key", createForeignKey},
        {"create_check_constraint", createCheckConstraint},
        {"create_primary_key", createPrimaryKey},
        {"drop_constraint", dropConstraint},
        {"sqlite_refusals", sqliteRefusals},
    };
}

} // namespace retort::test
