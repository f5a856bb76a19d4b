#include "migrationactions.h"

#include "databasecontroller.h"
#include "errorpresenter.h"
#include "graphcanvas.h"
#include "graphscene.h"
#include "graphview.h"
#include "journalpanel.h"
#include "plandialog.h"
#include "projectcontroller.h"
#include "revisiondialog.h"

#include "config/databaseurl.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QThread>
#include <QToolBar>

namespace retort::gui {

namespace {

const QString kMigrationLogger = QStringLiteral("[alembic.runtime.migration] ");

QString rowsText(const QStringList &rows)
{
    return rows.isEmpty() ? MigrationActions::tr("base") : rows.join(QStringLiteral(", "));
}

} // namespace

MigrationActions::MigrationActions(QMainWindow *window, RevisionGraphView *graph, ProjectController *projects,
                                   DatabaseController *database, ErrorPresenter *presenter)
    : QObject(window)
    , m_window(window)
    , m_graph(graph)
    , m_projects(projects)
    , m_database(database)
    , m_presenter(presenter)
    , m_thread(new QThread(this))
    , m_runner(new MigrationRunner)
{
    m_thread->setObjectName(QStringLiteral("retort-migration"));
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread->start();
    createActions();
    connectRunner();

    m_journal = new JournalPanel(window);
    m_journal->setObjectName(QStringLiteral("journalPanel"));
    m_journalDock = new QDockWidget(tr("Journal"), window);
    m_journalDock->setObjectName(QStringLiteral("journalDock"));
    m_journalDock->setWidget(m_journal);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_journalDock);
    if (auto *logDock = window->findChild<QDockWidget *>(QStringLiteral("logDock"))) {
        window->tabifyDockWidget(logDock, m_journalDock);
        logDock->raise();
    }
    if (auto *view = window->findChild<QMenu *>(QStringLiteral("menuView")))
        view->addAction(m_journalDock->toggleViewAction());
    connect(m_journalDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_journal->refresh();
    });

    // The graph's context menu: on the revision under the pointer.
    GraphCanvas *canvas = m_graph->canvas();
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint &pos) {
        GraphScene *scene = m_graph->graphScene();
        const int row = scene->rowCount() > 0 ? scene->rowAt(canvas->mapToScene(pos).y()) : -1;
        const int revision = row >= 0 ? scene->revisionAtRow(row) : -1;
        if (revision < 0)
            return;
        contextMenu(revision)->popup(canvas->viewport()->mapToGlobal(pos));
    });

    connect(m_graph, &RevisionGraphView::revisionSelected, this, &MigrationActions::updateActions);
    connect(m_database, &DatabaseController::stateChanged, this, [this] {
        if (m_database->state() == DatabaseController::State::Disconnected)
            m_urlText.clear();
        m_journal->setDatabase(m_database->displayUrl());
        updateActions();
    });
    connect(m_database, &DatabaseController::snapshotChanged, this, &MigrationActions::updateActions);
    connect(m_projects, &ProjectController::loaded, this, [this] {
        if (!m_selectAfterReload.isEmpty()) {
            m_graph->selectRevisionById(m_selectAfterReload);
            m_selectAfterReload.clear();
        }
        updateActions();
    });
    connect(m_projects, &ProjectController::closed, this, &MigrationActions::updateActions);
    connect(&m_writeWatcher, &QFutureWatcher<Result<WrittenRevision>>::finished, this, &MigrationActions::writeFinished);
    window->installEventFilter(this);
    updateActions();
}

bool MigrationActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_running) {
        event->ignore();
        m_presenter->warning(tr("A migration plan is running: stop it (it stops after the current step) before quitting."),
                             tr("Show Plan"), [dialog = m_planDialog] {
                                 if (dialog) {
                                     dialog->show();
                                     dialog->raise();
                                 }
                             });
        return true;
    }
    return QObject::eventFilter(watched, event);
}

MigrationActions::~MigrationActions()
{
    m_runner->requestCancel();   // a running plan stops before its next step
    m_thread->quit();
    m_thread->wait();
    m_writeWatcher.waitForFinished();
}

