#include "graphcanvas.h"

#include "graphscene.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace retort::gui {

GraphCanvas::GraphCanvas(GraphScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::ArrowCursor);
    setBackgroundBrush(palette().color(QPalette::Base));
}

qreal GraphCanvas::zoom() const
{
    return transform().m11();
}

void GraphCanvas::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void GraphCanvas::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void GraphCanvas::zoomToFit()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    const QSize area = viewport()->size();
    const qreal fit = std::min(area.width() / rect.width(), area.height() / rect.height());
    // Below MinFitZoom nothing but dots would remain: big graphs fit as much as stays readable.
    setZoom(std::clamp<qreal>(fit * 0.98, MinFitZoom, 1.0));
    if (fit * 0.98 >= MinFitZoom)
        centerOn(rect.center());
    else if (m_scene->selectedRow() >= 0)
        revealRow(m_scene->selectedRow());
}

void GraphCanvas::revealRow(int row)
{
    if (row < 0 || row >= m_scene->rowCount())
        return;
    const QRectF node = m_scene->nodeRect(row);
    QRectF target = node;
    target.setRight(std::max(node.right(), m_scene->labelLeft(row) + m_scene->style().idWidth));
    target.setLeft(0);
    const qreal margin = m_scene->style().rowHeight * 1.5;
    ensureVisible(target, 0, int(margin * zoom()));
}

int GraphCanvas::rowAtViewPos(const QPoint &pos) const
{
    const QPointF scenePos = mapToScene(pos);
    if (scenePos.y() < 0 || scenePos.y() >= m_scene->rowCount() * m_scene->style().rowHeight)
        return -1;
    return m_scene->rowAt(scenePos.y());
}

int GraphCanvas::parentRow(int row) const
{
    const GraphData *data = m_scene->graphData();
    const int rev = m_scene->revisionAtRow(row);
    const QList<int> &down = data->map().downRevisions(rev);
    if (!down.isEmpty())
        return m_scene->rowOfRevision(down.first());
    const QList<int> &deps = data->map().resolvedDependencies(rev);
    return deps.isEmpty() ? -1 : m_scene->rowOfRevision(deps.first());
}

int GraphCanvas::childRow(int row) const
{
    // The nearest child above (children are always above their parents).
    const GraphData *data = m_scene->graphData();
    const int rev = m_scene->revisionAtRow(row);
    int best = -1;
    for (int child : data->map().nextRevisions(rev)) {
        const int r = m_scene->rowOfRevision(child);
        if (r >= 0 && (best < 0 || r > best))
            best = r;
    }
    return best;
}

int GraphCanvas::rowsPerPage() const
{
    return std::max(1, int(viewport()->height() / (m_scene->style().rowHeight * zoom())) - 1);
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(std::pow(1.0015, delta));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_scene->rowCount();
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomBy(1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomBy(1 / 1.25);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        setZoom(1.0);
        return;
    }
    if (rows == 0) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const int sel = m_scene->selectedRow();
    const bool alt = event->modifiers() & Qt::AltModifier;
    int target = -2;
    switch (event->key()) {
    case Qt::Key_Up:
        target = sel < 0 ? 0 : (alt ? childRow(sel) : std::max(0, sel - 1));
        break;
    case Qt::Key_Down:
        target = sel < 0 ? 0 : (alt ? parentRow(sel) : std::min(rows - 1, sel + 1));
        break;
    case Qt::Key_Left:
        target = sel < 0 ? 0 : parentRow(sel);
        break;
    case Qt::Key_Right:
        target = sel < 0 ? 0 : childRow(sel);
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = rows - 1;
        break;
    case Qt::Key_PageUp:
        target = std::max(0, (sel < 0 ? 0 : sel) - rowsPerPage());
        break;
    case Qt::Key_PageDown:
        target = std::min(rows - 1, (sel < 0 ? 0 : sel) + rowsPerPage());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (sel >= 0)
            Q_EMIT rowActivated(sel);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (target >= 0)
        Q_EMIT rowRequested(target);
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    viewport()->setCursor(Qt::ArrowCursor);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    // A click (not a drag) selects the row under the mouse.
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < 4) {
        const int row = rowAtViewPos(event->position().toPoint());
        if (row >= 0)
            Q_EMIT rowRequested(row);
    }
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAtViewPos(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        Q_EMIT rowRequested(row);
        Q_EMIT rowActivated(row);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool GraphCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAtViewPos(help->pos());
        const QPointF scenePos = mapToScene(help->pos());
        QString text;
        if (row >= 0) {
            const QRectF hit = m_scene->nodeRect(row) | m_scene->labelRect(row);
            if (hit.adjusted(-4, 0, 4, 0).contains(scenePos))
                text = m_scene->toolTip(row, scenePos);
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace retort::gui
