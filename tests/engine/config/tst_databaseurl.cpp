// DatabaseUrl against SQLAlchemy's make_url(): tests/data/config/urls.json is written by
// tests/data/config/make_golden.py from sqlalchemy.engine.make_url (SQLAlchemy 1.4).
#include "config/databaseurl.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace retort;

class TestDatabaseUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sqlalchemyGolden_data();
    void sqlalchemyGolden();
    void retortView_data();
    void retortView();
    void unsupported_data();
    void unsupported();
    void malformedMessageIsMasked();
    void sqliteFilePath_data();
    void sqliteFilePath();
    void maskPasswords_data();
    void maskPasswords();
};

static QJsonValue opt(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

void TestDatabaseUrl::sqlalchemyGolden_data()
{
    QTest::addColumn<QJsonObject>("expected");
    const QJsonArray rows =
        QJsonDocument::fromJson(test::readFile(test::dataPath(QStringLiteral("config/urls.json"))).toUtf8()).array();
    QVERIFY(rows.size() >= 40);
    for (const QJsonValue &row : rows)
        QTest::newRow(qPrintable(row[QStringLiteral("url")].toString())) << row.toObject();
}

void TestDatabaseUrl::sqlalchemyGolden()
{
    QFETCH(QJsonObject, expected);
    const QString text = expected[QStringLiteral("url")].toString();
    const Result<DatabaseUrl> url = DatabaseUrl::parseSyntax(text);
    if (expected.contains(QStringLiteral("error"))) {
        QVERIFY(!url);
        QCOMPARE(url.error().code, ErrorCode::Config);
        if (expected[QStringLiteral("error")].toString() == QLatin1String("ArgumentError"))
            QCOMPARE(url.error().message,
                     QStringLiteral("Could not parse SQLAlchemy URL from string '%1'").arg(text));
        else
            QVERIFY2(url.error().message.contains(QLatin1String("invalid literal for int() with base 10")),
                     qPrintable(url.error().message));
        return;
    }
    QVERIFY2(url, url ? "" : qPrintable(url.error().message));
    QJsonArray query;
    for (const auto &[k, v] : url->query())
        query.append(QJsonArray{k, v});
    const QJsonObject actual{
        {QStringLiteral("url"), text},
        {QStringLiteral("drivername"), url->drivername()},
        {QStringLiteral("username"), opt(url->username())},
        {QStringLiteral("password"), opt(url->password())},
        {QStringLiteral("host"), opt(url->host())},
        {QStringLiteral("port"), url->port() ? QJsonValue(*url->port()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("database"), opt(url->database())},
        {QStringLiteral("query"), query},
        {QStringLiteral("masked"), url->toString()},
        {QStringLiteral("unmasked"), url->toString(false)},
    };
    if (actual != expected) {
        qWarning().noquote() << "actual:" << QJsonDocument(actual).toJson();
        qWarning().noquote() << "expected:" << QJsonDocument(expected).toJson();
    }
    QCOMPARE(actual, expected);
}

void TestDatabaseUrl::retortView_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("qtDriver");
    QTest::addColumn<bool>("memory");
    QTest::addColumn<QString>("connectHost");
    QTest::addColumn<int>("connectPort");
    QTest::addColumn<QString>("options");

    QTest::newRow("sqlite memory") << "sqlite://" << "sqlite" << "pysqlite" << "QSQLITE" << true << "" << -1 << "";
    QTest::newRow("sqlite :memory:") << "sqlite:///:memory:" << "sqlite" << "pysqlite" << "QSQLITE" << true << ""
                                     << -1 << "";
    QTest::newRow("aiosqlite memory") << "sqlite+aiosqlite:///:memory:" << "sqlite" << "aiosqlite" << "QSQLITE"
                                      << true << "" << -1 << "";
    QTest::newRow("sqlite file") << "sqlite:///app.db" << "sqlite" << "pysqlite" << "QSQLITE" << false << "" << -1
                                 << "";
    QTest::newRow("sqlite options") << "sqlite:///app.db?timeout=1.5&mode=ro&uri=true" << "sqlite" << "pysqlite"
                                    << "QSQLITE" << false << "" << -1
                                    << "QSQLITE_BUSY_TIMEOUT=1500;QSQLITE_OPEN_READONLY";
    QTest::newRow("postgresql default driver") << "postgresql://u:p@db:5433/app" << "postgresql" << "psycopg2"
                                               << "QPSQL" << false << "db" << 5433 << "";
    QTest::newRow("postgres alias") << "postgres://u:p@db/app" << "postgresql" << "psycopg2" << "QPSQL" << false
                                    << "db" << -1 << "";
    QTest::newRow("asyncpg ssl") << "postgresql+asyncpg://u:p@h/db?ssl=require" << "postgresql" << "asyncpg"
                                 << "QPSQL" << false << "h" << -1 << "sslmode=require";
    QTest::newRow("psycopg") << "postgresql+psycopg://u@h/db" << "postgresql" << "psycopg" << "QPSQL" << false
                             << "h" << -1 << "";
    QTest::newRow("pg8000") << "postgresql+pg8000://u@h/db" << "postgresql" << "pg8000" << "QPSQL" << false << "h"
                            << -1 << "";
    QTest::newRow("psycopg2 ssl options")
        << "postgresql+psycopg2://u:p@h/db?sslmode=verify-full&sslrootcert=/etc/ssl/r.crt&connect_timeout=5"
           "&application_name=retort+cli&unknown=1"
        << "postgresql" << "psycopg2" << "QPSQL" << false << "h" << -1
        << "sslmode=verify-full;sslrootcert=/etc/ssl/r.crt;connect_timeout=5;application_name='retort cli'";
    QTest::newRow("unix socket") << "postgresql://postgres@/retort_test?host=/tmp/pgsock&port=5499" << "postgresql"
                                 << "psycopg2" << "QPSQL" << false << "/tmp/pgsock" << 5499 << "";
    QTest::newRow("ipv6") << "postgresql://u:p@[::1]:5432/db" << "postgresql" << "psycopg2" << "QPSQL" << false
                          << "::1" << 5432 << "";
}

void TestDatabaseUrl::retortView()
{
    QFETCH(QString, url);
    const Result<DatabaseUrl> u = DatabaseUrl::parse(url);
    QVERIFY2(u, u ? "" : qPrintable(u.error().message));
    QTEST(u->backend(), "backend");
    QTEST(u->driver(), "driver");
    QTEST(u->qtDriverName(), "qtDriver");
    QTEST(u->isMemory(), "memory");
    QTEST(u->connectHost(), "connectHost");
    QTEST(u->connectPort(), "connectPort");
    QTEST(u->qtConnectOptions(), "options");
    QCOMPARE(u->isAsyncDriver(), url.contains(QLatin1String("asyncpg")) || url.contains(QLatin1String("aiosqlite")));
}

void TestDatabaseUrl::unsupported_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("mysql") << "mysql://u:secret@h/db"
                           << "Unsupported database backend 'mysql' in URL 'mysql://u:***@h/db'; Retort supports "
                              "sqlite and postgresql";
    QTest::newRow("oracle") << "oracle+cx_oracle://scott:tiger@tns"
                            << "Unsupported database backend 'oracle' in URL 'oracle+cx_oracle://scott:***@tns'; "
                               "Retort supports sqlite and postgresql";
    QTest::newRow("alembic init placeholder")
        << "driver://user:pass@localhost/dbname"
        << "Unsupported database backend 'driver' in URL 'driver://user:***@localhost/dbname'; Retort supports "
           "sqlite and postgresql";
    QTest::newRow("unknown pg driver")
        << "postgresql+pygresql://u:p@h/db"
        << "Unsupported driver 'pygresql' for postgresql in URL 'postgresql+pygresql://u:***@h/db'; supported "
           "drivers: psycopg2, psycopg, asyncpg, pg8000, psycopg2cffi, psycopg_async";
    QTest::newRow("sqlcipher") << "sqlite+pysqlcipher://:key@/file.db"
                               << "Unsupported driver 'pysqlcipher' for sqlite in URL "
                                  "'sqlite+pysqlcipher://:***@/file.db'; supported drivers: pysqlite, aiosqlite";
}

