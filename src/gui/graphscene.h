#pragma once

#include "graphdata.h"

#include "script/revisionset.h"

#include <QColor>
#include <QFont>
#include <QGraphicsScene>
#include <QList>
#include <QRectF>

#include <memory>

namespace retort::gui {

class RevisionGraphItem;

// Metrics and colours of the drawing, derived from the scene's font and palette.
struct GraphStyle {
    QFont font;          // messages
    QFont idFont;        // revision ids (fixed pitch)
    QFont badgeFont;     // "current", branch labels, markers
    qreal rowHeight = 26;
    qreal laneWidth = 16;
    qreal left = 10;
    qreal nodeRadius = 5.5;
    qreal labelGap = 10;       // between the widest lane of a row and its label
    qreal messageWidth = 380;  // messages are elided to this width
    qreal idWidth = 0;         // width of a 12-character id
    qreal badgeHeight = 16;

    QColor laneColor(int lane) const;
    static GraphStyle fromFont(const QFont &font);
};

// Where each part of one row's label goes (scene coordinates), and the elided message.
struct LabelLayout {
    QRectF current;                 // the "current" badge (null when not current)
    QRectF id;
    QList<QRectF> labels;           // declared branch labels, one pill each
    QRectF message;
    QRectF warning;                 // file problem marker (null when none)
    QRectF python;                  // "needs the project's Python" marker (null when not)
    QString idText;
    QString messageText;            // elided
    QRectF bounds;                  // union of the parts
    bool valid = false;
};

// The revision graph scene: holds the laid-out graph (GraphData), the database state (applied and
// current revisions), the search filter and the selection, computes where everything is drawn,
// and owns the one item that paints the rows lazily (RevisionGraphItem paints only the exposed
// rows; nothing per revision is allocated up front). Row geometry is a pure function of the row
// index, so 10,000 rows cost nothing until they are painted.
// Threading: GUI thread only; the GraphData it shows is immutable and may come from a worker.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void setGraphData(std::shared_ptr<const GraphData> data);   // null clears
    const GraphData *graphData() const { return m_data.get(); }
    std::shared_ptr<const GraphData> graphDataPtr() const { return m_data; }
    int rowCount() const { return m_data ? m_data->rowCount() : 0; }
    int revisionAtRow(int row) const;
    int rowOfRevision(int revision) const;

    void setScriptChecks(std::shared_ptr<const ScriptCheckData> checks);
    bool needsPython(int revision) const { return m_checks && m_checks->needsPython(revision); }
    QList<Diagnostic> pythonReasons(int revision) const;

    // Database state: known=false when not connected. `current` are the current heads (indexes).
    void setDatabaseState(bool known, const RevisionSet &applied, const QList<int> &current);
    bool databaseStateKnown() const { return m_stateKnown; }
    bool isApplied(int revision) const { return m_applied.contains(revision); }
    bool isCurrent(int revision) const { return m_current.contains(revision); }
    const RevisionSet &applied() const { return m_applied; }
    const QList<int> &currentRevisions() const { return m_currentList; }
    RevisionSet currentSet() const { return m_current; }

    // Case-insensitive substring filter on id, message, branch labels and file name.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    bool filterActive() const { return !m_filter.isEmpty(); }
    bool matches(int revision) const;
    const QList<int> &matchingRows() const { return m_matchRows; }   // ascending

    void setSelectedRow(int row);   // -1 clears
    int selectedRow() const { return m_selectedRow; }

    // Geometry (scene coordinates).
    const GraphStyle &style() const { return m_style; }
    qreal laneX(int lane) const { return m_style.left + (lane + 0.5) * m_style.laneWidth; }
    qreal rowCenterY(int row) const { return (row + 0.5) * m_style.rowHeight; }
    int rowAt(qreal y) const;       // clamped to the rows; -1 when there are none
    QRectF rowRect(int row) const;
    QPointF nodeCenter(int row) const;
    QRectF nodeRect(int row) const;
    qreal labelLeft(int row) const;
    const LabelLayout &labelLayout(int row) const;   // computed on first use, cached
    QRectF labelRect(int row) const { return labelLayout(row).bounds; }
    QString toolTip(int row, const QPointF &scenePos) const;
    RevisionGraphItem *graphItem() const { return m_item; }

Q_SIGNALS:
    void graphChanged();   // data replaced (scene rect changed)

protected:
    bool event(QEvent *event) override;

private:
    void updateSceneRect();
    void invalidateLabels();
    void updateRow(int row);

    std::shared_ptr<const GraphData> m_data;
    std::shared_ptr<const ScriptCheckData> m_checks;
    GraphStyle m_style;
    RevisionGraphItem *m_item = nullptr;
    bool m_stateKnown = false;
    RevisionSet m_applied;
    RevisionSet m_current;
    QList<int> m_currentList;
    QString m_filter;
    RevisionSet m_matches;
    QList<int> m_matchRows;
    int m_selectedRow = -1;
    mutable QList<LabelLayout> m_labels;   // per row, lazily
};

} // namespace retort::gui
