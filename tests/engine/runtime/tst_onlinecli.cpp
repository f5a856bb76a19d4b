// Online upgrade/downgrade/stamp as processes, against Alembic itself (/usr/bin/python3 -m alembic):
// Retort and Alembic upgrade copies of the same database along the same targets and the rows +
// schema match; mixed runs; a process killed mid-step (RETORT_TEST_FAULT) leaves a consistent
// database and an "interrupted" journal entry; two concurrent runs never both apply a step;
// dry run, journal and restore commands. Real SQLite files and the RETORT_TEST_PG_URL server.
#include "onlinetestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace retort;
using namespace retort::onlinetest;

namespace {

// `retort` once the lead has registered the online commands, else the test front end built from
// the same sources (tests/engine/runtime/onlinecli_main.cpp).
QString retortProgram()
{
    static const QString program = [] {
        const QString retort = test::binPath(QStringLiteral("retort"));
        if (QFileInfo::exists(retort)) {
            test::ProcessResult r = test::run(retort, {QStringLiteral("journal"), QStringLiteral("--limit"), QStringLiteral("1")},
                                              {}, {QStringLiteral("RETORT_JOURNAL=/nonexistent/journal.jsonl")});
            test::ProcessResult u = test::run(retort, {QStringLiteral("upgrade"), QStringLiteral("--help")});
            if (r.exitCode == 0 && u.out.contains(QLatin1String("--dry-run")))
                return retort;
        }
        return test::binPath(QStringLiteral("retort-online-test"));
    }();
    return program;
}

// A project copy with two databases: one for Retort, one for Alembic (the reference).
struct Pair {
    QTemporaryDir dir;
    std::unique_ptr<PgDatabase> pgA, pgB;
    QString urlA, urlB;

    bool setUp(const QString &dialect, const QString &project = QStringLiteral("labh"))
    {
        if (!copyProject(project, dir.path()))
            return false;
        if (dialect == QLatin1String("postgresql")) {
            pgA = std::make_unique<PgDatabase>();
            pgB = std::make_unique<PgDatabase>();
            urlA = pgA->url();
            urlB = pgB->url();
            return !urlA.isEmpty() && !urlB.isEmpty();
        }
        urlA = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("a.db"));
        urlB = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("b.db"));
        return true;
    }
    QString journal() const { return dir.filePath(QStringLiteral("journal.jsonl")); }

    test::ProcessResult retort(const QStringList &args, const QString &url, const QStringList &env = {}) const
    {
        return test::run(retortProgram(), args, dir.path(),
                         QStringList{QStringLiteral("DATABASE_URL=") + url, QStringLiteral("RETORT_JOURNAL=") + journal()} + env);
    }
    test::ProcessResult alembic(const QStringList &args, const QString &url) const
    {
        return test::run(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-m"), QStringLiteral("alembic")} + args,
                         dir.path(), {QStringLiteral("DATABASE_URL=") + url});
    }
};

QStringList runningLines(const QString &stderrText)
{
    QStringList out;
    for (const QString &line : stderrText.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("INFO  [alembic.runtime.migration] Running ")))
            out << line;
    }
    return out;
}


#define RUN_OK(expr)                                                                               \
    do {                                                                                           \
        const test::ProcessResult r_ = (expr);                                                     \
        QVERIFY2(r_.exitCode == 0, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r_.exitCode).arg(r_.out, r_.err))); \
    } while (0)

// Rows, schema and data of the two databases are the same.
#define COMPARE_DATABASES(pair)                                                                    \
    do {                                                                                           \
        auto a_ = open((pair).urlA, (pair).dir.path());                                            \
        auto b_ = open((pair).urlB, (pair).dir.path());                                            \
        QCOMPARE(sortedRows(*a_), sortedRows(*b_));                                                \
        QCOMPARE(schemaDump(*a_), schemaDump(*b_));                                                \
        if (tables(*a_).contains(QStringLiteral("invoices")))                                      \
            QCOMPARE(queryLines(*a_, QStringLiteral("SELECT id, number FROM invoices ORDER BY id")), \
                     queryLines(*b_, QStringLiteral("SELECT id, number FROM invoices ORDER BY id"))); \
    } while (0)

