// Smoke test of the main window on the offscreen platform: opens examples/shop, checks what the
// window shows, and saves a screenshot to <build>/tests/gui/screenshots/ for a person to look at.

#include "mainwindow.h"
#include "testsupport.h"

#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace retort::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensExampleProject();
    void rejectsFolderWithoutConfig();
    void germanTranslation();
    void applicationIcon();

private:
    static QString saveScreenshot(QWidget &w, const QString &name);
};

QString TestMainWindow::saveScreenshot(QWidget &w, const QString &name)
{
    QDir().mkpath(QStringLiteral(RETORT_SCREENSHOT_DIR));
    const QString path = QDir(QStringLiteral(RETORT_SCREENSHOT_DIR)).filePath(name);
    const QPixmap shot = w.grab();
    if (shot.isNull() || !shot.save(path))
        return {};
    return path;
}

void TestMainWindow::opensExampleProject()
{
    retort::MainWindow window;
    window.resize(960, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Retort"));

    QSignalSpy opened(&window, &retort::MainWindow::projectOpened);
    const QString shop = sourcePath(QStringLiteral("examples/shop"));
    QVERIFY2(window.openProject(shop), qPrintable(window.errorString()));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(window.projectFolder(), QDir(shop).canonicalPath());
    QCOMPARE(window.projectName(), QStringLiteral("shop"));
    QCOMPARE(window.windowTitle(), QStringLiteral("shop — Retort"));

    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("projectPage"));
    auto *name = window.findChild<QLabel *>(QStringLiteral("projectNameLabel"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("shop"));
    QVERIFY(name->isVisible());
    auto *config = window.findChild<QLabel *>(QStringLiteral("configFileLabel"));
    QVERIFY(config);
    QCOMPARE(config->text(), QStringLiteral("Configuration: alembic.ini"));

    const QString shot = saveScreenshot(window, QStringLiteral("mainwindow-shop.png"));
    QVERIFY2(!shot.isEmpty(), "could not save the screenshot");
    QVERIFY(QImage(shot).width() >= 600);

    QSignalSpy closed(&window, &retort::MainWindow::projectClosed);
    window.closeProject();
    QCOMPARE(closed.count(), 1);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Retort"));
    QVERIFY(window.projectFolder().isEmpty());
}

void TestMainWindow::rejectsFolderWithoutConfig()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    retort::MainWindow window;
    QVERIFY(window.openProject(sourcePath(QStringLiteral("examples/linear"))));
    QSignalSpy opened(&window, &retort::MainWindow::projectOpened);

    QVERIFY(!window.openProject(empty.path()));
    QVERIFY2(window.errorString().contains(QStringLiteral("is not an Alembic project")),
             qPrintable(window.errorString()));
    QVERIFY(!window.openProject(empty.filePath(QStringLiteral("missing"))));
    QVERIFY2(window.errorString().contains(QStringLiteral("does not exist")), qPrintable(window.errorString()));
    QCOMPARE(opened.count(), 0);
    // The project that was open stays open.
    QCOMPARE(window.projectName(), QStringLiteral("linear"));
}

void TestMainWindow::germanTranslation()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/retort_de.qm")), "retort_de.qm is not embedded");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        retort::MainWindow window;
        QVERIFY(window.openProject(sourcePath(QStringLiteral("examples/shop"))));
        auto *config = window.findChild<QLabel *>(QStringLiteral("configFileLabel"));
        QVERIFY(config);
        QCOMPARE(config->text(), QStringLiteral("Konfiguration: alembic.ini"));
        window.resize(960, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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
    image.save(QDir(QStringLiteral(RETORT_SCREENSHOT_DIR)).filePath(QStringLiteral("icon-128.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
