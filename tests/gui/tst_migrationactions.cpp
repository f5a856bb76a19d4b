// The migration actions end to end, offscreen, on copies of examples/shop (SQLite at the branch
// point 1b7d5e3a9c04): plan dialogs (alternatives at a fork, SQL and warnings), runs on the runner
// thread with progress, cancel between steps, a failing step rolled back, stamp, downgrade, the
// graph and database panel following every step, the journal. Dialogs are shown, never exec()'d.
// The version table is checked with the engine's VersionTable::readRows on a separate connection.

#include "databasecontroller.h"
#include "graphscene.h"
#include "graphview.h"
#include "guitestsupport.h"
#include "journalmodel.h"
#include "journalpanel.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "migrationactions.h"
#include "plandialog.h"
#include "sqleditor.h"

#include "runtime/connection.h"
#include "runtime/versiontable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

namespace {

const QString kBranchPoint = QStringLiteral("1b7d5e3a9c04");
const QString kPhone = QStringLiteral("9e3c7b1f6d25");
const QString kSku = QStringLiteral("47f0a8d2c6e9");
const QString kMerge = QStringLiteral("b85d2e6f0a13");
const QString kTotal = QStringLiteral("0c6e4a9b3f78");   // sleeps 1.5 s in its step (RETORT_TEST_FAULT)
const QString kHead = QStringLiteral("d2f81c5a7e36");
const QString kBefore = QStringLiteral("e6a2f4c9b873");

// A project copy with its main window, connected to the copy's shop.db.
struct Session {
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<MainWindow> window;
    MigrationActions *actions = nullptr;

    QString dbFile() const { return QDir(folder).filePath(QStringLiteral("shop.db")); }
    int index(const QString &id) const { return window->project()->map().indexOfId(id); }
};

QStringList versionRows(const QString &dbFile)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:///") + dbFile);
    if (!url)
        return {QStringLiteral("<bad url>")};
    Result<std::unique_ptr<Connection>> c = Connection::open(*url, Connection::Options{});
    if (!c)
        return {QStringLiteral("<cannot open: %1>").arg(c.error().message)};
    Result<QStringList> rows = VersionTable::readRows(**c, VersionTableOptions{});
    return rows ? *rows : QStringList{QStringLiteral("<error: %1>").arg(rows.error().message)};
}

bool tableExists(const QString &dbFile, const QString &table)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:///") + dbFile);
    Result<std::unique_ptr<Connection>> c = Connection::open(*url, Connection::Options{});
    if (!c)
        return false;
    auto r = (*c)->query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    return r && !r->isEmpty();
}

QStringList columns(const QString &dbFile, const QString &table)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:///") + dbFile);
    Result<std::unique_ptr<Connection>> c = Connection::open(*url, Connection::Options{});
    QStringList out;
    if (!c)
        return out;
    auto r = (*c)->query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (r)
        for (const Connection::Row &row : *r)
            out << row.value(1).toString();
    return out;
}

QStringList logLines(const LogModel &log, const QString &contains)
{
    QStringList out;
    for (int i = 0; i < log.rowCount(); ++i)
        if (log.entry(i).message.contains(contains))
            out << log.entry(i).message;
    return out;
}

} // namespace

class TestMigrationActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsFollowTheSelection();
    void oneStepAtBranchPointOffersAlternatives();
    void upgradeToHeadRunsThePlan();
    void downgradeOneStep();
    void stampHere();
    void cancelBetweenSteps();
    void failingStepRollsBack();
    void warningsBeforeRunning_data();
    void warningsBeforeRunning();
    void journalListsTheSteps();

private:
    bool open(Session &s, const QMap<QString, QString> &extraFiles = {});
    bool waitReady(PlanDialog *dialog);
    bool runAndWait(Session &s, PlanDialog *dialog, bool expectOk);
    bool waitForRows(Session &s, const QStringList &rows);

    QTemporaryDir m_tmp;
    QString m_journal;
};

void TestMigrationActions::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    isolateSettings(m_tmp);
    m_journal = QDir(m_tmp.path()).filePath(QStringLiteral("journal.jsonl"));
    qputenv("RETORT_JOURNAL", m_journal.toUtf8());
    // The step of 0c6e4a9b3f78 takes 1.5 s: time to see the progress and to cancel during it.
    qputenv("RETORT_TEST_FAULT", QByteArray("sleep-during:") + kTotal.toLatin1() + ":1500");
}