void MigrationActions::createActions()
{
    QStyle *s = m_window->style();
    struct Spec {
        Action which;
        QString text;
        QString tip;
        QString theme;
        QStyle::StandardPixmap pixmap;
        const char *name;
    };
    const Spec specs[] = {
        {UpgradeToHere, tr("&Upgrade to Here"), tr("Upgrade the database to the selected revision"),
         QStringLiteral("go-up"), QStyle::SP_ArrowUp, "actionUpgradeToHere"},
        {UpgradeOneStep, tr("Upgrade &One Step"), tr("Apply the next revision (one revision; at a branch you choose which)"),
         QStringLiteral("go-next"), QStyle::SP_MediaSeekForward, "actionUpgradeOneStep"},
        {UpgradeToHeads, tr("Upgrade to &Heads"), tr("Apply every pending revision (alembic upgrade heads)"),
         QStringLiteral("go-top"), QStyle::SP_MediaSkipForward, "actionUpgradeToHeads"},
        {DowngradeToHere, tr("&Downgrade to Here"), tr("Roll the database back to the selected revision"),
         QStringLiteral("go-down"), QStyle::SP_ArrowDown, "actionDowngradeToHere"},
        {DowngradeOneStep, tr("Downgrade One S&tep"), tr("Roll back the last applied revision (one revision)"),
         QStringLiteral("go-previous"), QStyle::SP_MediaSeekBackward, "actionDowngradeOneStep"},
        {StampHere, tr("&Stamp Here"), tr("Set the version table to the selected revision without running anything"),
         QStringLiteral("bookmark-new"), QStyle::SP_DialogApplyButton, "actionStampHere"},
        {MergeHeads, tr("&Merge Heads…"), tr("Write a merge revision joining the heads"),
         QStringLiteral("merge"), QStyle::SP_FileDialogListView, "actionMergeHeads"},
        {NewRevision, tr("&New Revision…"), tr("Write a new revision file on the selected head"),
         QStringLiteral("document-new"), QStyle::SP_FileIcon, "actionNewRevision"},
    };
    for (const Spec &spec : specs) {
        auto *a = new QAction(QIcon::fromTheme(spec.theme, s->standardIcon(spec.pixmap)), spec.text, this);
        a->setObjectName(QLatin1String(spec.name));
        a->setToolTip(spec.tip);
        a->setStatusTip(spec.tip);
        m_actions[spec.which] = a;
    }
    connect(m_actions[UpgradeToHere], &QAction::triggered, this, [this] { upgradeTo(selected()); });
    connect(m_actions[UpgradeOneStep], &QAction::triggered, this, &MigrationActions::upgradeOneStep);
    connect(m_actions[UpgradeToHeads], &QAction::triggered, this, &MigrationActions::upgradeToHeads);
    connect(m_actions[DowngradeToHere], &QAction::triggered, this, [this] { downgradeTo(selected()); });
    connect(m_actions[DowngradeOneStep], &QAction::triggered, this, &MigrationActions::downgradeOneStep);
    connect(m_actions[StampHere], &QAction::triggered, this, [this] { stamp(selected()); });
    connect(m_actions[MergeHeads], &QAction::triggered, this, &MigrationActions::mergeHeads);
    connect(m_actions[NewRevision], &QAction::triggered, this, &MigrationActions::newRevision);

    m_toolBar = new QToolBar(tr("Migrate"), m_window);
    m_toolBar->setObjectName(QStringLiteral("migrationToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_actions[UpgradeOneStep], m_actions[UpgradeToHere], m_actions[UpgradeToHeads]});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions[DowngradeOneStep], m_actions[DowngradeToHere]});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions[StampHere], m_actions[NewRevision], m_actions[MergeHeads]});
    // A row of its own: the main toolbar already fills the window's width.
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_menu = new QMenu(tr("&Migrate"), m_window);
    m_menu->setObjectName(QStringLiteral("menuMigrate"));
    m_menu->addActions({m_actions[UpgradeOneStep], m_actions[UpgradeToHere], m_actions[UpgradeToHeads]});
    m_menu->addSeparator();
    m_menu->addActions({m_actions[DowngradeOneStep], m_actions[DowngradeToHere]});
    m_menu->addSeparator();
    m_menu->addActions({m_actions[StampHere], m_actions[NewRevision], m_actions[MergeHeads]});
    if (auto *help = m_window->findChild<QMenu *>(QStringLiteral("menuHelp")))
        m_window->menuBar()->insertMenu(help->menuAction(), m_menu);
    else
        m_window->menuBar()->addMenu(m_menu);

    m_contextMenu = new QMenu(m_window);
    m_contextMenu->setObjectName(QStringLiteral("graphContextMenu"));
    m_contextMenu->addActions({m_actions[UpgradeToHere], m_actions[UpgradeOneStep]});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_actions[DowngradeToHere], m_actions[DowngradeOneStep]});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_actions[StampHere]});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_actions[NewRevision], m_actions[MergeHeads]});
}

