// RevisionWriter against Alembic (/usr/bin/python3 -m alembic, 1.8.1): each row builds the same
// project twice, runs `alembic revision|merge ...` in one copy and the writer with the same
// arguments in the other (its clock set to the Create Date Alembic wrote), then compares the
// status lines and every file of both copies byte for byte. Failing rows must fail in both with
// the same FAILED text and leave the same files behind.
#include "writertestutil.h"

#include "script/revisionheader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::writertest;

namespace {

ProjectSpec projectSpec(const QString &name)
{
    ProjectSpec s;
    if (name == QLatin1String("labh-typed") || name == QLatin1String("empty"))
        s.templateName = QStringLiteral("typed");
    if (name == QLatin1String("labh-custom"))
        s.templateName = QStringLiteral("custom");
    if (name == QLatin1String("nolabels"))
        s.templateName = QStringLiteral("nolabels");
    if (name == QLatin1String("broken"))
        s.templateName = QStringLiteral("broken");
    if (name == QLatin1String("empty") || name == QLatin1String("epoch"))
        s.labhRevisions = false;
    if (name == QLatin1String("dated")) {
        s.templateName = QStringLiteral("typed");
        s.iniLines << QStringLiteral("file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s")
                   << QStringLiteral("truncate_slug_length = 20");
    }
    if (name == QLatin1String("epoch"))
        s.iniLines << QStringLiteral("file_template = %%(epoch)s_%%(second).2d_%%(rev)s_%%(slug)s")
                   << QStringLiteral("truncate_slug_length = 8");
    if (name == QLatin1String("multi"))
        s.iniLines << QStringLiteral("version_locations = %(here)s/migrations/versions %(here)s/migrations/extra");
    if (name == QLatin1String("twoheads"))
        s.skipRevisions << QStringLiteral("d4e5f6a7b8c9") << QStringLiteral("e5f6a7b8c9d0") << QStringLiteral("f6a7b8c9d0e1");
    return s;
}

struct Row {
    const char *name;
    const char *project;
    QStringList args;
    bool sameError = true;   // false: both fail, but Alembic's text is its own (template traceback file)
};

QList<Row> rows()
{
    const QString rev = QStringLiteral("--rev-id");
    const QString id = QStringLiteral("1a1a1a1a1a1a");
    return {
        {"multiple heads", "labh", {"revision", "-m", "next", rev, id}},
        {"on a head", "labh", {"revision", "-m", "add audit index", "--head", "f6a7", rev, id}},
        {"label at head", "labh", {"revision", "-m", "audit two", "--head", "audit@head", rev, id}},
        {"effective head", "labh", {"revision", "-m", "after merge", "--head", "d4e5", rev, id}},
        {"not a head", "labh", {"revision", "-m", "x", "--head", "b2c3", rev, id}},
        {"splice", "labh", {"revision", "-m", "side branch", "--head", "b2c3", "--splice", rev, id}},
        {"new base with label", "labh", {"revision", "-m", "reports base", "--head", "base", "--branch-label", "reports", rev, id}},
        {"depends on partial id", "labh", {"revision", "-m", "dep", "--head", "f6a7", "--depends-on", "d4e5", rev, id}},
        {"depends on label and id", "labh", {"revision", "-m", "deps", "--head", "d4e5", "--depends-on", "audit", "--depends-on", "e5f6", rev, id}},
        {"depends on unknown", "labh", {"revision", "-m", "deps", "--head", "f6a7", "--depends-on", "zzzz", rev, id}},
        {"unknown head", "labh", {"revision", "-m", "x", "--head", "nope", rev, id}},
        {"bad id dash", "labh", {"revision", "-m", "x", "--head", "f6a7", rev, "bad-id"}},
        {"bad id several", "labh", {"revision", "-m", "x", "--head", "f6a7", rev, "a+b@c-d"}},
        {"no message", "labh", {"revision", "--head", "f6a7", rev, id}},
        {"empty message", "labh", {"revision", "-m", "", "--head", "f6a7", rev, id}},
        {"unicode message", "labh", {"revision", "-m", "héllo wörld ünïcode — naïve", "--head", "f6a7", rev, id}},
        {"quotes in message", "labh", {"revision", "-m", "it's \"quoted\" \\ back", "--head", "f6a7", rev, id}},
        {"multi-line message", "labh", {"revision", "-m", "first line\n\nsecond paragraph", "--head", "f6a7", rev, id}},
        {"sql without environment", "labh", {"revision", "-m", "x", "--sql", rev, id}},
        {"sql with autogenerate", "labh", {"revision", "-m", "x", "--sql", "--autogenerate", rev, id}},
        {"merge two", "labh", {"merge", "-m", "merge audit", "d4e5", "f6a7", rev, id}},
        {"merge heads single real head", "labh", {"merge", "heads", "-m", "merge heads", rev, id}},
        {"merge duplicate", "labh", {"merge", "d4e5", "d4e5f6a7b8c9", rev, id}},
        {"merge not a head", "labh", {"merge", "-m", "bad merge", "a1b2", "c3d4e5", rev, id}},
        {"merge with label", "labh", {"merge", "d4e5", "f6a7", "--branch-label", "combined", rev, id}},
        {"merge random id", "labh", {"merge", "-m", "random id", "f6a7", "d4e5"}},
        {"merge explicit order", "twoheads", {"merge", "-m", "merge branches", "c3d4e5", "c3d4aa", rev, id}},
        {"typed on a head", "labh-typed", {"revision", "-m", "create account table", "--head", "f6a7", rev, id}},
        {"typed merge", "labh-typed", {"merge", "-m", "merge branches", "d4e5", "f6a7", rev, id}},
        {"typed base deps", "labh-typed", {"revision", "--head", "base", "--depends-on", "a1b2", "--depends-on", "audit", rev, id}},
        {"custom template", "labh-custom", {"revision", "-m", "custom one", "--head", "f6a7", "--branch-label", "lab", rev, id}},
        {"custom template base", "labh-custom", {"revision", "-m", "root", "--head", "base", rev, id}},
        {"dated long message", "dated", {"revision", "-m", "This is a Very Long message: with punctuation & stuff!! ok", "--head", "f6a7", rev, id}},
        {"dated unicode", "dated", {"revision", "-m", "héllo wörld ünïcode", "--head", "f6a7", rev, id}},
        {"dated no message", "dated", {"revision", "--head", "f6a7", rev, id}},
        {"epoch first revision", "epoch", {"revision", "-m", "first revision ever", rev, id}},
        {"empty project", "empty", {"revision", "-m", "create account table", rev, id}},
        {"empty project random id", "empty", {"revision", "-m", "random"}},
        {"multi base needs path", "multi", {"revision", "-m", "x", "--head", "base", rev, id}},
        {"multi relative path", "multi", {"revision", "-m", "extra base", "--head", "base", "--version-path", "migrations/extra", rev, id}},
        {"multi unknown path", "multi", {"revision", "-m", "x", "--head", "base", "--version-path", "/srv/elsewhere", rev, id}},
        {"multi parent's dir", "multi", {"revision", "-m", "next", "--head", "f6a7", rev, id}},
        {"no branch labels in template", "nolabels", {"revision", "-m", "labelled", "--head", "f6a7", "--branch-label", "lab", rev, id}},
        {"template error", "broken", {"revision", "-m", "x", "--head", "f6a7", rev, id}, false},
    };
}

} // namespace

class TestRevisionWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void againstAlembic_data();
    void againstAlembic();
};

void TestRevisionWriter::againstAlembic_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < rows().size(); ++i)
        QTest::newRow(rows()[i].name) << i;
}

void TestRevisionWriter::againstAlembic()
{
    QFETCH(int, index);
    const Row row = rows().at(index);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString alembicDir = tmp.filePath(QStringLiteral("alembic"));
    const QString retortDir = tmp.filePath(QStringLiteral("retort"));
    QVERIFY(buildProject(alembicDir, projectSpec(QString::fromLatin1(row.project))));
    QVERIFY(buildProject(retortDir, projectSpec(QString::fromLatin1(row.project))));
    const QMap<QString, QByteArray> before = snapshot(alembicDir);

    const test::ProcessResult alembic = test::run(QStringLiteral("/usr/bin/python3"),
                                                  QStringList{QStringLiteral("-m"), QStringLiteral("alembic")} + row.args,
                                                  alembicDir, {QStringLiteral("ALEMBIC_CONFIG")});
    QVERIFY2(alembic.exitCode == 0 || alembic.exitCode == 255, qPrintable(alembic.out + alembic.err));
    const QMap<QString, QByteArray> alembicFiles = snapshot(alembicDir);

    // Retort writes with Alembic's clock and, when Alembic picked a random id, the same id.
    NewRevisionRequest request = parseRequest(row.args);
    RevisionWriter::Options options;
    QString out;
    options.out = [&out](const QString &text) { out += text; };
    for (auto it = alembicFiles.begin(); it != alembicFiles.end(); ++it) {
        if (before.contains(it.key()))
            continue;
        const QString text = QString::fromUtf8(*it);
        options.now = createDateOf(text);
        if (request.revisionId.isEmpty()) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Revision ID: (\\w+)")).match(text);
            request.revisionId = m.captured(1);
        }
    }
    Result<OpenedProject> project = openProject(retortDir);
    QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
    RevisionWriter writer(project->config, project->map, options);
    Result<WrittenRevision> written = writer.write(request);
    if (!written.ok())
        out += QStringLiteral("FAILED: ") + written.error().toString() + QLatin1Char('\n');

    QString expected = alembic.out;
    expected.replace(alembicDir, QStringLiteral("<project>"));
    out.replace(retortDir, QStringLiteral("<project>"));
    QCOMPARE(written.ok(), alembic.exitCode == 0);
    if (row.sameError) {
        QCOMPARE(out, expected);
    } else {
        QCOMPARE(out.section(QStringLiteral("FAILED: "), 0, 0), expected.section(QStringLiteral("FAILED: "), 0, 0));
        QVERIFY2(written.error().message.startsWith(QStringLiteral("Template rendering failed: ")), qPrintable(out));
        QVERIFY(written.error().line > 0);
    }

    const QMap<QString, QByteArray> retortFiles = snapshot(retortDir);
    QCOMPARE(retortFiles.keys(), alembicFiles.keys());
    for (auto it = alembicFiles.begin(); it != alembicFiles.end(); ++it)
        QCOMPARE(QString::fromUtf8(retortFiles.value(it.key())), QString::fromUtf8(*it));

    if (written.ok()) {
        // the written file reads back as the revision that was asked for
        QCOMPARE(written->revision.id, request.revisionId);
        QVERIFY(written->revision.diagnostics.isEmpty());
        QCOMPARE(written->text.toUtf8(), retortFiles.value(QDir(retortDir).relativeFilePath(written->absolutePath)));
    }
}

QTEST_GUILESS_MAIN(TestRevisionWriter)
#include "tst_revisionwriter.moc"
