// The operation model's own behaviour: type names, nullability defaults, FK target parsing,
// Change<> states, operation names and batch nesting.
#include "ops/operation.h"

#include <QtTest>

using namespace retort::ops;

class TestOpsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typeNames_data();
    void typeNames();
    void typeHelpers();
    void literalColumnAndBindparam();
    void columnNullability();
    void foreignKeyTarget_data();
    void foreignKeyTarget();
    void tableHelpers();
    void changeStates();
    void operationNames();
};

void TestOpsModel::typeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("String") << "String" << int(SqlType::Kind::String);
    QTest::newRow("VARCHAR") << "VARCHAR" << int(SqlType::Kind::VARCHAR);
    QTest::newRow("JSON") << "JSON" << int(SqlType::Kind::Json);
    QTest::newRow("pg JSONB") << "postgresql.JSONB" << int(SqlType::Kind::PgJsonb);
    QTest::newRow("pg UUID") << "postgresql.UUID" << int(SqlType::Kind::UUID);
    QTest::newRow("pg TIMESTAMP") << "postgresql.TIMESTAMP" << int(SqlType::Kind::TIMESTAMP);
    QTest::newRow("sqlite DATETIME") << "sqlite.DATETIME" << int(SqlType::Kind::DATETIME);
    QTest::newRow("sqlmodel") << "sqlmodel.AutoString" << int(SqlType::Kind::AutoString);
    QTest::newRow("pg TSRANGE") << "postgresql.TSRANGE" << int(SqlType::Kind::PgTsRange);
    QTest::newRow("pg DATERANGE") << "postgresql.DATERANGE" << int(SqlType::Kind::PgDateRange);
    QTest::newRow("pg REGCLASS") << "postgresql.REGCLASS" << int(SqlType::Kind::PgRegclass);
    QTest::newRow("unknown") << "Geometry" << -1;
}

void TestOpsModel::typeNames()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const auto k = SqlType::kindFromClassName(name);
    if (kind < 0) {
        QVERIFY(!k.has_value());
        return;
    }
    QVERIFY(k.has_value());
    QCOMPARE(int(*k), kind);
}

void TestOpsModel::typeHelpers()
{
    QVERIFY(SqlType(SqlType::Kind::BIGINT).isInteger());
    QVERIFY(!SqlType(SqlType::Kind::Numeric).isInteger());
    QVERIFY(SqlType(SqlType::Kind::Boolean).isSchemaType());
    QVERIFY(SqlType(SqlType::Kind::PgEnum).isEnum());
    QCOMPARE(SqlType(SqlType::Kind::PgJsonb).className(), QStringLiteral("postgresql.JSONB"));
    SqlType json(SqlType::Kind::Json);
    json.variants.insert(QStringLiteral("postgresql"), std::make_shared<const SqlType>(SqlType::Kind::PgJsonb));
    QCOMPARE(json.forDialect(QStringLiteral("postgresql")).kind, SqlType::Kind::PgJsonb);
    QCOMPARE(json.forDialect(QStringLiteral("sqlite")).kind, SqlType::Kind::Json);
    SqlType copy = json;
    QVERIFY(copy == json);
    copy.length = 3;
    QVERIFY(!(copy == json));
    SqlType bit(SqlType::Kind::PgBit);
    SqlType varbit = bit;
    varbit.varying = true;
    QVERIFY(!(bit == varbit));
    QCOMPARE(SqlType(SqlType::Kind::PgTstzRange).className(), QStringLiteral("postgresql.TSTZRANGE"));
}

void TestOpsModel::literalColumnAndBindparam()
{
    // sa.literal_column(): verbatim SQL of its own kind (not text(): no :params, a ColumnElement)
    const SqlExpression lc = SqlExpression::literalColumn(QStringLiteral("0"));
    QCOMPARE(lc.kind, SqlExpression::Kind::LiteralColumn);
    QCOMPARE(lc.sql, QStringLiteral("0"));
    QVERIFY(!lc.isText());
    QVERIFY(!lc.isStringLiteral());
    // sa.bindparam("k", v): a literal that remembers its key
    SqlExpression bp = SqlExpression::literal(SqlValue(true));
    bp.sql = QStringLiteral("flag");
    QCOMPARE(bp.kind, SqlExpression::Kind::Literal);
    QVERIFY(!bp.isStringLiteral());
}

void TestOpsModel::columnNullability()
{
    Column c;
    QVERIFY(c.effectiveNullable());
    c.primaryKey = true;
    QVERIFY(!c.effectiveNullable());
    c.nullable = true;
    QVERIFY(c.effectiveNullable());
}

void TestOpsModel::foreignKeyTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("plain") << "owner.id" << "" << "owner" << "id";
    QTest::newRow("schema") << "s.owner.id" << "s" << "owner" << "id";
    QTest::newRow("dotted schema") << "db.s.owner.id" << "db.s" << "owner" << "id";
}

void TestOpsModel::foreignKeyTarget()
{
    QFETCH(QString, target);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, column);
    ForeignKeySpec fk;
    fk.target = target;
    QCOMPARE(fk.targetSchema(), schema);
    QCOMPARE(fk.targetTable(), table);
    QCOMPARE(fk.targetColumn(), column);
}

void TestOpsModel::tableHelpers()
{
    TableDef t;
    Column a;
    a.name = QStringLiteral("a");
    Column b;
    b.name = QStringLiteral("b");
    b.primaryKey = true;
    t.columns << a << b;
    QCOMPARE(t.columnIndex(QStringLiteral("b")), 1);
    QCOMPARE(t.columnIndex(QStringLiteral("z")), -1);
    QVERIFY(t.column(QStringLiteral("a")));
    QCOMPARE(t.primaryKeyColumns(), QStringList{QStringLiteral("b")});
    Constraint pk;
    pk.kind = Constraint::Kind::PrimaryKey;
    pk.columns = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    t.constraints << pk;
    QCOMPARE(t.primaryKeyColumns(), pk.columns);
}

void TestOpsModel::changeStates()
{
    AlterColumn a;
    QVERIFY(!a.serverDefault.given);
    a.serverDefault = Change<SqlExpression>::none();
    QVERIFY(a.serverDefault.isNone());
    QVERIFY(!a.serverDefault.hasValue());
    a.comment = Change<QString>::to(QStringLiteral("x"));
    QVERIFY(a.comment.hasValue());
    QCOMPARE(*a.comment.value, QStringLiteral("x"));
}

void TestOpsModel::operationNames()
{
    Constraint fk;
    fk.kind = Constraint::Kind::ForeignKey;
    CreateConstraint cc;
    cc.constraint = fk;
    QCOMPARE(Operation(cc, 7).name(), QStringLiteral("create_foreign_key"));
    QCOMPARE(Operation(cc, 7).line, 7);
    BatchAlterTable b;
    b.ops.push_back(Operation(DropTable{}, 3));
    const Operation batch(b, 2);
    QVERIFY(batch.is<BatchAlterTable>());
    QCOMPARE(batch.name(), QStringLiteral("batch_alter_table"));
    QCOMPARE(batch.as<BatchAlterTable>().ops.front().name(), QStringLiteral("drop_table"));
    QCOMPARE(batch.as<BatchAlterTable>().ops.front().line, 3);
    const Operation copy = batch;
    QCOMPARE(copy.as<BatchAlterTable>().ops.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestOpsModel)
#include "tst_opsmodel.moc"
