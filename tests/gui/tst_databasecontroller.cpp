// DatabaseController + DatabaseWorker against real databases: the example shop.db (a copy),
// a SQLite file with ANALYZE statistics, a missing file, a bad URL, and PostgreSQL when the test
// scripts started one. Everything arrives through signals from the worker thread.

#include "databasecontroller.h"
#include "databasepanel.h"
#include "guitestsupport.h"
#include "tablesmodel.h"

#include "runtime/connection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestDatabaseController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsShopDatabase();
    void sqliteStatisticsAreEstimates();
    void missingFileIsBase();
    void failureIsMaskedAndReported();
    void testConnection_data();
    void testConnection();
    void staleAnswersAreDropped();
    void postgresql();

private:
    static bool waitForSnapshot(DatabaseController &controller, QSignalSpy &snapshots);
    QTemporaryDir m_tmp;
    QString m_shop;
};

void TestDatabaseController::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_shop = copyExample(QStringLiteral("shop"), m_tmp);
    QVERIFY(!m_shop.isEmpty());
}

bool TestDatabaseController::waitForSnapshot(DatabaseController &, QSignalSpy &snapshots)
{
    return snapshots.count() > 0 || snapshots.wait(10000);
}

void TestDatabaseController::readsShopDatabase()
{
    DatabaseController controller;
    QSignalSpy states(&controller, &DatabaseController::stateChanged);
    QSignalSpy snapshots(&controller, &DatabaseController::snapshotChanged);
    QSignalSpy errors(&controller, &DatabaseController::errorOccurred);
    controller.connectTo(QStringLiteral("sqlite:///shop.db"), m_shop, {});
    QCOMPARE(controller.state(), DatabaseController::State::Connecting);
    QVERIFY(waitForSnapshot(controller, snapshots));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(controller.state(), DatabaseController::State::Connected);
    QCOMPARE(states.first().first().value<DatabaseController::State>(), DatabaseController::State::Connecting);
    QCOMPARE(controller.dialect(), QStringLiteral("sqlite"));
    QCOMPARE(controller.displayUrl(), QStringLiteral("sqlite:///shop.db"));

    const DatabaseSnapshot s = controller.snapshot();
    QCOMPARE(s.rows, QStringList{QStringLiteral("1b7d5e3a9c04")});
    QVERIFY(s.versionTableExists);
    QVERIFY2(s.serverVersion.startsWith(QStringLiteral("SQLite 3.")), qPrintable(s.serverVersion));
    QStringList names;
    for (const TableInfo &t : s.tables) {
        names << t.name;
        QVERIFY(!t.estimated);   // shop.db has no sqlite_stat1: exact counts
    }
    QCOMPARE(names, (QStringList{QStringLiteral("alembic_version"), QStringLiteral("order_items"),
                                QStringLiteral("orders"), QStringLiteral("products"), QStringLiteral("users")}));
    QCOMPARE(s.tables.at(1).rows, 5);
    QCOMPARE(s.tables.at(2).rows, 3);
    QCOMPARE(s.tables.at(3).rows, 4);
    QCOMPARE(s.tables.at(4).rows, 3);

    // The tables model over the snapshot, checked by the model tester while it changes.
    TablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(s.tables);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(3, TablesModel::NameColumn).data().toString(), QStringLiteral("products"));
    QCOMPARE(model.index(3, TablesModel::RowsColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(3, TablesModel::RowsColumn).data(Qt::EditRole).toLongLong(), 4);
    model.setTables({});
    QCOMPARE(model.rowCount(), 0);

    // Refresh reads again after a change made by someone else.
    {
        const QString name = QStringLiteral("tst-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_shop).filePath(QStringLiteral("shop.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, email, name) VALUES (10, 'x@example.com', 'X')"))
                    || q.exec(QStringLiteral("INSERT INTO users (email) VALUES ('x@example.com')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    snapshots.clear();
    controller.refresh();
    QVERIFY(snapshots.wait(10000));
    QCOMPARE(controller.snapshot().tables.at(4).name, QStringLiteral("users"));
    QCOMPARE(controller.snapshot().tables.at(4).rows, 4);

    controller.disconnectFrom();
    QCOMPARE(controller.state(), DatabaseController::State::Disconnected);
    QVERIFY(!controller.hasSnapshot());
}

void TestDatabaseController::sqliteStatisticsAreEstimates()
{
    const QString file = QDir(m_tmp.path()).filePath(QStringLiteral("stats.db"));
    const QString name = QStringLiteral("tst-stats");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX ix_big_v ON big (v)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE \"odd \"\"name\" (x)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                                      "INSERT INTO big (v) SELECT 'v' || i FROM n")));
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO \"odd \"\"name\" VALUES (1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    DatabaseController controller;
    QSignalSpy snapshots(&controller, &DatabaseController::snapshotChanged);
    controller.connectTo(QStringLiteral("sqlite:///") + file, {}, {});
    QVERIFY(waitForSnapshot(controller, snapshots));
    const QList<TableInfo> tables = controller.snapshot().tables;
    QCOMPARE(tables.size(), 2);   // sqlite_stat1 itself is not listed
    QCOMPARE(tables.at(0).name, QStringLiteral("big"));
    QCOMPARE(tables.at(0).rows, 250);
    QVERIFY(tables.at(0).estimated);
    QCOMPARE(tables.at(1).name, QStringLiteral("odd \"name"));
    QCOMPARE(tables.at(1).rows, 1);   // not analysed (empty then): counted
    QVERIFY(!tables.at(1).estimated);
    QVERIFY(controller.snapshot().rows.isEmpty());
    QVERIFY(!controller.snapshot().versionTableExists);

    TablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(tables);
    QCOMPARE(model.index(0, TablesModel::RowsColumn).data().toString(), QStringLiteral("≈ 250"));
}

void TestDatabaseController::missingFileIsBase()
{
    DatabaseController controller;
    QSignalSpy snapshots(&controller, &DatabaseController::snapshotChanged);
    const QString missing = QDir(m_tmp.path()).filePath(QStringLiteral("nothing-here.db"));
    controller.connectTo(QStringLiteral("sqlite:///") + missing, {}, {});
    QVERIFY(waitForSnapshot(controller, snapshots));
    QVERIFY(controller.snapshot().rows.isEmpty());
    QVERIFY(controller.snapshot().tables.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));   // read-only: nothing created

    // The panel shows "base" for it.
    DatabasePanel panel;
    panel.setState(controller.state(), controller.displayUrl(), {});
    panel.setSnapshot(controller.snapshot());
    auto *heads = panel.findChild<QTreeWidget *>(QStringLiteral("headsTree"));
    QVERIFY(heads);
    QCOMPARE(heads->topLevelItemCount(), 1);
    QCOMPARE(heads->topLevelItem(0)->text(0), QStringLiteral("(base)"));
    QVERIFY(panel.currentHeads().isEmpty());
}

void TestDatabaseController::failureIsMaskedAndReported()
{
    DatabaseController controller;
    QSignalSpy errors(&controller, &DatabaseController::errorOccurred);
    QSignalSpy states(&controller, &DatabaseController::stateChanged);
    // Nothing listens on port 1: the connection is refused at once.
    controller.connectTo(QStringLiteral("postgresql://app:s3cr3t-pw@127.0.0.1:1/db"), {}, {});
    QVERIFY(errors.wait(20000));
    const QString message = errors.first().first().toString();
    QVERIFY2(!message.contains(QStringLiteral("s3cr3t-pw")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("app:***@127.0.0.1")), qPrintable(message));
    QCOMPARE(controller.state(), DatabaseController::State::Failed);
    QVERIFY(!controller.lastError().contains(QStringLiteral("s3cr3t-pw")));
    QVERIFY(!controller.hasSnapshot());

    errors.clear();
    controller.connectTo(QStringLiteral("mysql://u:pw@h/db"), {}, {});
    QVERIFY(errors.wait(10000));
    QVERIFY2(!errors.first().first().toString().contains(QStringLiteral(":pw@")), qPrintable(errors.first().first().toString()));
}

void TestDatabaseController::testConnection_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shop") << QStringLiteral("sqlite:///shop.db") << true << QStringLiteral("SQLite 3.");
    QTest::newRow("missing file") << QStringLiteral("sqlite:///new.db") << true << QStringLiteral("does not exist yet");
    QTest::newRow("refused") << QStringLiteral("postgresql://me:hunter2@127.0.0.1:1/x") << false
                             << QStringLiteral("me:***@127.0.0.1:1");
    QTest::newRow("unsupported") << QStringLiteral("oracle://scott:tiger@db/x") << false << QString();
}

void TestDatabaseController::testConnection()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    DatabaseController controller;
    QSignalSpy results(&controller, &DatabaseController::testFinished);
    const int request = controller.test(url, m_shop);
    QVERIFY(results.wait(20000));
    QCOMPARE(results.first().at(0).toInt(), request);
    const QString message = results.first().at(2).toString();
    QCOMPARE(results.first().at(1).toBool(), ok);
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("hunter2")) && !message.contains(QStringLiteral("tiger")),
             qPrintable(message));
    QCOMPARE(controller.state(), DatabaseController::State::Disconnected);   // a test is not a connection
    QVERIFY(!QFileInfo::exists(QDir(m_shop).filePath(QStringLiteral("new.db"))));
}

