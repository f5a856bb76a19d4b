// DotEnv (python-dotenv rules) and resolveDatabaseUrl (--url, $DATABASE_URL, .env, alembic.ini).
#include "config/dotenv.h"
#include "config/projectconfig.h"
#include "config/resolvedurl.h"

#include "testsupport.h"

#include <QTest>

using namespace retort;

class TestDotEnv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void diagnosticsAndLines();
    void snippets_data();
    void snippets();
    void resolution_data();
    void resolution();
    void resolutionErrors();
};

static DotEnv sample()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DB_USER"), QStringLiteral("alice"));
    env.insert(QStringLiteral("EXPORTED"), QStringLiteral("from-env"));   // the environment wins in ${}
    const Result<DotEnv> d = DotEnv::load(test::dataPath(QStringLiteral("config/dotenv/sample.env")), env);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return d.value();
}

void TestDotEnv::golden_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << "DATABASE_URL" << "postgresql://app:s3cret@localhost:5432/app";
    QTest::newRow("export") << "EXPORTED" << "yes";
    QTest::newRow("spaces around =") << "SPACED" << "around equals";
    QTest::newRow("trailing comment") << "UNQUOTED" << "value with spaces";
    QTest::newRow("hash without space") << "HASH_NO_SPACE" << "abc#def";
    QTest::newRow("single quotes literal") << "SINGLE" << "literal ${HOME} \\n stays";
    QTest::newRow("double quote escapes") << "DOUBLE" << "line1\nline2 \"quoted\" \\ end";
    QTest::newRow("comment after quotes") << "DOUBLE_COMMENT" << "keep # this";
    QTest::newRow("empty") << "EMPTY" << "";
    QTest::newRow("empty quotes") << "EMPTY_QUOTES" << "";
    QTest::newRow("multi-line quotes") << "MULTI" << "first\nsecond";
    QTest::newRow("expansion") << "EXPANDED" << "alice:fallback@from-env";
    QTest::newRow("quoted key") << "QUOTED_KEY" << "qk";
    QTest::newRow("last definition wins") << "DUP" << "two";
}

void TestDotEnv::golden()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const DotEnv d = sample();
    QVERIFY(d.contains(key));
    QCOMPARE(d.value(key).value(), expected);
}

void TestDotEnv::diagnosticsAndLines()
{
    const DotEnv d = sample();
    QVERIFY(!d.contains(QStringLiteral("NO_VALUE")));
    QVERIFY(!d.contains(QStringLiteral("this")));
    QCOMPARE(d.line(QStringLiteral("DATABASE_URL")), 2);
    QCOMPARE(d.line(QStringLiteral("DUP")), 20);
    QCOMPARE(d.line(QStringLiteral("EXPANDED")), 15);
    QCOMPARE(d.diagnostics().size(), 1);
    QCOMPARE(d.diagnostics().first().line, 16);
    QCOMPARE(d.diagnostics().first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(d.values().size(), 15);
}

void TestDotEnv::snippets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // value of K; "<absent>" when not defined
    QTest::newRow("crlf") << "K=v\r\n" << "v";
    QTest::newRow("export tab") << "export\tK=v" << "v";
    QTest::newRow("no final newline") << "K='x'" << "x";
    QTest::newRow("escaped single quote") << "K='it\\'s'" << "it's";
    QTest::newRow("unterminated quote") << "K=\"open" << "<absent>";
    QTest::newRow("garbage after quote") << "K=\"a\" b" << "<absent>";
    QTest::newRow("commented out") << "# K=v" << "<absent>";
    QTest::newRow("earlier key expansion") << "A=1\nK=${A}2" << "12";
    QTest::newRow("no expansion of $A") << "K=$A" << "$A";
}

void TestDotEnv::snippets()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const DotEnv d = DotEnv::parse(text, QStringLiteral("x.env"));
    if (expected == QLatin1String("<absent>"))
        QVERIFY(!d.contains(QStringLiteral("K")));
    else
        QCOMPARE(d.value(QStringLiteral("K")).value_or(QStringLiteral("<absent>")), expected);
}

