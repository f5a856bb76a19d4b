#include "projectcontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcessEnvironment>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace retort::gui {

namespace {

ProjectLoad scan(const QString &folder)
{
    ProjectLoad load;
    load.folder = folder;
    Project::Options options;
    options.tolerant = true;
    options.config.workingDir = folder;
    // The user chose the folder: ALEMBIC_CONFIG must not send us elsewhere.
    options.config.environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
    Result<Project> project = Project::open(options);
    if (!project)
        load.error = project.error().toString();
    else
        load.project = std::make_shared<const Project>(std::move(*project));
    return load;
}

} // namespace

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
    , m_fileWatcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &ProjectController::reload);
    connect(m_fileWatcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<ProjectLoad>::finished, this, &ProjectController::finished);
}

ProjectController::~ProjectController()
{
    m_watcher.waitForFinished();
}

void ProjectController::setReloadDelay(int msec)
{
    m_debounce->setInterval(msec);
}

bool ProjectController::open(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        m_errorString = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString dir = info.canonicalFilePath();
    Result<QString> config = ProjectConfig::findProjectConfig(dir);
    if (!config) {
        m_errorString = tr("%1 is not an Alembic project: it has no alembic.ini and no pyproject.toml "
                           "with a [tool.alembic] table.")
                            .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_errorString.clear();
    start(dir, dir == m_folder && m_project);
    return true;
}

void ProjectController::reload()
{
    if (m_folder.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pendingReload = true;
        return;
    }
    start(m_folder, true);
}

void ProjectController::close()
{
    m_debounce->stop();
    m_pendingReload = false;
    m_restart = false;
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    if (!m_fileWatcher->directories().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->directories());
    const bool had = !m_folder.isEmpty();
    m_folder.clear();
    m_loadingFolder.clear();
    m_project.reset();
    if (had)
        Q_EMIT closed();
}

void ProjectController::start(const QString &folder, bool reload)
{
    m_loadingFolder = folder;
    m_loadingIsReload = reload;
    if (!reload)
        m_folder = folder;
    Q_EMIT loadingStarted(folder);
    if (m_watcher.isRunning()) {
        // One scan at a time: the running one's result is dropped and this one starts after it.
        m_restart = true;
        m_pendingReload = false;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(scan, folder));
}

void ProjectController::finished()
{
    if (m_restart) {
        m_restart = false;
        m_watcher.setFuture(QtConcurrent::run(scan, m_loadingFolder));
        return;
    }
    const ProjectLoad load = m_watcher.result();
    if (load.folder != m_loadingFolder || load.folder != m_folder)
        return;   // superseded or closed meanwhile
    if (!load.project) {
        m_errorString = load.error;
        Q_EMIT loadFailed(load.folder, load.error);
    } else {
        m_project = load.project;
        watch();
        Q_EMIT loaded(m_project, m_loadingIsReload);
    }
    if (m_pendingReload) {
        m_pendingReload = false;
        start(m_folder, true);
    }
}

void ProjectController::watch()
{
    QStringList wanted;
    const ProjectConfig &config = m_project->config();
    for (const QString &file : {config.iniPath(), config.tomlPath()})
        if (!file.isEmpty() && QFileInfo::exists(file))
            wanted << file;
    const QString envFile = QDir(config.projectDir()).filePath(QStringLiteral(".env"));
    if (QFileInfo::exists(envFile))
        wanted << envFile;
    for (const QString &dir : config.versionLocations()) {
        if (!QFileInfo(dir).isDir())
            continue;
        wanted << dir;
        if (config.recursiveVersionLocations()) {
            QDirIterator it(dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                wanted << it.next();
        }
    }
    QStringList current = m_fileWatcher->files() + m_fileWatcher->directories();
    QStringList stale;
    for (const QString &path : current)
        if (!wanted.contains(path))
            stale << path;
    if (!stale.isEmpty())
        m_fileWatcher->removePaths(stale);
    QStringList added;
    for (const QString &path : wanted)
        if (!current.contains(path))
            added << path;
    if (!added.isEmpty())
        m_fileWatcher->addPaths(added);
}

} // namespace retort::gui