PlanDialog *MigrationActions::planDialog() const
{
    return m_planDialog.data();
}

RevisionDialog *MigrationActions::revisionDialog() const
{
    return m_revisionDialog.data();
}

QMenu *MigrationActions::contextMenu(int revision)
{
    if (revision >= 0 && revision != m_graph->selectedRevision())
        m_graph->selectRevision(revision);
    updateActions();
    return m_contextMenu;
}

void MigrationActions::setConnection(const QString &urlText, const QString &baseDir)
{
    m_urlText = urlText;
    m_baseDir = baseDir;
}

void MigrationActions::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_journal->setJournalPath(path);
}

void MigrationActions::setSnapshots(bool on)
{
    m_snapshots = on;
}

MigrationRunner::Settings MigrationActions::settings() const
{
    MigrationRunner::Settings s;
    s.urlText = m_urlText;
    s.baseDir = m_baseDir.isEmpty() ? m_projects->folder() : m_baseDir;
    if (s.urlText.isEmpty())
        s.urlText = m_database->displayUrl();   // no password to lose (SQLite), else the connect fails clearly
    s.journalPath = m_journalPath;
    s.snapshot = m_snapshots;
    return s;
}

int MigrationActions::selected() const
{
    const std::shared_ptr<const Project> project = m_projects->project();
    const int index = m_graph->selectedRevision();
    return project && index >= 0 && index < project->map().size() ? index : -1;
}

void MigrationActions::log(const QString &line)
{
    m_presenter->logOnly(LogModel::Level::Info, line);
}

void MigrationActions::updateActions()
{
    const std::shared_ptr<const Project> project = m_projects->project();
    const bool writing = m_writeWatcher.isRunning();
    const bool ready = project && m_database->isConnected() && m_database->hasSnapshot() && !m_running;
    const int revision = selected();
    const GraphScene *scene = m_graph->graphScene();
    const bool known = scene->databaseStateKnown();
    const bool applied = revision >= 0 && known && scene->isApplied(revision);
    const bool current = revision >= 0 && known && scene->isCurrent(revision);
    const QString id = revision >= 0 ? project->map().id(revision) : QString();
    m_actions[UpgradeToHere]->setEnabled(ready && revision >= 0 && !applied);
    m_actions[UpgradeOneStep]->setEnabled(ready);
    m_actions[UpgradeToHeads]->setEnabled(ready);
    m_actions[DowngradeToHere]->setEnabled(ready && revision >= 0 && (!known || (applied && !current)));
    m_actions[DowngradeOneStep]->setEnabled(ready && !m_database->snapshot().rows.isEmpty());
    m_actions[StampHere]->setEnabled(ready && revision >= 0);
    m_actions[MergeHeads]->setEnabled(project && project->map().heads().size() > 1 && !writing);
    m_actions[NewRevision]->setEnabled(project && !project->map().isEmpty() && !writing);
    m_actions[UpgradeToHere]->setToolTip(id.isEmpty() ? tr("Upgrade the database to the selected revision")
                                                      : tr("Upgrade the database to %1").arg(id));
    m_actions[DowngradeToHere]->setToolTip(id.isEmpty() ? tr("Roll the database back to the selected revision")
                                                        : tr("Roll the database back to %1").arg(id));
    m_actions[StampHere]->setToolTip(id.isEmpty() ? tr("Set the version table to the selected revision without running anything")
                                                  : tr("Set the version table to %1 without running anything").arg(id));
}

