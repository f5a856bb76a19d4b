// The connection dialog, constructed and driven through its widgets (never exec()): the project's
// own URL first and preselected, URL <-> fields kept in sync, the password never shown in the URL
// field, the asynchronous Test Connection, and the keychain note when no keychain service runs.

#include "connectiondialog.h"
#include "databasecontroller.h"
#include "guitestsupport.h"
#include "passwordstore.h"
#include "recentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectUrlIsPreselected();
    void urlAndFieldsStayInSync();
    void testConnectionShowsServerVersion();
    void testConnectionShowsMaskedError();
    void acceptRejectsBadUrl();
    void keychainNote();

private:
    template<typename T>
    static T *child(QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    QTemporaryDir m_tmp;
    QString m_shop;
};

void TestConnectionDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    isolateSettings(m_tmp);
    m_shop = copyExample(QStringLiteral("shop"), m_tmp);
    QVERIFY(!m_shop.isEmpty());
}

void TestConnectionDialog::projectUrlIsPreselected()
{
    DatabaseController controller;
    ConnectionDialog dialog(&controller, nullptr);
    QAbstractItemModelTester tester(dialog.choicesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString projectUrl = QStringLiteral("sqlite:///") + m_shop + QStringLiteral("/shop.db");
    dialog.setChoices(m_shop, projectUrl, QStringLiteral("alembic.ini sqlalchemy.url"),
                      {QStringLiteral("postgresql://app@db/shop"), projectUrl});
    auto *recent = child<QComboBox>(dialog, "recentCombo");
    QCOMPARE(recent->count(), 2);   // the project's URL is not listed twice
    QCOMPARE(recent->currentIndex(), 0);
    QVERIFY2(recent->currentText().contains(QStringLiteral("(from alembic.ini sqlalchemy.url)")),
             qPrintable(recent->currentText()));
    QCOMPARE(dialog.url(), projectUrl);
    QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(), projectUrl);
    QCOMPARE(child<QComboBox>(dialog, "backendCombo")->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>(dialog, "fileEdit")->text(), m_shop + QStringLiteral("/shop.db"));

    recent->setCurrentIndex(1);
    Q_EMIT recent->activated(1);
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://app@db/shop"));
    QCOMPARE(child<QStackedWidget>(dialog, "backendPages")->currentWidget()->objectName(),
             QStringLiteral("postgresqlPage"));
    QCOMPARE(child<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("db"));
    QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("app"));
    dialog.resize(560, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!saveScreenshot(dialog, QStringLiteral("connectiondialog-postgresql.png")).isEmpty());
}

void TestConnectionDialog::urlAndFieldsStayInSync()
{
    ConnectionDialog dialog(nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *url = child<QLineEdit>(dialog, "urlEdit");
    auto *host = child<QLineEdit>(dialog, "hostEdit");
    auto *password = child<QLineEdit>(dialog, "passwordEdit");

    // Typing a URL fills the fields; the password moves to its own field and out of the URL field.
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("postgresql://app:hunter2@db.example:5433/shop"));
    QCOMPARE(child<QComboBox>(dialog, "backendCombo")->currentIndex(), 1);
    QCOMPARE(host->text(), QStringLiteral("db.example"));
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5433);
    QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("app"));
    QCOMPARE(child<QLineEdit>(dialog, "databaseEdit")->text(), QStringLiteral("shop"));
    QCOMPARE(password->text(), QStringLiteral("hunter2"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClick(url, Qt::Key_Tab);
    QCOMPARE(url->text(), QStringLiteral("postgresql://app@db.example:5433/shop"));
    QCOMPARE(dialog.url(true), QStringLiteral("postgresql://app:hunter2@db.example:5433/shop"));
    QCOMPARE(dialog.url(false), QStringLiteral("postgresql://app@db.example:5433/shop"));

    // Editing a field rewrites the URL (still without the password).
    host->setFocus();
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("localhost"));
    QCOMPARE(url->text(), QStringLiteral("postgresql://app@localhost:5433/shop"));
    password->setFocus();
    password->selectAll();
    QTest::keyClicks(password, QStringLiteral("p@ss"));
    QCOMPARE(url->text(), QStringLiteral("postgresql://app@localhost:5433/shop"));
    QCOMPARE(dialog.url(true), QStringLiteral("postgresql://app:p%40ss@localhost:5433/shop"));
    child<QSpinBox>(dialog, "portSpin")->setValue(0);
    QCOMPARE(url->text(), QStringLiteral("postgresql://app@localhost/shop"));

    // Switching the backend to SQLite: the file field.
    child<QComboBox>(dialog, "backendCombo")->setCurrentIndex(0);
    QCOMPARE(child<QStackedWidget>(dialog, "backendPages")->currentWidget()->objectName(), QStringLiteral("sqlitePage"));
    auto *file = child<QLineEdit>(dialog, "fileEdit");
    file->setFocus();
    QTest::keyClicks(file, QStringLiteral("data/app.db"));
    QCOMPARE(url->text(), QStringLiteral("sqlite:///data/app.db"));
    QVERIFY(!dialog.url(true).contains(QStringLiteral("p%40ss")));

    // A half-typed URL leaves the fields as they were.
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("postgres"));
    QCOMPARE(file->text(), QStringLiteral("data/app.db"));
}

