// RevisionMap::build: heads/bases flavours, ND, label propagation, errors (reference §1).
#include "revisiontestutil.h"

#include <QElapsedTimer>
#include <QTest>

using namespace retort;
using namespace retort::test;

class TestRevisionMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exampleGraph_data();
    void exampleGraph();
    void exampleRevisionFlags();
    void normalization();
    void labels_data();
    void labels();
    void errors_data();
    void errors();
    void duplicateWarns();
    void dependencyByLabelAndPrefix();
    void tenThousand();
};

void TestRevisionMap::exampleGraph_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("heads") << "heads" << QStringList{"d4e5f6a7b8c9", "f6a7b8c9d0e1"};
    QTest::newRow("real heads") << "realHeads" << QStringList{"f6a7b8c9d0e1"};
    QTest::newRow("bases") << "bases" << QStringList{"a1b2c3d4e5f6", "e5f6a7b8c9d0"};
    QTest::newRow("real bases") << "realBases" << QStringList{"a1b2c3d4e5f6", "e5f6a7b8c9d0"};
    QTest::newRow("branch points") << "branchPoints" << QStringList{"b2c3d4e5f6a7"};
    QTest::newRow("merge points") << "mergePoints" << QStringList{"d4e5f6a7b8c9"};
    QTest::newRow("ND f6a7") << "nd:f6a7b8c9d0e1" << QStringList{"e5f6a7b8c9d0", "d4e5f6a7b8c9"};
    QTest::newRow("ND d4e5") << "nd:d4e5f6a7b8c9" << QStringList{"c3d4aaaaaaaa", "c3d4e5f6a7b8"};
    QTest::newRow("next b2c3") << "next:b2c3d4e5f6a7" << QStringList{"c3d4aaaaaaaa", "c3d4e5f6a7b8"};
    QTest::newRow("all next d4e5") << "allNext:d4e5f6a7b8c9" << QStringList{"f6a7b8c9d0e1"};
    QTest::newRow("next d4e5") << "next:d4e5f6a7b8c9" << QStringList{};
    QTest::newRow("labels e5f6") << "labels:e5f6a7b8c9d0" << QStringList{"audit"};
    QTest::newRow("labels f6a7 (propagated)") << "labels:f6a7b8c9d0e1" << QStringList{"audit"};
    QTest::newRow("labels d4e5") << "labels:d4e5f6a7b8c9" << QStringList{};
    QTest::newRow("labels a1b2") << "labels:a1b2c3d4e5f6" << QStringList{};
}

static QStringList query(const RevisionMap &m, const QString &what)
{
    const QString arg = what.section(u':', 1);
    const int i = m.indexOf(arg);
    const QString w = what.section(u':', 0, 0);
    if (w == "heads") return m.ids(m.heads());
    if (w == "realHeads") return m.ids(m.realHeads());
    if (w == "bases") return m.ids(m.bases());
    if (w == "realBases") return m.ids(m.realBases());
    if (w == "branchPoints") return m.ids(m.branchPoints());
    if (w == "mergePoints") return m.ids(m.mergePoints());
    if (w == "nd") return m.ids(m.normalizedDownRevisions(i));
    if (w == "next") return m.ids(m.nextRevisions(i));
    if (w == "allNext") return m.ids(m.allNextRevisions(i));
    if (w == "labels") return m.branchLabels(i);
    return {"?"};
}

void TestRevisionMap::exampleGraph()
{
    QFETCH(QString, what);
    QFETCH(QStringList, expected);
    auto m = RevisionMap::build(retort::test::exampleGraph());
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(query(m.value(), what), expected);
}

