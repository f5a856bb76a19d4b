// The main window end to end on the offscreen platform, driven through its real widgets: open a
// copy of examples/shop (scanned off the GUI thread), connect to its SQLite database, check the
// database panel, select and search revisions with the keyboard, export, reload on file changes,
// report broken files, drag and drop, restore the session. Screenshots go to <build>/screenshots.

#include "appsettings.h"
#include "connectiondialog.h"
#include "databasecontroller.h"
#include "databasepanel.h"
#include "graphcanvas.h"
#include "graphpanels.h"
#include "guitestsupport.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "recentlistmodel.h"
#include "tablesmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDirIterator>
#include <QDockWidget>
#include <QDropEvent>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

namespace {

const QString kCurrent = QStringLiteral("1b7d5e3a9c04");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensShopAndConnects();
    void keyboardSearchAndNavigation();
    void exportsGraph_data();
    void exportsGraph();
    void connectsThroughDialog();
    void reloadsOnFileChangeKeepingSelection();
    void reportsBrokenRevisionFiles();
    void rejectsFolderWithoutConfig();
    void switchingProjectsDropsConnection();
    void dropFolderOpensIt();
    void restoresSession();
    void germanTranslation();
    void applicationIcon();

private:
    // Opens folder and waits for the project and (when connect) the database snapshot.
    static bool openAndWait(MainWindow &window, const QString &folder, bool connect = true);
    static bool waitForLayout(MainWindow &window);
    QTemporaryDir m_tmp;
    QString m_shop;
};

bool TestMainWindow::openAndWait(MainWindow &window, const QString &folder, bool connect)
{
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy snapshots(window.databaseController(), &DatabaseController::snapshotChanged);
    if (!window.openProject(folder))
        return false;
    if (!opened.wait(10000))
        return false;
    if (connect && !(snapshots.count() > 0 || snapshots.wait(10000)))
        return false;
    return waitForLayout(window);
}