void TestConnectionDialog::testConnectionShowsServerVersion()
{
    DatabaseController controller;
    ConnectionDialog dialog(&controller, nullptr);
    dialog.setChoices(m_shop, QStringLiteral("sqlite:///shop.db"), QStringLiteral("alembic.ini sqlalchemy.url"), {});
    dialog.resize(560, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    auto *button = child<QPushButton>(dialog, "testButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());   // one test at a time
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(button->isEnabled());
    QVERIFY2(dialog.testResult().startsWith(QStringLiteral("Connected: SQLite 3.")), qPrintable(dialog.testResult()));
    QVERIFY(!saveScreenshot(dialog, QStringLiteral("connectiondialog-sqlite-tested.png")).isEmpty());
}

void TestConnectionDialog::testConnectionShowsMaskedError()
{
    DatabaseController controller;
    ConnectionDialog dialog(&controller, nullptr);
    dialog.setUrl(QStringLiteral("postgresql://app:hunter2@127.0.0.1:1/shop"));
    QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(), QStringLiteral("postgresql://app@127.0.0.1:1/shop"));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
    QVERIFY2(shown.contains(QStringLiteral("app:***@127.0.0.1")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("hunter2")));
    dialog.resize(560, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!saveScreenshot(dialog, QStringLiteral("connectiondialog-error.png")).isEmpty());
}

void TestConnectionDialog::acceptRejectsBadUrl()
{
    ConnectionDialog dialog(nullptr, nullptr);
    dialog.setUrl(QStringLiteral("mysql://u@h/db"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!child<QLabel>(dialog, "testResultLabel")->text().isEmpty());
    dialog.setUrl(QStringLiteral("sqlite:///shop.db"));
    dialog.accept();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConnectionDialog::keychainNote()
{
    PasswordStore store;
    store.setTimeout(3000);
    ConnectionDialog dialog(nullptr, &store);
    dialog.setUrl(QStringLiteral("postgresql://app@db/shop"));   // asks the keychain for the password
    QSignalSpy reads(&store, &PasswordStore::readFinished);
    QVERIFY(reads.count() > 0 || reads.wait(6000));
    QCoreApplication::processEvents();
    if (store.availability() == PasswordStore::Availability::Available)
        QSKIP("a keychain service is running here: the fallback note is not shown");
    auto *remember = child<QCheckBox>(dialog, "rememberCheck");
    QVERIFY(!remember->isEnabled());
    QVERIFY(!dialog.rememberPassword());
    const QString note = child<QLabel>(dialog, "keychainNote")->text();
    QVERIFY2(note.contains(QStringLiteral("No system keychain is available")), qPrintable(note));
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    dialog.resize(560, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!saveScreenshot(dialog, QStringLiteral("connectiondialog-no-keychain.png")).isEmpty());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