bool TestMigrationActions::open(Session &s, const QMap<QString, QString> &extraFiles)
{
    if (!s.dir.isValid())
        return false;
    s.folder = copyExample(QStringLiteral("shop"), s.dir);
    if (s.folder.isEmpty())
        return false;
    for (auto it = extraFiles.cbegin(); it != extraFiles.cend(); ++it)
        if (!writeFile(QDir(s.folder).filePath(QStringLiteral("migrations/versions/") + it.key()), it.value()))
            return false;
    s.window = std::make_unique<MainWindow>();
    s.window->resize(1280, 800);
    s.window->show();
    s.actions = s.window->migrationActions();
    if (!s.actions)
        return false;
    s.actions->setJournalPath(m_journal);
    QSignalSpy opened(s.window.get(), &MainWindow::projectOpened);
    if (!s.window->openProject(s.folder) || !opened.wait(10000))
        return false;
    // The project's own SQLite file is connected on opening.
    DatabaseController *db = s.window->databaseController();
    if (!QTest::qWaitFor([&] { return db->hasSnapshot(); }, 10000))
        return false;
    return QTest::qWaitFor([&] {
        return !s.window->graphView()->isLayoutPending() && s.window->graphView()->graphScene()->databaseStateKnown();
    }, 10000);
}

bool TestMigrationActions::waitReady(PlanDialog *dialog)
{
    return dialog && QTest::qWaitFor([&] { return dialog->state() == PlanDialog::State::Ready; }, 10000);
}

bool TestMigrationActions::runAndWait(Session &s, PlanDialog *dialog, bool expectOk)
{
    QSignalSpy finished(s.actions, &MigrationActions::runFinished);
    dialog->accept();   // the Run button
    if (!dialog->isRunning() && finished.isEmpty())
        return false;
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    return finished.first().first().toBool() == expectOk;
}

bool TestMigrationActions::waitForRows(Session &s, const QStringList &rows)
{
    DatabaseController *db = s.window->databaseController();
    return QTest::qWaitFor([&] { return db->snapshot().rows == rows && !s.actions->isRunning(); }, 10000);
}

void TestMigrationActions::actionsFollowTheSelection()
{
    Session s;
    QVERIFY(open(s));
    QToolBar *bar = s.actions->toolBar();
    QVERIFY(bar && bar->actions().contains(s.actions->action(MigrationActions::UpgradeOneStep)));
    QVERIFY(s.window->findChild<QDockWidget *>(QStringLiteral("journalDock")));

    // A pending revision: upgrade to it, not downgrade.
    QMenu *menu = s.actions->contextMenu(s.index(kHead));
    QCOMPARE(s.window->graphView()->selectedRevisionId(), kHead);
    QVERIFY(menu->actions().contains(s.actions->action(MigrationActions::UpgradeToHere)));
    QVERIFY(s.actions->action(MigrationActions::UpgradeToHere)->isEnabled());
    QVERIFY(!s.actions->action(MigrationActions::DowngradeToHere)->isEnabled());
    QVERIFY(s.actions->action(MigrationActions::StampHere)->isEnabled());
    QVERIFY(s.actions->action(MigrationActions::NewRevision)->isEnabled());
    QVERIFY(!s.actions->action(MigrationActions::MergeHeads)->isEnabled());   // one head
    // An applied revision below the current one: downgrade to it, not upgrade.
    s.actions->contextMenu(s.index(kBefore));
    QVERIFY(!s.actions->action(MigrationActions::UpgradeToHere)->isEnabled());
    QVERIFY(s.actions->action(MigrationActions::DowngradeToHere)->isEnabled());
    // The current revision: nothing to do either way.
    s.actions->contextMenu(s.index(kBranchPoint));
    QVERIFY(!s.actions->action(MigrationActions::UpgradeToHere)->isEnabled());
    QVERIFY(!s.actions->action(MigrationActions::DowngradeToHere)->isEnabled());

    // Triggering the menu's action opens the plan for the selected revision.
    s.actions->contextMenu(s.index(kHead));
    s.actions->action(MigrationActions::UpgradeToHere)->trigger();
    QVERIFY(s.actions->planDialog());
    QCOMPARE(s.actions->planDialog()->plan().steps.last().revisionId, kHead);
    QVERIFY(waitReady(s.actions->planDialog()));
    QVERIFY(!saveScreenshot(*s.window, QStringLiteral("migration-mainwindow.png")).isEmpty());
    s.actions->planDialog()->close();
}