bool TestMainWindow::waitForLayout(MainWindow &window)
{
    if (!window.graphView()->isLayoutPending())
        return true;
    QSignalSpy ready(window.graphView(), &RevisionGraphView::layoutReady);
    return ready.wait(10000);
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    isolateSettings(m_tmp);
    m_shop = copyExample(QStringLiteral("shop"), m_tmp);
    QVERIFY(!m_shop.isEmpty());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::opensShopAndConnects()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Retort"));
    QVERIFY(window.graphView()->isVisible() == false);   // the welcome page is shown

    QAbstractItemModelTester logTester(window.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recentTester(window.recentProjectsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tablesTester(window.databasePanel()->tablesModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(openAndWait(window, m_shop));
    QVERIFY(window.isLoading() == false);
    QCOMPARE(window.projectFolder(), m_shop);
    QCOMPARE(window.projectName(), QStringLiteral("shop"));
    QCOMPARE(window.project()->map().size(), 11);
    QVERIFY(window.graphView()->isVisible());

    // The project's own SQLite database is connected (read-only) and shown.
    DatabaseController *db = window.databaseController();
    QCOMPARE(db->state(), DatabaseController::State::Connected);
    const QString url = QStringLiteral("sqlite:///") + m_shop + QStringLiteral("/shop.db");
    QCOMPARE(db->displayUrl(), url);
    QCOMPARE(window.windowTitle(), QStringLiteral("shop — %1 — Retort").arg(url));
    QCOMPARE(window.databasePanel()->currentHeads(), QStringList{kCurrent});
    auto *heads = window.databasePanel()->findChild<QTreeWidget *>(QStringLiteral("headsTree"));
    QVERIFY(heads);
    QCOMPARE(heads->topLevelItemCount(), 1);
    QCOMPARE(heads->topLevelItem(0)->text(0), kCurrent);
    QVERIFY2(heads->topLevelItem(0)->text(1).startsWith(QStringLiteral("make order status not null")),
             qPrintable(heads->topLevelItem(0)->text(1)));
    TablesModel *tables = window.databasePanel()->tablesModel();
    QCOMPARE(tables->rowCount(), 5);
    QStringList names;
    for (int row = 0; row < tables->rowCount(); ++row)
        names << tables->index(row, TablesModel::NameColumn).data().toString();
    QVERIFY(names.contains(QStringLiteral("orders")) && names.contains(QStringLiteral("users")));
    QVERIFY(window.graphView()->databaseStateError().isEmpty());

    // Recent projects and the log.
    QCOMPARE(window.recentProjectsModel()->rowCount(), 1);
    QCOMPARE(window.recentProjectsModel()->value(0), m_shop);
    bool loggedConnect = false;
    for (int row = 0; row < window.logModel()->rowCount(); ++row)
        loggedConnect |= window.logModel()->entry(row).message.startsWith(QStringLiteral("Connected to sqlite:///"));
    QVERIFY(loggedConnect);
    QVERIFY(window.messageBar()->isHidden());

    // F5 reads the database again.
    QSignalSpy snapshots(db, &DatabaseController::snapshotChanged);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(snapshots.wait(10000));

    // Connecting selected the database's current revision; Ctrl+H goes to the head, Ctrl+J back.
    QCOMPARE(window.graphView()->selectedRevisionId(), kCurrent);
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(window.graphView()->selectedRevisionId(), QStringLiteral("d2f81c5a7e36"));
    QSignalSpy selected(window.graphView(), &RevisionGraphView::revisionSelected);
    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(window.graphView()->selectedRevisionId(), kCurrent);
    QVERIFY(!selected.isEmpty());
    QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-shop.png")).isEmpty());

    // Disconnecting empties the panel and the title.
    QAction *disconnectAction = window.findChild<QAction *>(QStringLiteral("actionDisconnect"));
    QVERIFY(disconnectAction && disconnectAction->isEnabled());
    disconnectAction->trigger();
    QCOMPARE(db->state(), DatabaseController::State::Disconnected);
    QCOMPARE(window.windowTitle(), QStringLiteral("shop — Retort"));
    QVERIFY(window.databasePanel()->currentHeads().isEmpty());
    QCOMPARE(tables->rowCount(), 0);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-disconnected.png")).isEmpty());

    QSignalSpy closed(&window, &MainWindow::projectClosed);
    window.closeProject();
    QCOMPARE(closed.count(), 1);
    QCOMPARE(window.windowTitle(), QStringLiteral("Retort"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-welcome.png")).isEmpty());

    // The welcome page lists the recent project: Enter on it opens it again.
    auto *recentView = window.findChild<QListView *>(QStringLiteral("recentProjectsView"));
    QVERIFY(recentView && recentView->isVisible());
    recentView->setFocus();
    recentView->setCurrentIndex(window.recentProjectsModel()->index(0));
    QSignalSpy reopened(&window, &MainWindow::projectOpened);
    QTest::keyClick(recentView, Qt::Key_Return);
    QVERIFY(reopened.wait(10000));
    QCOMPARE(window.projectFolder(), m_shop);
}

void TestMainWindow::keyboardSearchAndNavigation()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_shop));
    const RevisionMap &map = window.project()->map();
    window.activateWindow();

    // Ctrl+F focuses the filter field; typing filters and selects the first match.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = window.filterEdit();
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("product"));
    const int first = window.graphView()->selectedRevision();
    QVERIFY(first >= 0);
    QVERIFY2(map.revision(first).doc.contains(QStringLiteral("product")), qPrintable(map.revision(first).doc));
    // F3 / Enter go to the next match, Shift+F3 back.
    QTest::keyClick(filter, Qt::Key_F3);
    const int second = window.graphView()->selectedRevision();
    QVERIFY(second != first);
    QVERIFY(map.revision(second).doc.contains(QStringLiteral("product")));
    QTest::keyClick(filter, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(window.graphView()->selectedRevision(), first);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(window.graphView()->selectedRevision(), second);
    QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-search.png")).isEmpty());

    // Clearing the filter; Ctrl+H goes to the head (the database is behind it), arrow keys walk.
    filter->clear();
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(window.graphView()->selectedRevisionId(), QStringLiteral("d2f81c5a7e36"));
    QWidget *canvas = window.graphView()->canvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Down);
    const int below = window.graphView()->selectedRevision();
    QVERIFY(below >= 0);
    QCOMPARE(map.id(below), QStringLiteral("0c6e4a9b3f78"));   // the head's parent
    QTest::keyClick(canvas, Qt::Key_Up);
    QCOMPARE(window.graphView()->selectedRevisionId(), QStringLiteral("d2f81c5a7e36"));

    // Zoom shortcuts.
    const qreal zoom = window.graphView()->zoom();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(window.graphView()->zoom() > zoom);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(window.graphView()->zoom() < zoom);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.graphView()->zoom(), 1.0);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);   // fit: no crash, some zoom
    QVERIFY(window.graphView()->zoom() > 0);
}

void TestMainWindow::exportsGraph_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("png") << QStringLiteral("graph.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("graph.svg") << QByteArray("<svg");
    QTest::newRow("dot") << QStringLiteral("graph.dot") << QByteArray("1b7d5e3a9c04");
    QTest::newRow("mermaid") << QStringLiteral("graph.mmd") << QByteArray("1b7d5e3a9c04");
}

void TestMainWindow::exportsGraph()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(openAndWait(window, m_shop));
    const QString file = QDir(m_tmp.path()).filePath(name);
    QVERIFY(window.exportGraph(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(f.readAll().contains(expected), qPrintable(file));
    QVERIFY(window.messageBar()->isHidden());

    QVERIFY(!window.exportGraph(QDir(m_tmp.path()).filePath(QStringLiteral("graph.bmp"))));
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral(".png, .svg, .dot or .mmd")));
}

