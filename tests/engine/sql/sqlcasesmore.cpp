// More cases of tests/data/sql/oracle.py as C++ values: PostgreSQL range and other dialect
// types, server-default elements (SQLite's parentheses), batch_op.execute() order.
#include "sqlcases.h"

#include "opbuilders.h"

namespace retort::test {

namespace {

QList<Operation> createTablePgRanges()
{
    SqlType bits(K::PgBit);
    bits.length = 8;
    SqlType vbits(K::PgBit);
    vbits.varying = true;
    SqlType vbits12 = vbits;
    vbits12.length = 12;
    SqlType span(K::PgInterval);
    span.fields = QStringLiteral("DAY TO SECOND");
    SqlType span3(K::PgInterval);
    span3.precision = 3;
    span3.fields = QStringLiteral("SECOND");
    return {CreateTable{Table(QStringLiteral("pgranges"), {
        C("i4", T(K::PgInt4Range)),
        C("i8", T(K::PgInt8Range)),
        C("num", T(K::PgNumRange)),
        C("days", T(K::PgDateRange)),
        C("during", T(K::PgTsRange)),
        C("during_tz", T(K::PgTstzRange)),
        C("rel", T(K::PgRegclass)),
        C("mac8", T(K::PgMacaddr8)),
        C("bits", bits),
        C("vbits", vbits),
        C("vbits12", vbits12),
        C("kv", T(K::PgHstore)),
        C("o", T(K::PgOid)),
        C("span", span),
        C("span3", span3),
        C("r", T(K::REAL)),
    })}};
}

QList<Operation> alterColumnTypeUnrenderable()
{
    AlterColumn a = Alter(QStringLiteral("t"), QStringLiteral("c"));
    a.type = T(K::PgTsRange);
    return {a};
}

QList<Operation> addColumnUnrenderable()
{
    AddColumn a;
    a.table = QStringLiteral("t");
    a.column = C("c", T(K::PgMoney));
    return {a};
}

QList<Operation> serverDefaultElements()
{
    const SqlExpression one = SqlExpression::literalColumn(QStringLiteral("1"));
    const SqlExpression two = SqlExpression::literalColumn(QStringLiteral("2"));
    TableDef t = Table(QStringLiteral("defaults"), {
        withDefault(C("lc", T(K::Integer)), SqlExpression::literalColumn(QStringLiteral("0"))),
        withDefault(C("txt", T(K::Integer)), txt("0")),
        withDefault(C("s", Str(5)), slit("0")),
        withDefault(C("fn", T(K::DateTime)), fn("now")),
        withDefault(C("t", T(K::Boolean)), SqlExpression::trueValue()),
        withDefault(C("lit", T(K::Integer)), lit(qint64(5))),
        withDefault(C("expr", T(K::Integer)), bin("+", one, two)),
    });
    AddColumn added;
    added.table = QStringLiteral("defaults");
    added.column = withDefault(C("added", T(K::Integer)), SqlExpression::literalColumn(QStringLiteral("7")));
    AlterColumn a = Alter(QStringLiteral("defaults"), QStringLiteral("lc"));
    a.serverDefault = Change<SqlExpression>::to(one);
    return {CreateTable{t}, added, a};
}

QList<Operation> batchExecuteOrder()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    AddColumn nick;
    nick.table = b.table;
    nick.column = C("nick", Str(20));
    Index ix = Idx("ix_account_nick", b.table, {"nick"});
    b.ops.push_back(nick);
    b.ops.push_back(Execute{txt("UPDATE account SET flag = 1")});
    b.ops.push_back(CreateIndex{ix});
    b.ops.push_back(Execute{SqlExpression::text(QStringLiteral("DELETE FROM account WHERE id = :id"),
                                                {{QStringLiteral("id"), SqlValue(qint64(5))}})});
    return {Operation(b)};
}

} // namespace

QMap<QString, std::function<QList<Operation>()>> moreSqlCases()
{
    return {
        {"create_table_pg_ranges", createTablePgRanges},
        {"alter_column_type_unrenderable", alterColumnTypeUnrenderable},
        {"add_column_unrenderable", addColumnUnrenderable},
        {"server_default_elements", serverDefaultElements},
        {"batch_execute_order", batchExecuteOrder},
    };
}

} // namespace retort::test