void TestMigrationActions::oneStepAtBranchPointOffersAlternatives()
{
    Session s;
    QVERIFY(open(s));
    PlanDialog *dialog = s.actions->upgradeOneStep();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->state(), PlanDialog::State::Choosing);
    QVERIFY(dialog->needsChoice());
    QVERIFY(dialog->plan().steps.isEmpty());
    QCOMPARE(dialog->alternatives().size(), 2);
    QStringList ids;
    for (const PlanAlternative &a : dialog->alternatives()) {
        ids << a.revisionId;
        QCOMPARE(a.steps.size(), 1);   // one step is one revision
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{kSku, kPhone}));
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->resize(900, 620);
    QVERIFY(!saveScreenshot(*dialog, QStringLiteral("plandialog-choice.png")).isEmpty());

    // Choose the product sku branch: exactly that revision.
    const int sku = ids.indexOf(kSku) == 0 && dialog->alternatives().first().revisionId == kSku ? 0 : 1;
    dialog->chooseAlternative(sku);
    QVERIFY(!dialog->needsChoice());
    QCOMPARE(dialog->plan().steps.size(), 1);
    QCOMPARE(dialog->plan().steps.first().revisionId, kSku);
    QVERIFY(waitReady(dialog));
    // 47f0 adds a column in batch mode: SQLite can do that in place, no rebuild.
    QVERIFY2(dialog->stepSql(0).contains(QStringLiteral("ALTER TABLE products ADD COLUMN sku")), qPrintable(dialog->stepSql(0)));
    QVERIFY(!dialog->warnings().join(QLatin1Char('\n')).contains(QStringLiteral("SQLite table rebuild")));
    QCOMPARE(dialog->sqlView()->text(), dialog->stepSql(0));
    QVERIFY(dialog->runButton()->isEnabled());

    QVERIFY(runAndWait(s, dialog, true));
    QCOMPARE(versionRows(s.dbFile()), QStringList{kSku});
    QVERIFY(columns(s.dbFile(), QStringLiteral("products")).contains(QStringLiteral("sku")));
    QVERIFY(!columns(s.dbFile(), QStringLiteral("users")).contains(QStringLiteral("phone")));
    QCOMPARE(dialog->state(), PlanDialog::State::Succeeded);
    QVERIFY(dialog->stepStatus(0).startsWith(QStringLiteral("done")));
    QVERIFY(waitForRows(s, {kSku}));
    QTRY_VERIFY(s.window->graphView()->graphScene()->isCurrent(s.index(kSku)));
    QVERIFY(!s.window->graphView()->graphScene()->isCurrent(s.index(kBranchPoint)));
}

void TestMigrationActions::upgradeToHeadRunsThePlan()
{
    Session s;
    QVERIFY(open(s));
    PlanDialog *dialog = s.actions->upgradeTo(s.index(kHead));
    QVERIFY(dialog);
    QCOMPARE(dialog->state(), PlanDialog::State::Previewing);
    QVERIFY(waitReady(dialog));
    QCOMPARE(dialog->plan().steps.size(), 5);
    QCOMPARE(dialog->plan().steps.last().revisionId, kHead);
    QCOMPARE(dialog->stepsTree()->topLevelItemCount(), 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(dialog->stepSql(i).contains(QStringLiteral(" alembic_version ")), qPrintable(dialog->stepSql(i)));
    QVERIFY2(dialog->stepSql(3).contains(QStringLiteral("ALTER TABLE orders ADD COLUMN total_cents")), qPrintable(dialog->stepSql(3)));
    // The database is named, masked.
    const QString shown = dialog->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
    QVERIFY2(shown.contains(QStringLiteral("shop.db")), qPrintable(shown));
    dialog->resize(900, 620);
    QVERIFY(!saveScreenshot(*dialog, QStringLiteral("plandialog.png")).isEmpty());

    // Progress while the (slow) fourth step runs.
    QSignalSpy finished(s.actions, &MigrationActions::runFinished);
    dialog->accept();
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->closeButton()->isEnabled());
    QVERIFY(dialog->stopButton()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stepStatus(3), QStringLiteral("running…"), 10000);
    QCOMPARE(dialog->completedSteps(), 3);
    QVERIFY(!saveScreenshot(*dialog, QStringLiteral("plandialog-progress.png")).isEmpty());
    // The database panel followed the finished steps meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(s.window->databaseController()->snapshot().rows, QStringList{kMerge}, 5000);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    QCOMPARE(versionRows(s.dbFile()), QStringList{kHead});
    QCOMPARE(dialog->state(), PlanDialog::State::Succeeded);
    QCOMPARE(dialog->completedSteps(), 5);
    QVERIFY(waitForRows(s, {kHead}));
    QTRY_VERIFY(s.window->graphView()->graphScene()->isCurrent(s.index(kHead)));
    // Alembic's log lines, one per step, in the plan's order.
    const QStringList running = logLines(*s.window->logModel(), QStringLiteral("[alembic.runtime.migration] Running upgrade"));
    QCOMPARE(running.size(), 5);
    QVERIFY2(running.last().endsWith(QStringLiteral("Running upgrade 0c6e4a9b3f78 -> d2f81c5a7e36, add product active flag")),
             qPrintable(running.last()));
    QCOMPARE(logLines(*s.window->logModel(), QStringLiteral("Context impl SQLiteImpl.")).size(), 1);
    // Nothing more to do.
    QVERIFY(!s.actions->upgradeToHeads());
    dialog->accept();   // closes once over
    QTRY_VERIFY(!s.actions->planDialog());
}

