// The workflows of the five seed migration guides (shared/seeds), run through `retort` on copies of
// the example project with real SQLite files (and the test PostgreSQL server for async URLs):
// baseline stamp of an existing database, merge of two heads made from the same parent,
// downgrade -1 / upgrade head round trip, copy-and-swap table recreation, the two-step NOT NULL
// backfill, and async driver URLs.
#include "clitestutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::test;

namespace {

QString sqlite(const QString &db, const QString &sql)
{
    return run(QStringLiteral("sqlite3"), {db, sql}).out.trimmed();
}

ProcessResult ok(const QStringList &args, const QString &dir, const QStringList &env = {})
{
    const ProcessResult r = runRetort(args, dir, env);
    if (r.exitCode != 0)
        qWarning("retort %s failed (%d):\n%s%s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode, qPrintable(r.out),
                 qPrintable(r.err));
    return r;
}

// A private, empty database on the test server (other PostgreSQL tests share retort_test), or "".
QString freshPostgresDatabase(const QString &name)
{
    const QString pg = postgresUrl();
    if (pg.isEmpty())
        return {};
    const ProcessResult r = run(QStringLiteral("/usr/bin/python3"),
                                {QStringLiteral("-c"),
                                 QStringLiteral("import sqlalchemy as sa,sys\n"
                                                "e=sa.create_engine(sys.argv[1],isolation_level='AUTOCOMMIT')\n"
                                                "with e.connect() as c:\n"
                                                "    c.execute(sa.text('DROP DATABASE IF EXISTS ' + sys.argv[2]))\n"
                                                "    c.execute(sa.text('CREATE DATABASE ' + sys.argv[2]))\n"),
                                 pg, name},
                                {}, {QStringLiteral("SQLALCHEMY_SILENCE_UBER_WARNING=1")});
    if (r.exitCode != 0) {
        qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(r.err));
        return {};
    }
    QString url = pg;
    url.replace(QRegularExpression(QStringLiteral("/[^/?]+(\\?|$)")), QStringLiteral("/") + name + QStringLiteral("\\1"));
    return url;
}

} // namespace

class TestSeedWorkflows : public QObject {
    Q_OBJECT

private:
    QString m_shop;   // a fresh copy of examples/shop per test
    QString m_db;
    QTemporaryDir m_dir;
    QStringList m_env;

private Q_SLOTS:
    void init()
    {
        m_shop = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(copyTree(sourcePath(QStringLiteral("examples/shop")), m_shop));
        m_db = m_shop + QStringLiteral("/shop.db");
        QFile::remove(m_db);   // start from an empty database unless the test says otherwise
        m_env = {QStringLiteral("RETORT_JOURNAL=") + m_dir.filePath(QStringLiteral("journal.jsonl")),
                 QStringLiteral("DATABASE_URL")};
    }

