// RevisionGraphView on the offscreen platform: the reference's labh graph, examples/shop and a
// project with file problems. Selection, keyboard navigation, filter, jumps, database state,
// markers, zoom, exports; screenshots go to <build>/screenshots/.

#include "graphcanvas.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphtestutil.h"
#include "graphview.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsLabh();
    void nodeKinds();
    void selection();
    void keyboardNavigation_data();
    void keyboardNavigation();
    void filterAndFind_data();
    void filterAndFind();
    void jumpToHead();
    void databaseState();
    void selectionSurvivesReload();
    void zoom();
    void exports();
    void problemMarkers();
    void screenshots();

private:
    int row(RevisionGraphView &view, const QString &id) const;
    std::shared_ptr<const Project> m_labh;
    std::shared_ptr<const Project> m_shop;
    std::shared_ptr<const Project> m_problems;
};

int TestGraphView::row(RevisionGraphView &view, const QString &id) const
{
    return view.graphScene()->rowOfRevision(view.graphScene()->graphData()->map().indexOfId(id));
}

void TestGraphView::initTestCase()
{
    QString error;
    m_labh = openProject(dataPath(QStringLiteral("projects/labh")), &error);
    QVERIFY2(m_labh, qPrintable(error));
    m_shop = openProject(sourcePath(QStringLiteral("examples/shop")), &error);
    QVERIFY2(m_shop, qPrintable(error));
    m_problems = openProject(dataPath(QStringLiteral("gui/problems")), &error);
    QVERIFY2(m_problems, qPrintable(error));
    QCOMPARE(m_labh->map().size(), 7);
    QCOMPARE(m_problems->map().size(), 4);
}

void TestGraphView::showsLabh()
{
    RevisionGraphView view;
    QSignalSpy ready(&view, &RevisionGraphView::layoutReady);
    view.setProject(m_labh);
    QCOMPARE(ready.count(), 1);   // small projects are laid out synchronously
    QVERIFY(!view.isLayoutPending());
    QCOMPARE(view.graphScene()->rowCount(), 7);
    QCOMPARE(view.selectedRevision(), -1);
    // Newest first: a head on the top row, a base on the bottom row.
    const GraphData *data = view.graphScene()->graphData();
    QVERIFY(data->layout.rows.first().has(GraphRow::Head));
    QVERIFY(data->layout.rows.last().has(GraphRow::Base));
    // Every label starts right of every lane used on its row.
    for (int r = 0; r < 7; ++r) {
        const QRectF label = view.graphScene()->labelRect(r);
        QVERIFY(label.left() > view.graphScene()->nodeRect(r).right());
        QVERIFY(label.left() >= view.graphScene()->laneX(data->rowMaxLane[r]) + view.graphScene()->style().nodeRadius);
        QVERIFY(!label.intersects(view.graphScene()->labelRect(r == 6 ? 0 : r + 1)));
    }
    view.setProject(nullptr);
    QCOMPARE(view.graphScene()->rowCount(), 0);
}

void TestGraphView::nodeKinds()
{
    RevisionGraphView view;
    view.setProject(m_labh);
    const GraphScene *scene = view.graphScene();
    const GraphData *data = scene->graphData();
    QVERIFY(data->layout.rows[row(view, QStringLiteral("d4e5f6a7b8c9"))].has(GraphRow::MergePoint));
    QVERIFY(data->layout.rows[row(view, QStringLiteral("b2c3d4e5f6a7"))].has(GraphRow::BranchPoint));
    QVERIFY(data->layout.rows[row(view, QStringLiteral("a1b2c3d4e5f6"))].has(GraphRow::Base));
    // Merge point, branch point, base and an ordinary revision have different node shapes.
    const QStringList ids = {QStringLiteral("d4e5f6a7b8c9"), QStringLiteral("b2c3d4e5f6a7"),
                             QStringLiteral("a1b2c3d4e5f6"), QStringLiteral("c3d4aaaaaaaa")};
    QList<QPainterPath> shapes;
    for (const QString &id : ids) {
        const int r = row(view, id);
        shapes << scene->graphItem()->nodeShape(r).translated(-scene->nodeCenter(r));
    }
    for (int i = 0; i < shapes.size(); ++i)
        for (int j = i + 1; j < shapes.size(); ++j)
            QVERIFY2(shapes[i] != shapes[j], qPrintable(ids[i] + QStringLiteral(" vs ") + ids[j]));
    // depends_on edges are their own kind (drawn dashed).
    int dependencyEdges = 0;
    for (const GraphEdge &e : data->layout.edges)
        dependencyEdges += e.kind == EdgeKind::Dependency;
    QCOMPARE(dependencyEdges, 1);   // f6a7 depends_on d4e5
    // Tooltips explain the kinds.
    const QString tip = scene->toolTip(row(view, QStringLiteral("d4e5f6a7b8c9")), {});
    QVERIFY2(tip.contains(QStringLiteral("Merge point")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Head")));
}

void TestGraphView::selection()
{
    RevisionGraphView view;
    view.setProject(m_labh);
    QSignalSpy selected(&view, &RevisionGraphView::revisionSelected);
    const int a1b2 = m_labh->map().indexOfId(QStringLiteral("a1b2c3d4e5f6"));
    view.selectRevisionById(QStringLiteral("a1b2c3d4e5f6"));
    QCOMPARE(view.selectedRevision(), a1b2);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).toInt(), a1b2);
    view.selectRevisionById(QStringLiteral("audit"));   // a branch label
    QCOMPARE(view.selectedRevisionId(), QStringLiteral("e5f6a7b8c9d0"));
    view.selectRevision(-1);
    QCOMPARE(view.selectedRevision(), -1);
    QCOMPARE(selected.last().at(0).toInt(), -1);
    view.selectRevisionById(QStringLiteral("nonexistent"));
    QCOMPARE(view.selectedRevision(), -1);
}

