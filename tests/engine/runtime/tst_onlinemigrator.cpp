// The online Migrator on real SQLite files and a real PostgreSQL server (RETORT_TEST_PG_URL):
// the example graph of reference §1.5 with op.* bodies (tests/data/online/labh) upgraded,
// downgraded and stamped with the version rows of §5.5, failure/rollback (§9.3), dry run, run
// lock, snapshots, journal, row-count check.
#include "commands/project.h"
#include "onlinetestutil.h"
#include "runtime/journal.h"
#include "runtime/migrator.h"
#include "runtime/runlock.h"
#include "runtime/scriptrunner.h"
#include "runtime/snapshot.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::onlinetest;

namespace {

// One project copy + one database + the pieces a run needs.
struct Env {
    QTemporaryDir dir;
    std::optional<Project> project;
    std::unique_ptr<PgDatabase> pg;
    std::unique_ptr<Connection> db;
    ScriptRunner runner;
    QString url;

    bool setUp(const QString &projectName, const QString &dialect)
    {
        if (!copyProject(projectName, dir.path()))
            return false;
        Project::Options options;
        options.config.workingDir = dir.path();
        Result<Project> p = Project::open(options);
        if (!p.ok()) {
            qWarning("%s", qPrintable(p.error().toString()));
            return false;
        }
        project = std::move(*p);
        if (dialect == QLatin1String("postgresql")) {
            pg = std::make_unique<PgDatabase>();
            url = pg->url();
            if (url.isEmpty()) {
                qWarning("%s", qPrintable(pg->error()));
                return false;
            }
        } else {
            url = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("test.db"));
        }
        db = open(url, dir.path());
        return true;
    }

    MigratorOptions options() const
    {
        MigratorOptions o;
        o.versionTable = project->versionTable();
        o.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        o.lockTimeoutMs = 2000;
        return o;
    }

    Result<MigrationPlan> plan(const QString &command, const QStringList &targets)
    {
        Result<QStringList> rows = VersionTable::readRows(*db, project->versionTable());
        if (!rows.ok())
            return rows.error();
        MigrationPlanner planner(project->map());
        PlanOptions po;
        po.alembicWalks = true;   // the §5.5 traces are Alembic's walks
        if (command == QLatin1String("upgrade"))
            return planner.upgrade(*rows, targets.value(0), po);
        if (command == QLatin1String("downgrade"))
            return planner.downgrade(*rows, targets.value(0), po);
        const bool purge = targets.value(0) == QLatin1String("--purge");
        return planner.stamp(*rows, purge ? targets.mid(1) : targets, purge, po);
    }

    Result<RunReport> apply(const QString &command, const QStringList &targets, MigratorOptions o)
    {
        Result<MigrationPlan> p = plan(command, targets);
        if (!p.ok())
            return p.error();
        Migrator migrator(*db, project->map(), runner, std::move(o));
        return migrator.apply(*p);
    }
    Result<RunReport> apply(const QString &command, const QStringList &targets)
    {
        return apply(command, targets, options());
    }
};


