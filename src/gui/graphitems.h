#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QSizeF>

#include <vector>

namespace retort::gui {

class GraphScene;

// The single item that draws the whole revision graph of a GraphScene. paint() draws only the
// rows inside QStyleOptionGraphicsItem::exposedRect (edges found through GraphData's band index,
// label geometry cached by the scene), and drops text and then node shapes when zoomed far out,
// so a 10,000-revision graph paints as fast as a small one.
// Threading: GUI thread only.
class RevisionGraphItem : public QGraphicsItem
{
public:
    explicit RevisionGraphItem(GraphScene *scene);

    void setSize(const QSizeF &size);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Node outline for a row (centered on the node), as drawn; exposed for tests.
    QPainterPath nodeShape(int row) const;
    int lastPaintedRowCount() const { return m_lastPaintedRows; }

private:
    void paintBands(QPainter *painter, int firstRow, int lastRow, const QRectF &exposed) const;
    void paintEdges(QPainter *painter, int firstRow, int lastRow, qreal lod) const;
    void paintNode(QPainter *painter, int row, qreal lod) const;
    void paintLabel(QPainter *painter, int row) const;

    GraphScene *m_scene;
    QSizeF m_size;
    mutable std::vector<unsigned> m_edgeStamp;   // per edge: last paint that drew it
    mutable unsigned m_paintCount = 0;
    mutable int m_lastPaintedRows = 0;
};

} // namespace retort::gui