PlanDialog *MigrationActions::upgradeTo(int revision)
{
    const std::shared_ptr<const Project> project = m_projects->project();
    if (!project || revision < 0 || revision >= project->map().size())
        return nullptr;
    const QString id = project->map().id(revision);
    return openPlan(tr("Upgrade to %1").arg(id), [id](const MigrationPlanner &p, const QStringList &rows) {
        return p.upgrade(rows, id);
    });
}

PlanDialog *MigrationActions::upgradeOneStep()
{
    return openPlan(tr("Upgrade One Step"), [](const MigrationPlanner &p, const QStringList &rows) {
        return p.upgrade(rows, QStringLiteral("+1"));
    });
}

PlanDialog *MigrationActions::upgradeToHeads()
{
    return openPlan(tr("Upgrade to Heads"), [](const MigrationPlanner &p, const QStringList &rows) {
        return p.upgrade(rows, QStringLiteral("heads"));
    });
}

PlanDialog *MigrationActions::downgradeTo(int revision)
{
    const std::shared_ptr<const Project> project = m_projects->project();
    if (!project || revision < 0 || revision >= project->map().size())
        return nullptr;
    const QString id = project->map().id(revision);
    return openPlan(tr("Downgrade to %1").arg(id), [id](const MigrationPlanner &p, const QStringList &rows) {
        return p.downgrade(rows, id);
    });
}

PlanDialog *MigrationActions::downgradeOneStep()
{
    return openPlan(tr("Downgrade One Step"), [](const MigrationPlanner &p, const QStringList &rows) {
        return p.downgrade(rows, QStringLiteral("-1"));
    });
}

PlanDialog *MigrationActions::stamp(int revision)
{
    const std::shared_ptr<const Project> project = m_projects->project();
    if (!project || revision < 0 || revision >= project->map().size())
        return nullptr;
    const QString id = project->map().id(revision);
    return openPlan(tr("Stamp %1").arg(id), [id](const MigrationPlanner &p, const QStringList &rows) {
        return p.stamp(rows, {id});
    });
}

PlanDialog *MigrationActions::openPlan(const QString &title, const Planner &makePlan)
{
    const std::shared_ptr<const Project> project = m_projects->project();
    if (!project)
        return nullptr;
    if (m_running) {
        m_presenter->warning(tr("A plan is running; wait for it to finish."));
        return nullptr;
    }
    if (!m_database->isConnected() || !m_database->hasSnapshot()) {
        m_presenter->warning(tr("%1: connect to a database first.").arg(title));
        return nullptr;
    }
    const QStringList rows = m_database->snapshot().rows;
    const MigrationPlanner planner(project->map());
    Result<MigrationPlan> plan = makePlan(planner, rows);
    if (!plan) {
        m_presenter->error(tr("%1: %2").arg(title, plan.error().toString()));
        return nullptr;
    }
    if (plan->isEmpty()) {
        m_presenter->info(tr("%1: nothing to do; the database is at %2.").arg(title, rowsText(rows)));
        return nullptr;
    }
    if (m_planDialog)
        m_planDialog->close();
    auto *dialog = new PlanDialog(title, project, *plan, m_database->displayUrl(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::previewRequested, this, &MigrationActions::startPreview);
    connect(dialog, &PlanDialog::runRequested, this, &MigrationActions::startRun);
    connect(dialog, &PlanDialog::cancelRequested, this, [this] {
        m_runner->requestCancel();
        log(tr("Cancel requested: the plan stops after the step that is running"));
    });
    m_planDialog = dialog;
    for (const QString &w : plan->warnings)
        m_presenter->logOnly(LogModel::Level::Warning, w);
    dialog->show();
    if (!plan->needsChoice())
        startPreview(*plan);
    return dialog;
}

void MigrationActions::startPreview(const MigrationPlan &plan)
{
    if (!m_planDialog)
        return;
    const int request = m_previewRequest = m_nextRequest++;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, request, settings = settings(),
                                         project = m_planDialog->project(), plan] {
        runner->preview(request, settings, project, plan);
    });
}

