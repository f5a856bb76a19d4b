#pragma once

#include "migrationrunner.h"

#include "script/migrationplan.h"
#include "script/revisionwriter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QThread;
class QToolBar;

namespace retort::gui {

class DatabaseController;
class ErrorPresenter;
class JournalPanel;
class MergeDialog;
class NewRevisionDialog;
class PlanDialog;
class ProjectController;
class RevisionDialog;
class RevisionGraphView;

// The migration actions of the main window: upgrade / downgrade (to the selected revision or one
// step), stamp, merge heads and new revision — in a "Migrate" menu, a toolbar and the graph's
// context menu — plus the journal dock. Every plan opens a PlanDialog before anything runs; the
// run happens on a MigrationRunner in its own thread with its own connection, and the database
// panel and graph refresh after every step. New files are written off the GUI thread and the
// project is reloaded. Threading: GUI thread only; nothing here blocks (the runner thread is
// joined on destruction, after asking a running plan to stop between steps).
class MigrationActions : public QObject
{
    Q_OBJECT

public:
    enum Action { UpgradeToHere, UpgradeOneStep, UpgradeToHeads, DowngradeToHere, DowngradeOneStep, StampHere,
                  MergeHeads, NewRevision, ActionCount };
    Q_ENUM(Action)

    // Adds the toolbar, the "Migrate" menu (before Help) and the journal dock (tabbed with the
    // log dock) to window, and the context menu to graph.
    MigrationActions(QMainWindow *window, RevisionGraphView *graph, ProjectController *projects,
                     DatabaseController *database, ErrorPresenter *presenter);
    ~MigrationActions() override;

    // The connection runs use: urlText unmasked (kept in memory only, never shown or stored);
    // relative SQLite paths against baseDir. MainWindow calls it whenever it connects.
    void setConnection(const QString &urlText, const QString &baseDir);
    // Tests: where the journal is (default Journal::defaultPath()); SQLite snapshots on/off.
    void setJournalPath(const QString &path);
    void setSnapshots(bool on);

    QAction *action(Action which) const { return m_actions.at(which); }
    QToolBar *toolBar() const { return m_toolBar; }
    QMenu *menu() const { return m_menu; }
    // The graph's context menu for a revision (map index; selects it); the caller pops it up.
    QMenu *contextMenu(int revision);
    QDockWidget *journalDock() const { return m_journalDock; }
    JournalPanel *journalPanel() const { return m_journal; }
    PlanDialog *planDialog() const;
    RevisionDialog *revisionDialog() const;
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Each opens (shows, never exec()s) a plan dialog and returns it; nullptr when there is
    // nothing to do or the plan failed (reported in the message bar).
    PlanDialog *upgradeTo(int revision);
    PlanDialog *upgradeOneStep();
    PlanDialog *upgradeToHeads();
    PlanDialog *downgradeTo(int revision);
    PlanDialog *downgradeOneStep();
    PlanDialog *stamp(int revision);
    MergeDialog *mergeHeads();
    NewRevisionDialog *newRevision();

Q_SIGNALS:
    void runFinished(bool ok);
    void revisionWritten(const QString &path);
    void revisionWriteFailed(const QString &message);

protected:
    // Keeps the window open while a plan runs (asks to stop it first).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Planner = std::function<Result<MigrationPlan>(const MigrationPlanner &, const QStringList &rows)>;
    PlanDialog *openPlan(const QString &title, const Planner &planner);
    void createActions();
    void connectRunner();
    void startPreview(const MigrationPlan &plan);
    void startRun(const MigrationPlan &plan);
    void runOver();
    void updateActions();
    int selected() const;
    void showRevisionDialog(RevisionDialog *dialog);
    void writeRevision();
    void writeFinished();
    MigrationRunner::Settings settings() const;
    void log(const QString &line);

    QMainWindow *m_window;
    RevisionGraphView *m_graph;
    ProjectController *m_projects;
    DatabaseController *m_database;
    ErrorPresenter *m_presenter;
    QThread *m_thread;
    MigrationRunner *m_runner;
    std::array<QAction *, ActionCount> m_actions{};
    QToolBar *m_toolBar = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_contextMenu = nullptr;
    QDockWidget *m_journalDock = nullptr;
    JournalPanel *m_journal = nullptr;
    QPointer<PlanDialog> m_planDialog;
    QPointer<RevisionDialog> m_revisionDialog;
    QFutureWatcher<Result<WrittenRevision>> m_writeWatcher;
    QString m_urlText;
    QString m_baseDir;
    QString m_journalPath;
    bool m_snapshots = true;
    bool m_running = false;
    int m_nextRequest = 1;
    int m_previewRequest = 0;
    int m_runRequest = 0;
    QString m_selectAfterReload;
};

} // namespace retort::gui