void TestRevisionMap::exampleRevisionFlags()
{
    const RevisionMap m = buildOrDie(retort::test::exampleGraph());
    QCOMPARE(m.size(), 7);
    const int d4e5 = m.indexOf("d4e5f6a7b8c9"), f6a7 = m.indexOf("f6a7b8c9d0e1");
    QVERIFY(m.isEffectiveHead(d4e5));
    QVERIFY(!m.isRealHead(d4e5));
    QVERIFY(m.isRealHead(f6a7) && !m.isEffectiveHead(f6a7));
    QVERIFY(m.isMergePoint(d4e5));
    QCOMPARE(m.indexOf("audit"), m.indexOf("e5f6a7b8c9d0"));
    QCOMPARE(m.indexOfId("audit"), -1);
    QCOMPARE(m.keys().last(), QString("audit"));
    QVERIFY(m.warnings().isEmpty());
    QVERIFY(m.isAncestor(m.indexOf("a1b2c3d4e5f6"), f6a7, RevisionMap::Links::WithDependencies));
    QVERIFY(!m.isAncestor(m.indexOf("a1b2c3d4e5f6"), f6a7, RevisionMap::Links::Parents));
}

// Reference §1.3 synthetic map.
void TestRevisionMap::normalization()
{
    const RevisionMap m = buildOrDie(revs({"x1", "x2:x1", "y1::x1", "y2:y1:x2,x1", "y3:y2:x1"}));
    QCOMPARE(m.ids(m.heads()), QStringList({"x2", "y3"}));
    QCOMPARE(m.ids(m.realHeads()), QStringList({"y3"}));
    QCOMPARE(m.ids(m.bases()), QStringList({"x1", "y1"}));
    QCOMPARE(m.ids(m.realBases()), QStringList({"x1"}));
    QCOMPARE(m.ids(m.allNextRevisions(0)), QStringList({"x2", "y1", "y2", "y3"}));
    QCOMPARE(m.ids(m.nextRevisions(0)), QStringList({"x2"}));
    QCOMPARE(m.ids(m.normalizedDownRevisions(m.indexOf("y1"))), QStringList({"x1"}));
    QCOMPARE(m.ids(m.normalizedDownRevisions(m.indexOf("y2"))), QStringList({"y1", "x2"}));
    QCOMPARE(m.ids(m.normalizedDownRevisions(m.indexOf("y3"))), QStringList({"y2"}));
    QCOMPARE(m.ids(m.normalizedDownRevisions(m.indexOf("x2"))), QStringList({"x1"}));
}

void TestRevisionMap::labels_data()
{
    QTest::addColumn<QStringList>("graph");
    QTest::addColumn<QStringList>("expected");   // "id=labels" per revision
    QTest::newRow("linear, label on r3") << QStringList{"r1", "r2:r1", "r3:r2::lbl", "r4:r3"}
                                         << QStringList{"r1=lbl", "r2=lbl", "r3=lbl", "r4=lbl"};
    QTest::newRow("branch point r2, label on b1")
        << QStringList{"r1", "r2:r1", "a1:r2", "b1:r2::bl", "b2:b1"}
        << QStringList{"r1=", "r2=", "a1=", "b1=bl", "b2=bl"};
    QTest::newRow("stops at merge point")
        << QStringList{"r1", "a1:r1", "b1:r1", "m:a1,b1", "t:m::top"}
        << QStringList{"r1=", "a1=", "b1=", "m=", "t=top"};
    QTest::newRow("labels accumulate in map order")
        << QStringList{"r1:::one", "r2:r1::two", "r3:r2"}
        << QStringList{"r1=one,two", "r2=two,one", "r3=one,two"};
    QTest::newRow("dependency target is a real branch point")
        << QStringList{"r1", "r2:r1", "r3:r2::lbl", "o1::r2"}
        << QStringList{"r1=", "r2=", "r3=lbl", "o1="};
}

void TestRevisionMap::labels()
{
    QFETCH(QStringList, graph);
    QFETCH(QStringList, expected);
    const RevisionMap m = buildOrDie(revs(graph));
    QCOMPARE(m.size(), graph.size());
    QStringList got;
    for (int i = 0; i < m.size(); ++i)
        got.append(m.id(i) + "=" + m.branchLabels(i).join(","));
    QCOMPARE(got, expected);
}

