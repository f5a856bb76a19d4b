// OfflineScriptWriter + VersionTableSql + OfflineContext against the reference's complete
// `alembic ... --sql` captures (tests/data/sql/offline, copied from alembic-reference.md §5.6).
#include "opbuilders.h"

#include "sql/dialect.h"
#include "sql/offlinecontext.h"
#include "sql/offlinescriptwriter.h"
#include "sql/versiontablesql.h"

#include "testsupport.h"

#include <QtTest>

using namespace retort;
using namespace retort::test;

namespace {

const QString A = QStringLiteral("a1b2c3d4e5f6");
const QString B = QStringLiteral("b2c3d4e5f6a7");
const QString C1 = QStringLiteral("c3d4e5f6a7b8");
const QString CA = QStringLiteral("c3d4aaaaaaaa");
const QString D = QStringLiteral("d4e5f6a7b8c9");
const QString E = QStringLiteral("e5f6a7b8c9d0");
const QString F = QStringLiteral("f6a7b8c9d0e1");

Operation idTable(const char *name)
{
    return CreateTable{Table(QString::fromLatin1(name), {pk(ops::Column{C("id", T(K::Integer))})})};
}

AddColumn addCol(const char *table, ops::Column c)
{
    AddColumn a;
    a.table = QString::fromLatin1(table);
    a.column = std::move(c);
    return a;
}

struct Step {
    QString running;
    bool headsEmpty = false;
    QList<Operation> ops;
    std::function<void(sql::OfflineScriptWriter &)> version;
};

QString runSteps(const QString &dialectName, const QList<Step> &steps, bool tpm)
{
    auto dialect = sql::Dialect::create(dialectName);
    sql::OfflineScriptWriter::Options o;
    o.transactionalDdl = dialect->transactionalDdl();
    o.transactionPerMigration = tpm;
    sql::OfflineScriptWriter w(*dialect, o);
    sql::OfflineContext ctx(*dialect);
    w.begin();
    for (const Step &s : steps) {
        w.beginStep(s.running, s.headsEmpty);
        for (const Operation &op : s.ops) {
            auto r = ctx.run(op);
            if (!r.ok())
                return QStringLiteral("ERROR: ") + r.error().message;
        }
        w.addItems(ctx.takeItems());
        s.version(w);
        w.endStep();
    }
    w.end();
    return w.text();
}

QList<Step> wholeGraph()
{
    return {
        {QStringLiteral("Running upgrade  -> ") + A, true,
         {CreateTable{Table("account", {pk(C("id", T(K::Integer))), notNull(C("name", Str(50))),
                                        C("description", Str(200))})}},
         [](auto &w) { w.versionInsert(A); }},
        {QStringLiteral("Running upgrade %1 -> %2").arg(A, B), false, {addCol("account", C("email", Str(100)))},
         [](auto &w) { w.versionUpdate(A, B); }},
        {QStringLiteral("Running upgrade %1 -> %2").arg(B, C1), false, {idTable("orders")},
         [](auto &w) { w.versionUpdate(B, C1); }},
        {QStringLiteral("Running upgrade %1 -> %2").arg(B, CA), false, {idTable("invoices")},
         [](auto &w) { w.versionInsert(CA); }},
        {QStringLiteral("Running upgrade %1, %2 -> %3").arg(CA, C1, D), false, {},
         [](auto &w) {
             w.versionDelete(CA);
             w.versionUpdate(C1, D);
         }},
        {QStringLiteral("Running upgrade  -> ") + E, false, {idTable("audit")}, [](auto &w) { w.versionInsert(E); }},
        {QStringLiteral("Running upgrade %1 -> %2").arg(E, F), false, {addCol("audit", C("account_id", T(K::Integer)))},
         [](auto &w) {
             w.versionDelete(E);
             w.versionUpdate(D, F);
         }},
    };
}

} // namespace

class TestOfflineScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromBaseSqlite();
    void wholeGraphPostgresql();
    void wholeGraphSqliteHasNoTransactions();
    void transactionPerMigration();
    void downgradeToBase();
    void versionTableOptions_data();
    void versionTableOptions();
    void autocommitBlock();
    void formatStatement();
    void queryFailsOffline();
};

void TestOfflineScript::fromBaseSqlite()
{
    const QList<Step> steps = wholeGraph().mid(0, 2);
    QCOMPARE(runSteps(QStringLiteral("sqlite"), steps, false), readFile(dataPath(QStringLiteral("sql/offline/from_base.sqlite.sql"))));
}