void MigrationActions::startRun(const MigrationPlan &plan)
{
    if (!m_planDialog || m_running)
        return;
    m_running = true;
    const int request = m_runRequest = m_nextRequest++;
    m_planDialog->runStarted();
    updateActions();
    log(tr("%1 on %2: %n step(s), from %3 to %4", nullptr, int(plan.steps.size()))
            .arg(m_planDialog->windowTitle(), m_database->displayUrl(), rowsText(plan.startHeads), rowsText(plan.endHeads)));
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, request, settings = settings(),
                                         project = m_planDialog->project(), plan] {
        runner->run(request, settings, project, plan);
    });
}

void MigrationActions::connectRunner()
{
    connect(m_runner, &MigrationRunner::previewReady, this,
            [this](int request, const QList<StepPreviewInfo> &steps, const QString &error) {
                if (request == m_previewRequest && m_planDialog)
                    m_planDialog->setPreview(steps, error);
            });
    connect(m_runner, &MigrationRunner::contextStarted, this, [this](int request, const QString &dialect) {
        if (request != m_runRequest)
            return;
        for (const QString &line : migrationContextLines(dialect))
            log(kMigrationLogger + line);
    });
    connect(m_runner, &MigrationRunner::stepStarted, this,
            [this](int request, int index, int count, const QString &message) {
                if (request != m_runRequest)
                    return;
                log(kMigrationLogger + QStringLiteral("Running ") + message);
                if (m_planDialog)
                    m_planDialog->stepStarted(index, count);
            });
    connect(m_runner, &MigrationRunner::scriptOutput, this, [this](int request, const QString &text) {
        if (request != m_runRequest)
            return;
        const QString body = text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text;
        for (const QString &line : body.split(QLatin1Char('\n')))
            log(QStringLiteral("[script] ") + line);
    });
    connect(m_runner, &MigrationRunner::stepFinished, this, [this](int request, int index, const StepReport &report) {
        if (request != m_runRequest)
            return;
        for (const QString &w : report.warnings)
            m_presenter->logOnly(LogModel::Level::Warning, QStringLiteral("[retort] %1").arg(w));
        if (m_planDialog)
            m_planDialog->stepFinished(index, report);
        m_database->refresh();   // the graph and the database panel follow every step
    });
    connect(m_runner, &MigrationRunner::finished, this, [this](int request, const RunReport &report) {
        if (request != m_runRequest)
            return;
        for (const QString &note : report.notes)
            log(QStringLiteral("[retort] ") + note);
        if (!report.snapshotPath.isEmpty())
            log(tr("[retort] Snapshot of the database before this run: %1").arg(report.snapshotPath));
        if (m_planDialog)
            m_planDialog->runFinished(report);
        runOver();
        m_presenter->info(tr("%n step(s) applied; the database is at %1", nullptr, int(report.steps.size()))
                              .arg(rowsText(report.rowsAfter)));
        Q_EMIT runFinished(true);
    });
    connect(m_runner, &MigrationRunner::cancelled, this,
            [this](int request, const RunReport &report, const QString &message) {
                if (request != m_runRequest)
                    return;
                if (m_planDialog)
                    m_planDialog->runCancelled(report, message);
                runOver();
                m_presenter->warning(message);
                Q_EMIT runFinished(false);
            });
    connect(m_runner, &MigrationRunner::failed, this,
            [this](int request, int index, const QString &message, const RunReport &report) {
                if (request != m_runRequest)
                    return;
                if (m_planDialog)
                    m_planDialog->runFailed(index, message, report);
                runOver();
                QPointer<PlanDialog> dialog = m_planDialog;
                m_presenter->error(message, dialog ? tr("Show Details") : QString(), [dialog] {
                    if (dialog) {
                        dialog->show();
                        dialog->raise();
                        dialog->activateWindow();
                    }
                });
                Q_EMIT runFinished(false);
            });
}

void MigrationActions::runOver()
{
    m_running = false;
    m_database->refresh();
    m_journal->refresh();
    updateActions();
}

} // namespace retort::gui