// The Connect action's dialog, filled and accepted without exec(): it offers the project's URL.
void TestMainWindow::connectsThroughDialog()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(openAndWait(window, m_shop));
    window.findChild<QAction *>(QStringLiteral("actionDisconnect"))->trigger();
    std::unique_ptr<ConnectionDialog> dialog = window.createConnectionDialog();
    QVERIFY(dialog->choicesModel()->rowCount() >= 1);
    QVERIFY(dialog->choicesModel()->index(0).data().toString().contains(QStringLiteral("alembic.ini sqlalchemy.url")));
    QCOMPARE(dialog->url(), QStringLiteral("sqlite:///") + m_shop + QStringLiteral("/shop.db"));
    dialog->setUrl(QStringLiteral("sqlite:///shop.db"));   // relative: the project folder
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QSignalSpy snapshots(window.databaseController(), &DatabaseController::snapshotChanged);
    window.connectDatabase(dialog->url(true));
    QVERIFY(snapshots.wait(10000));
    QCOMPARE(window.databaseController()->displayUrl(), QStringLiteral("sqlite:///shop.db"));
    QCOMPARE(window.databasePanel()->currentHeads(), QStringList{kCurrent});
    // Remembered for this project (no password in it anyway for SQLite).
    QCOMPARE(AppSettings().lastConnection(m_shop), QStringLiteral("sqlite:///shop.db"));
    QVERIFY(AppSettings().recentConnections(m_shop).contains(QStringLiteral("sqlite:///shop.db")));

    // A failing connection shows the masked error in the message bar, with a way back to the dialog.
    QSignalSpy errors(window.databaseController(), &DatabaseController::errorOccurred);
    window.connectDatabase(QStringLiteral("postgresql://app:hunter2@127.0.0.1:1/shop"));
    QVERIFY(errors.wait(20000));
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("app:***@127.0.0.1")));
    QVERIFY(!window.messageBar()->text().contains(QStringLiteral("hunter2")));
    QCOMPARE(window.messageBar()->actionButton()->text(), QStringLiteral("Connect…"));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("hunter2")));
    QVERIFY(!window.logModel()->toText().contains(QStringLiteral("hunter2")));
    QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-connection-error.png")).isEmpty());
    QSettings().sync();
    QDirIterator it(m_tmp.path(), {QStringLiteral("*.conf"), QStringLiteral("*.ini")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("hunter2"));
    }
}

void TestMainWindow::reloadsOnFileChangeKeepingSelection()
{
    QTemporaryDir dir;
    const QString shop = copyExample(QStringLiteral("shop"), dir);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(openAndWait(window, shop));
    window.graphView()->selectRevisionById(QStringLiteral("8a41d6c0e5f2"));
    QCOMPARE(window.graphView()->selectedRevisionId(), QStringLiteral("8a41d6c0e5f2"));

    QSignalSpy loaded(window.graphView(), &RevisionGraphView::layoutReady);
    QVERIFY(writeFile(shop + QStringLiteral("/migrations/versions/f00dcafe0001_add_notes.py"),
                      QStringLiteral("\"\"\"add notes\n\nRevision ID: f00dcafe0001\nRevises: 1b7d5e3a9c04\n\"\"\"\n"
                                     "revision = 'f00dcafe0001'\ndown_revision = '1b7d5e3a9c04'\n"
                                     "branch_labels = None\ndepends_on = None\n\n"
                                     "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")));
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->map().size(), 12, 10000);
    QVERIFY(waitForLayout(window));
    QCOMPARE(window.graphView()->selectedRevisionId(), QStringLiteral("8a41d6c0e5f2"));
    // The database is still at the old head; the heads shown follow the new map.
    QCOMPARE(window.databasePanel()->currentHeads(), QStringList{kCurrent});
}

void TestMainWindow::reportsBrokenRevisionFiles()
{
    QTemporaryDir dir;
    const QString shop = copyExample(QStringLiteral("shop"), dir);
    const QString broken = shop + QStringLiteral("/migrations/versions/badbadbad000_broken.py");
    QVERIFY(writeFile(broken, QStringLiteral("\"\"\"broken\n\"\"\"\nrevision = 'badbadbad000'\ndown_revision = (\n")));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(openAndWait(window, shop));
    QCOMPARE(window.project()->map().size(), 11);   // the broken file is left out
    QVERIFY(!window.project()->diagnostics().isEmpty());
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("1 revision file(s) could not be read")),
             qPrintable(window.messageBar()->text()));
    bool logged = false;
    for (int row = 0; row < window.logModel()->rowCount(); ++row) {
        const LogModel::Entry &e = window.logModel()->entry(row);
        if (e.level == LogModel::Level::Error && e.file == broken)
            logged = e.message.contains(QStringLiteral("badbadbad000_broken.py"));
    }
    QVERIFY(logged);
    QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-broken-file.png")).isEmpty());
    // "Show Log" raises the log dock.
    auto *logDock = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
    logDock->hide();
    QTest::mouseClick(window.messageBar()->actionButton(), Qt::LeftButton);
    QVERIFY(logDock->isVisible());
}

