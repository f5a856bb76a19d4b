#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "appsettings.h"
#include "databasepanel.h"
#include "errorpresenter.h"
#include "graphpanels.h"
#include "logmodel.h"
#include "messagebar.h"
#include "migrationactions.h"
#include "passwordstore.h"
#include "projectcontroller.h"
#include "recentlistmodel.h"

#include "retort_version.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUrl>

namespace retort {

using namespace retort::gui;

namespace {

// The first local folder among a drag's URLs, or empty.
QString droppedFolder(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            return info.absoluteFilePath();
        if (info.isFile() && (info.fileName() == QLatin1String("alembic.ini")
                              || info.fileName() == QLatin1String("pyproject.toml")))
            return info.absolutePath();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::make_unique<AppSettings>())
{
    m_ui->setupUi(this);
    m_log = new LogModel(this);
    m_messageBar = new MessageBar(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_messageBar);
    m_presenter = new ErrorPresenter(m_log, m_messageBar, statusBar(), this);
    m_projects = new ProjectController(this);
    m_database = new DatabaseController(this);
    m_passwords = new PasswordStore(this);
    m_recentProjects = new RecentListModel(this);

    m_graph = new RevisionGraphView(m_ui->projectPage);
    m_graph->setObjectName(QStringLiteral("revisionGraphView"));
    m_ui->projectLayout->addWidget(m_graph);
    m_ui->recentProjectsView->setModel(m_recentProjects);

    setupActions();
    setupDocks();
    setupStatusBar();
    connectControllers();
    // Upgrade/downgrade/stamp/merge/new revision: menu, toolbar, graph context menu, journal dock.
    m_migrations = new MigrationActions(this, m_graph, m_projects, m_database, m_presenter);
    updateRecentProjects();
    closeProject();
    m_log->append(LogModel::Level::Info, tr("Retort %1 started").arg(QStringLiteral(RETORT_VERSION)));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QStyle *s = style();
    m_ui->actionOpenProject->setIcon(QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DirOpenIcon)));
    m_ui->actionReloadProject->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionConnect->setIcon(QIcon::fromTheme(QStringLiteral("network-connect"), s->standardIcon(QStyle::SP_DriveNetIcon)));
    m_ui->actionRefresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionDisconnect->setIcon(QIcon::fromTheme(QStringLiteral("network-disconnect"), s->standardIcon(QStyle::SP_DialogCloseButton)));
    m_ui->actionJumpToCurrent->setIcon(QIcon::fromTheme(QStringLiteral("go-jump"), s->standardIcon(QStyle::SP_ArrowRight)));
    m_ui->actionJumpToHead->setIcon(QIcon::fromTheme(QStringLiteral("go-top"), s->standardIcon(QStyle::SP_ArrowUp)));
    m_ui->actionZoomToFit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best"), s->standardIcon(QStyle::SP_TitleBarMaxButton)));
    m_ui->actionExport->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"), s->standardIcon(QStyle::SP_DialogSaveButton)));
    m_ui->actionZoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(QStringLiteral("Ctrl+="))});
    m_ui->actionZoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_ui->actionFindNext->setShortcuts({QKeySequence(Qt::Key_F3)});
    m_ui->actionFindPrevious->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F3)});

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Find revision (Ctrl+F)"));
    m_filterEdit->setToolTip(m_ui->actionFind->toolTip());
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(320);
    m_filterEdit->setMinimumWidth(180);
    m_ui->mainToolBar->addWidget(m_filterEdit);

    connect(m_ui->actionOpenProject, &QAction::triggered, this, &MainWindow::chooseProject);
    connect(m_ui->openProjectButton, &QPushButton::clicked, this, &MainWindow::chooseProject);
    connect(m_ui->actionReloadProject, &QAction::triggered, m_projects, &ProjectController::reload);
    connect(m_ui->actionCloseProject, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionClearRecent, &QAction::triggered, this, [this] {
        for (const QString &folder : m_settings->recentProjects())
            m_settings->removeRecentProject(folder);
        updateRecentProjects();
    });
    connect(m_ui->recentProjectsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openProject(index.data(RecentListModel::ValueRole).toString());
    });

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::chooseConnection);
    connect(m_ui->actionRefresh, &QAction::triggered, m_database, &DatabaseController::refresh);
    connect(m_ui->actionDisconnect, &QAction::triggered, this, &MainWindow::disconnectDatabase);

    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, m_graph, &RevisionGraphView::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, m_graph, &RevisionGraphView::findNext);
    connect(m_ui->actionFindNext, &QAction::triggered, m_graph, &RevisionGraphView::findNext);
    connect(m_ui->actionFindPrevious, &QAction::triggered, m_graph, &RevisionGraphView::findPrevious);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_graph, &RevisionGraphView::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_graph, &RevisionGraphView::zoomOut);
    connect(m_ui->actionResetZoom, &QAction::triggered, m_graph, &RevisionGraphView::resetZoom);
    connect(m_ui->actionZoomToFit, &QAction::triggered, m_graph, &RevisionGraphView::zoomToFit);
    connect(m_ui->actionJumpToCurrent, &QAction::triggered, m_graph, &RevisionGraphView::jumpToCurrent);
    connect(m_ui->actionJumpToHead, &QAction::triggered, m_graph, &RevisionGraphView::jumpToHead);
}