    // Seed 002 / 000: "Database exists but tables don't" / "Table already exists" -> stamp head.
    void baselineStampOfExistingDatabase()
    {
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        sqlite(m_db, QStringLiteral("DROP TABLE alembic_version"));   // a database made outside migrations
        QCOMPARE(runRetort({QStringLiteral("current")}, m_shop, m_env).out, QString());
        QCOMPARE(ok({QStringLiteral("stamp"), QStringLiteral("head"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        const QString heads = ok({QStringLiteral("heads")}, m_shop).out;
        QCOMPARE(ok({QStringLiteral("current")}, m_shop, m_env).out.section(QLatin1Char(' '), 0, 0),
                 heads.section(QLatin1Char(' '), 0, 0));
        // nothing left to run, and the existing tables were not touched
        const ProcessResult up = ok({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("-y")}, m_shop, m_env);
        QCOMPARE(up.exitCode, 0);
        QVERIFY(!up.err.contains(QStringLiteral("Running upgrade")));
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("0"));
    }

    // Seed 001 / 002: two developers branch from the same parent -> merge heads.
    void mergeOfTwoHeadsFromTheSameParent()
    {
        const QString head = ok({QStringLiteral("heads")}, m_shop).out.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(ok({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("add users bio"),
                     QStringLiteral("--rev-id"), QStringLiteral("aaaa00000001")}, m_shop).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("add products weight"),
                     QStringLiteral("--rev-id"), QStringLiteral("bbbb00000002"), QStringLiteral("--head"), head,
                     QStringLiteral("--splice")}, m_shop).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("heads")}, m_shop).out.count(QLatin1Char('\n')), 2);
        const ProcessResult head1 = runRetort({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("x")}, m_shop);
        QCOMPARE(head1.exitCode, 255);
        QVERIFY(head1.out.contains(QStringLiteral("Multiple heads are present")));
        const ProcessResult merge = ok({QStringLiteral("merge"), QStringLiteral("heads"), QStringLiteral("-m"),
                                        QStringLiteral("merge branches"), QStringLiteral("--rev-id"),
                                        QStringLiteral("cccc00000003")}, m_shop);
        QVERIFY(merge.out.startsWith(QStringLiteral("Generating ")));
        QCOMPARE(ok({QStringLiteral("heads")}, m_shop).out, QStringLiteral("cccc00000003 (catalog) (head)\n"));
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("current")}, m_shop, m_env).out, QStringLiteral("cccc00000003 (head) (mergepoint)\n"));
    }

    // Seed 001 / 002 / 004: "Test migrations: downgrade -1, upgrade head".
    void downgradeOneUpgradeHeadRoundTrip()
    {
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        // Compared as columns and indexes: SQLite keeps the CREATE text of a table rebuilt by batch
        // mode differently (quoted name, line breaks) — with Alembic too.
        const QString schemaQuery = QStringLiteral(
            "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk, replace(replace(p.dflt_value, '(', ''), ')', '') "
            "FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' "
            "UNION ALL SELECT 'index', name, tbl_name, 0, 0, '' FROM sqlite_master WHERE type = 'index' ORDER BY 1, 2");
        const QString schema = sqlite(m_db, schemaQuery);
        const QString rows = sqlite(m_db, QStringLiteral("SELECT version_num FROM alembic_version"));
        QCOMPARE(ok({QStringLiteral("downgrade"), QStringLiteral("-1"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QVERIFY(sqlite(m_db, QStringLiteral("SELECT version_num FROM alembic_version")) != rows);
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT version_num FROM alembic_version")), rows);
        QCOMPARE(sqlite(m_db, schemaQuery), schema);
    }

    // Seed 000 / 002: SQLite "copy and swap" table recreation with op.execute, data kept.
    void copyAndSwapRecreationOnSqlite()
    {
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        sqlite(m_db, QStringLiteral("INSERT INTO users (id, email, name) VALUES (1, 'a@x.io', 'Ann')"));
        const QString head = ok({QStringLiteral("heads")}, m_shop).out.section(QLatin1Char(' '), 0, 0);
        writeFile(m_shop + QStringLiteral("/migrations/versions/dddd00000004_recreate_users.py"),
                  QStringLiteral("\"\"\"recreate users\n\nRevision ID: dddd00000004\nRevises: %1\n\"\"\"\n"
                                 "from alembic import op\n\nrevision = 'dddd00000004'\ndown_revision = '%1'\n"
                                 "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n"
                                 "    op.execute(\"\"\"\n        CREATE TABLE users_new (\n            id INTEGER PRIMARY KEY,\n"
                                 "            email VARCHAR(255) NOT NULL,\n            name VARCHAR(100),\n"
                                 "            score INTEGER DEFAULT 0\n        )\n    \"\"\")\n"
                                 "    op.execute(\"INSERT INTO users_new (id, email, name, score) SELECT id, email, name, 0 FROM users\")\n"
                                 "    op.execute(\"DROP TABLE users\")\n    op.execute(\"ALTER TABLE users_new RENAME TO users\")\n\n\n"
                                 "def downgrade():\n    pass\n")
                      .arg(head));
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT id, email, name, score FROM users")), QStringLiteral("1|a@x.io|Ann|0"));
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'users_new'")), QStringLiteral("0"));
    }

    // Seed 003: add nullable, backfill, then NOT NULL (examples/shop e6a2f4c9b873 + 1b7d5e3a9c04).
    void twoStepNotNullBackfill()
    {
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("5d0b3e8f7a61"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        sqlite(m_db, QStringLiteral("INSERT INTO users (id, email, name) VALUES (1, 'a@x.io', 'Ann');"
                                    "INSERT INTO orders (id, user_id) VALUES (1, 1), (2, 1)"));
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("1b7d5e3a9c04"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QVERIFY(!sqlite(m_db, QStringLiteral("SELECT group_concat(status) FROM orders")).contains(QStringLiteral("||")));
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE status IS NULL")), QStringLiteral("0"));
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT \"notnull\" FROM pragma_table_info('orders') WHERE name = 'status'")),
                 QStringLiteral("1"));
        // and back: the NOT NULL step and the backfill step both downgrade
        QCOMPARE(ok({QStringLiteral("downgrade"), QStringLiteral("5d0b3e8f7a61"), QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'status'")),
                 QStringLiteral("0"));
    }

    // Seed 002 / 004: async driver URLs (aiosqlite, asyncpg) work as they are.
    void asyncDriverUrls()
    {
        const QString url = QStringLiteral("sqlite+aiosqlite:///") + m_db;
        QCOMPARE(ok({QStringLiteral("--url"), url, QStringLiteral("upgrade"), QStringLiteral("3f9c1a7e2b40"),
                     QStringLiteral("-y")}, m_shop, m_env).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("--url"), url, QStringLiteral("current")}, m_shop, m_env).out, QStringLiteral("3f9c1a7e2b40\n"));
        RETORT_REQUIRE_POSTGRES();
        const QString pg = freshPostgresDatabase(QStringLiteral("retort_seed_async"));
        QVERIFY(!pg.isEmpty());
        QString asyncpg = pg;
        asyncpg.replace(QRegularExpression(QStringLiteral("^postgres(ql)?(\\+\\w+)?://")), QStringLiteral("postgresql+asyncpg://"));
        const QStringList env = m_env + QStringList{QStringLiteral("DATABASE_URL=") + asyncpg};
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("8a41d6c0e5f2"), QStringLiteral("-y")}, m_shop, env).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("current")}, m_shop, env).out, QStringLiteral("8a41d6c0e5f2\n"));
        QCOMPARE(ok({QStringLiteral("downgrade"), QStringLiteral("base"), QStringLiteral("-y")}, m_shop, env).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("current")}, m_shop, env).out, QString());
    }

    // Seed 001 ("Backup database" before production migrations): --backup runs pg_dump first.
    void postgresqlBackupBeforeRun()
    {
        RETORT_REQUIRE_POSTGRES();
        const QString pg = freshPostgresDatabase(QStringLiteral("retort_seed_backup"));
        QVERIFY(!pg.isEmpty());
        const QStringList env = m_env + QStringList{QStringLiteral("DATABASE_URL=") + pg};
        QCOMPARE(ok({QStringLiteral("upgrade"), QStringLiteral("3f9c1a7e2b40"), QStringLiteral("-y")}, m_shop, env).exitCode, 0);
        const ProcessResult r = ok({QStringLiteral("upgrade"), QStringLiteral("8a41d6c0e5f2"), QStringLiteral("-y"),
                                    QStringLiteral("--backup")}, m_shop, env);
        QCOMPARE(r.exitCode, 0);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("pg_dump backup before this run: (\\S+)")).match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        const QString dump = readFile(m.captured(1));
        QVERIFY(dump.contains(QStringLiteral("CREATE TABLE public.users")));
        QVERIFY(!dump.contains(QStringLiteral("CREATE TABLE public.products")));   // taken before the step
        QCOMPARE(ok({QStringLiteral("downgrade"), QStringLiteral("base"), QStringLiteral("-y")}, m_shop, env).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSeedWorkflows)
#include "tst_seed_workflows.moc"
