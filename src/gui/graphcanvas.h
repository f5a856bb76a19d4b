#pragma once

#include <QGraphicsView>
#include <QPoint>

namespace retort::gui {

class GraphScene;

// The QGraphicsView half of the revision graph: zoom (Ctrl+wheel, keyboard), pan (drag), tooltips,
// and turning clicks and keys into row requests. It never changes the selection itself: it asks
// through rowRequested()/rowActivated() and RevisionGraphView decides.
// Threading: GUI thread only.
class GraphCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphCanvas(GraphScene *scene, QWidget *parent = nullptr);

    static constexpr qreal MinZoom = 0.02;
    static constexpr qreal MaxZoom = 4.0;
    static constexpr qreal MinFitZoom = 0.2;   // zoomToFit() does not go below

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    void zoomToFit();
    // Scrolls so that the row's node and the start of its label are visible.
    void revealRow(int row);

Q_SIGNALS:
    void rowRequested(int row);     // click, or a navigation key
    void rowActivated(int row);     // double-click, Enter
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    int rowAtViewPos(const QPoint &pos) const;
    int parentRow(int row) const;
    int childRow(int row) const;
    int rowsPerPage() const;

    GraphScene *m_scene;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace retort::gui