void MainWindow::setupDocks()
{
    auto makeDock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        m_ui->menuView->addAction(dock->toggleViewAction());
        return dock;
    };
    m_details = new RevisionDetailsPanel(this);
    m_details->setObjectName(QStringLiteral("revisionDetailsPanel"));
    m_sqlPreview = new SqlPreviewPanel(this);
    m_sqlPreview->setObjectName(QStringLiteral("sqlPreviewPanel"));
    m_databasePanel = new DatabasePanel(this);
    m_databasePanel->setObjectName(QStringLiteral("databasePanel"));
    m_databasePanel->setToolActions({m_ui->actionConnect, m_ui->actionRefresh, m_ui->actionDisconnect});

    m_logView = new QTableView(this);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setShowGrid(false);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_logView->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyLog = new QAction(tr("&Copy Log"), m_logView);
    connect(copyLog, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(m_log->toText()); });
    auto *clearLog = new QAction(tr("C&lear Log"), m_logView);
    connect(clearLog, &QAction::triggered, m_log, &LogModel::clear);
    m_logView->addActions({copyLog, clearLog});
    connect(m_log, &QAbstractItemModel::rowsInserted, m_logView, [this] { m_logView->scrollToBottom(); });
    connect(m_logView, &QAbstractItemView::activated, this, [](const QModelIndex &index) {
        const QString file = index.data(LogModel::FileRole).toString();
        if (!file.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });

    m_databaseDock = makeDock(tr("Database"), QStringLiteral("databaseDock"), m_databasePanel, Qt::LeftDockWidgetArea);
    m_detailsDock = makeDock(tr("Revision"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    m_sqlDock = makeDock(tr("SQL Preview"), QStringLiteral("sqlPreviewDock"), m_sqlPreview, Qt::RightDockWidgetArea);
    m_logDock = makeDock(tr("Log"), QStringLiteral("logDock"), m_logView, Qt::BottomDockWidgetArea);
    splitDockWidget(m_detailsDock, m_sqlDock, Qt::Vertical);
    resizeDocks({m_databaseDock, m_detailsDock}, {300, 420}, Qt::Horizontal);
    resizeDocks({m_logDock}, {140}, Qt::Vertical);
}

void MainWindow::setupStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 0);   // busy indicator
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatusLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_databaseStatus);
}

