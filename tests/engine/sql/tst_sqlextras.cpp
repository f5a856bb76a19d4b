// Rendering that the Alembic 1.8.1 oracle cannot produce: keywords of current Alembic (1.12–1.16:
// if_exists / if_not_exists, reference §7.4 and §10), SQLAlchemy 2.0 date literals, and the batch
// reflection hook used online. Expected texts are the reference's §7.4 rows.
#include "opbuilders.h"

#include "sql/dialect.h"

#include <QtTest>

using namespace retort;
using namespace retort::test;

Q_DECLARE_METATYPE(retort::ops::Operation)
Q_DECLARE_METATYPE(retort::ops::SqlValue)

class TestSqlExtras : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void literals_data();
    void literals();
    void batchUsesReflectedTable();
    void quoting();
};


void TestSqlExtras::render_data()
{
    QTest::addColumn<ops::Operation>("op");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");

    AddColumn add;
    add.table = QStringLiteral("t");
    add.column = C("c", T(K::Integer));
    add.ifNotExists = true;
    QTest::newRow("add_column if_not_exists") << Operation(add) << "ALTER TABLE t ADD COLUMN IF NOT EXISTS c INTEGER"
                                              << "ALTER TABLE t ADD COLUMN IF NOT EXISTS c INTEGER";
    DropColumn drop;
    drop.table = QStringLiteral("t");
    drop.column = QStringLiteral("c");
    drop.ifExists = true;
    QTest::newRow("drop_column if_exists") << Operation(drop) << "ALTER TABLE t DROP COLUMN IF EXISTS c"
                                           << "ALTER TABLE t DROP COLUMN IF EXISTS c";
    Index i = Idx("ix_t_c2", "t", {"c", "d"}, true);
    i.ifNotExists = true;
    QTest::newRow("create_index if_not_exists") << Operation(CreateIndex{i}) << "CREATE UNIQUE INDEX IF NOT EXISTS ix_t_c2 ON t (c, d)"
                                                << "CREATE UNIQUE INDEX IF NOT EXISTS ix_t_c2 ON t (c, d)";
    DropIndex di;
    di.name = QStringLiteral("ix_t_c");
    di.table = QStringLiteral("t");
    di.ifExists = true;
    QTest::newRow("drop_index if_exists") << Operation(di) << "DROP INDEX IF EXISTS ix_t_c" << "DROP INDEX IF EXISTS ix_t_c";
    QTest::newRow("drop_table if_exists") << Operation(DropTable{"t", {}, true}) << "DROP TABLE IF EXISTS t"
                                          << "DROP TABLE IF EXISTS t";
    TableDef t = Table("t", {pk(C("id", T(K::Integer)))});
    t.ifNotExists = true;
    QTest::newRow("create_table if_not_exists") << Operation(CreateTable{t})
                                                << "CREATE TABLE IF NOT EXISTS t (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)"
                                                << "CREATE TABLE IF NOT EXISTS t (\n\tid SERIAL NOT NULL, \n\tPRIMARY KEY (id)\n)";
    DropConstraint dc;
    dc.name = QStringLiteral("uq_t_c");
    dc.table = QStringLiteral("t");
    dc.ifExists = true;
    QTest::newRow("drop_constraint if_exists") << Operation(dc)
                                               << "NotImplementedError: No support for ALTER of constraints in SQLite dialect. "
                                                  "Please refer to the batch mode feature which allows for SQLite migrations "
                                                  "using a copy-and-move strategy."
                                               << "ALTER TABLE t DROP CONSTRAINT IF EXISTS uq_t_c";
    AddColumn inl;
    inl.table = QStringLiteral("t");
    inl.column = withFk(C("o_id", T(K::Integer)), "o.id");
    inl.inlineReferences = true;
    QTest::newRow("add_column inline_references") << Operation(inl) << "ALTER TABLE t ADD COLUMN o_id INTEGER REFERENCES o (id)"
                                                  << "ALTER TABLE t ADD COLUMN o_id INTEGER REFERENCES o (id)";
    SqlType json(K::Json);
    json.variants.insert(QStringLiteral("postgresql"), P(T(K::PgJsonb)));
    QTest::newRow("with_variant") << Operation(CreateTable{Table("v", {C("doc", json)})})
                                  << "CREATE TABLE v (\n\tdoc JSON\n)" << "CREATE TABLE v (\n\tdoc JSONB\n)";
    QTest::newRow("uuid sa2") << Operation(CreateTable{Table("u", {C("id", T(K::Uuid))})})
                              << "CREATE TABLE u (\n\tid CHAR(32)\n)" << "CREATE TABLE u (\n\tid UUID\n)";
    QTest::newRow("autostring") << Operation(CreateTable{Table("m", {C("name", Str(std::nullopt, K::AutoString))})})
                                << "CREATE TABLE m (\n\tname VARCHAR\n)" << "CREATE TABLE m (\n\tname VARCHAR\n)";
}

