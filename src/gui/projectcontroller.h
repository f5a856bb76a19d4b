#pragma once

#include "commands/project.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace retort::gui {

// The result of scanning a project folder off the GUI thread.
struct ProjectLoad {
    QString folder;
    std::shared_ptr<const Project> project;   // null when the open failed
    QString error;
};

// Opens the Alembic project of a folder and keeps it fresh: the scan (config + every revision
// header) runs on a pool thread (QtConcurrent::run + QFutureWatcher); a QFileSystemWatcher on the
// config file and the versions folders reloads it, debounced, when files change. The project is
// immutable and shared with the panels. Threading: GUI thread; only the scan runs elsewhere.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    // Starts opening folder. Checks synchronously that it is a project folder (returns false and
    // sets errorString() when not; the open project stays); the scan finishes with loaded() or
    // loadFailed().
    bool open(const QString &folder);
    void reload();
    void close();

    QString folder() const { return m_folder; }
    std::shared_ptr<const Project> project() const { return m_project; }
    bool isLoading() const { return m_watcher.isRunning(); }
    QString errorString() const { return m_errorString; }
    // Delay between the last file change and the reload.
    void setReloadDelay(int msec);

Q_SIGNALS:
    void loadingStarted(const QString &folder);
    // reloaded: the same folder was read again (keep selections).
    void loaded(std::shared_ptr<const retort::Project> project, bool reloaded);
    void loadFailed(const QString &folder, const QString &message);
    void closed();

private:
    void start(const QString &folder, bool reload);
    void finished();
    void watch();

    QFutureWatcher<ProjectLoad> m_watcher;
    QFileSystemWatcher *m_fileWatcher = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_folder;          // the open (or opening) project's folder
    QString m_loadingFolder;
    bool m_loadingIsReload = false;
    bool m_pendingReload = false;   // files changed during a scan: scan again after it
    bool m_restart = false;         // another folder was asked for during a scan
    std::shared_ptr<const Project> m_project;
    QString m_errorString;
};

} // namespace retort::gui