void TestMigrationActions::downgradeOneStep()
{
    Session s;
    QVERIFY(open(s));
    PlanDialog *dialog = s.actions->downgradeOneStep();
    QVERIFY(dialog);
    QVERIFY(waitReady(dialog));
    QCOMPARE(dialog->plan().steps.size(), 1);
    QCOMPARE(dialog->plan().steps.first().direction, StepDirection::Downgrade);
    QCOMPARE(dialog->plan().steps.first().revisionId, kBranchPoint);
    // Its downgrade alters a column in batch mode: SQLite rebuilds the table, and the plan says so.
    QVERIFY2(dialog->stepSql(0).contains(QStringLiteral("_alembic_tmp_orders")), qPrintable(dialog->stepSql(0)));
    QVERIFY2(dialog->warnings().join(QLatin1Char('\n')).contains(QStringLiteral("SQLite table rebuild: \"orders\"")),
             qPrintable(dialog->warnings().join(QLatin1Char('\n'))));
    dialog->resize(900, 620);
    QVERIFY(!saveScreenshot(*dialog, QStringLiteral("plandialog-downgrade.png")).isEmpty());
    QVERIFY(runAndWait(s, dialog, true));
    QCOMPARE(versionRows(s.dbFile()), QStringList{kBefore});
    QVERIFY(waitForRows(s, {kBefore}));
    QTRY_VERIFY(s.window->graphView()->graphScene()->isCurrent(s.index(kBefore)));
    QVERIFY(!logLines(*s.window->logModel(), QStringLiteral("Running downgrade 1b7d5e3a9c04 -> e6a2f4c9b873")).isEmpty());
}

void TestMigrationActions::stampHere()
{
    Session s;
    QVERIFY(open(s));
    PlanDialog *dialog = s.actions->stamp(s.index(kPhone));
    QVERIFY(dialog);
    QVERIFY(waitReady(dialog));
    QCOMPARE(dialog->plan().direction, StepDirection::Stamp);
    QCOMPARE(dialog->plan().steps.size(), 1);
    QVERIFY(dialog->stepSql(0).contains(QStringLiteral("UPDATE alembic_version SET version_num='9e3c7b1f6d25'")));
    QVERIFY(runAndWait(s, dialog, true));
    QCOMPARE(versionRows(s.dbFile()), QStringList{kPhone});
    // A stamp runs no revision body.
    QVERIFY(!columns(s.dbFile(), QStringLiteral("users")).contains(QStringLiteral("phone")));
    QVERIFY(waitForRows(s, {kPhone}));
}

void TestMigrationActions::cancelBetweenSteps()
{
    Session s;
    QVERIFY(open(s));
    PlanDialog *first = s.actions->upgradeTo(s.index(kMerge));
    QVERIFY(waitReady(first));
    QVERIFY(runAndWait(s, first, true));
    QVERIFY(waitForRows(s, {kMerge}));

    // merge -> 0c6e (slow) -> d2f8: cancel while the first step runs; it completes, d2f8 does not start.
    PlanDialog *dialog = s.actions->upgradeToHeads();
    QVERIFY(dialog);
    QVERIFY(dialog != first);
    QVERIFY(waitReady(dialog));
    QCOMPARE(dialog->plan().steps.size(), 2);
    QSignalSpy finished(s.actions, &MigrationActions::runFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stepStatus(0), QStringLiteral("running…"), 10000);
    dialog->stopButton()->click();
    QCOMPARE(dialog->state(), PlanDialog::State::Cancelling);
    dialog->close();   // refused while running: it asks to cancel
    QVERIFY(dialog->isVisible());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog->state(), PlanDialog::State::Cancelled);
    QCOMPARE(versionRows(s.dbFile()), QStringList{kTotal});
    QVERIFY(columns(s.dbFile(), QStringLiteral("orders")).contains(QStringLiteral("total_cents")));
    QVERIFY(!columns(s.dbFile(), QStringLiteral("products")).contains(QStringLiteral("is_active")));
    QVERIFY(dialog->stepStatus(0).startsWith(QStringLiteral("done")));
    QCOMPARE(dialog->stepStatus(1), QStringLiteral("not run"));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("Cancelled after 1 of 2 steps")), qPrintable(dialog->errorText()));
    QVERIFY(waitForRows(s, {kTotal}));
    QCOMPARE(s.window->messageBar()->kind(), MessageBar::Kind::Warning);
}