void TestOfflineScript::wholeGraphPostgresql()
{
    QCOMPARE(runSteps(QStringLiteral("postgresql"), wholeGraph(), false),
             readFile(dataPath(QStringLiteral("sql/offline/whole_graph.postgresql.sql"))));
}

void TestOfflineScript::wholeGraphSqliteHasNoTransactions()
{
    // "the SQLite output is identical except: no BEGIN/COMMIT, INTEGER instead of SERIAL, no RETURNING"
    QString expected = readFile(dataPath(QStringLiteral("sql/offline/whole_graph.postgresql.sql")));
    expected.remove(QStringLiteral("BEGIN;\n\n"));
    expected.remove(QStringLiteral("COMMIT;\n\n"));
    expected.replace(QStringLiteral("SERIAL NOT NULL"), QStringLiteral("INTEGER NOT NULL"));
    expected.remove(QStringLiteral(" RETURNING alembic_version.version_num"));
    QCOMPARE(runSteps(QStringLiteral("sqlite"), wholeGraph(), false), expected);
    QCOMPARE(runSteps(QStringLiteral("sqlite"), wholeGraph(), true), expected);
}

void TestOfflineScript::transactionPerMigration()
{
    const QList<Step> steps = wholeGraph().mid(2, 3);
    QCOMPARE(runSteps(QStringLiteral("postgresql"), steps, true), readFile(dataPath(QStringLiteral("sql/offline/tpm.postgresql.sql"))));
    // from base: the version table DDL sits inside the first transaction
    const QString first = runSteps(QStringLiteral("postgresql"), wholeGraph().mid(0, 1), true);
    QVERIFY(first.startsWith(QStringLiteral("BEGIN;\n\nCREATE TABLE alembic_version (\n")));
    QVERIFY(first.endsWith(QStringLiteral("RETURNING alembic_version.version_num;\n\nCOMMIT;\n\n")));
}

void TestOfflineScript::downgradeToBase()
{
    DropColumn dropEmail;
    dropEmail.table = QStringLiteral("account");
    dropEmail.column = QStringLiteral("email");
    DropColumn dropAccountId;
    dropAccountId.table = QStringLiteral("audit");
    dropAccountId.column = QStringLiteral("account_id");
    const QList<Step> steps = {
        {QStringLiteral("Running downgrade %1 -> %2").arg(F, E), false, {dropAccountId},
         [](auto &w) {
             w.versionInsert(E);
             w.versionUpdate(F, D);
         }},
        {QStringLiteral("Running downgrade %1 -> ").arg(E), false, {DropTable{"audit", {}, false}},
         [](auto &w) { w.versionDelete(E); }},
        {QStringLiteral("Running downgrade %1 -> %2, %3").arg(D, CA, C1), false, {},
         [](auto &w) {
             w.versionInsert(CA);
             w.versionUpdate(D, C1);
         }},
        {QStringLiteral("Running downgrade %1 -> %2").arg(CA, B), false, {DropTable{"invoices", {}, false}},
         [](auto &w) { w.versionDelete(CA); }},
        {QStringLiteral("Running downgrade %1 -> %2").arg(C1, B), false, {DropTable{"orders", {}, false}},
         [](auto &w) { w.versionUpdate(C1, B); }},
        {QStringLiteral("Running downgrade %1 -> %2").arg(B, A), false, {dropEmail},
         [](auto &w) { w.versionUpdate(B, A); }},
        {QStringLiteral("Running downgrade %1 -> ").arg(A), false, {DropTable{"account", {}, false}},
         [](auto &w) { w.versionDelete(A); }},
    };
    // current Alembic: no DROP TABLE alembic_version at the end
    QCOMPARE(runSteps(QStringLiteral("postgresql"), steps, false),
             readFile(dataPath(QStringLiteral("sql/offline/downgrade_base.postgresql.sql"))));
}

