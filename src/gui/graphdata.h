#pragma once

#include "commands/project.h"
#include "layout/graphlayout.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace retort::gui {

// Everything about a project's revision graph that the view needs and that does not change until
// the project is reloaded: the engine's GraphLayout plus the per-row facts used to draw it (the
// widest lane any node or edge uses on each row, an index from row bands to the edges crossing
// them, the diagnostics of each revision's file, lower-cased search text). No layout decisions are
// made here: lanes, rows and routes come from GraphLayout::compute().
// Built by build() on any thread (pure function of the project); immutable afterwards, so one
// instance may be shared between the GUI thread and workers.
struct GraphData {
    static constexpr int BandRows = 32;   // rows per edge-index band

    std::shared_ptr<const Project> project;
    GraphLayout layout;
    QList<int> rowMaxLane;                // per row: the rightmost lane a node or an edge uses
    QList<QList<int>> bandEdges;          // per band of BandRows rows: edges crossing it
    QList<QList<Diagnostic>> diagnostics; // per revision: problems in its file (project + header)
    QList<QString> searchText;            // per revision: id, message, labels, file name (lower case)

    int rowCount() const { return layout.size(); }
    const RevisionMap &map() const { return project->map(); }

    static std::shared_ptr<const GraphData> build(std::shared_ptr<const Project> project);
};

// The result of the static check of every revision file (does it need the project's Python?).
// Built on a worker; reasons[i] is empty when revision i runs on the built-in interpreter.
struct ScriptCheckData {
    QList<QList<Diagnostic>> reasons;
    bool needsPython(int revision) const { return !reasons.value(revision).isEmpty(); }

    // Reads and checks every file; stops early (returning what it has) when *cancel turns true.
    static std::shared_ptr<const ScriptCheckData> build(std::shared_ptr<const Project> project,
                                                        const std::atomic_bool *cancel);
    // One file (used by the details and SQL preview panels).
    static QList<Diagnostic> check(const Revision &revision);
};

// Diagnostic has no operator==: same severity, place and message.
bool containsDiagnostic(const QList<Diagnostic> &list, const Diagnostic &d);

} // namespace retort::gui
