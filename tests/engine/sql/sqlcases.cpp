// The operations of tests/data/sql/oracle.py, case by case, as C++ values: tables, comments,
// execute, DML and bulk insert here; columns, indexes, constraints and batches in the parts
// declared in sqlcases.h.
#include "sqlcases.h"

#include "opbuilders.h"

namespace retort::test {

namespace {

QList<Operation> createTableTypes()
{
    TableDef t = Table(QStringLiteral("everything"), {
        pk(C("id", T(K::Integer))),
        C("big", T(K::BigInteger)),
        C("small", T(K::SmallInteger)),
        notNull(C("s50", Str(50))),
        C("s", Str()),
        C("t", T(K::Text)),
        C("u", Str(20, K::Unicode)),
        withDefault(notNull(C("flag", Bool())), SqlExpression::falseValue()),
        C("flag2", Bool(true, "ck_flag2")),
        C("dt", T(K::DateTime)),
        withDefault(C("dttz", Tz(K::DateTime, true)), fn("now")),
        withDefault(C("d", T(K::Date)), txt("CURRENT_DATE")),
        C("tm", T(K::Time)),
        C("f", T(K::Float)),
        withDefault(C("num", Num(K::Numeric, 10, 2)), slit("0")),
        C("j", T(K::Json)),
        C("uid", Str(36)),
        C("blob", T(K::LargeBinary)),
        C("status", Enum({"new", "done"}, "status_enum")),
        C("iv", T(K::Interval)),
        withDefault(C("lit", Str(10)), slit("abc")),
        withDefault(C("now_text", T(K::DateTime)), txt("now()")),
        C("code", Str(10)),
        C("idxcol", T(K::Integer)),
        withFk(C("owner_id", T(K::Integer)), "owner.id", "CASCADE"),
        C("commented", T(K::Integer)),
    });
    t.column("code")->unique = true;
    t.column("code")->index = false;
    t.column("idxcol")->index = true;
    t.column("owner_id")->nullable = true;
    t.column("commented")->comment = QStringLiteral("a column comment");
    t.constraints << Unique("uq_everything_s50_small", {"s50", "small"}) << Check("ck_small_pos", txt("small > 0"));
    t.comment = QStringLiteral("table comment");
    return {CreateTable{t}};
}

QList<Operation> createTablePgTypes()
{
    Column id = pk(C("id", T(K::BigInteger)));
    id.identity = IdentitySpec{};
    SqlType uuid(K::UUID);
    SqlType mood = Enum({"happy", "sad"}, "mood", K::PgEnum);
    TableDef t = Table(QStringLiteral("pgonly"), {
        id,
        withDefault(C("jb", T(K::PgJsonb)), txt("'{}'::jsonb")),
        withDefault(C("uid", uuid), txt("gen_random_uuid()")),
        C("tags", Array(Str())),
        C("mood", mood),
        C("iv", T(K::PgInterval)),
        C("ts", Tz(K::TIMESTAMP, true)),
        C("grid", Array(T(K::Integer), 2)),
        C("addr", T(K::PgInet)),
        C("net", T(K::PgCidr)),
        C("mac", T(K::PgMacaddr)),
        C("raw", T(K::PgBytea)),
        C("dbl", T(K::DOUBLE_PRECISION)),
        C("tsv", T(K::PgTsvector)),
        C("cash", T(K::PgMoney)),
        C("tm", T(K::TIME)),
    });
    t.constraints << Pk("pk_pgonly", {"id"});
    return {CreateTable{t}};
}

QList<Operation> createTableUppercase()
{
    SqlType collated = Str(5);
    collated.collation = QStringLiteral("C");
    SqlType fl(K::Float);
    fl.precision = 10;
    SqlType e = Enum({"a", "bbb"}, "e_native_off");
    e.nativeEnum = false;
    TableDef t = Table(QStringLiteral("upper"), {
        C("a", Str(10, K::VARCHAR)), notNull(C("b", T(K::INTEGER))), C("c", T(K::TEXT)), C("d", Str(3, K::CHAR)),
        C("e", Num(K::NUMERIC, 8, 3)), C("f", T(K::BOOLEAN)), C("g", T(K::TIMESTAMP)), C("h", T(K::DATETIME)),
        C("i", T(K::BIGINT)), C("j", T(K::SMALLINT)), C("k", T(K::DATE)), C("l", T(K::TIME)), C("m", T(K::FLOAT)),
        C("n", T(K::REAL)), C("o", Num(K::DECIMAL, 5)), C("p", T(K::BLOB)), C("q", Str(7, K::NVARCHAR)),
        C("r", collated), C("s", fl), C("t", T(K::UnicodeText)), C("u", e), C("v", Num(K::Numeric, 7)),
    });
    return {CreateTable{t}};
}

QList<Operation> createTableAutoincrement()
{
    QList<Operation> ops;
    ops << CreateTable{Table("t1", {pk(C("id", T(K::BigInteger)))})};
    Column noAuto = pk(C("id", T(K::Integer)));
    noAuto.autoincrement = Column::Autoincrement::No;
    ops << CreateTable{Table("t2", {noAuto})};
    ops << CreateTable{Table("t3", {pk(C("a", T(K::Integer))), pk(C("b", T(K::Integer)))})};
    TableDef t4 = Table("t4", {pk(C("id", T(K::Integer)))});
    t4.sqliteAutoincrement = true;
    ops << CreateTable{t4};
    Column ident = pk(C("id", T(K::Integer)));
    ident.identity = IdentitySpec{};
    ident.identity->start = 10;
    ops << CreateTable{Table("t5", {ident})};
    Column computed = C("y", T(K::Integer));
    computed.computed = ComputedSpec{txt("x * 2"), std::nullopt};
    ops << CreateTable{Table("t6", {C("x", T(K::Integer)), computed})};
    ops << CreateTable{Table("t7", {pk(C("id", T(K::SmallInteger)))})};
    ops << CreateTable{Table("t8", {withFk(pk(C("id", T(K::Integer))), "o.id")})};
    ops << CreateTable{Table("t9", {withDefault(pk(C("id", T(K::Integer))), slit("1"))})};
    Column always = pk(C("id", T(K::Integer)));
    always.identity = IdentitySpec{};
    always.identity->always = true;
    always.identity->start = 1;
    always.identity->increment = 2;
    ops << CreateTable{Table("t10", {always})};
    return ops;
}

QList<Operation> createTableConstraints()
{
    Column x = withFk(C("x", Bool(true, "ck_x")), "o.id");
    x.unique = true;
    SqlType e = Enum({"a", "b"}, "en");
    e.createConstraint = true;
    e.nativeEnum = false;
    Column n = C("n", T(K::Integer));
    n.checks << Check({}, txt("n > 0"));
    TableDef t = Table("child", {C("id", T(K::Integer)), notNull(C("parent_id", T(K::Integer))), x, C("e", e), n});
    Constraint fk = Fk("fk_child_parent", {"parent_id"}, "parent", {"id"});
    fk.fk.onUpdate = QStringLiteral("CASCADE");
    fk.fk.onDelete = QStringLiteral("SET NULL");
    fk.fk.deferrable = true;
    fk.fk.initially = QStringLiteral("DEFERRED");
    t.constraints << Pk("pk_child", {"id"}) << fk << Unique({}, {"parent_id", "n"}) << Check({}, txt("1=1"));
    t.indexes << Idx("ix_child_n", {}, {"n"}, true);
    return {CreateTable{t}};
}

QList<Operation> createTableQuoting()
{
    TableDef t = Table("User", {pk(C("Id", T(K::Integer))), C("order", T(K::Integer)), C("user", T(K::Integer)),
                                C("old", T(K::Integer)), C("select", T(K::Integer)), C("has space", T(K::Integer)),
                                C("1abc", T(K::Integer)), C("key", T(K::Integer))});
    return {CreateTable{t}};
}

QList<Operation> createTableSchemaEnumTwice()
{
    SqlType mood2 = Enum({"x", "y"}, "mood2", K::PgEnum);
    mood2.createType = false;
    Column v = C("v", T(K::Integer));
    v.index = true;
    return {CreateTable{Table("a", {C("m", Enum({"x", "y"}, "mood"))}, "s")},
            CreateTable{Table("b", {C("m", Enum({"x", "y"}, "mood"))})},
            CreateTable{Table("c", {C("m", mood2), v}, "s")}};
}

QList<Operation> renameTable()
{
    return {RenameTable{"t", "t2", {}}, RenameTable{"t", "t2", "s"}, RenameTable{"Old", "user", {}}};
}

QList<Operation> tableComments()
{
    return {CreateTableComment{"t", {}, "my table", std::nullopt}, CreateTableComment{"t", "s", "it's", std::nullopt},
            DropTableComment{"t", {}, std::nullopt}};
}

QList<Operation> dropTable()
{
    return {DropTable{"t", {}, false}, DropTable{"t", "s", false}, DropTable{"order", {}, false}};
}

QList<Operation> execute()
{
    return {Execute{txt("UPDATE t SET c = 'a'")},
            Execute{SqlExpression::text(QStringLiteral("DELETE FROM everything WHERE id = :id"), {{"id", qint64(5)}})},
            Execute{SqlExpression::text(QStringLiteral("select :a, :b, :c, :d, 10:30, x::int, \\:e"),
                                        {{"a", 1.5}, {"b", QStringLiteral("it's")}, {"c", SqlValue()}, {"d", true}})},
            Execute{txt("ALTER TYPE mood ADD VALUE 'c'")}};
}

TableDef everythingLite()
{
    return Table("everything", {C("id", T(K::Integer)), C("s", Str()), C("flag", Bool()), C("x", T(K::Float))});
}

SqlExpression ecol(const char *name, K kind)
{
    return colref(name, "everything", P(T(kind)));
}

QList<Operation> executeDml()
{
    const TableDef t = everythingLite();
    auto dml = [&t](DmlStatement::Kind kind, QList<QPair<QString, SqlExpression>> values,
                    std::optional<SqlExpression> where) {
        DmlStatement d;
        d.kind = kind;
        d.table = t;
        d.values = std::move(values);
        d.where = std::move(where);
        return Execute{d};
    };
    using DK = DmlStatement::Kind;
    QList<Operation> ops;
    ops << dml(DK::Update, {{"s", SqlExpression::inlineLiteral(QStringLiteral("it's"))}},
               bin("=", ecol("id", K::Integer), SqlExpression::inlineLiteral(qint64(7))));
    ops << dml(DK::Update, {{"x", lit(2.5e20)}, {"s", slit("q")}},
               SqlExpression::conjunction("AND", {bin("=", ecol("id", K::Integer), lit(qint64(5))),
                                                  SqlExpression::conjunction("OR", {bin("=", ecol("s", K::String), slit("x")),
                                                                                    bin("IS", ecol("flag", K::Boolean), SqlExpression::null())})}));
    ops << dml(DK::Delete, {}, bin("IN", ecol("id", K::Integer),
                                   SqlExpression::list({lit(qint64(1)), lit(qint64(2)), lit(qint64(3))})));
    ops << dml(DK::Delete, {}, bin("LIKE", ecol("s", K::String), slit("a%")));
    ops << dml(DK::Insert, {{"id", lit(qint64(5))}, {"s", slit("z")}, {"flag", lit(false)}}, std::nullopt);
    ops << dml(DK::Update, {{"x", bin("+", ecol("x", K::Float), lit(qint64(1)))}},
               bin("=", ecol("flag", K::Boolean), lit(true)));
    ops << dml(DK::Update, {{"s", fn("upper", {ecol("s", K::String)})}}, bin("!=", ecol("s", K::String), lit(SqlValue())));
    ops << dml(DK::Delete, {}, SqlExpression::unary("NOT", bin("=", ecol("id", K::Integer), lit(qint64(3)))));
    ops << dml(DK::Update, {{"x", bin("*", bin("-", ecol("x", K::Float), lit(qint64(1))), lit(qint64(2)))}}, std::nullopt);
    DmlStatement s;
    s.kind = DK::Update;
    s.table = Table("v", {C("n", T(K::Integer))}, "meta");
    s.values = {{"n", lit(qint64(2))}};
    s.where = bin("=", colref("n", "v", P(T(K::Integer))), lit(qint64(1)));
    ops << Execute{s};
    return ops;
}

QList<Operation> bulkInsert()
{
    BulkInsert b;
    b.table = everythingLite();
    b.rows << QList<QPair<QString, SqlExpression>>{{"id", lit(qint64(1))}, {"s", slit("one")}, {"flag", lit(true)}};
    b.rows << QList<QPair<QString, SqlExpression>>{{"id", lit(qint64(2))}, {"s", lit(SqlValue())}, {"flag", lit(false)}};
    b.rows << QList<QPair<QString, SqlExpression>>{{"x", lit(0.1)}, {"id", lit(qint64(3))}, {"s", slit("a\\b%")}};
    BulkInsert c;
    c.table = everythingLite();
    c.multiinsert = false;
    c.rows << QList<QPair<QString, SqlExpression>>{{"id", lit(qint64(4))}, {"x", lit(1e16)}};
    c.rows << QList<QPair<QString, SqlExpression>>{{"id", lit(qint64(5))}, {"x", lit(123456.789)}};
    c.rows << QList<QPair<QString, SqlExpression>>{{"id", lit(qint64(6))}, {"x", lit(1e-05)}};
    c.rows << QList<QPair<QString, SqlExpression>>{{"id", lit(qint64(7))}, {"x", lit(-2.0)}};
    return {b, c};
}

QList<Operation> pgEnumCreateDrop()
{
    SqlType mood = Enum({"happy", "sad"}, "mood", K::PgEnum);
    return {CreateEnumType{mood, false}, CreateTable{Table("t", {C("m", mood)})}, DropEnumType{mood, false}};
}

} // namespace

QMap<QString, std::function<QList<Operation>()>> sqlCases()
{
    QMap<QString, std::function<QList<Operation>()>> cases = moreSqlCases();
    cases.insert(alterSqlCases());
    cases.insert(batchSqlCases());
    cases.insert({
        {"create_table_types", createTableTypes},
        {"create_table_pgtypes", createTablePgTypes},
        {"create_table_uppercase", createTableUppercase},
        {"create_table_autoincrement", createTableAutoincrement},
        {"create_table_constraints", createTableConstraints},
        {"create_table_quoting", createTableQuoting},
        {"create_table_schema_enum_twice", createTableSchemaEnumTwice},
        {"rename_table", renameTable},
        {"table_comments", tableComments},
        {"drop_table", dropTable},
        {"execute", execute},
        {"execute_dml", executeDml},
        {"bulk_insert", bulkInsert},
        {"pg_enum_create_drop", pgEnumCreateDrop},
    });
    return cases;
}

} // namespace retort::test