void TestDatabaseController::staleAnswersAreDropped()
{
    DatabaseController controller;
    QSignalSpy snapshots(&controller, &DatabaseController::snapshotChanged);
    QSignalSpy errors(&controller, &DatabaseController::errorOccurred);
    // The first request fails, but a second one is made before its answer arrives.
    controller.connectTo(QStringLiteral("postgresql://u@127.0.0.1:1/x"), {}, {});
    controller.connectTo(QStringLiteral("sqlite:///shop.db"), m_shop, {});
    QVERIFY(waitForSnapshot(controller, snapshots));
    QTest::qWait(50);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(controller.state(), DatabaseController::State::Connected);
    QCOMPARE(controller.snapshot().rows, QStringList{QStringLiteral("1b7d5e3a9c04")});
}

void TestDatabaseController::postgresql()
{
    const QString url = postgresUrl();
    RETORT_REQUIRE_POSTGRES();
    // A table of our own with 500 analysed rows (the database is shared with other tests).
    const QString table = QStringLiteral("gui_probe_%1").arg(QCoreApplication::applicationPid());
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed.ok());
    Connection::Options options;
    options.access = Connection::Access::ReadWrite;
    Result<std::unique_ptr<Connection>> setup = Connection::open(*parsed, options);
    QVERIFY2(setup.ok(), setup.ok() ? "" : qPrintable(setup.error().message));
    QVERIFY((*setup)->execute(QStringLiteral("CREATE TABLE %1 (id int)").arg(table)).ok());
    QVERIFY((*setup)->execute(QStringLiteral("INSERT INTO %1 SELECT generate_series(1, 500)").arg(table)).ok());
    QVERIFY((*setup)->execute(QStringLiteral("ANALYZE %1").arg(table)).ok());

    DatabaseController controller;
    QSignalSpy snapshots(&controller, &DatabaseController::snapshotChanged);
    QSignalSpy errors(&controller, &DatabaseController::errorOccurred);
    controller.connectTo(url, {}, {});
    const bool read = waitForSnapshot(controller, snapshots);
    QVERIFY((*setup)->execute(QStringLiteral("DROP TABLE %1").arg(table)).ok());
    QVERIFY2(read, errors.isEmpty() ? "no answer" : qPrintable(errors.first().first().toString()));
    QCOMPARE(controller.dialect(), QStringLiteral("postgresql"));
    QVERIFY(!controller.displayUrl().contains(parsed->password().value_or(QStringLiteral("\x01"))));
    QVERIFY2(controller.snapshot().serverVersion.startsWith(QStringLiteral("PostgreSQL")),
             qPrintable(controller.snapshot().serverVersion));
    bool found = false;
    for (const TableInfo &t : controller.snapshot().tables) {
        QVERIFY(t.estimated);
        QVERIFY(!t.schema.isEmpty());
        if (t.name == table) {
            found = true;
            QCOMPARE(t.schema, QStringLiteral("public"));
            QCOMPARE(t.rows, 500);
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestDatabaseController)
#include "tst_databasecontroller.moc"
