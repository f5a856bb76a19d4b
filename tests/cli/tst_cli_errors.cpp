// Bad input through the CLI: a clear message naming the file/line or revision, the documented
// exit code, and nothing changed on disk or in the database.
#include "clitestutil.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace retort;
using namespace retort::test;

namespace {

// A fingerprint of every file under dir (names + contents), to prove nothing changed.
QByteArray treeHash(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : files) {
        hash.addData(f.toUtf8());
        hash.addData(readFile(f).toUtf8());
    }
    return hash.result();
}

} // namespace

class TestCliErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brokenProjects_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expectedOut");   // a substring of stdout
        QTest::addColumn<int>("rc");

        QTest::newRow("syntax error") << QStringLiteral("0002_b.py")
                                      << QStringLiteral("revision = '0002'\ndown_revision = '0001'\n\ndef upgrade(:\n    pass\n")
                                      << QStringLiteral("0002_b.py:4: ") << 255;
        QTest::newRow("non-literal header")
            << QStringLiteral("0002_b.py")
            << QStringLiteral("import cli\nrevision = '0002'\ndown_revision = (cli.EXPAND_BRANCH,)\n")
            << QStringLiteral("0002_b.py:3: down_revision is not a literal value") << 255;
        QTest::newRow("missing down_revision")
            << QStringLiteral("0002_b.py") << QStringLiteral("revision = '0002'\n\ndef upgrade():\n    pass\n")
            << QStringLiteral("0002_b.py") << 255;
        QTest::newRow("missing parent") << QStringLiteral("0002_b.py") << revisionFile(QStringLiteral("0002"), QStringLiteral("ffff"))
                                        << QStringLiteral("FAILED: Revision ffff referenced from 0002 is not present") << 255;
        QTest::newRow("cycle") << QStringLiteral("0001_a.py") << revisionFile(QStringLiteral("0001"), QStringLiteral("0002"))
                               << QStringLiteral("FAILED: Cycle is detected in revisions") << 255;
        QTest::newRow("self loop") << QStringLiteral("0002_b.py") << revisionFile(QStringLiteral("0002"), QStringLiteral("0002"))
                                   << QStringLiteral("FAILED: Self-loop is detected in revisions (0002)") << 255;
        QTest::newRow("unterminated string") << QStringLiteral("0002_b.py")
                                             << QStringLiteral("revision = '0002\ndown_revision = '0001'\n")
                                             << QStringLiteral("0002_b.py:1: ") << 255;
    }

    void brokenProjects()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, content);
        QFETCH(QString, expectedOut);
        QFETCH(int, rc);
        QTemporaryDir dir;
        writeProject(dir.path(), {{QStringLiteral("0001_a.py"), revisionFile(QStringLiteral("0001"), QString())},
                                  {QStringLiteral("0002_b.py"), revisionFile(QStringLiteral("0002"), QStringLiteral("0001"))}});
        writeFile(dir.filePath(QStringLiteral("migrations/versions/") + fileName), content);
        const QByteArray before = treeHash(dir.path());
        for (const QStringList &args : {QStringList{QStringLiteral("heads")}, QStringList{QStringLiteral("history")},
                                        QStringList{QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--sql")}}) {
            const ProcessResult r = runRetort(args, dir.path());
            QVERIFY2(r.out.startsWith(QStringLiteral("FAILED: ")), qPrintable(r.out + r.err));
            QVERIFY2(r.out.contains(expectedOut), qPrintable(r.out));
            QCOMPARE(r.exitCode, rc);
        }
        QCOMPARE(treeHash(dir.path()), before);
    }

    void configErrors_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("expectedOut");
        QTest::newRow("no config") << QString() << QStringLiteral("FAILED: No 'script_location' key found in configuration.");
        QTest::newRow("not an ini") << QStringLiteral("script_location = x\n") << QStringLiteral("alembic.ini:1");
        QTest::newRow("missing script dir") << QStringLiteral("[alembic]\nscript_location = nowhere\n")
                                            << QStringLiteral("FAILED: Path doesn't exist: nowhere.  Please use the 'init' command to create a new scripts folder.");
        QTest::newRow("bad interpolation") << QStringLiteral("[alembic]\nscript_location = %(nothere)s/m\n")
                                           << QStringLiteral("alembic.ini:2");
    }

    void configErrors()
    {
        QFETCH(QString, ini);
        QFETCH(QString, expectedOut);
        QTemporaryDir dir;
        if (!ini.isEmpty())
            writeFile(dir.filePath(QStringLiteral("alembic.ini")), ini);
        const ProcessResult r = runRetort({QStringLiteral("heads")}, dir.path());
        QVERIFY2(r.out.contains(expectedOut), qPrintable(r.out + r.err));
        QCOMPARE(r.exitCode, 255);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing argument") << QStringList{QStringLiteral("show")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("heads"), QStringLiteral("--nope")};
        QTest::newRow("option without value") << QStringList{QStringLiteral("history"), QStringLiteral("-r")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = runRetort(args, dataPath(QStringLiteral("projects/labh")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("usage: retort")));
        QVERIFY(r.err.contains(QStringLiteral("retort: error: ")));
        QVERIFY(r.out.isEmpty());
    }

    void unknownDatabaseRowSuggestsStamp()
    {
        QTemporaryDir dir;
        writeProject(dir.path(), {{QStringLiteral("0001_a.py"), revisionFile(QStringLiteral("0001"), QString())}});
        const ProcessResult make = run(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("test.db")),
                                       QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL); "
                                                      "INSERT INTO alembic_version VALUES ('deadbeef0000');")});
        QCOMPARE(make.exitCode, 0);
        const QByteArray before = treeHash(dir.path());
        const ProcessResult r = runRetort({QStringLiteral("current")}, dir.path());
        QCOMPARE(r.out, QStringLiteral("FAILED: Can't locate revision identified by 'deadbeef0000'\n"));
        QVERIFY(r.err.contains(QStringLiteral("retort stamp")));
        QCOMPARE(r.exitCode, 255);
        QCOMPARE(treeHash(dir.path()), before);
    }

    void currentOnMissingSqliteFileIsBaseAndCreatesNothing()
    {
        QTemporaryDir dir;
        writeProject(dir.path(), {{QStringLiteral("0001_a.py"), revisionFile(QStringLiteral("0001"), QString())}});
        const ProcessResult r = runRetort({QStringLiteral("current"), QStringLiteral("-v")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Current revision(s) for sqlite:///%1:\n").arg(dir.filePath(QStringLiteral("test.db"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("test.db"))));
    }

    void unreachableServerIsMaskedAndExitsOne()
    {
        QTemporaryDir dir;
        writeProject(dir.path(), {{QStringLiteral("0001_a.py"), revisionFile(QStringLiteral("0001"), QString())}},
                     QStringLiteral("postgresql://app:s3cret-pw@127.0.0.1:1/app?connect_timeout=2"));
        const ProcessResult r = runRetort({QStringLiteral("current")}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("FAILED: Can't connect to postgresql://app:***@127.0.0.1:1/app")), qPrintable(r.out));
        QVERIFY(!(r.out + r.err).contains(QStringLiteral("s3cret-pw")));
    }

    void wrongPasswordIsMaskedAndExitsOne()
    {
        const QString pg = postgresUrl();
        RETORT_REQUIRE_POSTGRES();
        QString bad = pg;
        bad.replace(QRegularExpression(QStringLiteral(":[^:@/]+@")), QStringLiteral(":not-the-pw-42@"));
        QTemporaryDir dir;
        writeProject(dir.path(), {{QStringLiteral("0001_a.py"), revisionFile(QStringLiteral("0001"), QString())}});
        const ProcessResult r = runRetort({QStringLiteral("--url"), bad, QStringLiteral("current")}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("password authentication failed")), qPrintable(r.out));
        QVERIFY(!(r.out + r.err).contains(QStringLiteral("not-the-pw-42")));
    }

    void currentReadsPostgres()
    {
        const QString pg = postgresUrl();
        RETORT_REQUIRE_POSTGRES();
        QTemporaryDir dir;
        writeProject(dir.path(), {{QStringLiteral("0001_a.py"), revisionFile(QStringLiteral("0001"), QString())},
                                  {QStringLiteral("0002_b.py"), revisionFile(QStringLiteral("0002"), QStringLiteral("0001"))}});
        const QStringList env{QStringLiteral("DATABASE_URL=") + pg};
        // Alembic (the oracle) stamps; Retort reads.
        const ProcessResult drop = run(QStringLiteral("/usr/bin/python3"),
                                       {QStringLiteral("-c"),
                                        QStringLiteral("import sqlalchemy as sa,sys;e=sa.create_engine(sys.argv[1]);"
                                                       "c=e.connect();c.execute(sa.text('DROP TABLE IF EXISTS alembic_version'));"
                                                       "c.execute(sa.text(\"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)\"));"
                                                       "c.execute(sa.text(\"INSERT INTO alembic_version VALUES ('0001')\"))"),
                                        pg});
        QVERIFY2(drop.exitCode == 0, qPrintable(drop.err));
        const ProcessResult r = runRetort({QStringLiteral("current")}, dir.path(), env);
        QCOMPARE(r.out, QStringLiteral("0001\n"));
        QCOMPARE(r.exitCode, 0);
        const ProcessResult check = runRetort({QStringLiteral("current"), QStringLiteral("--check-heads")}, dir.path(), env);
        QCOMPARE(check.out, QStringLiteral("FAILED: Database is not on all head revisions\n"));
        QCOMPARE(check.exitCode, 255);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
