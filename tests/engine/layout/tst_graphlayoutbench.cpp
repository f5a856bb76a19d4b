// Layout of 10,000 revisions with branches, merges and depends_on links: prints the time of
// GraphLayout::compute (and of the history sort inside it). No timing assertions.
#include "layouttestutil.h"

#include "script/historyorder.h"
#include "script/topologicalsort.h"

#include <QElapsedTimer>
#include <QTest>

using namespace retort;
using namespace retort::test;

class TestGraphLayoutBench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tenThousand_data();
    void tenThousand();
};

void TestGraphLayoutBench::tenThousand_data()
{
    QTest::addColumn<int>("maxTips");
    QTest::addColumn<int>("depReach");
    QTest::newRow("4 tips, local depends_on") << 4 << 300;
    QTest::newRow("12 tips, local depends_on") << 12 << 300;
    QTest::newRow("40 tips, local depends_on") << 40 << 300;
    QTest::newRow("12 tips, depends_on anywhere") << 12 << 0;
}

static int crossings(const GraphLayout &g)
{
    // Diagonals crossing a vertical lane segment on the same pair of rows (a rough measure).
    int count = 0;
    std::vector<std::vector<int>> vertical(size_t(g.size()));   // row r -> lanes passing r..r+1
    for (const GraphEdge &e : g.edges)
        for (qsizetype k = 1; k < e.route.size(); ++k)
            if (e.route[k - 1].lane == e.route[k].lane)
                for (int r = e.route[k - 1].row; r < e.route[k].row; ++r)
                    vertical[size_t(r)].push_back(e.route[k].lane);
    for (const GraphEdge &e : g.edges)
        for (qsizetype k = 1; k < e.route.size(); ++k) {
            const LanePoint a = e.route[k - 1], b = e.route[k];
            if (a.lane == b.lane)
                continue;
            for (int l : vertical[size_t(a.row)])
                if (l > std::min(a.lane, b.lane) && l < std::max(a.lane, b.lane))
                    ++count;
        }
    return count;
}

void TestGraphLayoutBench::tenThousand()
{
    QFETCH(int, maxTips);
    QFETCH(int, depReach);
    auto map = RevisionMap::build(randomGraph(10000, 4242, maxTips, depReach));
    QVERIFY(map.ok());

    QElapsedTimer t;
    QList<int> order;
    qint64 sortMs = -1;
    for (int i = 0; i < 3; ++i) {
        t.start();
        order = historyOrder(*map);
        sortMs = sortMs < 0 ? t.elapsed() : std::min(sortMs, t.elapsed());
    }
    QCOMPARE(order.size(), 10000);
    if (qEnvironmentVariableIsSet("RETORT_BENCH_ALEMBIC_SORT")) {
        // The reference implementation (per-lane ancestor sets): seconds, not milliseconds.
        t.start();
        const QList<int> reference = topologicalSort(*map, map->allSet(), map->heads());
        qInfo("script/topologicalsort: %lld ms", t.elapsed());
        QCOMPARE(order, reference);
    }

    GraphLayout g;
    qint64 best = -1;
    for (int i = 0; i < 3; ++i) {
        t.start();
        g = GraphLayout::compute(*map);
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    const auto deps = std::count_if(g.edges.begin(), g.edges.end(),
                                    [](const GraphEdge &e) { return e.kind == EdgeKind::Dependency; });
    qInfo("10000 revisions (%lld merges, %lld branch points, %lld depends_on edges): layout %lld ms "
          "(of which the history order %lld ms; best of 3), %d lanes, %lld edges, %d diagonal crossings",
          qlonglong(map->mergePoints().size()), qlonglong(map->branchPoints().size()), qlonglong(deps),
          best, sortMs, g.laneCount, qlonglong(g.edges.size()), crossings(g));
    const QString problem = checkLayout(*map, g);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestGraphLayoutBench)
#include "tst_graphlayoutbench.moc"