void MainWindow::connectControllers()
{
    connect(m_projects, &ProjectController::loadingStarted, this, [this](const QString &folder) {
        m_progress->show();
        statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
        updateActions();
    });
    connect(m_projects, &ProjectController::loaded, this, &MainWindow::projectLoaded);
    connect(m_projects, &ProjectController::loadFailed, this, &MainWindow::projectLoadFailed);

    connect(m_database, &DatabaseController::stateChanged, this, &MainWindow::databaseStateChanged);
    connect(m_database, &DatabaseController::snapshotChanged, this, &MainWindow::databaseSnapshotChanged);
    connect(m_database, &DatabaseController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy || m_projects->isLoading());
    });
    connect(m_database, &DatabaseController::errorOccurred, this, [this](const QString &message) {
        m_presenter->error(message, tr("Connect…"), [this] { chooseConnection(); });
    });

    connect(m_graph, &RevisionGraphView::revisionSelected, this, &MainWindow::revisionSelected);
    connect(m_graph, &RevisionGraphView::revisionActivated, this, [this](int index) {
        revisionSelected(index);
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    connect(m_databasePanel, &DatabasePanel::revisionActivated, m_graph, &RevisionGraphView::selectRevisionById);
}

QString MainWindow::projectFolder() const
{
    return m_projects->folder();
}

QString MainWindow::projectName() const
{
    return projectFolder().isEmpty() ? QString() : QFileInfo(projectFolder()).fileName();
}

bool MainWindow::isLoading() const
{
    return m_projects->isLoading();
}

bool MainWindow::openProject(const QString &folder)
{
    if (!m_projects->open(folder)) {
        m_errorString = m_projects->errorString();
        m_presenter->error(m_errorString);
        return false;
    }
    m_errorString.clear();
    return true;
}

void MainWindow::closeProject()
{
    const bool hadProject = !projectFolder().isEmpty();
    dropConnection();
    m_projects->close();
    m_project.reset();
    m_graph->setProject(nullptr);
    m_details->setProject(nullptr);
    m_sqlPreview->setProject(nullptr);
    m_databasePanel->setProject(nullptr);
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_progress->hide();
    updateRecentProjects();
    updateActions();
    updateTitle();
    if (hadProject) {
        m_settings->setLastProject({});
        m_presenter->info(tr("Project closed"));
        Q_EMIT projectClosed();
    }
}

void MainWindow::chooseProject()
{
    const QString start = projectFolder().isEmpty() ? QDir::homePath() : projectFolder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Alembic Project"), start);
    if (!folder.isEmpty())
        openProject(folder);
}

void MainWindow::projectLoaded(std::shared_ptr<const Project> project, bool reloaded)
{
    m_progress->setVisible(m_database->state() == DatabaseController::State::Connecting);
    // Keep the selected revision across a reload (by id: indexes change).
    QString selectedId;
    if (reloaded && m_project && m_graph->selectedRevision() >= 0
        && m_graph->selectedRevision() < m_project->map().size())
        selectedId = m_project->map().id(m_graph->selectedRevision());

    if (!reloaded)
        dropConnection();   // another project: its own database comes with restoreConnection()
    m_project = std::move(project);
    m_graph->setProject(m_project);
    m_details->setProject(m_project);
    m_sqlPreview->setProject(m_project);
    m_databasePanel->setProject(m_project);
    if (m_database->hasSnapshot())
        m_graph->setDatabaseState(m_database->snapshot().rows);
    if (!selectedId.isEmpty())
        m_graph->selectRevisionById(selectedId);
    else if (!reloaded)
        revisionSelected(-1);
    m_ui->pages->setCurrentWidget(m_ui->projectPage);
    reportDiagnostics(*m_project, reloaded);

    const int count = m_project->map().size();
    if (reloaded) {
        m_presenter->info(tr("Reloaded %1: %n revision(s)", nullptr, count).arg(projectName()));
    } else {
        m_settings->addRecentProject(projectFolder());
        m_settings->setLastProject(projectFolder());
        updateRecentProjects();
        m_presenter->info(tr("Opened %1: %n revision(s)", nullptr, count).arg(QDir::toNativeSeparators(projectFolder())));
        Q_EMIT projectOpened(projectFolder());
        restoreConnection();
    }
    updateActions();
    updateTitle();
}

void MainWindow::projectLoadFailed(const QString &folder, const QString &message)
{
    m_progress->hide();
    m_errorString = message;
    m_presenter->error(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(folder), message), tr("Retry"),
                       [this, folder] { openProject(folder); });
    if (!m_project) {
        m_projects->close();
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    }
    updateActions();
    updateTitle();
    Q_EMIT projectFailed(folder, message);
}