const QString A1 = QStringLiteral("a1b2c3d4e5f6"), B2 = QStringLiteral("b2c3d4e5f6a7"),
              C3A = QStringLiteral("c3d4e5f6a7b8"), C3B = QStringLiteral("c3d4aaaaaaaa"),
              D4 = QStringLiteral("d4e5f6a7b8c9"), E5 = QStringLiteral("e5f6a7b8c9d0"),
              F6 = QStringLiteral("f6a7b8c9d0e1");

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestOnlineMigrator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowTraces_data() { addDialects(); }
    void rowTraces()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), dialect));
        struct Command {
            QString command;
            QString target;
            QStringList rows;
            QStringList tables;   // empty = not checked
        };
        const QString v = QStringLiteral("alembic_version");
        const QList<Command> trace = {
            {"upgrade", "b2c3", {B2}, {"account", v}},
            {"upgrade", "c3d4aa", {C3B}, {"account", v, "invoices"}},
            {"upgrade", "heads", {F6}, {"account", v, "audit_base", "audit_log", "invoices", "orders"}},
            {"downgrade", "c3d4e5", {C3B, C3A, E5}, {"account", v, "audit_base", "invoices", "orders"}},
            // §5.5 runs `downgrade -1`, which acts on the *first* database row: row order is not
            // meaningful (§5.3), so the same D1 DELETE is requested explicitly here.
            {"downgrade", "c3d4aaaaaaaa@-1", {C3A, E5}, {"account", v, "audit_base", "orders"}},
            {"downgrade", "base", {}, {v}},
            {"upgrade", "audit@head", {F6}, {"account", v, "audit_base", "audit_log", "invoices", "orders"}},
            {"downgrade", "audit@-1", {D4, E5}, {"account", v, "audit_base", "invoices", "orders"}},
            {"downgrade", "audit@base", {D4}, {"account", v, "invoices", "orders"}},
            {"downgrade", "c3d4aaaaaaaa@b2c3", {C3A}, {"account", v, "orders"}},
        };
        for (const Command &step : trace) {
            const QString what = step.command + QLatin1Char(' ') + step.target;
            Result<RunReport> r = env.apply(step.command, {step.target});
            QVERIFY2(r.ok(), qPrintable(what + QStringLiteral(": ") + (r.ok() ? QString() : r.error().toString())));
            QCOMPARE(sortedRows(*env.db), sorted(step.rows));
            QCOMPARE(sorted(r->rowsAfter), sorted(step.rows));
            QCOMPARE(tables(*env.db), step.tables);
            if (step.command == QLatin1String("upgrade") && step.target == QLatin1String("heads")) {
                // the merge's data migration read the invoices and rewrote them
                QCOMPARE(queryLines(*env.db, QStringLiteral("SELECT number FROM invoices ORDER BY id")),
                         (QStringList{"INV-1-M", "INV-2-M"}));
                // the merge's batch alter_column (SQLite: move-and-copy over the reflected table)
                if (dialect == QLatin1String("sqlite")) {
                    const QString sql = queryLines(*env.db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'account'")).join(QString());
                    QVERIFY2(sql.contains(QLatin1String("name VARCHAR(80) NOT NULL")), qPrintable(sql));
                    QVERIFY2(sql.contains(QLatin1String("email VARCHAR(100)")), qPrintable(sql));
                    QCOMPARE(queryLines(*env.db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                                "AND tbl_name = 'account' AND sql IS NOT NULL")),
                             QStringList{QStringLiteral("ix_account_name")});
                } else {
                    QCOMPARE(queryLines(*env.db, QStringLiteral("SELECT character_maximum_length FROM information_schema.columns "
                                                                "WHERE table_name = 'account' AND column_name = 'name'")),
                             QStringList{QStringLiteral("80")});
                }
            }
            if (step.command == QLatin1String("downgrade") && step.target == QLatin1String("c3d4e5"))
                QCOMPARE(queryLines(*env.db, QStringLiteral("SELECT number FROM invoices ORDER BY id")),
                         (QStringList{"INV-1", "INV-2"}));
        }
        // every step journaled as ok, with the checksum of its SQL
        Result<QList<JournalEntry>> journal = Journal::read(env.options().journalPath);
        QVERIFY(journal.ok());
        QVERIFY(journal->size() >= 20);
        for (const JournalEntry &e : *journal) {
            QCOMPARE(e.outcome, QStringLiteral("ok"));
            QCOMPARE(e.sqlSha256.size(), 64);
            QVERIFY(!e.database.contains(QLatin1String("retort-secret")));
        }
    }

    void stampTraces_data() { addDialects(); }
    void stampTraces()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), dialect));
        const QList<QPair<QStringList, QStringList>> trace = {
            {{"b2c3"}, {B2}},
            {{"c3d4e5"}, {C3A}},
            {{"c3d4aa"}, {C3B, C3A}},
            {{"e5f6"}, {C3B, C3A, E5}},
            {{"d4e5"}, {D4, E5}},
            {{"b2c3"}, {B2, E5}},
            {{"heads"}, {F6}},
            {{"base"}, {}},
            {{"c3d4aa", "c3d4e5", "e5f6"}, {C3B, C3A, E5}},
            {{"a1b2"}, {A1, E5}},
            {{"--purge", "c3d4e5"}, {C3A}},
        };
        for (const auto &step : trace) {
            Result<RunReport> r = env.apply(QStringLiteral("stamp"), step.first);
            QVERIFY2(r.ok(), qPrintable(step.first.join(' ') + QStringLiteral(": ") + (r.ok() ? QString() : r.error().toString())));
            QCOMPARE(sortedRows(*env.db), sorted(step.second));
        }
        QCOMPARE(tables(*env.db), QStringList{QStringLiteral("alembic_version")});   // stamps run no bodies
    }

    void failedStepRollsBack_data() { addDialects(); }
    void failedStepRollsBack()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Env env;
        QVERIFY(env.setUp(QStringLiteral("failing"), dialect));
        QList<StepEvent::Kind> events;
        MigratorOptions o = env.options();
        o.progress = [&events](const StepEvent &e) { events << e.kind; };
        Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {QStringLiteral("heads")}, o);
        QVERIFY(!r.ok());
        const QString message = r.error().message;
        QCOMPARE(r.error().code, ErrorCode::Database);
        QVERIFY2(message.contains(QLatin1String("Running upgrade f00200000000 -> f00300000000 failed and was rolled back; "
                                                "the database is still at f00200000000")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("no_such_table")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("[SQL: INSERT INTO no_such_table (id) VALUES (1)]")), qPrintable(message));
        // exactly the previous revision: t3 (created before the failure) and t2's new row are gone
        QCOMPARE(sortedRows(*env.db), QStringList{QStringLiteral("f00200000000")});
        QCOMPARE(tables(*env.db), (QStringList{"alembic_version", "t1", "t2"}));
        QCOMPARE(queryLines(*env.db, QStringLiteral("SELECT count(*) FROM t2")), QStringList{QStringLiteral("0")});
        QCOMPARE(events, (QList<StepEvent::Kind>{StepEvent::Kind::Started, StepEvent::Kind::Finished,
                                                 StepEvent::Kind::Started, StepEvent::Kind::Finished,
                                                 StepEvent::Kind::Started, StepEvent::Kind::Failed}));
        Result<QList<JournalEntry>> journal = Journal::read(env.options().journalPath);
        QVERIFY(journal.ok());
        QCOMPARE(journal->size(), 3);
        QCOMPARE(journal->at(2).revision, QStringLiteral("f00300000000"));
        QVERIFY2(journal->at(2).outcome.startsWith(QLatin1String("failed: ")), qPrintable(journal->at(2).outcome));
    }

    void dryRunRollsBackEverything_data() { addDialects(); }
    void dryRunRollsBackEverything()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), dialect));
        QVERIFY(env.apply(QStringLiteral("upgrade"), {QStringLiteral("b2c3")}).ok());
        const QString before = schemaDump(*env.db);
        MigratorOptions o = env.options();
        o.dryRun = true;
        o.journalPath = env.dir.filePath(QStringLiteral("dry.jsonl"));
        Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {QStringLiteral("heads")}, o);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->dryRun);
        QCOMPARE(r->steps.size(), 5);
        QCOMPARE(r->rowsBefore, QStringList{B2});
        QCOMPARE(r->rowsAfter, QStringList{F6});   // what it would have been
        QVERIFY(r->steps.at(0).statements.join('\n').contains(QLatin1String("CREATE TABLE orders")));
        QVERIFY(r->snapshotPath.isEmpty());
        QCOMPARE(sortedRows(*env.db), QStringList{B2});
        QCOMPARE(schemaDump(*env.db), before);
        QVERIFY(!QFileInfo::exists(o.journalPath));
    }

    void rowCountCheck()
    {
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), QStringLiteral("sqlite")));
        MigrationPlan plan;
        plan.direction = StepDirection::Stamp;
        MigrationStep step;
        step.direction = StepDirection::Stamp;
        step.stamp.from = {QStringLiteral("aaaa")};
        step.stamp.to = {QStringLiteral("bbbb")};
        step.statements = {VersionStatement::update(QStringLiteral("aaaa"), QStringLiteral("bbbb"))};
        step.headsAfter = {QStringLiteral("bbbb")};
        plan.steps << step;
        Migrator migrator(*env.db, env.project->map(), env.runner, env.options());
        Result<RunReport> r = migrator.apply(plan);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.endsWith(QLatin1String(
                     "Online migration expected to match one row when updating 'aaaa' to 'bbbb' in 'alembic_version'; 0 found")),
                 qPrintable(r.error().message));
        QCOMPARE(sortedRows(*env.db), QStringList());
    }

    void planMustMatchDatabase()
    {
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), QStringLiteral("sqlite")));
        Result<MigrationPlan> plan = env.plan(QStringLiteral("upgrade"), {QStringLiteral("a1b2")});
        QVERIFY(plan.ok());
        QVERIFY(env.apply(QStringLiteral("upgrade"), {QStringLiteral("b2c3")}).ok());   // someone else moved on
        Migrator migrator(*env.db, env.project->map(), env.runner, env.options());
        Result<RunReport> r = migrator.apply(*plan);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QLatin1String("The database changed since the plan was made")),
                 qPrintable(r.error().message));
        QCOMPARE(sortedRows(*env.db), QStringList{B2});
    }

    void lockedDatabaseIsRefused_data() { addDialects(); }
    void lockedDatabaseIsRefused()
    {
        QFETCH(QString, dialect);
        REQUIRE_SERVER_FOR(dialect);
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), dialect));
        auto other = open(env.url, env.dir.path());
        Result<std::unique_ptr<RunLock>> held = RunLock::acquire(*other, {}, 0);
        QVERIFY(held.ok());
        MigratorOptions o = env.options();
        o.lockTimeoutMs = 300;
        Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {QStringLiteral("heads")}, o);
        QVERIFY(!r.ok());
        const QString expected = QStringLiteral("locked by another Retort run (%1/%2 since ")
                                     .arg(QSysInfo::machineHostName())
                                     .arg(QCoreApplication::applicationPid());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(r.error().code, ErrorCode::Command);
        QVERIFY(!VersionTable::exists(*env.db, {}).value());
        (*held)->release();
        QVERIFY(env.apply(QStringLiteral("upgrade"), {QStringLiteral("heads")}, o).ok());
        QCOMPARE(sortedRows(*env.db), QStringList{F6});
    }

    void staleSqliteLockIsTakenOver()
    {
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), QStringLiteral("sqlite")));
        QProcess dead;
        dead.start(QStringLiteral("/bin/true"));
        QVERIFY(dead.waitForFinished());
        const qint64 pid = dead.processId() ? dead.processId() : 999999;
        const QString lockFile = RunLock::lockFilePathFor(env.db->sqliteFile());
        QVERIFY(test::writeFile(lockFile, QStringLiteral("%1\nretort\n%2\n").arg(pid).arg(QSysInfo::machineHostName())));
        Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {QStringLiteral("a1b2")});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->notes.size(), 1);
        QVERIFY2(r->notes.first().startsWith(QLatin1String("Removed a stale lock left by")), qPrintable(r->notes.first()));
        QCOMPARE(sortedRows(*env.db), QStringList{A1});
        QVERIFY(!QFileInfo::exists(lockFile));
    }

    void snapshotsArePrunedAndRestorable()
    {
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), QStringLiteral("sqlite")));
        QVERIFY(env.apply(QStringLiteral("upgrade"), {QStringLiteral("a1b2")}).ok());   // the file exists now
        const QString file = env.db->sqliteFile();
        QStringList snapshots;
        for (const QString &target : {"b2c3", "c3d4e5", "c3d4aa", "d4e5", "e5f6", "f6a7"}) {
            Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {target});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QVERIFY(QFileInfo::exists(r->snapshotPath));
            snapshots << r->snapshotPath;
        }
        const QList<Snapshot::Info> kept = Snapshot::list(file);
        QCOMPARE(kept.size(), 5);
        QCOMPARE(kept.first().path, snapshots.last());   // newest first
        QVERIFY(!QFileInfo::exists(snapshots.first()));
        // the newest snapshot holds the database as it was before the last run
        env.db.reset();
        QString previous;
        QVERIFY(Snapshot::restore(file, kept.first().path, &previous).ok());
        env.db = open(env.url, env.dir.path());
        QCOMPARE(sortedRows(*env.db), (QStringList{D4, E5}));
        QVERIFY(tables(*env.db).contains(QStringLiteral("audit_base")));
        QVERIFY(!tables(*env.db).contains(QStringLiteral("audit_log")));
        QVERIFY(QFileInfo::exists(previous));
        auto before = open(QStringLiteral("sqlite:///") + previous);
        QCOMPARE(sortedRows(*before), QStringList{F6});
    }

    void noSnapshotOption()
    {
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), QStringLiteral("sqlite")));
        MigratorOptions o = env.options();
        o.snapshot = false;
        Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {QStringLiteral("heads")}, o);
        QVERIFY(r.ok());
        QVERIFY(r->snapshotPath.isEmpty());
        QVERIFY(Snapshot::list(env.db->sqliteFile()).isEmpty());
    }

    void cancelBetweenSteps()
    {
        Env env;
        QVERIFY(env.setUp(QStringLiteral("labh"), QStringLiteral("sqlite")));
        std::atomic<bool> cancel{false};
        MigratorOptions o = env.options();
        o.cancel = &cancel;
        o.progress = [&cancel](const StepEvent &e) {
            if (e.kind == StepEvent::Kind::Finished && e.index == 1)
                cancel.store(true);
        };
        Result<RunReport> r = env.apply(QStringLiteral("upgrade"), {QStringLiteral("heads")}, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(r.error().message.contains(QLatin1String("Cancelled after 2 of 7 steps; the database is at b2c3d4e5f6a7")),
                 qPrintable(r.error().message));
        QCOMPARE(sortedRows(*env.db), QStringList{B2});
    }
};

QTEST_GUILESS_MAIN(TestOnlineMigrator)
#include "tst_onlinemigrator.moc"