void TestGraphView::keyboardNavigation_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("expected");

    const int none = int(Qt::NoModifier);
    const int alt = int(Qt::AltModifier);
    QTest::newRow("left: merge to first parent") << "d4e5f6a7b8c9" << int(Qt::Key_Left) << none << "c3d4aaaaaaaa";
    QTest::newRow("alt+down: parent") << "c3d4e5f6a7b8" << int(Qt::Key_Down) << alt << "b2c3d4e5f6a7";
    QTest::newRow("right: child") << "a1b2c3d4e5f6" << int(Qt::Key_Right) << none << "b2c3d4e5f6a7";
    QTest::newRow("alt+up: nearest child") << "b2c3d4e5f6a7" << int(Qt::Key_Up) << alt << "c3d4e5f6a7b8";
    QTest::newRow("left at a base stays") << "a1b2c3d4e5f6" << int(Qt::Key_Left) << none << "a1b2c3d4e5f6";
    QTest::newRow("left: dependency when no parent") << "e5f6a7b8c9d0" << int(Qt::Key_Left) << none << "e5f6a7b8c9d0";
}

void TestGraphView::keyboardNavigation()
{
    QFETCH(QString, start);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, expected);
    RevisionGraphView view;
    view.resize(700, 400);
    view.setProject(m_labh);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRevisionById(start);
    QTest::keyClick(view.canvas(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(view.selectedRevisionId(), expected);
}

void TestGraphView::filterAndFind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("matches");   // in row order
    QTest::newRow("message") << "branch" << QStringList{"d4e5f6a7b8c9", "c3d4aaaaaaaa", "c3d4e5f6a7b8"};
    QTest::newRow("id prefix, any case") << "A1B2" << QStringList{"a1b2c3d4e5f6"};
    QTest::newRow("file name") << "audit_log_table" << QStringList{"f6a7b8c9d0e1"};
    QTest::newRow("branch label") << "audit" << QStringList{"f6a7b8c9d0e1", "e5f6a7b8c9d0"};
    QTest::newRow("nothing") << "zzz" << QStringList{};
}

void TestGraphView::filterAndFind()
{
    QFETCH(QString, text);
    QFETCH(QStringList, matches);
    RevisionGraphView view;
    view.setProject(m_labh);
    view.setFilterText(text);
    const GraphScene *scene = view.graphScene();
    QStringList found;
    for (int r : scene->matchingRows())
        found << scene->graphData()->map().id(scene->revisionAtRow(r));
    // Sort both by row: the expected lists are in row order, check membership and count.
    QCOMPARE(QSet<QString>(found.begin(), found.end()), QSet<QString>(matches.begin(), matches.end()));
    for (int r = 0; r < scene->rowCount(); ++r)
        QCOMPARE(scene->matches(scene->revisionAtRow(r)), matches.contains(scene->graphData()->map().id(scene->revisionAtRow(r))));
    if (matches.isEmpty()) {
        view.findNext();
        QCOMPARE(view.selectedRevision(), -1);
        return;
    }
    // The filter selects the first match; findNext/findPrevious cycle through all of them.
    QCOMPARE(view.selectedRevisionId(), found.first());
    QStringList visited;
    for (int k = 0; k < found.size(); ++k) {
        visited << view.selectedRevisionId();
        view.findNext();
    }
    QCOMPARE(visited, found);
    QCOMPARE(view.selectedRevisionId(), found.first());   // wrapped around
    view.findPrevious();
    QCOMPARE(view.selectedRevisionId(), found.last());
    view.setFilterText(QString());
    QVERIFY(!scene->filterActive());
    QVERIFY(scene->matches(0));
}