void TestDatabaseUrl::unsupported()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const Result<DatabaseUrl> u = DatabaseUrl::parse(url);
    QVERIFY(!u);
    QCOMPARE(u.error().message, message);
    QVERIFY(DatabaseUrl::parseSyntax(url));   // the syntax itself is fine
}

void TestDatabaseUrl::malformedMessageIsMasked()
{
    const Result<DatabaseUrl> u = DatabaseUrl::parse(QStringLiteral("postgresql//user:hunter2@host/db"));
    QVERIFY(!u);
    QCOMPARE(u.error().message,
             QStringLiteral("Could not parse SQLAlchemy URL from string 'postgresql//user:***@host/db'"));
    const Result<DatabaseUrl> v = DatabaseUrl::parse(QStringLiteral("postgresql://user:hunter2@host:x/db"));
    QVERIFY(!v);
    QVERIFY(!v.error().message.contains(QLatin1String("hunter2")));
    QVERIFY(v.error().message.contains(QLatin1String("postgresql://user:***@host:x/db")));
}

void TestDatabaseUrl::sqliteFilePath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative") << "sqlite:///app.db" << "/base/dir/app.db";
    QTest::newRow("relative dot") << "sqlite+aiosqlite:///./data/test.db" << "/base/dir/data/test.db";
    QTest::newRow("relative parent") << "sqlite:///../shared.db" << "/base/shared.db";
    QTest::newRow("absolute") << "sqlite:////app/data/chat.db" << "/app/data/chat.db";
    QTest::newRow("memory") << "sqlite://" << "";
    QTest::newRow(":memory:") << "sqlite:///:memory:" << "";
    QTest::newRow("postgresql") << "postgresql://h/db" << "";
}

