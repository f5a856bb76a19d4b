// The GUI's small parts: the log model (masking, cap), the recent-list model, the settings (no
// password ever written), URL <-> fields, the message bar and the keychain fallback. Every item
// model runs under QAbstractItemModelTester.

#include "appsettings.h"
#include "connectionfields.h"
#include "guitestsupport.h"
#include "logmodel.h"
#include "messagebar.h"
#include "passwordstore.h"
#include "recentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QToolButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logModelMasksPasswords();
    void logModelIsCapped();
    void recentListModel();
    void settingsKeepNoPasswords();
    void recentListsAreCapped();
    void fieldsRoundTrip_data();
    void fieldsRoundTrip();
    void messageBar();
    void keychainFallback();

private:
    QTemporaryDir m_settingsDir;
};

void TestGuiModels::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir);
}

void TestGuiModels::logModelMasksPasswords()
{
    LogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    log.append(LogModel::Level::Info, QStringLiteral("Connecting to postgresql://app:topsecret@db:5432/prod"));
    log.append(LogModel::Level::Error, QStringLiteral("libpq: host=db password=topsecret failed"),
               QStringLiteral("/p/versions/a.py"), 3);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.columnCount(), int(LogModel::ColumnCount));
    for (int row = 0; row < log.rowCount(); ++row)
        for (int column = 0; column < log.columnCount(); ++column)
            QVERIFY(!log.index(row, column).data().toString().contains(QStringLiteral("topsecret")));
    QVERIFY(!log.toText().contains(QStringLiteral("topsecret")));
    QCOMPARE(log.index(0, LogModel::MessageColumn).data().toString(),
             QStringLiteral("Connecting to postgresql://app:***@db:5432/prod"));
    QCOMPARE(log.index(1, LogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(log.index(1, 0).data(LogModel::FileRole).toString(), QStringLiteral("/p/versions/a.py"));
    QCOMPARE(log.index(1, 0).data(LogModel::LineRole).toInt(), 3);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"))
                .match(log.index(0, LogModel::TimeColumn).data().toString())
                .hasMatch());
    QCOMPARE(log.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestGuiModels::logModelIsCapped()
{
    LogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setMaximumEntries(3);
    for (int i = 0; i < 5; ++i)
        log.append(LogModel::Level::Info, QStringLiteral("line %1").arg(i));
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 2"));
    QCOMPARE(log.index(2, LogModel::MessageColumn).data().toString(), QStringLiteral("line 4"));
    log.setMaximumEntries(1);
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 4"));
}

void TestGuiModels::recentListModel()
{
    RecentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({{QStringLiteral("shop"), QStringLiteral("/w/shop"), QStringLiteral("/w/shop")},
                    {QStringLiteral("blog"), {}, QStringLiteral("/w/blog")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("blog"));
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("blog"));
    QCOMPARE(model.index(0).data(RecentListModel::ValueRole).toString(), QStringLiteral("/w/shop"));
    QCOMPARE(model.indexOfValue(QStringLiteral("/w/blog")), 1);
    QCOMPARE(model.indexOfValue(QStringLiteral("/nope")), -1);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::settingsKeepNoPasswords()
{
    {
        AppSettings settings;
        settings.addRecentConnection(QStringLiteral("/w/shop"), QStringLiteral("postgresql://app:pw123@db/shop"));
        settings.setLastConnection(QStringLiteral("/w/shop"), QStringLiteral("postgresql+asyncpg://app:pw123@db:5433/shop?sslmode=require"));
        settings.addRecentProject(QStringLiteral("/w/shop"));
        QCOMPARE(settings.recentConnections(QStringLiteral("/w/shop")),
                 QStringList{QStringLiteral("postgresql://app@db/shop")});
        QCOMPARE(settings.lastConnection(QStringLiteral("/w/shop")),
                 QStringLiteral("postgresql+asyncpg://app@db:5433/shop?sslmode=require"));
        QVERIFY(settings.recentConnections(QStringLiteral("/w/other")).isEmpty());
    }
    QSettings().sync();
    // Nothing in any settings file holds the password.
    QDirIterator it(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("pw123"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

void TestGuiModels::recentListsAreCapped()
{
    AppSettings settings;
    for (int i = 0; i < 14; ++i)
        settings.addRecentProject(QStringLiteral("/w/p%1").arg(i));
    settings.addRecentProject(QStringLiteral("/w/p5"));
    const QStringList recent = settings.recentProjects();
    QCOMPARE(recent.size(), AppSettings::MaxRecent);
    QCOMPARE(recent.first(), QStringLiteral("/w/p5"));
    QCOMPARE(recent.at(1), QStringLiteral("/w/p13"));
    QCOMPARE(recent.count(QStringLiteral("/w/p5")), 1);
    settings.removeRecentProject(QStringLiteral("/w/p5"));
    QCOMPARE(settings.recentProjects().first(), QStringLiteral("/w/p13"));
}

void TestGuiModels::fieldsRoundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("withoutPassword");
    QTest::addColumn<QString>("password");
    QTest::newRow("sqlite relative") << "sqlite:///shop.db" << "sqlite:///shop.db" << "";
    QTest::newRow("sqlite absolute") << "sqlite:////var/db/shop.db" << "sqlite:////var/db/shop.db" << "";
    QTest::newRow("sqlite memory") << "sqlite://" << "sqlite://" << "";
    QTest::newRow("pg full") << "postgresql://app:pw@db.example:5433/shop"
                             << "postgresql://app@db.example:5433/shop" << "pw";
    QTest::newRow("pg encoded password") << "postgresql://app:p%40ss%3Aw%2Fd@db/shop"
                                         << "postgresql://app@db/shop" << "p@ss:w/d";
    QTest::newRow("pg driver and query") << "postgresql+asyncpg://app@db/shop?ssl=require&application_name=x"
                                         << "postgresql+asyncpg://app@db/shop?ssl=require&application_name=x" << "";
    QTest::newRow("pg socket") << "postgresql://postgres@/retort_test?host=/tmp/pg"
                               << "postgresql://postgres@/retort_test?host=%2Ftmp%2Fpg" << "";
}

void TestGuiModels::fieldsRoundTrip()
{
    QFETCH(QString, url);
    QFETCH(QString, withoutPassword);
    QFETCH(QString, password);
    Result<DatabaseUrl> parsed = DatabaseUrl::parseSyntax(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const ConnectionFields fields = ConnectionFields::fromUrl(*parsed);
    QCOMPARE(fields.password, password);
    QCOMPARE(fields.toUrl(false), withoutPassword);
    QCOMPARE(fields.keychainKey(), withoutPassword);
    // Back through the parser: the same parts.
    Result<DatabaseUrl> again = DatabaseUrl::parseSyntax(fields.toUrl(true));
    QVERIFY(again.ok());
    QCOMPARE(again->drivername(), parsed->drivername());
    QCOMPARE(again->password(), parsed->password());
    QCOMPARE(again->username(), parsed->username());
    QCOMPARE(again->host(), parsed->host());
    QCOMPARE(again->port(), parsed->port());
    QCOMPARE(again->database(), parsed->database());
    QCOMPARE(again->query(), parsed->query());
}

void TestGuiModels::messageBar()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.resize(600, 80);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(bar->isHidden());
    int taken = 0;
    bar->showMessage(MessageBar::Kind::Error, QStringLiteral("Can't connect to postgresql://u:***@h/db"),
                     QStringLiteral("Retry"), [&taken] { ++taken; });
    bar->resize(600, bar->sizeHint().height());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY(bar->actionButton()->isVisible());
    QVERIFY(!saveScreenshot(*bar, QStringLiteral("messagebar-error.png")).isEmpty());
    QSignalSpy dismissed(bar, &MessageBar::dismissed);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QCOMPARE(taken, 1);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(bar->isHidden());

    bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("2 files have errors"));
    QVERIFY(!bar->actionButton()->isVisible());
    auto *close = bar->findChild<QToolButton *>(QStringLiteral("messageBarClose"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(bar->isHidden());
    QCOMPARE(dismissed.count(), 2);
}

// On CI and offscreen there is no Secret Service: the store says so quickly instead of hanging,
// and writes nothing anywhere (no plain-text fallback).
void TestGuiModels::keychainFallback()
{
    PasswordStore store;
    store.setTimeout(3000);
    QSignalSpy reads(&store, &PasswordStore::readFinished);
    store.read(QStringLiteral("postgresql://app@db/shop"));
    QVERIFY(reads.wait(6000));
    QCOMPARE(reads.first().at(0).toString(), QStringLiteral("postgresql://app@db/shop"));
    if (store.availability() == PasswordStore::Availability::Available)
        QSKIP("a keychain service is running here: the fallback path is not reachable");
    QCOMPARE(store.availability(), PasswordStore::Availability::Unavailable);
    QCOMPARE(reads.first().at(1).toBool(), false);
    QVERIFY(!store.unavailableReason().isEmpty());

    QSignalSpy writes(&store, &PasswordStore::writeFinished);
    store.write(QStringLiteral("postgresql://app@db/shop"), QStringLiteral("never-stored"));
    QVERIFY(writes.wait(6000));
    QCOMPARE(writes.first().at(1).toBool(), false);
    QSettings().sync();
    QDirIterator it(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("never-stored"));
    }
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
