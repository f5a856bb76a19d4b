// Reading alembic_version over Qt Sql from real SQLite files and a real PostgreSQL server
// (RETORT_TEST_PG_URL, started by scripts/test.sh).
#include "config/databaseurl.h"
#include "runtime/connection.h"
#include "runtime/versiontable.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

class TestVersionTable : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Connection> open(const QString &url, Connection::Access access)
    {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        if (!parsed.ok())
            qFatal("bad url %s", qPrintable(url));
        Connection::Options options;
        options.access = access;
        options.baseDir = m_dir.path();
        Result<std::unique_ptr<Connection>> c = Connection::open(*parsed, options);
        if (!c.ok())
            qFatal("cannot open %s: %s", qPrintable(url), qPrintable(c.error().message));
        return std::move(c.value());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void missingSqliteFileReadsAsBaseAndIsNotCreated()
    {
        const QString file = m_dir.filePath(QStringLiteral("missing.db"));
        auto c = open(QStringLiteral("sqlite:///missing.db"), Connection::Access::ReadOnly);
        QVERIFY(!c->exists());
        Result<QStringList> rows = VersionTable::readRows(*c, {});
        QVERIFY(rows.ok());
        QVERIFY(rows->isEmpty());
        QVERIFY(!QFileInfo::exists(file));
    }

    void sqliteRows_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no table") << QString() << QStringLiteral("alembic_version") << QStringList();
        QTest::newRow("empty table") << QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
                                     << QStringLiteral("alembic_version") << QStringList();
        QTest::newRow("one row")
            << QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);"
                              "INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')")
            << QStringLiteral("alembic_version") << QStringList{QStringLiteral("a1b2c3d4e5f6")};
        QTest::newRow("several rows in table order")
            << QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);"
                              "INSERT INTO alembic_version VALUES ('c3d4aaaaaaaa');"
                              "INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')")
            << QStringLiteral("alembic_version")
            << QStringList{QStringLiteral("c3d4aaaaaaaa"), QStringLiteral("a1b2c3d4e5f6")};
        QTest::newRow("custom table name")
            << QStringLiteral("CREATE TABLE my_versions (version_num VARCHAR(32) NOT NULL);"
                              "INSERT INTO my_versions VALUES ('0001')")
            << QStringLiteral("my_versions") << QStringList{QStringLiteral("0001")};
        QTest::newRow("mixed-case custom table")
            << QStringLiteral("CREATE TABLE \"Versions\" (version_num VARCHAR(32) NOT NULL);"
                              "INSERT INTO \"Versions\" VALUES ('x1')")
            << QStringLiteral("Versions") << QStringList{QStringLiteral("x1")};
    }

    void sqliteRows()
    {
        QFETCH(QString, setup);
        QFETCH(QString, table);
        QFETCH(QStringList, expected);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
        {
            auto rw = open(QStringLiteral("sqlite:///%1.db").arg(name), Connection::Access::ReadWrite);
            for (const QString &sql : setup.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                QVERIFY2(rw->execute(sql).ok(), qPrintable(sql));
        }
        auto c = open(QStringLiteral("sqlite:///%1.db").arg(name), Connection::Access::ReadOnly);
        VersionTableOptions options;
        options.table = table;
        Result<QStringList> rows = VersionTable::readRows(*c, options);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, expected);
    }

    void nonStringVersionIsAnError()
    {
        {
            auto rw = open(QStringLiteral("sqlite:///int.db"), Connection::Access::ReadWrite);
            QVERIFY(rw->execute(QStringLiteral("CREATE TABLE alembic_version (version_num INTEGER)")).ok());
            QVERIFY(rw->execute(QStringLiteral("INSERT INTO alembic_version VALUES (42)")).ok());
        }
        auto c = open(QStringLiteral("sqlite:///int.db"), Connection::Access::ReadOnly);
        Result<QStringList> rows = VersionTable::readRows(*c, {});
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().message,
                 QStringLiteral("revision identifier 42 is not a string; ensure database driver settings are correct"));
    }

    void readOnlyConnectionCannotWrite()
    {
        {
            auto rw = open(QStringLiteral("sqlite:///ro.db"), Connection::Access::ReadWrite);
            QVERIFY(rw->execute(QStringLiteral("CREATE TABLE t (x INTEGER)")).ok());
        }
        auto ro = open(QStringLiteral("sqlite:///ro.db"), Connection::Access::ReadOnly);
        QVERIFY(!ro->execute(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
    }

    void sqliteMissingFolderIsAClearError()
    {
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:////nonexistent-dir-xyz/db.sqlite"));
        QVERIFY(url.ok());
        Connection::Options options;
        options.access = Connection::Access::ReadWrite;
        Result<std::unique_ptr<Connection>> c = Connection::open(*url, options);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("/nonexistent-dir-xyz")));
    }

    void postgresql()
    {
        const QString pg = test::postgresUrl();
        RETORT_REQUIRE_POSTGRES();
        auto c = open(pg, Connection::Access::ReadWrite);
        QVERIFY(c->execute(QStringLiteral("DROP SCHEMA IF EXISTS vt_meta CASCADE")).ok());
        QVERIFY(c->execute(QStringLiteral("DROP TABLE IF EXISTS alembic_version")).ok());
        Result<QStringList> none = VersionTable::readRows(*c, {});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());

        QVERIFY(c->execute(QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")).ok());
        QVERIFY(c->execute(QStringLiteral("INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6'), ('e5f6a7b8c9d0')")).ok());
        Result<QStringList> rows = VersionTable::readRows(*c, {});
        QVERIFY(rows.ok());
        QCOMPARE(QSet<QString>(rows->cbegin(), rows->cend()),
                 (QSet<QString>{QStringLiteral("a1b2c3d4e5f6"), QStringLiteral("e5f6a7b8c9d0")}));

        QVERIFY(c->execute(QStringLiteral("CREATE SCHEMA vt_meta")).ok());
        QVERIFY(c->execute(QStringLiteral("CREATE TABLE vt_meta.my_versions (version_num VARCHAR(32) NOT NULL)")).ok());
        QVERIFY(c->execute(QStringLiteral("INSERT INTO vt_meta.my_versions VALUES ('abc')")).ok());
        VersionTableOptions custom;
        custom.table = QStringLiteral("my_versions");
        custom.schema = QStringLiteral("vt_meta");
        Result<QStringList> customRows = VersionTable::readRows(*c, custom);
        QVERIFY(customRows.ok());
        QCOMPARE(*customRows, QStringList{QStringLiteral("abc")});
        custom.schema.clear();   // not on the search path: absent
        Result<QStringList> invisible = VersionTable::readRows(*c, custom);
        QVERIFY(invisible.ok());
        QVERIFY(invisible->isEmpty());

        Result<QString> version = c->serverVersion();
        QVERIFY(version.ok());
        QVERIFY(version->startsWith(QStringLiteral("PostgreSQL")));
        QVERIFY(c->execute(QStringLiteral("DROP SCHEMA vt_meta CASCADE")).ok());
        QVERIFY(c->execute(QStringLiteral("DROP TABLE alembic_version")).ok());
    }

    void postgresqlWrongPasswordIsMasked()
    {
        const QString pg = test::postgresUrl();
        RETORT_REQUIRE_POSTGRES();
        Result<DatabaseUrl> good = DatabaseUrl::parse(pg);
        QVERIFY(good.ok());
        QVERIFY2(good->password().has_value(), "the test server URL carries a password");
        QString bad = pg;
        bad.replace(QLatin1Char(':') + *good->password() + QLatin1Char('@'), QStringLiteral(":wrong-secret-123@"));
        Result<DatabaseUrl> url = DatabaseUrl::parse(bad);
        QVERIFY(url.ok());
        Result<std::unique_ptr<Connection>> c = Connection::open(*url, {});
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Database);
        QVERIFY2(c.error().message.contains(QStringLiteral("password authentication failed")), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(QStringLiteral(":***@")));
        QVERIFY(!c.error().message.contains(QStringLiteral("wrong-secret-123")));
    }

    void unreachableServerIsAClearError()
    {
        // Port 1 on loopback: nothing listens there.
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("postgresql://u:pw@127.0.0.1:1/db?connect_timeout=2"));
        QVERIFY(url.ok());
        Result<std::unique_ptr<Connection>> c = Connection::open(*url, {});
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.startsWith(QStringLiteral("Can't connect to postgresql://u:***@127.0.0.1:1/db")),
                 qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestVersionTable)
#include "tst_versiontable.moc"
