#pragma once

#include "databasecontroller.h"

#include "commands/project.h"

#include <QMainWindow>
#include <QString>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace retort {

namespace gui {
class AppSettings;
class ConnectionDialog;
class DatabasePanel;
class ErrorPresenter;
class LogModel;
class MessageBar;
class MigrationActions;
class PasswordStore;
class ProjectController;
class RecentListModel;
class RevisionDetailsPanel;
class RevisionGraphView;
class SqlPreviewPanel;
} // namespace gui

// The application's main window: menus, toolbar, status bar and docks around the revision graph.
// It wires the parts and owns none of their logic: ProjectController opens and watches the
// project, DatabaseController (with its worker thread) talks to the database, the panels show,
// ErrorPresenter reports (message bar + log). Threading: GUI thread only; nothing here blocks on
// files or the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening the project in folder (scanned off the GUI thread; projectOpened() follows).
    // Returns false, keeps the current project and sets errorString() when folder is not one.
    bool openProject(const QString &folder);
    void closeProject();
    // Restores geometry and docks; with openLastProject, reopens the last project.
    void restoreSession(bool openLastProject);

    QString projectFolder() const;
    QString projectName() const;
    std::shared_ptr<const Project> project() const { return m_project; }
    bool isLoading() const;
    QString errorString() const { return m_errorString; }

    // Connects to urlText (may hold a password: used, never stored or shown).
    void connectDatabase(const QString &urlText);
    // A connection dialog filled with the project's URL and recent connections; not shown.
    std::unique_ptr<gui::ConnectionDialog> createConnectionDialog();
    // Writes the graph to fileName: .png/.svg image, .dot/.mmd text. Reports failures.
    bool exportGraph(const QString &fileName);

    gui::DatabaseController *databaseController() const { return m_database; }
    gui::RevisionGraphView *graphView() const { return m_graph; }
    gui::DatabasePanel *databasePanel() const { return m_databasePanel; }
    gui::LogModel *logModel() const { return m_log; }
    gui::MessageBar *messageBar() const { return m_messageBar; }
    gui::MigrationActions *migrationActions() const { return m_migrations; }
    gui::RecentListModel *recentProjectsModel() const { return m_recentProjects; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

Q_SIGNALS:
    void projectOpened(const QString &folder);
    void projectFailed(const QString &folder, const QString &message);
    void projectClosed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupDocks();
    void setupStatusBar();
    void connectControllers();

    void chooseProject();
    void projectLoaded(std::shared_ptr<const Project> project, bool reloaded);
    void projectLoadFailed(const QString &folder, const QString &message);
    void reportDiagnostics(const Project &project, bool reloaded);
    void updateRecentProjects();

    void chooseConnection();
    void restoreConnection();
    void databaseStateChanged(gui::DatabaseController::State state);
    void databaseSnapshotChanged();
    void disconnectDatabase();
    void dropConnection();
    void chooseExportFile();

    void revisionSelected(int index);
    void updateActions();
    void updateTitle();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<gui::AppSettings> m_settings;
    gui::LogModel *m_log = nullptr;
    gui::MessageBar *m_messageBar = nullptr;
    gui::ErrorPresenter *m_presenter = nullptr;
    gui::ProjectController *m_projects = nullptr;
    gui::DatabaseController *m_database = nullptr;
    gui::PasswordStore *m_passwords = nullptr;
    gui::RecentListModel *m_recentProjects = nullptr;
    gui::MigrationActions *m_migrations = nullptr;

    gui::RevisionGraphView *m_graph = nullptr;
    gui::RevisionDetailsPanel *m_details = nullptr;
    gui::SqlPreviewPanel *m_sqlPreview = nullptr;
    gui::DatabasePanel *m_databasePanel = nullptr;
    QTableView *m_logView = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_sqlDock = nullptr;
    QDockWidget *m_databaseDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_databaseStatus = nullptr;

    std::shared_ptr<const Project> m_project;
    QString m_connectionUrl;   // the current connection's URL without password (for settings)
    QString m_errorString;
};

} // namespace retort