void TestMigrationActions::failingStepRollsBack()
{
    // Two new revisions after the branch point: the first is fine, the second fails half-way.
    const QString good = QStringLiteral(
        "\"\"\"add audit table\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
        "revision = 'aaaa00000001'\ndown_revision = '1b7d5e3a9c04'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    print('audit table created')\n    import logging\n    logging.getLogger('myapp').warning('check %s', 'audit')\n\n\n"
        "def downgrade():\n    op.drop_table('audit')\n");
    const QString bad = QStringLiteral(
        "\"\"\"broken step\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
        "revision = 'aaaa00000002'\ndown_revision = 'aaaa00000001'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    op.create_table('half_done', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    op.execute(\"INSERT INTO no_such_table (id) VALUES (1)\")\n\n\n"
        "def downgrade():\n    op.drop_table('half_done')\n");
    Session s;
    QVERIFY(open(s, {{QStringLiteral("aaaa00000001_add_audit_table.py"), good},
                     {QStringLiteral("aaaa00000002_broken_step.py"), bad}}));
    PlanDialog *dialog = s.actions->upgradeTo(s.index(QStringLiteral("aaaa00000002")));
    QVERIFY(dialog);
    QVERIFY(waitReady(dialog));
    QCOMPARE(dialog->plan().steps.size(), 2);
    QVERIFY(runAndWait(s, dialog, false));
    QCOMPARE(dialog->state(), PlanDialog::State::Failed);
    // The database stays at the last good revision; the failed step left nothing behind.
    QCOMPARE(versionRows(s.dbFile()), QStringList{QStringLiteral("aaaa00000001")});
    QVERIFY(tableExists(s.dbFile(), QStringLiteral("audit")));
    QVERIFY(!tableExists(s.dbFile(), QStringLiteral("half_done")));
    // The dialog names the revision, the statement and the database's error.
    const QString error = dialog->errorText();
    QVERIFY2(error.contains(QStringLiteral("aaaa00000002")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("INSERT INTO no_such_table")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
    QVERIFY(dialog->stepStatus(0).startsWith(QStringLiteral("done")));
    QCOMPARE(dialog->stepStatus(1), QStringLiteral("failed, rolled back"));
    // What the good step printed and logged is in the log dock.
    QCOMPARE(logLines(*s.window->logModel(), QStringLiteral("[script] audit table created")).size(), 1);
    QCOMPARE(logLines(*s.window->logModel(), QStringLiteral("[script] WARNI [myapp] check audit")).size(), 1);
    // ... and so does the message bar.
    MessageBar *bar = s.window->messageBar();
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("aaaa00000002")) && bar->text().contains(QStringLiteral("no such table")),
             qPrintable(bar->text()));
    dialog->resize(900, 620);
    QVERIFY(!saveScreenshot(*dialog, QStringLiteral("plandialog-failed.png")).isEmpty());
    QVERIFY(!saveScreenshot(*s.window, QStringLiteral("migration-failed-mainwindow.png")).isEmpty());
    QVERIFY(waitForRows(s, {QStringLiteral("aaaa00000001")}));
}

void TestMigrationActions::warningsBeforeRunning_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("warning");
    QTest::newRow("app import needs Python")
        << QStringLiteral("from myapp.models import backfill\n\n\ndef upgrade():\n    backfill(op.get_bind())\n")
        << true << QStringLiteral("needs the project's Python: ");
    QTest::newRow("VACUUM outside a transaction")
        << QStringLiteral("\n\ndef upgrade():\n    op.execute('VACUUM')\n")
        << false << QStringLiteral("\"VACUUM\" has no effect or fails inside a transaction on SQLite");
}

