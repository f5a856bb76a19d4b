#include "graphview.h"

#include "graphcanvas.h"
#include "graphdata.h"
#include "graphscene.h"

#include "script/migrationplan.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace retort::gui {

RevisionGraphView::RevisionGraphView(QWidget *parent)
    : QWidget(parent), m_scene(new GraphScene(this)), m_canvas(new GraphCanvas(m_scene, this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("revisionGraphView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_message->setObjectName(QStringLiteral("graphMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    layout->addWidget(m_message);
    layout->addWidget(m_canvas, 1);
    setFocusProxy(m_canvas);

    connect(m_canvas, &GraphCanvas::rowRequested, this, &RevisionGraphView::selectRow);
    connect(m_canvas, &GraphCanvas::rowActivated, this, [this](int row) {
        const int rev = m_scene->revisionAtRow(row);
        if (rev >= 0)
            Q_EMIT revisionActivated(rev);
    });
    connect(m_canvas, &GraphCanvas::zoomChanged, this, &RevisionGraphView::zoomChanged);
    connect(&m_layoutWatcher, &QFutureWatcher<std::shared_ptr<const GraphData>>::finished, this, [this] {
        const int generation = m_layoutWatcher.property("generation").toInt();
        if (generation == m_generation && m_layoutWatcher.future().resultCount() > 0)
            install(m_layoutWatcher.result());
    });
    connect(&m_checkWatcher, &QFutureWatcher<std::shared_ptr<const ScriptCheckData>>::finished, this, [this] {
        const int generation = m_checkWatcher.property("generation").toInt();
        if (generation != m_generation || m_checkWatcher.future().resultCount() == 0)
            return;
        m_checkPending = false;
        m_scene->setScriptChecks(m_checkWatcher.result());
        Q_EMIT scriptChecksReady();
    });
    updateMessage();
}

RevisionGraphView::~RevisionGraphView()
{
    if (m_cancelChecks)
        m_cancelChecks->store(true);
    m_layoutWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
}

void RevisionGraphView::setProject(std::shared_ptr<const retort::Project> project)
{
    ++m_generation;
    if (m_cancelChecks)
        m_cancelChecks->store(true);
    if (m_pendingId.isEmpty())
        m_pendingId = selectedRevisionId();   // keep the selection across a reload
    m_project = std::move(project);
    m_checkPending = false;
    m_layoutPending = false;
    if (!m_project) {
        m_pendingId.clear();
        install(nullptr);
        return;
    }
    if (m_project->map().size() <= SyncLayoutLimit) {
        install(GraphData::build(m_project));
        return;
    }
    m_layoutPending = true;
    updateMessage();
    m_layoutWatcher.setProperty("generation", m_generation);
    m_layoutWatcher.setFuture(QtConcurrent::run(&GraphData::build, m_project));
}

void RevisionGraphView::install(std::shared_ptr<const GraphData> data)
{
    m_layoutPending = false;
    m_scene->setGraphData(data);
    applyDatabaseState();
    int row = -1;
    if (!m_pendingId.isEmpty() && data) {
        row = m_scene->rowOfRevision(data->map().indexOfId(m_pendingId));
        m_pendingId.clear();
    }
    m_scene->setSelectedRow(row);
    if (row >= 0)
        m_canvas->revealRow(row);
    else
        m_canvas->ensureVisible(QRectF(0, 0, 1, 1));
    const int rev = m_scene->revisionAtRow(row);
    if (rev != m_lastEmitted || (rev >= 0 && data)) {
        m_lastEmitted = rev;
        Q_EMIT revisionSelected(rev);
    }
    updateMessage();
    if (data)
        startScriptChecks();
    Q_EMIT layoutReady();
}

void RevisionGraphView::startScriptChecks()
{
    m_cancelChecks = std::make_shared<std::atomic_bool>(false);
    m_checkPending = true;
    m_checkWatcher.setProperty("generation", m_generation);
    std::shared_ptr<std::atomic_bool> cancel = m_cancelChecks;
    std::shared_ptr<const Project> project = m_project;
    m_checkWatcher.setFuture(QtConcurrent::run([project, cancel] {
        return ScriptCheckData::build(project, cancel.get());
    }));
}

void RevisionGraphView::updateMessage()
{
    QString text;
    if (!m_project)
        text = tr("No project is open.");
    else if (m_layoutPending)
        text = tr("Laying out %n revisions…", nullptr, m_project->map().size());
    else if (m_project->map().isEmpty())
        text = tr("This project has no revisions yet.");
    else if (!m_stateError.isEmpty())
        text = tr("The database's version table names unknown revisions: %1").arg(m_stateError);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void RevisionGraphView::setDatabaseState(const QStringList &rows)
{
    m_stateKnown = true;
    m_rows = rows;
    applyDatabaseState();
}

void RevisionGraphView::clearDatabaseState()
{
    m_stateKnown = false;
    m_rows.clear();
    applyDatabaseState();
}

void RevisionGraphView::applyDatabaseState()
{
    const GraphData *data = m_scene->graphData();
    m_stateError.clear();
    if (!data || m_layoutPending)
        return;
    const RevisionMap &map = data->map();
    if (!m_stateKnown) {
        m_scene->setDatabaseState(false, map.emptySet(), {});
    } else {
        MigrationPlanner planner(map);
        Result<QList<int>> current = planner.current(m_rows);
        if (!current.ok()) {
            m_stateError = current.error().message;
            m_scene->setDatabaseState(false, map.emptySet(), {});
        } else {
            m_scene->setDatabaseState(true, map.ancestors(*current, RevisionMap::Links::WithDependencies),
                                      *current);
        }
    }
    updateMessage();
}

int RevisionGraphView::selectedRevision() const
{
    return m_scene->revisionAtRow(m_scene->selectedRow());
}

QString RevisionGraphView::selectedRevisionId() const
{
    const int rev = selectedRevision();
    return rev >= 0 ? m_scene->graphData()->map().id(rev) : QString();
}

void RevisionGraphView::selectRow(int row)
{
    if (row >= m_scene->rowCount())
        row = -1;
    m_scene->setSelectedRow(row);
    if (row >= 0)
        m_canvas->revealRow(row);
    const int rev = m_scene->revisionAtRow(row);
    if (rev != m_lastEmitted) {
        m_lastEmitted = rev;
        Q_EMIT revisionSelected(rev);
    }
}

void RevisionGraphView::selectRevision(int index)
{
    if (m_layoutPending) {
        m_pendingId = index >= 0 && index < m_project->map().size() ? m_project->map().id(index) : QString();
        return;
    }
    selectRow(index < 0 ? -1 : m_scene->rowOfRevision(index));
}

void RevisionGraphView::selectRevisionById(const QString &id)
{
    if (m_layoutPending) {
        m_pendingId = id;
        return;
    }
    const GraphData *data = m_scene->graphData();
    if (!data)
        return;
    int index = data->map().indexOfId(id);
    if (index < 0)
        index = data->map().indexOf(id);   // a branch label
    selectRow(index < 0 ? -1 : m_scene->rowOfRevision(index));
}

void RevisionGraphView::cycleTo(QList<int> rows, bool forward)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const int sel = m_scene->selectedRow();
    int target;
    if (forward) {
        auto it = std::upper_bound(rows.begin(), rows.end(), sel);
        target = it == rows.end() ? rows.first() : *it;
    } else {
        auto it = std::lower_bound(rows.begin(), rows.end(), sel);
        target = (sel < 0 || it == rows.begin()) ? rows.last() : *std::prev(it);
    }
    selectRow(target);
}

void RevisionGraphView::jumpToCurrent()
{
    QList<int> rows;
    for (int rev : m_scene->currentRevisions())
        rows << m_scene->rowOfRevision(rev);
    cycleTo(rows, true);
}

void RevisionGraphView::jumpToHead()
{
    const GraphData *data = m_scene->graphData();
    if (!data)
        return;
    QList<int> rows;
    for (int rev : data->map().heads())
        rows << m_scene->rowOfRevision(rev);
    cycleTo(rows, true);
}

qreal RevisionGraphView::zoom() const
{
    return m_canvas->zoom();
}

void RevisionGraphView::zoomIn()
{
    m_canvas->zoomBy(1.25);
}

void RevisionGraphView::zoomOut()
{
    m_canvas->zoomBy(1 / 1.25);
}

void RevisionGraphView::zoomToFit()
{
    m_canvas->zoomToFit();
}

void RevisionGraphView::resetZoom()
{
    m_canvas->setZoom(1.0);
    if (m_scene->selectedRow() >= 0)
        m_canvas->revealRow(m_scene->selectedRow());
}

void RevisionGraphView::setFilterText(const QString &text)
{
    m_scene->setFilterText(text);
    const QList<int> &rows = m_scene->matchingRows();
    // Keep the selection when it still matches, else go to the first match.
    if (!rows.isEmpty() && !rows.contains(m_scene->selectedRow()))
        selectRow(rows.first());
}

void RevisionGraphView::findNext()
{
    cycleTo(m_scene->matchingRows(), true);
}

void RevisionGraphView::findPrevious()
{
    cycleTo(m_scene->matchingRows(), false);
}

} // namespace retort::gui