// SQLAlchemy orders a recreated table's constraints by iterating a set: compare the lines of
// each CREATE TABLE as a set, everything else exactly.
QString normalizedSchema(Connection &c)
{
    QStringList out;
    for (const QString &entry : schemaDump(c).split(QLatin1Char('\n'), Qt::KeepEmptyParts).join(QLatin1Char('\x1f'))
                                    .split(QRegularExpression(QStringLiteral("\x1f(?=(table|index)\\|)")))) {
        QStringList lines = entry.split(QLatin1Char('\x1f'));
        for (QString &l : lines)
            l = l.trimmed().remove(QRegularExpression(QStringLiteral(",$")));
        lines.sort();
        out << lines.join(QLatin1Char('\n'));
    }
    return out.join(QStringLiteral("\n--\n"));
}

#define COMPARE_SCHEMAS(pair)                                                                      \
    do {                                                                                           \
        auto a_ = open((pair).urlA, (pair).dir.path());                                            \
        auto b_ = open((pair).urlB, (pair).dir.path());                                            \
        QCOMPARE(sortedRows(*a_), sortedRows(*b_));                                                \
        if (a_->isSqlite())                                                                        \
            QCOMPARE(normalizedSchema(*a_), normalizedSchema(*b_));                                \
        else                                                                                       \
            QCOMPARE(schemaDump(*a_), schemaDump(*b_));                                            \
    } while (0)

QList<QJsonObject> journalEntries(const Pair &pair)
{
    QList<QJsonObject> out;
    test::ProcessResult r = pair.retort({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("--limit"),
                                         QStringLiteral("0")},
                                        pair.urlA);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries)
        out << v.toObject();
    return out;
}

} // namespace

class TestOnlineCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(retortProgram()), qPrintable(retortProgram()));
        qInfo("front end: %s", qPrintable(retortProgram()));
    }

    void logLinesMatchAlembic_data() { addDialects(); }
    void logLinesMatchAlembic()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect));
        const test::ProcessResult ours = pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlA);
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.out + ours.err));
        const test::ProcessResult theirs = pair.alembic({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlB);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QCOMPARE(runningLines(ours.err).size(), 7);
        QCOMPARE(runningLines(ours.err), runningLines(theirs.err));
        QVERIFY(ours.err.contains(QLatin1String(
            "INFO  [alembic.runtime.migration] Running upgrade  -> a1b2c3d4e5f6, create account table\n")));
        QVERIFY(ours.err.contains(QLatin1String("Plan for ")));
        QVERIFY2(!ours.err.contains(QLatin1String("retort-secret")), qPrintable(ours.err));
        COMPARE_DATABASES(pair);
    }

    // print() in a revision body writes to standard output and logging records to standard error,
    // in the order Alembic writes them, online and in --sql mode (where prints land between the
    // statements).
    void scriptOutputLikeAlembic_data() { addDialects(); }
    void scriptOutputLikeAlembic()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect, QStringLiteral("printing")));
        const auto logLines = [](const QString &stderrText) {
            QStringList out;
            for (const QString &line : stderrText.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("INFO  [alembic.")) || line.startsWith(QLatin1String("WARNI [")))
                    out << line;
            return out;
        };
        const QList<QStringList> commands = {
            {"upgrade", "heads", "--sql"}, {"upgrade", "heads"}, {"downgrade", "base"},
        };
        for (const QStringList &command : commands) {
            const test::ProcessResult ours = pair.retort(command + QStringList{QStringLiteral("-y")}, pair.urlA);
            QVERIFY2(ours.exitCode == 0, qPrintable(ours.out + ours.err));
            const test::ProcessResult theirs = pair.alembic(command, pair.urlB);
            QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
            QCOMPARE(ours.out, theirs.out);
            QCOMPARE(logLines(ours.err), logLines(theirs.err));
        }
        QVERIFY(pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--sql")}, pair.urlA)
                    .out.contains(QLatin1String("creating: events\nCREATE TABLE events")));
    }

    // A revision body that raises in --sql mode: Alembic has streamed the script up to that step
    // (its comment and the statements it ran first) and its log lines; so does retort, then FAILED.
    void offlineFailureKeepsThePartialScript_data() { addDialects(); }
    void offlineFailureKeepsThePartialScript()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect, QStringLiteral("printing")));
        QVERIFY(test::writeFile(pair.dir.filePath(QStringLiteral("migrations/versions/9a1e00000003_broken.py")),
                                QStringLiteral("from alembic import op\n\nrevision = '9a1e00000003'\n"
                                               "down_revision = '9a1e00000002'\nbranch_labels = None\ndepends_on = None\n\n\n"
                                               "def upgrade():\n    op.execute(\"DELETE FROM events WHERE id = 2\")\n"
                                               "    raise ValueError('broken on purpose')\n\n\n"
                                               "def downgrade():\n    pass\n")));
        const QStringList command = {QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--sql")};
        const test::ProcessResult ours = pair.retort(command, pair.urlA);
        const test::ProcessResult theirs = pair.alembic(command, pair.urlB);
        QCOMPARE(ours.exitCode, 1);
        QCOMPARE(theirs.exitCode, 1);
        const QString failed = QStringLiteral("FAILED: ") + pair.dir.filePath(QStringLiteral("migrations/versions/9a1e00000003_broken.py"))
                               + QStringLiteral(":11: ValueError: broken on purpose\n");
        QVERIFY2(ours.out.endsWith(failed), qPrintable(ours.out));
        QCOMPARE(ours.out.chopped(failed.size()), theirs.out);
        QVERIFY(theirs.out.endsWith(QLatin1String("DELETE FROM events WHERE id = 2;\n\n")));
        QCOMPARE(runningLines(ours.err), runningLines(theirs.err));
        QCOMPARE(runningLines(ours.err).size(), 3);
    }

    void sameTargetsAsAlembic_data() { addDialects(); }
    void sameTargetsAsAlembic()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect));
        const QList<QStringList> commands = {
            {"upgrade", "b2c3"},      {"upgrade", "c3d4aa"},   {"upgrade", "heads"},
            {"downgrade", "c3d4e5"},  {"downgrade", "base"},   {"upgrade", "audit@head"},
            {"downgrade", "audit@-1"}, {"upgrade", "heads"},   {"downgrade", "b2c3"},
            {"stamp", "c3d4e5"},      {"stamp", "--purge", "a1b2"},
        };
        for (const QStringList &command : commands) {
            RUN_OK(pair.retort(command, pair.urlA));
            RUN_OK(pair.alembic(command, pair.urlB));
            COMPARE_DATABASES(pair);
        }
    }

    // Batch mode over live reflection (§7.6): move-and-copy on SQLite, recreate="always" on both.
    void batchLikeAlembic_data() { addDialects(); }
    void batchLikeAlembic()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect, QStringLiteral("batch")));
        const QList<QStringList> commands = {
            {"upgrade", "ba7c00000001"}, {"upgrade", "ba7c00000002"}, {"upgrade", "ba7c00000003"},
            {"upgrade", "ba7c00000004"}, {"downgrade", "ba7c00000002"}, {"downgrade", "ba7c00000001"},
        };
        for (const QStringList &command : commands) {
            RUN_OK(pair.retort(command, pair.urlA));
            RUN_OK(pair.alembic(command, pair.urlB));
            COMPARE_SCHEMAS(pair);
            auto a = open(pair.urlA, pair.dir.path());
            auto b = open(pair.urlB, pair.dir.path());
            QCOMPARE(queryLines(*a, QStringLiteral("SELECT * FROM account ORDER BY id")),
                     queryLines(*b, QStringLiteral("SELECT * FROM account ORDER BY id")));
        }
    }

    void mixedRuns_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("retortFirst");
        QTest::newRow("sqlite retort then alembic") << QStringLiteral("sqlite") << true;
        QTest::newRow("sqlite alembic then retort") << QStringLiteral("sqlite") << false;
        QTest::newRow("postgresql retort then alembic") << QStringLiteral("postgresql") << true;
        QTest::newRow("postgresql alembic then retort") << QStringLiteral("postgresql") << false;
    }
    void mixedRuns()
    {
        QFETCH(QString, dialect);
        QFETCH(bool, retortFirst);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect));
        // A: half-way with one tool, finished with the other; B: Alembic alone.
        const QStringList half{QStringLiteral("upgrade"), QStringLiteral("c3d4aa")};
        const QStringList rest{QStringLiteral("upgrade"), QStringLiteral("heads")};
        const QStringList back{QStringLiteral("downgrade"), QStringLiteral("c3d4e5")};
        const QStringList base{QStringLiteral("downgrade"), QStringLiteral("base")};
        RUN_OK(retortFirst ? pair.retort(half, pair.urlA) : pair.alembic(half, pair.urlA));
        RUN_OK(retortFirst ? pair.alembic(rest, pair.urlA) : pair.retort(rest, pair.urlA));
        RUN_OK(pair.alembic(rest, pair.urlB));
        COMPARE_DATABASES(pair);
        RUN_OK(retortFirst ? pair.retort(back, pair.urlA) : pair.alembic(back, pair.urlA));
        RUN_OK(retortFirst ? pair.alembic(base, pair.urlA) : pair.retort(base, pair.urlA));
        RUN_OK(pair.alembic(back, pair.urlB));
        RUN_OK(pair.alembic(base, pair.urlB));
        COMPARE_DATABASES(pair);
    }

    void failedStepLeavesPreviousRevision_data() { addDialects(); }
    void failedStepLeavesPreviousRevision()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect, QStringLiteral("failing")));
        const test::ProcessResult r = pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlA);
        QCOMPARE(r.exitCode, 1);   // a database error, like Alembic's traceback exit
        // "FAILED: <revision file>:<line of the failing op>: Running upgrade ... failed ..."
        QVERIFY2(r.out.startsWith(QLatin1String("FAILED: ")) && r.out.contains(QLatin1String(
                     "f00300000000_r3.py:21: Running upgrade f00200000000 -> f00300000000 failed and was rolled back; "
                     "the database is still at f00200000000.\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("[SQL: INSERT INTO no_such_table (id) VALUES (1)]")), qPrintable(r.out));
        auto db = open(pair.urlA, pair.dir.path());
        QCOMPARE(sortedRows(*db), QStringList{QStringLiteral("f00200000000")});
        QCOMPARE(tables(*db), (QStringList{"alembic_version", "t1", "t2"}));
        QCOMPARE(queryLines(*db, QStringLiteral("SELECT count(*) FROM t2")), QStringList{QStringLiteral("0")});
        // Alembic can continue from there (after the faulty revision is fixed, here: stamp past it)
        RUN_OK(pair.alembic({QStringLiteral("upgrade"), QStringLiteral("f00200000000")}, pair.urlB));
        auto ref = open(pair.urlB, pair.dir.path());
        QCOMPARE(schemaDump(*db), schemaDump(*ref));
    }

    void killDuringStep_data() { addDialects(); }
    void killDuringStep()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect));
        RUN_OK(pair.retort({QStringLiteral("upgrade"), QStringLiteral("c3d4aa")}, pair.urlA));
        const test::ProcessResult killed = pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlA,
                                                       {QStringLiteral("RETORT_TEST_FAULT=kill-during:d4e5f6a7b8c9")});
        QCOMPARE(killed.exitCode, -1);   // SIGKILL
        QVERIFY(killed.err.contains(QLatin1String("Running upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9, merge branches")));
        // consistent: c3d4e5 committed, the merge (data rewrite + batch) not at all
        RUN_OK(pair.alembic({QStringLiteral("upgrade"), QStringLiteral("c3d4aa")}, pair.urlB));
        RUN_OK(pair.alembic({QStringLiteral("upgrade"), QStringLiteral("c3d4e5")}, pair.urlB));
        COMPARE_DATABASES(pair);
        {
            auto db = open(pair.urlA, pair.dir.path());
            QCOMPARE(sortedRows(*db), (QStringList{"c3d4aaaaaaaa", "c3d4e5f6a7b8"}));
            QCOMPARE(queryLines(*db, QStringLiteral("SELECT number FROM invoices ORDER BY id")), (QStringList{"INV-1", "INV-2"}));
        }
        QList<QJsonObject> journal = journalEntries(pair);
        QCOMPARE(journal.size(), 5);   // a1b2, b2c3, c3d4aa, c3d4e5, d4e5 (killed)
        QCOMPARE(journal.at(4).value(QStringLiteral("revision")).toString(), QStringLiteral("d4e5f6a7b8c9"));
        QCOMPARE(journal.at(4).value(QStringLiteral("outcome")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(journal.at(3).value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        // the next run takes over (SQLite: the dead process's lock file is stale) and finishes
        const test::ProcessResult again = pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlA);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        if (dialect == QLatin1String("sqlite"))
            QVERIFY2(again.err.contains(QLatin1String("Removed a stale lock left by")), qPrintable(again.err));
        RUN_OK(pair.alembic({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlB));
        COMPARE_DATABASES(pair);
    }

    void concurrentRunsAreLockedOut_data() { addDialects(); }
    void concurrentRunsAreLockedOut()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Pair pair;
        QVERIFY(pair.setUp(dialect));
        QProcess first;
        first.setWorkingDirectory(pair.dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATABASE_URL"), pair.urlA);
        env.insert(QStringLiteral("RETORT_JOURNAL"), pair.journal());
        env.insert(QStringLiteral("RETORT_TEST_FAULT"), QStringLiteral("sleep-during:a1b2c3d4e5f6:3000"));
        first.setProcessEnvironment(env);
        first.start(retortProgram(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY(first.waitForStarted());
        const qint64 firstPid = first.processId();
        QElapsedTimer waited;
        waited.start();
        while (!test::readFile(pair.journal()).contains(QLatin1String("a1b2c3d4e5f6")) && waited.elapsed() < 20000)
            QThread::msleep(50);
        QVERIFY(test::readFile(pair.journal()).contains(QLatin1String("a1b2c3d4e5f6")));
        const test::ProcessResult second = pair.retort(
            {QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--lock-timeout"), QStringLiteral("0.5")}, pair.urlA);
        QCOMPARE(second.exitCode, 255);
        const QString expected = QStringLiteral("is locked by another Retort run (%1/%2 since ")
                                     .arg(QSysInfo::machineHostName())
                                     .arg(firstPid);
        QVERIFY2(second.out.startsWith(QLatin1String("FAILED: The database ")) && second.out.contains(expected),
                 qPrintable(second.out + QStringLiteral("\nexpected: ") + expected));
        QVERIFY(!second.err.contains(QLatin1String("Running upgrade")));
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        auto db = open(pair.urlA, pair.dir.path());
        QCOMPARE(sortedRows(*db), QStringList{QStringLiteral("f6a7b8c9d0e1")});
        const QList<QJsonObject> journal = journalEntries(pair);
        QCOMPARE(journal.size(), 7);   // each step applied once, by the first run
        for (const QJsonObject &e : journal)
            QCOMPARE(e.value(QStringLiteral("pid")).toInteger(), firstPid);
    }

    void dryRun()
    {
        Pair pair;
        QVERIFY(pair.setUp(QStringLiteral("sqlite")));
        RUN_OK(pair.retort({QStringLiteral("upgrade"), QStringLiteral("b2c3")}, pair.urlA));
        const test::ProcessResult r = pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--dry-run")},
                                                  pair.urlA);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("-- Running upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8\n\nCREATE TABLE orders (")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("CREATE TABLE _alembic_tmp_account (")));   // batch via live reflection
        QVERIFY(r.out.contains(QLatin1String("UPDATE invoices SET number = 'INV-1-M' WHERE id = 1;")));
        QVERIFY(r.err.contains(QLatin1String("Dry run: rolled back; the version rows stay b2c3d4e5f6a7 (would be f6a7b8c9d0e1)")));
        auto db = open(pair.urlA, pair.dir.path());
        QCOMPARE(sortedRows(*db), QStringList{QStringLiteral("b2c3d4e5f6a7")});
        QCOMPARE(tables(*db), (QStringList{"account", "alembic_version"}));
        QCOMPARE(journalEntries(pair).size(), 2);
    }

    void journalAndRestoreCommands()
    {
        Pair pair;
        QVERIFY(pair.setUp(QStringLiteral("sqlite")));
        RUN_OK(pair.retort({QStringLiteral("upgrade"), QStringLiteral("b2c3")}, pair.urlA));
        RUN_OK(pair.retort({QStringLiteral("stamp"), QStringLiteral("c3d4e5")}, pair.urlA));
        RUN_OK(pair.retort({QStringLiteral("upgrade"), QStringLiteral("heads")}, pair.urlA));
        const QList<QJsonObject> journal = journalEntries(pair);
        QCOMPARE(journal.size(), 7);
        QCOMPARE(journal.at(2).value(QStringLiteral("direction")).toString(), QStringLiteral("stamp"));
        QCOMPARE(journal.at(2).value(QStringLiteral("revision")).toString(), QStringLiteral("c3d4e5f6a7b8"));
        for (const QJsonObject &e : journal) {
            QCOMPARE(e.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
            QVERIFY(e.value(QStringLiteral("duration_ms")).toInteger(-1) >= 0);
            QCOMPARE(e.value(QStringLiteral("sql_sha256")).toString().size(), 64);
            QVERIFY(!e.value(QStringLiteral("user")).toString().isEmpty());
        }
        const test::ProcessResult limited = pair.retort({QStringLiteral("journal"), QStringLiteral("--limit"), QStringLiteral("2")}, pair.urlA);
        QCOMPARE(limited.exitCode, 0);
        const QStringList lines = limited.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.last().contains(QLatin1String("upgrade    f6a7b8c9d0e1  ok  ")), qPrintable(lines.last()));

        const test::ProcessResult list = pair.retort({QStringLiteral("restore"), QStringLiteral("--list")}, pair.urlA);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 3);   // one per run
        const test::ProcessResult restored = pair.retort({QStringLiteral("restore")}, pair.urlA);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY(restored.err.contains(QLatin1String("The state before the restore was saved as ")));
        auto db = open(pair.urlA, pair.dir.path());
        QCOMPARE(sortedRows(*db), QStringList{QStringLiteral("c3d4e5f6a7b8")});   // before the last run
        QCOMPARE(tables(*db), (QStringList{"account", "alembic_version"}));
        db.reset();
        const test::ProcessResult after = pair.retort({QStringLiteral("restore"), QStringLiteral("--list")}, pair.urlA);
        QCOMPARE(after.out.trimmed().split(QLatin1Char('\n')).size(), 4);
    }

    void rangeIsRefusedOnline()
    {
        Pair pair;
        QVERIFY(pair.setUp(QStringLiteral("sqlite")));
        const test::ProcessResult r = pair.retort({QStringLiteral("upgrade"), QStringLiteral("a1b2:b2c3")}, pair.urlA);
        QCOMPARE(r.exitCode, 255);
        QCOMPARE(r.out, QStringLiteral("FAILED: Range revision not allowed\n"));
    }
};

QTEST_GUILESS_MAIN(TestOnlineCli)
#include "tst_onlinecli.moc"