void TestMigrationActions::warningsBeforeRunning()
{
    QFETCH(QString, body);
    QFETCH(bool, blocked);
    QFETCH(QString, warning);
    const QString text = QStringLiteral("\"\"\"special step\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n"
                                        "revision = 'bbbb00000001'\ndown_revision = '1b7d5e3a9c04'\n")
                         + body + QStringLiteral("\n\ndef downgrade():\n    pass\n");
    Session s;
    QVERIFY(open(s, {{QStringLiteral("bbbb00000001_special_step.py"), text}}));
    PlanDialog *dialog = s.actions->upgradeTo(s.index(QStringLiteral("bbbb00000001")));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return dialog->state() != PlanDialog::State::Previewing; }, 10000));
    QCOMPARE(dialog->state(), blocked ? PlanDialog::State::Blocked : PlanDialog::State::Ready);
    QCOMPARE(dialog->runButton()->isEnabled(), !blocked);
    const QString warnings = dialog->warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    if (blocked) {
        QVERIFY(dialog->errorText().contains(QStringLiteral("need the project's Python")));
        dialog->accept();   // refused: nothing runs
        QVERIFY(!dialog->isRunning());
        QCOMPARE(versionRows(s.dbFile()), QStringList{kBranchPoint});
        dialog->resize(900, 620);
        QVERIFY(!saveScreenshot(*dialog, QStringLiteral("plandialog-python.png")).isEmpty());
    }
}

void TestMigrationActions::journalListsTheSteps()
{
    // The earlier tests ran through the same journal file.
    Result<QList<JournalEntry>> entries = Journal::read(m_journal);
    QVERIFY(entries);
    QVERIFY2(entries->size() >= 10, qPrintable(QString::number(entries->size())));

    JournalPanel panel;
    panel.setJournalPath(m_journal);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&panel, &JournalPanel::refreshed);
    panel.refresh();
    QVERIFY(refreshed.wait(10000));
    JournalModel *model = panel.model();
    QCOMPARE(model->rowCount(), int(entries->size()));
    QCOMPARE(model->columnCount(), int(JournalModel::ColumnCount));
    // Newest first: the failed step of failingStepRollsBack, after the good one (the plans of
    // warningsBeforeRunning were not run).
    QCOMPARE(model->index(0, JournalModel::RevisionColumn).data().toString(), QStringLiteral("aaaa00000002"));
    QCOMPARE(model->index(0, JournalModel::OutcomeColumn).data(JournalModel::OutcomeKindRole).toString(),
             QStringLiteral("failed"));
    QVERIFY(model->index(0, JournalModel::OutcomeColumn).data().toString().startsWith(QStringLiteral("failed: ")));
    QCOMPARE(model->index(1, JournalModel::RevisionColumn).data().toString(), QStringLiteral("aaaa00000001"));
    QCOMPARE(model->index(1, JournalModel::OutcomeColumn).data().toString(), QStringLiteral("ok"));
    QCOMPARE(model->index(1, JournalModel::StepColumn).data().toString(), QStringLiteral("upgrade 1b7d5e3a9c04 -> aaaa00000001"));
    QCOMPARE(model->index(1, JournalModel::DirectionColumn).data().toString(), QStringLiteral("upgrade"));
    QVERIFY(model->index(1, JournalModel::DurationColumn).data().toString().endsWith(QStringLiteral(" ms")));
    QCOMPARE(model->index(1, JournalModel::ChecksumColumn).data(Qt::EditRole).toString().size(), 64);
    QStringList revisions;
    for (int row = 0; row < model->rowCount(); ++row)
        revisions << model->index(row, JournalModel::RevisionColumn).data().toString();
    for (const QString &id : {kSku, kHead, kBranchPoint, kPhone, kTotal})
        QVERIFY2(revisions.contains(id), qPrintable(id));
    QCOMPARE(model->headerData(JournalModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Outcome"));

    // Only the connected database's steps: none match another URL.
    panel.setDatabase(QStringLiteral("sqlite:////nowhere.db"));
    panel.setDatabaseOnly(true);
    QCOMPARE(model->rowCount(), 0);
    panel.setDatabaseOnly(false);
    QCOMPARE(model->rowCount(), int(entries->size()));

    panel.resize(1100, 360);
    panel.show();
    QVERIFY(!saveScreenshot(panel, QStringLiteral("journal.png")).isEmpty());
}

QTEST_MAIN(TestMigrationActions)
#include "tst_migrationactions.moc"