void TestGraphView::jumpToHead()
{
    RevisionGraphView view;
    view.setProject(m_labh);
    QSet<QString> seen;
    view.jumpToHead();
    seen << view.selectedRevisionId();
    view.jumpToHead();
    seen << view.selectedRevisionId();
    view.jumpToHead();   // cycles back
    seen << view.selectedRevisionId();
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("d4e5f6a7b8c9"), QStringLiteral("f6a7b8c9d0e1")}));
}

void TestGraphView::databaseState()
{
    RevisionGraphView view;
    view.setProject(m_labh);
    GraphScene *scene = view.graphScene();
    const RevisionMap &map = m_labh->map();
    QVERIFY(!scene->databaseStateKnown());
    view.jumpToCurrent();   // nothing current: no change
    QCOMPARE(view.selectedRevision(), -1);

    view.setDatabaseState({QStringLiteral("c3d4e5f6a7b8")});
    QVERIFY(scene->databaseStateKnown());
    QVERIFY(scene->isApplied(map.indexOfId(QStringLiteral("a1b2c3d4e5f6"))));
    QVERIFY(scene->isApplied(map.indexOfId(QStringLiteral("b2c3d4e5f6a7"))));
    QVERIFY(scene->isApplied(map.indexOfId(QStringLiteral("c3d4e5f6a7b8"))));
    QVERIFY(!scene->isApplied(map.indexOfId(QStringLiteral("c3d4aaaaaaaa"))));
    QVERIFY(!scene->isApplied(map.indexOfId(QStringLiteral("d4e5f6a7b8c9"))));
    QVERIFY(scene->isCurrent(map.indexOfId(QStringLiteral("c3d4e5f6a7b8"))));
    QVERIFY(!scene->isCurrent(map.indexOfId(QStringLiteral("b2c3d4e5f6a7"))));
    const int currentRow = row(view, QStringLiteral("c3d4e5f6a7b8"));
    QVERIFY(!scene->labelLayout(currentRow).current.isNull());   // the badge
    QVERIFY(scene->labelLayout(row(view, QStringLiteral("b2c3d4e5f6a7"))).current.isNull());
    view.jumpToCurrent();
    QCOMPARE(view.selectedRevisionId(), QStringLiteral("c3d4e5f6a7b8"));

    // Two branches applied: both are current, jumpToCurrent cycles.
    view.setDatabaseState({QStringLiteral("d4e5f6a7b8c9"), QStringLiteral("e5f6a7b8c9d0")});
    QCOMPARE(scene->currentRevisions().size(), 2);
    view.jumpToCurrent();
    const QString first = view.selectedRevisionId();
    view.jumpToCurrent();
    QVERIFY(view.selectedRevisionId() != first);

    view.setDatabaseState({});   // empty table: everything pending
    QVERIFY(scene->databaseStateKnown());
    QVERIFY(scene->applied().isEmpty());
    view.setDatabaseState({QStringLiteral("ffffffffffff")});
    QVERIFY(!view.databaseStateError().isEmpty());
    QVERIFY(!scene->databaseStateKnown());
    view.clearDatabaseState();
    QVERIFY(view.databaseStateError().isEmpty());
    QVERIFY(!scene->databaseStateKnown());
}

void TestGraphView::selectionSurvivesReload()
{
    RevisionGraphView view;
    view.setProject(m_shop);
    view.selectRevisionById(QStringLiteral("9e3c7b1f6d25"));
    QSignalSpy selected(&view, &RevisionGraphView::revisionSelected);
    QString error;
    auto reopened = openProject(sourcePath(QStringLiteral("examples/shop")), &error);
    QVERIFY2(reopened, qPrintable(error));
    view.setProject(reopened);
    QCOMPARE(view.selectedRevisionId(), QStringLiteral("9e3c7b1f6d25"));
    QCOMPARE(selected.count(), 1);   // announced again: the panels show the new project's data
    view.setProject(m_labh);         // not in labh: cleared
    QCOMPARE(view.selectedRevision(), -1);
}

void TestGraphView::zoom()
{
    RevisionGraphView view;
    view.resize(600, 400);
    view.setProject(m_shop);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.zoom(), 1.0);
    view.zoomIn();
    QVERIFY(view.zoom() > 1.0);
    view.resetZoom();
    QCOMPARE(view.zoom(), 1.0);
    view.zoomOut();
    QVERIFY(view.zoom() < 1.0);
    QTest::keyClick(view.canvas(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 1.0);
    QTest::keyClick(view.canvas(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view.zoom() > 1.0);
    view.zoomToFit();
    QVERIFY(view.zoom() <= 1.0);
    const QRectF visible = view.canvas()->mapToScene(view.canvas()->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view.graphScene()->sceneRect()));
}

