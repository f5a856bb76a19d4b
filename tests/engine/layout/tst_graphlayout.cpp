// GraphLayout::compute: rows, lanes and edge routes of the revision graph (invariants on every
// layout, golden pictures for the small graphs, agreement with `history` order).
#include "layouttestutil.h"

#include "script/historyorder.h"
#include "script/topologicalsort.h"
#include "testsupport.h"

#include "script/migrationplan.h"

#include <QTest>

using namespace retort;
using namespace retort::test;

class TestGraphLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void random_data();
    void random();
    void historyOrderIsAlembics();
    void withoutDependencyEdges();
    void empty();
};

void TestGraphLayout::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("specs");   // load order; "id:down1,down2:dep1,dep2"

    QTest::newRow("linear") << "linear" << QStringList{"a", "b:a", "c:b", "d:c"};
    QTest::newRow("open branch") << "open_branch" << QStringList{"a", "b:a", "c:b", "d:b", "e:c"};
    QTest::newRow("branch and merge") << "branch_merge"
        << QStringList{"a", "b:a", "c1:b", "c2:b", "d1:c1", "m:d1,c2", "e:m"};
    QTest::newRow("merge of three") << "merge_three"
        << QStringList{"a", "b:a", "x:b", "y:b", "z:b", "y2:y", "m:x,y2,z", "top:m"};
    QTest::newRow("criss-cross") << "criss_cross"
        << QStringList{"a", "b:a", "c:a", "m1:b,c", "m2:c,b", "h1:m1", "h2:m2"};
    QTest::newRow("criss-cross merged") << "criss_cross_merged"
        << QStringList{"a", "b:a", "c:a", "m1:b,c", "m2:c,b", "f:m1,m2"};
    QTest::newRow("several bases") << "several_bases"
        << QStringList{"a", "b:a", "x", "y:x", "p", "q:p", "m:b,y"};
    // Reference §1.5: a branch, a merge, and a second root whose head depends_on the merge.
    QTest::newRow("depends_on across roots") << "depends_across_roots"
        << QStringList{"a1b2", "b2c3:a1b2", "c3d4aa:b2c3", "c3d4e5:b2c3", "d4e5:c3d4aa,c3d4e5",
                       "e5f6", "f6a7:e5f6:d4e5"};
    QTest::newRow("depends_on into a branch") << "depends_into_branch"
        << QStringList{"a", "b:a", "c:b", "d:c", "x:a", "y:x:c", "z:y", "w:d:y"};
    QList<QString> longBranch{"t0"};
    for (int i = 1; i <= 12; ++i)
        longBranch << QStringLiteral("t%1:t%2").arg(i).arg(i - 1);
    longBranch << "b1:t2";
    for (int i = 2; i <= 8; ++i)
        longBranch << QStringLiteral("b%1:b%2").arg(i).arg(i - 1);
    longBranch << "m:t12,b8" << "top:m";
    QTest::newRow("long branch beside the trunk") << "long_branch" << QStringList(longBranch);
    QTest::newRow("branches ending while others open") << "lane_reuse"
        << QStringList{"a", "b:a", "c:b", "d:c", "e:d", "x:b", "x2:x", "y:d", "y2:y", "m:e,x2", "n:m,y2"};
}

void TestGraphLayout::golden()
{
    QFETCH(QString, name);
    QFETCH(QStringList, specs);
    auto map = RevisionMap::build(revs(specs));
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    const GraphLayout g = GraphLayout::compute(*map);
    const QString problem = checkLayout(*map, g);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Rows in `alembic history` order.
    auto history = MigrationPlanner(*map).history(QString());
    QVERIFY(history.ok());
    QList<int> order;
    for (const GraphRow &r : g.rows)
        order.append(r.revision);
    QCOMPARE(map->ids(order), map->ids(*history));

    const QString text = renderLayout(*map, g);
    const QString path = dataPath(QStringLiteral("layout/%1.txt").arg(name));
    if (qEnvironmentVariableIsSet("RETORT_UPDATE_GOLDEN"))
        QVERIFY(writeFile(path, text));
    const QString expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file ") + path));
    if (text != expected)
        qWarning().noquote() << "actual layout:\n" << text;
    QCOMPARE(text, expected);
}

void TestGraphLayout::random_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxTips");
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::addRow("1000 revisions, seed %u", seed) << 1000 << seed << int(2 + 2 * seed);
    QTest::addRow("200 revisions, 30 tips") << 200 << 99u << 30;
}

void TestGraphLayout::random()
{
    QFETCH(int, size);
    QFETCH(quint32, seed);
    QFETCH(int, maxTips);
    auto map = RevisionMap::build(randomGraph(size, seed, maxTips));
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    QVERIFY(map->mergePoints().size() > 5);
    QVERIFY(map->branchPoints().size() > 5);
    const GraphLayout g = GraphLayout::compute(*map);
    const QString problem = checkLayout(*map, g);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(g.laneCount >= 2);

    auto history = MigrationPlanner(*map).history(QString());
    QVERIFY(history.ok());
    QList<int> order;
    for (const GraphRow &r : g.rows)
        order.append(r.revision);
    QCOMPARE(order, *history);
}

// The graph's rows come from script/historyorder.h (near-linear); Alembic's order is
// script/topologicalsort.h (per-lane ancestor sets). Many small random histories, dense in
// branches, merges, extra bases and depends_on links (anywhere or near): the same order.
void TestGraphLayout::historyOrderIsAlembics()
{
    int compared = 0;
    for (quint32 seed = 1; seed <= 1500; ++seed) {
        const int size = 20 + int(seed % 13) * 15;
        const int maxTips = 2 + int(seed % 9);
        const int depReach = seed % 3 == 0 ? 0 : 10 + int(seed % 40);
        auto map = RevisionMap::build(randomGraph(size, seed * 7919u, maxTips, depReach));
        QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
        const QList<int> reference = topologicalSort(*map, map->allSet(), map->heads());
        QVERIFY2(historyOrder(*map) == reference, qPrintable(QStringLiteral("seed %1, %2 revisions").arg(seed).arg(size)));
        ++compared;
    }
    QCOMPARE(compared, 1500);
}

void TestGraphLayout::withoutDependencyEdges()
{
    auto map = RevisionMap::build(revs({"a1b2", "b2c3:a1b2", "c3d4aa:b2c3", "c3d4e5:b2c3",
                                        "d4e5:c3d4aa,c3d4e5", "e5f6", "f6a7:e5f6:d4e5"}));
    QVERIFY(map.ok());
    LayoutOptions options;
    options.dependencyEdges = false;
    const GraphLayout g = GraphLayout::compute(*map, options);
    const QString problem = checkLayout(*map, g, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const GraphEdge &e : g.edges)
        QCOMPARE(e.kind, EdgeKind::Parent);
    QCOMPARE(g.edges.size(), 6);
    // Still ordered with the dependency below its dependent.
    QVERIFY(g.rowOf(map->indexOf("d4e5")) > g.rowOf(map->indexOf("f6a7")));

    auto big = RevisionMap::build(randomGraph(1000, 7, 10));
    QVERIFY(big.ok());
    const GraphLayout gb = GraphLayout::compute(*big, options);
    const QString bigProblem = checkLayout(*big, gb, false);
    QVERIFY2(bigProblem.isEmpty(), qPrintable(bigProblem));
}

void TestGraphLayout::empty()
{
    const GraphLayout g = GraphLayout::compute(RevisionMap());
    QCOMPARE(g.size(), 0);
    QCOMPARE(g.laneCount, 0);
    QVERIFY(g.edges.isEmpty());
    QCOMPARE(g.rowOf(0), -1);
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
