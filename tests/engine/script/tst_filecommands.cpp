// `retort revision` / `retort merge` against `alembic revision` / `alembic merge`: the same
// arguments in two copies of a project; exit status, stdout and every file must match, except the
// Create Date line (the clock differs), whose format is checked instead.
#include "writertestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::writertest;

namespace {

QString maskCreateDate(QString text, bool *hadOne = nullptr)
{
    static const QRegularExpression re(QStringLiteral("^Create Date: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?$"),
                                       QRegularExpression::MultilineOption);
    if (hadOne)
        *hadOne = re.match(text).hasMatch();
    return text.replace(re, QStringLiteral("Create Date: <date>"));
}

} // namespace

class TestFileCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void againstAlembic_data();
    void againstAlembic();
};

void TestFileCommands::againstAlembic_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("revision") << QStringList{"revision", "-m", "add audit index", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"};
    QTest::newRow("revision with deps") << QStringList{"revision", "-m", "deps", "--head", "d4e5", "--depends-on", "audit",
                                                       "--depends-on", "e5f6", "--rev-id", "1a1a1a1a1a1a"};
    QTest::newRow("new branch") << QStringList{"revision", "-m", "reports", "--head", "base", "--branch-label", "reports",
                                               "--rev-id", "1a1a1a1a1a1a"};
    QTest::newRow("multiple heads") << QStringList{"revision", "-m", "next"};
    QTest::newRow("bad id") << QStringList{"revision", "--head", "f6a7", "--rev-id", "bad-id"};
    QTest::newRow("not a head") << QStringList{"revision", "--head", "b2c3", "--rev-id", "1a1a1a1a1a1a"};
    QTest::newRow("sql") << QStringList{"revision", "--sql", "-m", "x"};
    QTest::newRow("merge") << QStringList{"merge", "-m", "merge audit", "d4e5", "f6a7", "--rev-id", "1a1a1a1a1a1a"};
    QTest::newRow("merge heads") << QStringList{"merge", "heads", "--rev-id", "1a1a1a1a1a1a"};
    QTest::newRow("merge not a head") << QStringList{"merge", "-m", "bad merge", "a1b2", "c3d4e5"};
    QTest::newRow("merge without revisions") << QStringList{"merge", "-m", "x"};
}

void TestFileCommands::againstAlembic()
{
    QFETCH(QStringList, args);
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    QVERIFY(buildProject(a, ProjectSpec{}));
    QVERIFY(buildProject(b, ProjectSpec{}));
    const test::ProcessResult alembic = test::run(QStringLiteral("/usr/bin/python3"),
                                                  QStringList{QStringLiteral("-m"), QStringLiteral("alembic")} + args, a,
                                                  {QStringLiteral("ALEMBIC_CONFIG")});
    const test::ProcessResult retort = test::run(test::binPath(QStringLiteral("retort")), args, b,
                                                 {QStringLiteral("ALEMBIC_CONFIG")});
    QCOMPARE(retort.exitCode, alembic.exitCode);
    if (alembic.exitCode != 2)   // argparse usage texts name the program
        QCOMPARE(QString(retort.out).replace(b, QStringLiteral("<p>")), QString(alembic.out).replace(a, QStringLiteral("<p>")));
    const QMap<QString, QByteArray> fa = snapshot(a);
    const QMap<QString, QByteArray> fb = snapshot(b);
    QCOMPARE(fb.keys(), fa.keys());
    for (auto it = fa.begin(); it != fa.end(); ++it) {
        bool dated = false;
        const QString ours = maskCreateDate(QString::fromUtf8(fb.value(it.key())), &dated);
        QCOMPARE(ours, maskCreateDate(QString::fromUtf8(*it)));
        QVERIFY(dated || !it.key().endsWith(QLatin1String(".py")) || it.key().contains(QLatin1String("env.py")));
    }
}

QTEST_GUILESS_MAIN(TestFileCommands)
#include "tst_filecommands.moc"