void TestGraphView::exports()
{
    RevisionGraphView view;
    view.setProject(m_labh);
    view.setDatabaseState({QStringLiteral("b2c3d4e5f6a7")});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    QVERIFY(view.exportImage(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), view.graphScene()->sceneRect().size().toSize());
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    QVERIFY(view.exportImage(svg));
    const QString svgText = readFile(svg);
    QVERIFY(svgText.contains(QStringLiteral("<svg")));
    QVERIFY(svgText.contains(QStringLiteral("a1b2c3d4e5f6")));   // text stays text
    const QString dot = dir.filePath(QStringLiteral("graph.dot"));
    QVERIFY(view.exportText(dot));
    QVERIFY(readFile(dot).startsWith(QStringLiteral("digraph")));
    QVERIFY(readFile(dot).contains(QStringLiteral("d4e5f6a7b8c9")));
    const QString mmd = dir.filePath(QStringLiteral("graph.mmd"));
    QVERIFY(view.exportText(mmd));
    QVERIFY(readFile(mmd).startsWith(QStringLiteral("flowchart")));
    QVERIFY(!view.exportText(dir.filePath(QStringLiteral("graph.txt"))));
    QVERIFY(!view.exportImage(dir.filePath(QStringLiteral("graph.bmp"))));
    QVERIFY(QDir().mkpath(QStringLiteral(RETORT_SCREENSHOT_DIR)));
    QVERIFY(view.exportImage(QDir(QStringLiteral(RETORT_SCREENSHOT_DIR)).filePath(QStringLiteral("graph-labh-export.png"))));
}

void TestGraphView::problemMarkers()
{
    RevisionGraphView view;
    QSignalSpy checked(&view, &RevisionGraphView::scriptChecksReady);
    view.setProject(m_problems);
    QVERIFY(checked.wait(10000) || checked.count() == 1);
    GraphScene *scene = view.graphScene();
    const int orm = row(view, QStringLiteral("2b3c4d5e6f7a"));
    const int twice = row(view, QStringLiteral("3c4d5e6f7a8b"));
    const int plain = row(view, QStringLiteral("1a2b3c4d5e6f"));
    QVERIFY(!scene->labelLayout(orm).python.isNull());
    QVERIFY(scene->labelLayout(orm).warning.isNull());
    QVERIFY(!scene->labelLayout(twice).warning.isNull());
    QVERIFY(scene->labelLayout(twice).python.isNull());
    QVERIFY(scene->labelLayout(plain).warning.isNull());
    QVERIFY(scene->labelLayout(plain).python.isNull());
    const QString ormTip = scene->toolTip(orm, {});
    QVERIFY2(ormTip.contains(QStringLiteral("Needs the project's Python")), qPrintable(ormTip));
    QVERIFY2(ormTip.contains(QStringLiteral("myapp.models")), qPrintable(ormTip));
    QVERIFY2(ormTip.contains(QStringLiteral(":10:")), qPrintable(ormTip));   // the import's line
    const QString twiceTip = scene->toolTip(twice, {});
    QVERIFY2(twiceTip.contains(QStringLiteral("loaded twice")), qPrintable(twiceTip));
    // Markers stay inside the label, after the message.
    QVERIFY(scene->labelLayout(orm).python.left() >= scene->labelLayout(orm).message.right());
}

void TestGraphView::screenshots()
{
    struct Shot {
        std::shared_ptr<const Project> project;
        QStringList rows;
        QString select;
        QString name;
    };
    const QList<Shot> shots = {
        {m_labh, {QStringLiteral("c3d4e5f6a7b8"), QStringLiteral("e5f6a7b8c9d0")}, QStringLiteral("b2c3d4e5f6a7"), QStringLiteral("graph-labh.png")},
        {m_shop, {QStringLiteral("0c6e4a9b3f78")}, QStringLiteral("9e3c7b1f6d25"), QStringLiteral("graph-shop.png")},
        {m_problems, {}, QStringLiteral("2b3c4d5e6f7a"), QStringLiteral("graph-problems.png")},
    };
    for (const Shot &shot : shots) {
        RevisionGraphView view;
        view.resize(760, 420);
        QSignalSpy checked(&view, &RevisionGraphView::scriptChecksReady);
        view.setProject(shot.project);
        view.setDatabaseState(shot.rows);
        view.selectRevisionById(shot.select);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(checked.count() == 1 || checked.wait(10000));
        QVERIFY(!saveScreenshot(view, shot.name).isEmpty());
    }
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