void TestDatabaseUrl::sqliteFilePath()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const Result<DatabaseUrl> u = DatabaseUrl::parse(url);
    QVERIFY(u);
    QCOMPARE(u->sqliteFilePath(QStringLiteral("/base/dir")), expected);
}

void TestDatabaseUrl::maskPasswords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare url") << "postgresql://app:s3cret@db/prod" << "postgresql://app:***@db/prod";
    QTest::newRow("driver url") << "postgresql+asyncpg://app:s3cret@db:5432/prod"
                                << "postgresql+asyncpg://app:***@db:5432/prod";
    QTest::newRow("in a sentence") << "could not connect to 'postgresql://u:p%40ss@h/db': refused"
                                   << "could not connect to 'postgresql://u:***@h/db': refused";
    QTest::newRow("two urls") << "from postgres://a:1@x/d to postgresql://b:2@y/e"
                              << "from postgres://a:***@x/d to postgresql://b:***@y/e";
    QTest::newRow("no password") << "postgresql://app@db/prod" << "postgresql://app@db/prod";
    QTest::newRow("port only") << "postgresql://db:5432/prod" << "postgresql://db:5432/prod";
    QTest::newRow("empty password") << "postgresql://app:@db/prod" << "postgresql://app:***@db/prod";
    QTest::newRow("sqlite") << "sqlite:////tmp/app.db" << "sqlite:////tmp/app.db";
    QTest::newRow("libpq keyword") << "host=db user=app password=s3cret dbname=x"
                                   << "host=db user=app password=*** dbname=x";
    QTest::newRow("quoted keyword") << "password='a b' sslmode=require" << "password=*** sslmode=require";
    QTest::newRow("query param") << "postgresql://h/db?user=a&password=s3cret&x=1"
                                 << "postgresql://h/db?user=a&password=***&x=1";
    QTest::newRow("plain text") << "nothing to hide: a:b@c" << "nothing to hide: a:b@c";
}

void TestDatabaseUrl::maskPasswords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(retort::maskPasswords(text), expected);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