void TestOfflineScript::versionTableOptions_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<bool>("pk");
    QTest::addColumn<QString>("expected");
    const QString custom = QStringLiteral(
        "CREATE TABLE meta.my_versions (\n    version_num VARCHAR(32) NOT NULL\n);\n\n"
        "INSERT INTO meta.my_versions (version_num) VALUES ('abc');\n\n"
        "UPDATE meta.my_versions SET version_num='def' WHERE meta.my_versions.version_num = 'abc';\n\n"
        "DELETE FROM meta.my_versions WHERE meta.my_versions.version_num = 'def';\n\n");
    // §5.1: identical on both dialects without the pk (no RETURNING)
    QTest::newRow("custom-sqlite") << "sqlite" << "my_versions" << "meta" << false << custom;
    QTest::newRow("custom-pg") << "postgresql" << "my_versions" << "meta" << false << custom;
    QTest::newRow("default-pg") << "postgresql" << "alembic_version" << "" << true
                                << QStringLiteral(
                                       "CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                                       "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\n"
                                       "INSERT INTO alembic_version (version_num) VALUES ('abc') RETURNING "
                                       "alembic_version.version_num;\n\n"
                                       "UPDATE alembic_version SET version_num='def' WHERE alembic_version.version_num = 'abc';\n\n"
                                       "DELETE FROM alembic_version WHERE alembic_version.version_num = 'def';\n\n");
    QTest::newRow("quoted-pk-sqlite") << "sqlite" << "Versions" << "" << true
                                      << QStringLiteral(
                                             "CREATE TABLE \"Versions\" (\n    version_num VARCHAR(32) NOT NULL, \n"
                                             "    CONSTRAINT \"Versions_pkc\" PRIMARY KEY (version_num)\n);\n\n"
                                             "INSERT INTO \"Versions\" (version_num) VALUES ('abc');\n\n"
                                             "UPDATE \"Versions\" SET version_num='def' WHERE \"Versions\".version_num = 'abc';\n\n"
                                             "DELETE FROM \"Versions\" WHERE \"Versions\".version_num = 'def';\n\n");
}

void TestOfflineScript::versionTableOptions()
{
    QFETCH(QString, dialect);
    QFETCH(QString, name);
    QFETCH(QString, schema);
    QFETCH(bool, pk);
    QFETCH(QString, expected);
    auto d = sql::Dialect::create(dialect);
    sql::VersionTableSql v(*d, sql::VersionTableSpec{name, schema, pk});
    QString out;
    for (const QString &s : {v.createTable(), v.insert(QStringLiteral("abc")), v.update(QStringLiteral("abc"), QStringLiteral("def")),
                             v.deleteRow(QStringLiteral("def"))})
        out += sql::OfflineScriptWriter::formatStatement(s);
    QCOMPARE(out, expected);
}

void TestOfflineScript::autocommitBlock()
{
    // §7.4: with op.get_context().autocommit_block(): op.execute("ALTER TYPE ..."); then op.execute("SELECT 1")
    auto run = [](const QString &dialectName) {
        auto d = sql::Dialect::create(dialectName);
        sql::OfflineScriptWriter w(*d);
        sql::OfflineContext ctx(*d);
        w.begin();
        for (const Operation &op : QList<Operation>{AutocommitBegin{}, Execute{txt("ALTER TYPE mood ADD VALUE 'c'")},
                                                    AutocommitEnd{}, Execute{txt("SELECT 1")}}) {
            auto r = ctx.run(op);
            if (!r.ok())
                return r.error().message;
        }
        w.addItems(ctx.takeItems());
        w.end();
        return w.text();
    };
    QCOMPARE(run(QStringLiteral("postgresql")),
             QStringLiteral("BEGIN;\n\nCOMMIT;\n\nALTER TYPE mood ADD VALUE 'c';\n\nBEGIN;\n\nSELECT 1;\n\nCOMMIT;\n\n"));
    QCOMPARE(run(QStringLiteral("sqlite")), QStringLiteral("ALTER TYPE mood ADD VALUE 'c';\n\nSELECT 1;\n\n"));
}

void TestOfflineScript::formatStatement()
{
    QCOMPARE(sql::OfflineScriptWriter::formatStatement(QStringLiteral("\nCREATE TABLE t (\n\tid INTEGER\n)\n\n")),
             QStringLiteral("CREATE TABLE t (\n    id INTEGER\n);\n\n"));
}

void TestOfflineScript::queryFailsOffline()
{
    auto d = sql::Dialect::create(QStringLiteral("sqlite"));
    sql::OfflineContext ctx(*d);
    QVERIFY(ctx.isOffline());
    QCOMPARE(ctx.dialectName(), QStringLiteral("sqlite"));
    auto r = ctx.query(Execute{txt("SELECT 1")}, 12);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("offline mode cannot return rows"));
    QCOMPARE(r.error().line, 12);
}

QTEST_GUILESS_MAIN(TestOfflineScript)
#include "tst_offlinescript.moc"