void TestDotEnv::resolution_data()
{
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QString>("cliUrl");
    QTest::addColumn<QString>("envUrl");
    QTest::addColumn<QString>("expectedSource");   // "<dotenv>" = <project>/.env
    QTest::addColumn<QString>("expectedMasked");

    const QString cli = QStringLiteral("sqlite:///cli.db");
    const QString env = QStringLiteral("postgresql://u:envsecret@envhost/db");
    QTest::newRow("--url first") << "resolve" << cli << env << "--url" << "sqlite:///cli.db";
    QTest::newRow("then DATABASE_URL") << "resolve" << "" << env << "DATABASE_URL environment variable"
                                       << "postgresql://u:***@envhost/db";
    QTest::newRow("then .env") << "resolve" << "" << "" << "<dotenv>"
                               << "postgresql+asyncpg://app:***@db:5432/app?ssl=require";
    QTest::newRow("then alembic.ini") << "sections" << "" << "" << "alembic.ini sqlalchemy.url"
                                      << "sqlite:///default.db";
}

void TestDotEnv::resolution()
{
    QFETCH(QString, projectName);
    QFETCH(QString, cliUrl);
    QFETCH(QString, envUrl);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedMasked);
    const QString dir = test::dataPath(QStringLiteral("config/projects/") + projectName);
    ConfigOptions o;
    o.workingDir = dir;
    o.environment = QProcessEnvironment();
    const Result<ProjectConfig> cfg = ProjectConfig::load(o);
    QVERIFY2(cfg, cfg ? "" : qPrintable(cfg.error().toString()));
    QProcessEnvironment env;
    if (!envUrl.isEmpty())
        env.insert(QStringLiteral("DATABASE_URL"), envUrl);
    const Result<ResolvedUrl> r = resolveDatabaseUrl(cliUrl, env, cfg.value());
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->source, expectedSource == QLatin1String("<dotenv>") ? dir + QStringLiteral("/.env") : expectedSource);
    QCOMPARE(r->url.toString(), expectedMasked);
}

void TestDotEnv::resolutionErrors()
{
    ConfigOptions o;
    o.environment = QProcessEnvironment();

    // nothing anywhere: the message lists the four places
    o.workingDir = test::dataPath(QStringLiteral("config/projects/toml_only"));
    const Result<ProjectConfig> toml = ProjectConfig::load(o);
    QVERIFY(toml);
    const Result<ResolvedUrl> none = resolveDatabaseUrl(QString(), QProcessEnvironment(), toml.value());
    QVERIFY(!none);
    QCOMPARE(none.error().message,
             QStringLiteral("No database URL found: pass --url, set the DATABASE_URL environment variable, add "
                            "DATABASE_URL to %1/.env, or set sqlalchemy.url in the [alembic] section of alembic.ini")
                 .arg(o.workingDir));

    // the ini's placeholder URL from `alembic init`: unsupported backend, located in the ini
    o.workingDir = test::dataPath(QStringLiteral("config/projects/resolve_ini_only"));
    const Result<ProjectConfig> ini = ProjectConfig::load(o);
    QVERIFY(ini);
    const Result<ResolvedUrl> placeholder = resolveDatabaseUrl(QString(), QProcessEnvironment(), ini.value());
    QVERIFY(!placeholder);
    QCOMPARE(placeholder.error().message,
             QStringLiteral("Unsupported database backend 'driver' in URL 'driver://user:***@localhost/dbname'; "
                            "Retort supports sqlite and postgresql (database URL from alembic.ini sqlalchemy.url)"));
    QCOMPARE(placeholder.error().file, o.workingDir + QStringLiteral("/alembic.ini"));
    QCOMPARE(placeholder.error().line, 3);

    // a malformed --url never shows its password
    const Result<ResolvedUrl> bad =
        resolveDatabaseUrl(QStringLiteral("postgresql//u:hunter2@h/db"), QProcessEnvironment(), ini.value());
    QVERIFY(!bad);
    QVERIFY(!bad.error().message.contains(QLatin1String("hunter2")));
    QVERIFY(bad.error().message.endsWith(QLatin1String("(database URL from --url)")));
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
