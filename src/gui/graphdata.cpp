#include "graphdata.h"

#include "python/staticcheck.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace retort::gui {

namespace {

// Marks the lanes an edge uses on each row it crosses, and the bands it crosses.
void addEdgeExtent(const GraphEdge &edge, int edgeIndex, QList<int> &rowMaxLane, QList<QList<int>> &bands)
{
    const QList<LanePoint> &route = edge.route;
    if (route.isEmpty())
        return;
    int lowRow = route.first().row;
    int highRow = route.first().row;
    for (qsizetype k = 0; k + 1 < route.size(); ++k) {
        const LanePoint p = route[k];
        const LanePoint q = route[k + 1];
        const int lane = std::max(p.lane, q.lane);
        for (int r = std::min(p.row, q.row); r <= std::max(p.row, q.row); ++r)
            rowMaxLane[r] = std::max(rowMaxLane[r], lane);
        lowRow = std::min({lowRow, p.row, q.row});
        highRow = std::max({highRow, p.row, q.row});
    }
    for (int b = lowRow / GraphData::BandRows; b <= highRow / GraphData::BandRows; ++b)
        bands[b].append(edgeIndex);
}

} // namespace

bool containsDiagnostic(const QList<Diagnostic> &list, const Diagnostic &d)
{
    return std::any_of(list.cbegin(), list.cend(), [&d](const Diagnostic &o) {
        return o.severity == d.severity && o.file == d.file && o.line == d.line && o.column == d.column
               && o.message == d.message;
    });
}

std::shared_ptr<const GraphData> GraphData::build(std::shared_ptr<const Project> project)
{
    auto data = std::make_shared<GraphData>();
    data->project = project;
    if (!project)
        return data;
    const RevisionMap &map = project->map();
    data->layout = GraphLayout::compute(map);

    const int rows = data->layout.size();
    data->rowMaxLane.resize(rows, 0);
    for (int r = 0; r < rows; ++r)
        data->rowMaxLane[r] = data->layout.rows[r].lane;
    data->bandEdges.resize((rows + BandRows - 1) / BandRows);
    for (qsizetype e = 0; e < data->layout.edges.size(); ++e)
        addEdgeExtent(data->layout.edges[e], int(e), data->rowMaxLane, data->bandEdges);

    // Diagnostics by file: the project's list (scan warnings) plus each header's own.
    QHash<QString, QList<Diagnostic>> byFile;
    for (const Diagnostic &d : project->diagnostics())
        byFile[d.file].append(d);
    data->diagnostics.resize(map.size());
    data->searchText.resize(map.size());
    for (int i = 0; i < map.size(); ++i) {
        const Revision &rev = map.revision(i);
        QList<Diagnostic> problems = byFile.value(rev.path);
        for (const Diagnostic &d : rev.diagnostics)
            if (!containsDiagnostic(problems, d))
                problems.append(d);
        data->diagnostics[i] = problems;
        QString text = rev.id + QLatin1Char('\n') + rev.doc + QLatin1Char('\n')
                       + map.branchLabels(i).join(QLatin1Char(' ')) + QLatin1Char('\n')
                       + QFileInfo(rev.path).fileName();
        data->searchText[i] = text.toLower();
    }
    return data;
}

QList<Diagnostic> ScriptCheckData::check(const Revision &revision)
{
    QFile file(revision.path);
    if (!file.open(QIODevice::ReadOnly))
        return {Diagnostic{Diagnostic::Severity::Error, revision.path, 0, 0,
                           QStringLiteral("cannot read the file: %1").arg(file.errorString())}};
    const QString source = QString::fromUtf8(file.readAll());
    return python::staticCheck(source, revision.path).reasons;
}

std::shared_ptr<const ScriptCheckData> ScriptCheckData::build(std::shared_ptr<const Project> project,
                                                              const std::atomic_bool *cancel)
{
    auto data = std::make_shared<ScriptCheckData>();
    if (!project)
        return data;
    const RevisionMap &map = project->map();
    data->reasons.resize(map.size());
    for (int i = 0; i < map.size(); ++i) {
        if (cancel && cancel->load())
            break;
        data->reasons[i] = check(map.revision(i));
    }
    return data;
}

} // namespace retort::gui
