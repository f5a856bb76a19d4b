// The revision graph at scale: a 1,000-revision project is legible (no label overlaps a node, an
// edge or another label), and a 10,000-revision project opens, lays out and paints its first
// screen; the times and the resident memory are printed (no timing assertion: machines differ).

#include "graphcanvas.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphtestutil.h"
#include "graphview.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestGraphScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandRevisionsWithoutOverlaps();
    void tenThousandRevisions();
};

void TestGraphScale::thousandRevisionsWithoutOverlaps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeSyntheticProject(dir.path(), 1000));
    QString error;
    auto project = openProject(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->map().size() >= 1000);

    RevisionGraphView view;
    view.resize(1100, 720);
    QSignalSpy checked(&view, &RevisionGraphView::scriptChecksReady);
    view.setProject(project);
    const GraphScene *scene = view.graphScene();
    const GraphData *data = scene->graphData();
    QVERIFY(data);
    QVERIFY(data->layout.laneCount >= 3);
    const int rows = scene->rowCount();
    QCOMPARE(rows, project->map().size());

    // Where the drawing is on each row, computed from the layout's routes directly: every node and
    // every edge segment touching the row (a diagonal covers both lanes on both of its rows).
    QList<qreal> drawnRight(rows, 0);
    for (int r = 0; r < rows; ++r)
        drawnRight[r] = scene->nodeRect(r).right();
    for (const GraphEdge &e : data->layout.edges) {
        for (qsizetype k = 0; k + 1 < e.route.size(); ++k) {
            const LanePoint p = e.route[k];
            const LanePoint q = e.route[k + 1];
            const qreal x = scene->laneX(std::max(p.lane, q.lane)) + 2;   // half the pen, rounded up
            for (int r = std::min(p.row, q.row); r <= std::max(p.row, q.row); ++r)
                drawnRight[r] = std::max(drawnRight[r], x);
        }
    }
    int branchLabels = 0;
    int elided = 0;
    for (int r = 0; r < rows; ++r) {
        const LabelLayout &l = scene->labelLayout(r);
        const QRectF label = l.bounds;
        QVERIFY2(label.left() > drawnRight[r], qPrintable(QStringLiteral("row %1: label at %2, drawing up to %3")
                                                              .arg(r).arg(label.left()).arg(drawnRight[r])));
        QVERIFY2(label.top() >= scene->rowRect(r).top() && label.bottom() <= scene->rowRect(r).bottom(),
                 qPrintable(QStringLiteral("row %1 label leaves its row").arg(r)));
        QVERIFY(label.right() <= scene->sceneRect().right());
        if (r + 1 < rows) {
            QVERIFY(!label.intersects(scene->labelRect(r + 1)));
            QVERIFY(!label.intersects(scene->nodeRect(r + 1)));
        }
        // The parts of one label do not overlap each other.
        QList<QRectF> parts = {l.id, l.message};
        parts << l.labels;
        for (const QRectF &p : {l.current, l.warning, l.python})
            if (!p.isNull())
                parts << p;
        for (int i = 0; i < parts.size(); ++i)
            for (int j = i + 1; j < parts.size(); ++j)
                QVERIFY2(!parts[i].intersects(parts[j]) || parts[i].isEmpty() || parts[j].isEmpty(),
                         qPrintable(QStringLiteral("row %1: label parts %2 and %3 overlap").arg(r).arg(i).arg(j)));
        branchLabels += int(l.labels.size());
        elided += l.messageText.endsWith(QChar(0x2026));
        QVERIFY(l.message.width() <= scene->style().messageWidth + 1);
    }
    QVERIFY(branchLabels > 0);
    QVERIFY(elided > 0);   // the long messages are elided

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(checked.count() == 1 || checked.wait(30000));
    // Somewhere in the middle, with a feature branch in view.
    view.selectRevision(scene->revisionAtRow(rows / 2 + 3));
    QVERIFY(!saveScreenshot(view, QStringLiteral("graph-1000.png")).isEmpty());
    view.zoomOut();
    view.zoomOut();
    view.zoomOut();
    QVERIFY(!saveScreenshot(view, QStringLiteral("graph-1000-zoomed-out.png")).isEmpty());
    view.zoomToFit();
    QVERIFY(!saveScreenshot(view, QStringLiteral("graph-1000-fit.png")).isEmpty());
}

void TestGraphScale::tenThousandRevisions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("RETORT_KEEP_SYNTHETIC"));
    if (!dir.autoRemove())
        qInfo("synthetic project kept in %s", qPrintable(dir.path()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writeSyntheticProject(dir.path(), 10000));
    const qint64 writeMs = timer.restart();
    const double rssBefore = residentMemoryMiB();

    QString error;
    auto project = openProject(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const qint64 openMs = timer.elapsed();
    QVERIFY(project->map().size() >= 10000);

    RevisionGraphView view;
    view.resize(1100, 720);
    QSignalSpy ready(&view, &RevisionGraphView::layoutReady);
    QSignalSpy checked(&view, &RevisionGraphView::scriptChecksReady);
    view.setProject(project);
    QVERIFY(view.isLayoutPending());   // big projects are laid out on a worker
    QVERIFY(ready.wait(30000));
    const qint64 layoutMs = timer.elapsed() - openMs;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPixmap first = view.grab();
    const qint64 paintMs = timer.elapsed() - openMs - layoutMs;
    QVERIFY(!first.isNull());
    QVERIFY(view.graphScene()->graphItem()->lastPaintedRowCount() < 100);   // only the exposed rows

    // Scrolling: a page at a time through a quarter of the graph, repainting each time.
    QScrollBar *bar = view.canvas()->verticalScrollBar();
    QElapsedTimer scroll;
    scroll.start();
    int frames = 0;
    for (int v = 0; v < bar->maximum() / 4 && frames < 200; v += bar->pageStep(), ++frames) {
        bar->setValue(v);
        view.canvas()->viewport()->repaint();
    }
    const double frameMs = frames ? double(scroll.elapsed()) / frames : 0;
    view.jumpToHead();
    QVERIFY(view.selectedRevision() >= 0);
    const double rss = residentMemoryMiB();
    QVERIFY(!saveScreenshot(view, QStringLiteral("graph-10000.png")).isEmpty());
    QElapsedTimer checks;
    checks.start();
    QVERIFY(checked.count() == 1 || checked.wait(120000));

    qInfo("10,000-revision project (%d revisions, %d lanes): write files %lld ms; open (read headers, "
          "build map) %lld ms; layout (worker) %lld ms; show + first paint %lld ms; "
          "open+layout+first paint %lld ms",
          project->map().size(), view.graphScene()->graphData()->layout.laneCount, writeMs, openMs, layoutMs,
          paintMs, openMs + layoutMs + paintMs);
    qInfo("scrolling: %d page repaints, %.2f ms per repaint; static check of all scripts finished %lld ms "
          "after the screenshot (worker)", frames, frameMs, checks.elapsed());
    qInfo("resident memory: %.1f MiB before opening, %.1f MiB with the graph shown", rssBefore, rss);
}

QTEST_MAIN(TestGraphScale)
#include "tst_graphscale.moc"