void MainWindow::reportDiagnostics(const Project &project, bool reloaded)
{
    int errors = 0;
    for (const Diagnostic &d : project.diagnostics()) {
        const LogModel::Level level = d.severity == Diagnostic::Severity::Error     ? LogModel::Level::Error
                                      : d.severity == Diagnostic::Severity::Warning ? LogModel::Level::Warning
                                                                                    : LogModel::Level::Info;
        if (d.severity == Diagnostic::Severity::Error)
            ++errors;
        m_presenter->logOnly(level, d.toString(), d.file, d.line);
    }
    for (const QString &w : project.warnings())
        m_presenter->logOnly(LogModel::Level::Warning, w);
    if (errors > 0) {
        m_presenter->warning(tr("%n revision file(s) could not be read and are left out of the graph.", nullptr, errors),
                             tr("Show Log"), [this] {
                                 m_logDock->show();
                                 m_logDock->raise();
                             });
    } else if (reloaded && m_messageBar->isVisible() && m_messageBar->kind() == MessageBar::Kind::Warning) {
        m_messageBar->dismiss();   // the files were fixed
    }
}

void MainWindow::updateRecentProjects()
{
    QList<RecentListModel::Item> items;
    m_ui->menuRecentProjects->clear();
    for (const QString &folder : m_settings->recentProjects()) {
        const QString native = QDir::toNativeSeparators(folder);
        items.append({QStringLiteral("%1 — %2").arg(QFileInfo(folder).fileName(), native), native, folder});
        QAction *action = m_ui->menuRecentProjects->addAction(
            tr("%1 (%2)").arg(QFileInfo(folder).fileName(), native));
        connect(action, &QAction::triggered, this, [this, folder] { openProject(folder); });
    }
    m_recentProjects->setItems(items);
    m_ui->menuRecentProjects->addSeparator();
    m_ui->menuRecentProjects->addAction(m_ui->actionClearRecent);
    m_ui->actionClearRecent->setEnabled(!items.isEmpty());
    m_ui->menuRecentProjects->setEnabled(!items.isEmpty());
    m_ui->recentProjectsView->setVisible(!items.isEmpty());
    m_ui->recentProjectsLabel->setVisible(!items.isEmpty());
}

void MainWindow::revisionSelected(int index)
{
    m_details->showRevision(index);
    m_sqlPreview->showRevision(index);
}

void MainWindow::updateActions()
{
    const bool hasProject = m_project != nullptr;
    const bool connected = m_database->isConnected();
    m_ui->actionReloadProject->setEnabled(!projectFolder().isEmpty());
    m_ui->actionCloseProject->setEnabled(!projectFolder().isEmpty());
    m_ui->actionExport->setEnabled(hasProject);
    m_ui->actionConnect->setEnabled(hasProject);
    m_ui->actionRefresh->setEnabled(connected);
    m_ui->actionDisconnect->setEnabled(m_database->state() != DatabaseController::State::Disconnected);
    for (QAction *a : {m_ui->actionFind, m_ui->actionFindNext, m_ui->actionFindPrevious, m_ui->actionZoomIn,
                       m_ui->actionZoomOut, m_ui->actionResetZoom, m_ui->actionZoomToFit, m_ui->actionJumpToHead})
        a->setEnabled(hasProject);
    m_ui->actionJumpToCurrent->setEnabled(hasProject && connected);
    m_filterEdit->setEnabled(hasProject);
}

void MainWindow::updateTitle()
{
    // The database part is the masked display URL: never a password.
    QStringList parts;
    if (!projectName().isEmpty())
        parts << projectName();
    if (m_database->isConnected() && !m_database->displayUrl().isEmpty())
        parts << m_database->displayUrl();
    parts << tr("Retort");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Retort"),
                       tr("<h3>Retort %1</h3><p>A migration manager for Alembic projects.</p>")
                           .arg(QStringLiteral(RETORT_VERSION)));
}

void MainWindow::restoreSession(bool openLastProject)
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    const QString last = m_settings->lastProject();
    if (openLastProject && !last.isEmpty() && QFileInfo(last).isDir())
        openProject(last);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindow(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openProject(folder);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_detailsDock->setWindowTitle(tr("Revision"));
        m_sqlDock->setWindowTitle(tr("SQL Preview"));
        m_databaseDock->setWindowTitle(tr("Database"));
        m_logDock->setWindowTitle(tr("Log"));
        m_filterEdit->setPlaceholderText(tr("Find revision (Ctrl+F)"));
        updateRecentProjects();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

} // namespace retort