void TestMainWindow::rejectsFolderWithoutConfig()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    MainWindow window;
    QVERIFY(openAndWait(window, sourcePath(QStringLiteral("examples/linear")), false));
    QSignalSpy opened(&window, &MainWindow::projectOpened);

    QVERIFY(!window.openProject(empty.path()));
    QVERIFY2(window.errorString().contains(QStringLiteral("is not an Alembic project")),
             qPrintable(window.errorString()));
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("is not an Alembic project")));
    QVERIFY(!window.openProject(empty.filePath(QStringLiteral("missing"))));
    QVERIFY2(window.errorString().contains(QStringLiteral("does not exist")), qPrintable(window.errorString()));
    QCOMPARE(opened.count(), 0);
    // The project that was open stays open.
    QCOMPARE(window.projectName(), QStringLiteral("linear"));
}

void TestMainWindow::switchingProjectsDropsConnection()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_shop));
    QVERIFY(window.databaseController()->isConnected());
    // examples/linear names linear.db, which does not exist: no connection for it.
    QVERIFY(openAndWait(window, sourcePath(QStringLiteral("examples/linear")), false));
    QCOMPARE(window.databaseController()->state(), DatabaseController::State::Disconnected);
    QCOMPARE(window.windowTitle(), QStringLiteral("linear — Retort"));
    QVERIFY(window.databasePanel()->currentHeads().isEmpty());
    // shop keeps its last connection for next time.
    QCOMPARE(AppSettings().lastConnection(m_shop), QStringLiteral("sqlite:///") + m_shop + QStringLiteral("/shop.db"));
    QVERIFY(openAndWait(window, m_shop));
    QCOMPARE(window.databasePanel()->currentHeads(), QStringList{kCurrent});
}

void TestMainWindow::dropFolderOpensIt()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_shop)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(opened.wait(10000));
    QCOMPARE(window.projectFolder(), m_shop);

    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent other(QPoint(200, 200), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QCoreApplication::sendEvent(&window, &other);
    QVERIFY(!other.isAccepted());
}

void TestMainWindow::restoresSession()
{
    QByteArray state;
    {
        MainWindow window;
        window.resize(1100, 760);
        window.show();
        QVERIFY(openAndWait(window, m_shop));
        window.findChild<QDockWidget *>(QStringLiteral("logDock"))->hide();
        // Connect to the relative URL so it is what gets remembered.
        QSignalSpy snapshots(window.databaseController(), &DatabaseController::snapshotChanged);
        window.connectDatabase(QStringLiteral("sqlite:///shop.db"));
        QVERIFY(snapshots.wait(10000));
        window.close();
    }
    MainWindow restored;
    QSignalSpy opened(&restored, &MainWindow::projectOpened);
    QSignalSpy snapshots(restored.databaseController(), &DatabaseController::snapshotChanged);
    restored.restoreSession(true);
    restored.show();
    QVERIFY(opened.wait(10000));
    QCOMPARE(restored.projectFolder(), m_shop);
    QVERIFY(snapshots.count() > 0 || snapshots.wait(10000));
    QCOMPARE(restored.databaseController()->displayUrl(), QStringLiteral("sqlite:///shop.db"));
    QVERIFY(!restored.findChild<QDockWidget *>(QStringLiteral("logDock"))->isVisible());
    QCOMPARE(restored.size(), QSize(1100, 760));
}

void TestMainWindow::germanTranslation()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/retort_de.qm")), "retort_de.qm is not embedded");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_shop));
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("databaseDock"))->windowTitle(),
                 QStringLiteral("Datenbank"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionConnect"))->text(), QStringLiteral("&Verbinden…"));
        QCOMPARE(window.filterEdit()->placeholderText(), QStringLiteral("Revision suchen (Strg+F)"));
        QVERIFY(!saveScreenshot(window, QStringLiteral("mainwindow-shop-de.png")).isEmpty());
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestMainWindow::applicationIcon()
{
    const QIcon icon(QStringLiteral(":/icons/io.github.retort.Retort.svg"));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(128, 128).toImage();
    QCOMPARE(image.width(), 128);
    // The rounded background is opaque in the middle and transparent in the corner.
    QCOMPARE(qAlpha(image.pixel(64, 20)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    image.save(screenshotPath(QStringLiteral("icon-128.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