void TestRevisionMap::errors_data()
{
    QTest::addColumn<QStringList>("graph");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing parent") << QStringList{"a1", "b1:zz99"} << "Revision zz99 referenced from b1 is not present";
    QTest::newRow("missing dependency") << QStringList{"a1", "b1:a1:nope"} << "Revision nope referenced from b1 is not present";
    QTest::newRow("cycle with a base") << QStringList{"c", "a:b", "b:a"} << "Cycle is detected in revisions (a, b)";
    QTest::newRow("cycle, no heads") << QStringList{"b:a", "a:b"} << "Cycle is detected in revisions (b, a)";
    QTest::newRow("dependency cycle") << QStringList{"a", "b:a:c", "c:a:b"} << "Dependency cycle is detected in revisions (a, b, c)";
    QTest::newRow("dependency cycle partial") << QStringList{"a", "b:a:d", "c:b", "d:c", "e:a"}
                                              << "Dependency cycle is detected in revisions (b, c, d)";
    QTest::newRow("self-loop") << QStringList{"a:a"} << "Self-loop is detected in revisions (a)";
    QTest::newRow("dependency self-loop") << QStringList{"a::a"} << "Dependency self-loop is detected in revisions (a)";
    QTest::newRow("label clash") << QStringList{"a:::x", "b:a::x"} << "Branch name 'x' in revision b already used by revision a";
    QTest::newRow("label equals an id") << QStringList{"a", "b:a::a"} << "Branch name 'a' in revision b already used by revision a";
    QTest::newRow("illegal characters") << QStringList{"a-b+c"} << "Character(s) '+, -' not allowed in revision identifier 'a-b+c'";
}

void TestRevisionMap::errors()
{
    QFETCH(QStringList, graph);
    QFETCH(QString, message);
    auto m = RevisionMap::build(revs(graph));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().message, message);
    QCOMPARE(m.error().code, ErrorCode::Command);
}

void TestRevisionMap::duplicateWarns()
{
    auto m = RevisionMap::build(revs({"a1", "b1:a1:::first", "b1:a1:::second", "c1:b1"}));
    QVERIFY(m.ok());
    QCOMPARE(m->warnings(), QStringList{"Revision b1 is present more than once"});
    QCOMPARE(m->size(), 3);
    QCOMPARE(m->revision(m->indexOf("b1")).doc, QString("second"));
    QCOMPARE(m->indexOf("b1"), 1);
}

void TestRevisionMap::dependencyByLabelAndPrefix()
{
    const RevisionMap m = buildOrDie(revs({"aaaa1111:::lib", "bbbb2222::lib", "cccc3333::aaaa"}));
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.ids(m.resolvedDependencies(1)), QStringList{"aaaa1111"});
    QCOMPARE(m.ids(m.resolvedDependencies(2)), QStringList{"aaaa1111"});
    QCOMPARE(m.ids(m.realHeads()), QStringList({"bbbb2222", "cccc3333"}));
}

void TestRevisionMap::tenThousand()
{
    // A long chain with a branch every 50 revisions, merged back, and dependencies across.
    QList<Revision> list;
    list.append(rev("r0"));
    for (int i = 1; i < 10000; ++i) {
        QString spec = QStringLiteral("r%1:r%2").arg(i).arg(i - 1);
        if (i % 50 == 10)
            spec = QStringLiteral("r%1:r%2").arg(i).arg(i - 2);   // sibling of r(i-1)
        else if (i % 50 == 11)
            spec = QStringLiteral("r%1:r%2,r%3").arg(i).arg(i - 1).arg(i - 2);   // merge
        if (i % 97 == 0 && i > 200)
            spec += QStringLiteral(":r%1").arg(i - 150);
        list.append(rev(spec));
    }
    QElapsedTimer t;
    t.start();
    auto m = RevisionMap::build(list);
    const qint64 ms = t.elapsed();
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->size(), 10000);
    QCOMPARE(m->ids(m->realHeads()), QStringList{"r9999"});
    qInfo("built 10000 revisions in %lld ms", ms);
    // A guard against quadratic walks (those take seconds here), not a benchmark: Debug builds
    // on a shared machine vary 10x. Release on an idle machine: ~57 M instructions, ~10-15 ms.
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestRevisionMap)
#include "tst_revisionmap.moc"