void TestSqlExtras::render()
{
    QFETCH(ops::Operation, op);
    for (const char *name : {"sqlite", "postgresql"}) {
        auto d = sql::Dialect::create(QString::fromLatin1(name));
        sql::RenderState state;
        auto r = d->render(op, state);
        const QString actual = r.ok() ? r->join(QStringLiteral(";\n")) : r.error().message;
        if (QLatin1String(name) == QLatin1String("sqlite")) {
            QFETCH(QString, sqlite);
            QCOMPARE(actual, sqlite);
        } else {
            QFETCH(QString, postgresql);
            QCOMPARE(actual, postgresql);
        }
    }
}

void TestSqlExtras::literals_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<ops::SqlValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date") << "postgresql" << ops::SqlValue(QDate(2024, 2, 29)) << "'2024-02-29'";
    QTest::newRow("datetime pg") << "postgresql" << ops::SqlValue(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5))) << "'2024-01-02 03:04:05'";
    QTest::newRow("datetime sqlite") << "sqlite" << ops::SqlValue(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5)))
                                     << "'2024-01-02 03:04:05.000000'";
    QTest::newRow("float 0.1") << "sqlite" << ops::SqlValue(0.1) << "0.1";
    QTest::newRow("float 1e16") << "sqlite" << ops::SqlValue(1e16) << "1e+16";
    QTest::newRow("float 100") << "sqlite" << ops::SqlValue(100.0) << "100.0";
    QTest::newRow("float 1.5e-7") << "sqlite" << ops::SqlValue(1.5e-7) << "1.5e-07";
    QTest::newRow("backslash pg") << "postgresql" << ops::SqlValue(QStringLiteral("a\\b")) << "'a\\\\b'";
    QTest::newRow("none") << "postgresql" << ops::SqlValue() << "NULL";
    QTest::newRow("bool sqlite") << "sqlite" << ops::SqlValue(true) << "1";
}

void TestSqlExtras::literals()
{
    QFETCH(QString, dialect);
    QFETCH(ops::SqlValue, value);
    QFETCH(QString, expected);
    auto d = sql::Dialect::create(dialect);
    auto r = d->renderLiteral(value);
    QVERIFY(r.ok());
    QCOMPARE(*r, expected);
}

void TestSqlExtras::batchUsesReflectedTable()
{
    BatchAlterTable b;
    b.table = QStringLiteral("account");
    DropColumn drop;
    drop.table = QStringLiteral("account");
    drop.column = QStringLiteral("old");
    b.ops.push_back(drop);
    auto d = sql::Dialect::create(QStringLiteral("sqlite"));
    sql::RenderState state;
    QString askedFor;
    state.reflectTable = [&askedFor](const QString &table, const QString &) -> Result<TableDef> {
        askedFor = table;
        return Table(table, {pk(C("id", T(K::Integer))), C("old", T(K::Integer))});
    };
    auto r = d->render(Operation(b), state);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(askedFor, QStringLiteral("account"));
    QCOMPARE(r->join(QStringLiteral(";\n")),
             QStringLiteral("CREATE TABLE _alembic_tmp_account (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n);\n"
                            "INSERT INTO _alembic_tmp_account (id) SELECT account.id \nFROM account;\n"
                            "DROP TABLE account;\nALTER TABLE _alembic_tmp_account RENAME TO account"));
}

void TestSqlExtras::quoting()
{
    auto pg = sql::Dialect::create(QStringLiteral("postgresql"));
    auto lite = sql::Dialect::create(QStringLiteral("sqlite"));
    QCOMPARE(pg->quoteIdentifier(QStringLiteral("user")), QStringLiteral("\"user\""));
    QCOMPARE(lite->quoteIdentifier(QStringLiteral("user")), QStringLiteral("user"));
    QCOMPARE(lite->quoteIdentifier(QStringLiteral("key")), QStringLiteral("\"key\""));
    QCOMPARE(pg->quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(pg->quoteIdentifier(QStringLiteral("$x")), QStringLiteral("\"$x\""));
    QCOMPARE(pg->formatTable(QStringLiteral("T"), QStringLiteral("my.schema")), QStringLiteral("my.schema.\"T\""));
    QVERIFY(!sql::Dialect::create(QStringLiteral("mysql")));
}

QTEST_GUILESS_MAIN(TestSqlExtras)
#include "tst_sqlextras.moc"
