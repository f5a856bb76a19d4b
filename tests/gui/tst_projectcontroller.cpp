// ProjectController: the scan runs off the GUI thread, file changes in the versions folder and
// the config file reload the project once per burst (debounced), a newer request supersedes an
// older one, and closing drops a scan still under way.

#include "guitestsupport.h"
#include "projectcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestProjectController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOffTheGuiThread();
    void reloadsOncePerBurstOfChanges();
    void rejectsNonProjects();
    void newerRequestWins();
    void closeDropsRunningScan();

private:
    static QString revisionFile(const QString &id, const QString &down)
    {
        return QStringLiteral("\"\"\"%1\n\nRevision ID: %1\n\"\"\"\nrevision = '%1'\ndown_revision = '%2'\n"
                              "branch_labels = None\ndepends_on = None\n\n"
                              "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
            .arg(id, down);
    }
};

void TestProjectController::opensOffTheGuiThread()
{
    ProjectController controller;
    QSignalSpy started(&controller, &ProjectController::loadingStarted);
    QSignalSpy loaded(&controller, &ProjectController::loaded);
    QVERIFY(controller.open(sourcePath(QStringLiteral("examples/shop"))));
    QCOMPARE(started.count(), 1);
    QVERIFY(controller.isLoading() || loaded.count() == 1);
    QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    QCOMPARE(loaded.first().at(1).toBool(), false);
    QVERIFY(controller.project());
    QCOMPARE(controller.project()->map().size(), 11);
    QCOMPARE(controller.folder(), QDir(sourcePath(QStringLiteral("examples/shop"))).canonicalPath());
}

void TestProjectController::reloadsOncePerBurstOfChanges()
{
    QTemporaryDir dir;
    const QString shop = copyExample(QStringLiteral("shop"), dir);
    ProjectController controller;
    // Long enough that a loaded CI machine does not split the burst below into two reloads.
    controller.setReloadDelay(1500);
    QSignalSpy loaded(&controller, &ProjectController::loaded);
    QVERIFY(controller.open(shop));
    QVERIFY(loaded.wait(10000));
    loaded.clear();

    const QString versions = shop + QStringLiteral("/migrations/versions/");
    QVERIFY(writeFile(versions + QStringLiteral("aaaa00000001_one.py"),
                      revisionFile(QStringLiteral("aaaa00000001"), QStringLiteral("d2f81c5a7e36"))));
    QTest::qWait(50);
    QVERIFY(writeFile(versions + QStringLiteral("aaaa00000002_two.py"),
                      revisionFile(QStringLiteral("aaaa00000002"), QStringLiteral("aaaa00000001"))));
    QTest::qWait(50);
    QVERIFY(QFile::remove(versions + QStringLiteral("0c6e4a9b3f78_add_order_total.py")));
    QVERIFY(loaded.wait(10000));
    QTest::qWait(1800);   // no second reload for the same burst
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(1).toBool(), true);
    // The removed revision's descendants (d2f81c5a7e36 and the two new ones) point at something
    // missing: tolerant mode leaves them out and reports why.
    const auto project = controller.project();
    QCOMPARE(project->map().size(), 9);
    QVERIFY(project->map().indexOfId(QStringLiteral("aaaa00000002")) < 0);
    QVERIFY(!project->diagnostics().isEmpty());

    // Editing alembic.ini reloads too.
    loaded.clear();
    QFile ini(shop + QStringLiteral("/alembic.ini"));
    QVERIFY(ini.open(QIODevice::Append));
    ini.write("\n# touched\n");
    ini.close();
    QVERIFY(loaded.wait(10000));
}

void TestProjectController::rejectsNonProjects()
{
    QTemporaryDir dir;
    ProjectController controller;
    QSignalSpy started(&controller, &ProjectController::loadingStarted);
    QVERIFY(!controller.open(dir.path()));
    QVERIFY(controller.errorString().contains(QStringLiteral("is not an Alembic project")));
    QVERIFY(!controller.open(dir.filePath(QStringLiteral("nope"))));
    QVERIFY(controller.errorString().contains(QStringLiteral("does not exist")));
    QCOMPARE(started.count(), 0);
    QVERIFY(controller.folder().isEmpty());
}

void TestProjectController::newerRequestWins()
{
    ProjectController controller;
    QSignalSpy loaded(&controller, &ProjectController::loaded);
    QVERIFY(controller.open(sourcePath(QStringLiteral("examples/shop"))));
    QVERIFY(controller.open(sourcePath(QStringLiteral("examples/linear"))));
    QVERIFY(loaded.wait(10000));
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(QFileInfo(controller.folder()).fileName(), QStringLiteral("linear"));
    QCOMPARE(QFileInfo(controller.project()->config().projectDir()).fileName(), QStringLiteral("linear"));
}

void TestProjectController::closeDropsRunningScan()
{
    ProjectController controller;
    QSignalSpy loaded(&controller, &ProjectController::loaded);
    QSignalSpy closed(&controller, &ProjectController::closed);
    QVERIFY(controller.open(sourcePath(QStringLiteral("examples/shop"))));
    controller.close();
    QCOMPARE(closed.count(), 1);
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!controller.project());
}

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
