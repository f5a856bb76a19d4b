#pragma once

#include "commands/project.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;

namespace retort::gui {

class GraphCanvas;
class GraphScene;
struct GraphData;
struct ScriptCheckData;

// The revision graph of a project: one row per revision (newest at the top) with its lane, edges,
// short id, message, branch labels and markers, drawn from the engine's GraphLayout. Heads, bases,
// branch and merge points have distinct node shapes; applied revisions are filled, pending ones
// hollow; current revisions get a badge; files with problems a warning marker; revisions the
// built-in interpreter cannot run a "py" marker. Zoom, pan, keyboard navigation, search/filter and
// exports (PNG, SVG, DOT, Mermaid).
// Threading: GUI thread only. Projects above SyncLayoutLimit revisions are laid out on a worker
// (layoutReady() says when the graph is shown); the static check of the scripts always runs on a
// worker (scriptChecksReady()). Requests made meanwhile (selection, database state) are applied
// when the layout arrives.
class RevisionGraphView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SyncLayoutLimit = 1500;

    explicit RevisionGraphView(QWidget *parent = nullptr);
    ~RevisionGraphView() override;

    void setProject(std::shared_ptr<const retort::Project> project);   // null = no project
    void setDatabaseState(const QStringList &rows);    // version-table rows; empty = base
    void clearDatabaseState();                          // not connected
    int selectedRevision() const;                       // map index or -1

    // Extra API (tests, main window).
    QString selectedRevisionId() const;
    bool isLayoutPending() const { return m_layoutPending; }
    bool isCheckingScripts() const { return m_checkPending; }
    QString databaseStateError() const { return m_stateError; }   // unknown rows in the table
    qreal zoom() const;
    GraphScene *graphScene() const { return m_scene; }
    GraphCanvas *canvas() const { return m_canvas; }

public Q_SLOTS:
    void selectRevision(int index);
    void selectRevisionById(const QString &id);         // keeps the selection across reloads
    void jumpToCurrent();
    void jumpToHead();
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void setFilterText(const QString &text);           // search/filter by id, message, label, file name
    void findNext();
    void findPrevious();
    bool exportImage(const QString &fileName);         // .png or .svg by suffix
    bool exportText(const QString &fileName);          // .dot or .mmd by suffix

Q_SIGNALS:
    void revisionSelected(int index);                   // -1 when cleared
    void revisionActivated(int index);                  // double-click / Enter
    void layoutReady();                                 // the graph of the last setProject is shown
    void scriptChecksReady();                           // "needs Python" markers are known
    void zoomChanged(qreal zoom);

private:
    void install(std::shared_ptr<const GraphData> data);
    void applyDatabaseState();
    void startScriptChecks();
    void selectRow(int row);
    void cycleTo(QList<int> rows, bool forward);
    void updateMessage();

    std::shared_ptr<const Project> m_project;
    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    QLabel *m_message;
    QFutureWatcher<std::shared_ptr<const GraphData>> m_layoutWatcher;
    QFutureWatcher<std::shared_ptr<const ScriptCheckData>> m_checkWatcher;
    std::shared_ptr<std::atomic_bool> m_cancelChecks;
    int m_generation = 0;
    bool m_layoutPending = false;
    bool m_checkPending = false;
    bool m_stateKnown = false;
    QStringList m_rows;
    QString m_stateError;
    QString m_pendingId;      // selection to restore when the layout arrives
    int m_lastEmitted = -1;
};

} // namespace retort::gui
