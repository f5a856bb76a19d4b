// The --json outputs (docs/cli-json.md), plan with branch alternatives, and graph exports.
#include "clitestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace retort;
using namespace retort::test;

namespace {

QJsonObject runJson(const QStringList &args)
{
    const ProcessResult r = runRetort(QStringList{QStringLiteral("--json")} + args, dataPath(QStringLiteral("projects/labh")));
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.out + r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return doc.object();
}

QStringList ids(const QJsonArray &revisions)
{
    QStringList out;
    for (const QJsonValue &v : revisions)
        out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

} // namespace

class TestCliJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heads()
    {
        const QJsonObject o = runJson({QStringLiteral("heads")});
        QCOMPARE(o.value(QStringLiteral("command")).toString(), QStringLiteral("heads"));
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), 1);
        const QJsonArray revs = o.value(QStringLiteral("revisions")).toArray();
        QCOMPARE(ids(revs), (QStringList{QStringLiteral("d4e5f6a7b8c9"), QStringLiteral("f6a7b8c9d0e1")}));
        const QJsonObject d4e5 = revs.at(0).toObject();
        QCOMPARE(d4e5.value(QStringLiteral("is_effective_head")).toBool(), true);
        QCOMPARE(d4e5.value(QStringLiteral("is_merge_point")).toBool(), true);
        QCOMPARE(d4e5.value(QStringLiteral("down_revisions")).toArray().size(), 2);
        const QJsonObject f6a7 = revs.at(1).toObject();
        QCOMPARE(f6a7.value(QStringLiteral("branch_labels")).toArray().first().toString(), QStringLiteral("audit"));
        QCOMPARE(f6a7.value(QStringLiteral("depends_on")).toArray().first().toString(), QStringLiteral("d4e5f6a7b8c9"));
        QCOMPARE(f6a7.value(QStringLiteral("doc")).toString(), QStringLiteral("audit log table"));
        QVERIFY(f6a7.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("f6a7b8c9d0e1_audit_log_table.py")));
    }

    void history()
    {
        const QJsonObject o = runJson({QStringLiteral("history"), QStringLiteral("-r"), QStringLiteral("b2c3:d4e5")});
        QCOMPARE(ids(o.value(QStringLiteral("revisions")).toArray()),
                 (QStringList{QStringLiteral("d4e5f6a7b8c9"), QStringLiteral("c3d4aaaaaaaa"), QStringLiteral("c3d4e5f6a7b8"),
                              QStringLiteral("b2c3d4e5f6a7")}));
    }

    void branches()
    {
        const QJsonObject o = runJson({QStringLiteral("branches")});
        const QJsonArray points = o.value(QStringLiteral("branch_points")).toArray();
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b2c3d4e5f6a7"));
        QCOMPARE(ids(points.first().toObject().value(QStringLiteral("branches")).toArray()).size(), 2);
    }

    void errorsAreJsonToo()
    {
        const ProcessResult r = runRetort({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("zzzz")},
                                       dataPath(QStringLiteral("projects/labh")));
        QCOMPARE(r.exitCode, 255);
        const QJsonObject e = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("Can't locate revision identified by 'zzzz'"));
        QCOMPARE(e.value(QStringLiteral("exit_code")).toInt(), 255);
    }

    void planListsStepsAndVersionStatements()
    {
        const QJsonObject o = runJson({QStringLiteral("plan"), QStringLiteral("upgrade"), QStringLiteral("heads"),
                                       QStringLiteral("--from"), QStringLiteral("base")});
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QStringList order;
        for (const QJsonValue &s : steps)
            order << s.toObject().value(QStringLiteral("revision")).toString().left(6);
        // reference §4.3: the observed upgrade order
        QCOMPARE(order, (QStringList{QStringLiteral("a1b2c3"), QStringLiteral("b2c3d4"), QStringLiteral("c3d4e5"),
                                     QStringLiteral("c3d4aa"), QStringLiteral("d4e5f6"), QStringLiteral("e5f6a7"),
                                     QStringLiteral("f6a7b8")}));
        QCOMPARE(o.value(QStringLiteral("end_heads")).toArray().size(), 1);
        const QJsonArray merge = steps.at(4).toObject().value(QStringLiteral("version_statements")).toArray();
        QCOMPARE(merge.size(), 2);
        QCOMPARE(merge.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("delete"));
        QCOMPARE(merge.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("update"));
    }

    void planAtBranchPointOffersAlternatives()
    {
        const QJsonObject o = runJson({QStringLiteral("plan"), QStringLiteral("upgrade"), QStringLiteral("+1"),
                                       QStringLiteral("--from"), QStringLiteral("b2c3")});
        QVERIFY(o.value(QStringLiteral("steps")).toArray().isEmpty());
        const QJsonArray alternatives = o.value(QStringLiteral("alternatives")).toArray();
        QCOMPARE(alternatives.size(), 2);
        for (const QJsonValue &a : alternatives)
            QCOMPARE(a.toObject().value(QStringLiteral("steps")).toArray().size(), 1);
        // Alembic mode fails instead.
        const ProcessResult r = runRetort({QStringLiteral("plan"), QStringLiteral("upgrade"), QStringLiteral("+1"),
                                        QStringLiteral("--from"), QStringLiteral("b2c3"), QStringLiteral("--alembic-walks")},
                                       dataPath(QStringLiteral("projects/labh")));
        QCOMPARE(r.out, QStringLiteral("FAILED: Ambiguous walk\n"));
        QCOMPARE(r.exitCode, 255);
    }

    void graphFormats()
    {
        const QJsonObject g = runJson({QStringLiteral("graph")});
        QCOMPARE(g.value(QStringLiteral("revisions")).toArray().size(), 7);
        int dependsOn = 0;
        for (const QJsonValue &e : g.value(QStringLiteral("edges")).toArray())
            dependsOn += e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("depends_on");
        QCOMPARE(dependsOn, 1);
        QCOMPARE(g.value(QStringLiteral("edges")).toArray().size(), 7);   // 6 parent links + 1 depends_on

        const QString project = dataPath(QStringLiteral("projects/labh"));
        const ProcessResult dot = runRetort({QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("dot")}, project);
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith(QStringLiteral("digraph revisions {")));
        QVERIFY(dot.out.contains(QStringLiteral("\"d4e5f6a7b8c9\" -> \"f6a7b8c9d0e1\" [style=dashed];")));
        QVERIFY(dot.out.contains(QStringLiteral("\"c3d4aaaaaaaa\" -> \"d4e5f6a7b8c9\";")));
        if (!QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty()) {
            test::writeFile(QDir::temp().filePath(QStringLiteral("retort-graph.dot")), dot.out);
            QCOMPARE(run(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), QDir::temp().filePath(QStringLiteral("retort-graph.dot"))}).exitCode, 0);
        }
        const ProcessResult mermaid = runRetort({QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("mermaid")}, project);
        QVERIFY(mermaid.out.startsWith(QStringLiteral("flowchart BT\n")));
        QVERIFY(mermaid.out.contains(QStringLiteral(" -.-> ")));
        const ProcessResult bad = runRetort({QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("png")}, project);
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
