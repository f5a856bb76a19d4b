#include "graphitems.h"

#include "graphscene.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace retort::gui {

namespace {

const QColor CurrentColor(0x1e, 0x9e, 0x4a);
const QColor WarningColor(0xf0, 0xb4, 0x00);
const QColor PythonColor(0x8e, 0x44, 0xad);
const QColor DependencyColor(0x80, 0x80, 0x90);

} // namespace

RevisionGraphItem::RevisionGraphItem(GraphScene *scene) : m_scene(scene)
{
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);   // paint() gets exposedRect
}

void RevisionGraphItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF RevisionGraphItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

QPainterPath RevisionGraphItem::nodeShape(int row) const
{
    const GraphData *data = m_scene->graphData();
    const GraphRow &gr = data->layout.rows[row];
    const QPointF c = m_scene->nodeCenter(row);
    const qreal r = m_scene->style().nodeRadius;
    QPainterPath path;
    if (gr.has(GraphRow::MergePoint)) {
        const qreal d = r * 1.35;
        path.moveTo(c.x(), c.y() - d);
        path.lineTo(c.x() + d, c.y());
        path.lineTo(c.x(), c.y() + d);
        path.lineTo(c.x() - d, c.y());
        path.closeSubpath();
    } else if (gr.has(GraphRow::BranchPoint)) {
        const qreal d = r * 1.3;
        path.moveTo(c.x(), c.y() - d);
        path.lineTo(c.x() + d, c.y() + d * 0.8);
        path.lineTo(c.x() - d, c.y() + d * 0.8);
        path.closeSubpath();
    } else if (gr.has(GraphRow::Base)) {
        path.addRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 2, 2);
    } else {
        path.addEllipse(c, r, r);
    }
    return path;
}

void RevisionGraphItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const GraphData *data = m_scene->graphData();
    if (!data || m_scene->rowCount() == 0)
        return;
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : boundingRect();
    const qreal h = m_scene->style().rowHeight;
    // One row of margin on each side: edges curve into the neighbouring rows.
    const int first = std::max(0, int(std::floor(exposed.top() / h)) - 1);
    const int last = std::min(m_scene->rowCount() - 1, int(std::floor(exposed.bottom() / h)) + 1);
    if (first > last)
        return;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    m_lastPaintedRows = last - first + 1;

    painter->setRenderHint(QPainter::Antialiasing, lod > 0.15);
    paintBands(painter, first, last, exposed);
    paintEdges(painter, first, last, lod);
    for (int row = first; row <= last; ++row)
        paintNode(painter, row, lod);
    if (lod >= 0.45) {
        for (int row = first; row <= last; ++row) {
            if (m_scene->labelLeft(row) > exposed.right())
                continue;
            paintLabel(painter, row);
        }
    } else if (lod >= 0.08) {
        // Far out: a grey bar where the text would be, so the shape of the history stays readable.
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_scene->palette().color(QPalette::Mid));
        for (int row = first; row <= last; ++row) {
            const qreal y = m_scene->rowCenterY(row);
            painter->drawRect(QRectF(m_scene->labelLeft(row), y - h * 0.15, m_scene->style().messageWidth * 0.5, h * 0.3));
        }
    }
}

void RevisionGraphItem::paintBands(QPainter *painter, int firstRow, int lastRow, const QRectF &exposed) const
{
    const QPalette palette = m_scene->palette();
    const GraphData *data = m_scene->graphData();
    for (int row = firstRow; row <= lastRow; ++row) {
        const int rev = data->layout.rows[row].revision;
        QRectF band = m_scene->rowRect(row);
        band.setLeft(exposed.left());
        band.setRight(exposed.right());
        if (row == m_scene->selectedRow()) {
            QColor fill = palette.color(QPalette::Highlight);
            fill.setAlpha(55);
            painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
            painter->setBrush(fill);
            painter->drawRect(m_scene->rowRect(row).adjusted(0.5, 1.5, -0.5, -1.5));
        } else if (m_scene->isCurrent(rev)) {
            QColor fill = CurrentColor;
            fill.setAlpha(28);
            painter->fillRect(band, fill);
        }
    }
}

void RevisionGraphItem::paintEdges(QPainter *painter, int firstRow, int lastRow, qreal lod) const
{
    const GraphData *data = m_scene->graphData();
    const qreal h = m_scene->style().rowHeight;
    if (m_edgeStamp.size() != size_t(data->layout.edges.size()))
        m_edgeStamp.assign(size_t(data->layout.edges.size()), 0);
    ++m_paintCount;
    const bool known = m_scene->databaseStateKnown();
    painter->save();
    painter->setBrush(Qt::NoBrush);
    if (m_scene->filterActive())
        painter->setOpacity(0.35);
    for (int band = firstRow / GraphData::BandRows; band <= lastRow / GraphData::BandRows; ++band) {
        for (int e : data->bandEdges[band]) {
            if (m_edgeStamp[size_t(e)] == m_paintCount)
                continue;
            m_edgeStamp[size_t(e)] = m_paintCount;
            const GraphEdge &edge = data->layout.edges[e];
            const QList<LanePoint> &route = edge.route;
            if (route.size() < 2)
                continue;
            QPainterPath path;
            QPointF prev(m_scene->laneX(route[0].lane), m_scene->rowCenterY(route[0].row));
            path.moveTo(prev);
            for (qsizetype k = 1; k < route.size(); ++k) {
                const QPointF next(m_scene->laneX(route[k].lane), m_scene->rowCenterY(route[k].row));
                if (route[k].lane == route[k - 1].lane)
                    path.lineTo(next);
                else
                    path.cubicTo(QPointF(prev.x(), prev.y() + h * 0.55), QPointF(next.x(), next.y() - h * 0.55), next);
                prev = next;
            }
            const bool applied = !known || m_scene->isApplied(edge.child);
            QPen pen;
            if (edge.kind == EdgeKind::Dependency) {
                pen = QPen(DependencyColor, 1.4, Qt::DashLine);
            } else {
                QColor color = m_scene->style().laneColor(route[1].lane);
                if (!applied)
                    color.setAlpha(150);
                pen = QPen(color, applied ? 2.2 : 1.6);
            }
            pen.setCapStyle(Qt::RoundCap);
            if (lod < 0.3) {
                pen.setCosmetic(true);
                pen.setWidthF(1);
            }
            painter->setPen(pen);
            painter->drawPath(path);
        }
    }
    painter->restore();
}

void RevisionGraphItem::paintNode(QPainter *painter, int row, qreal lod) const
{
    const GraphData *data = m_scene->graphData();
    const GraphRow &gr = data->layout.rows[row];
    const GraphStyle &style = m_scene->style();
    const int rev = gr.revision;
    const QColor color = style.laneColor(gr.lane);
    const bool known = m_scene->databaseStateKnown();
    const bool applied = !known || m_scene->isApplied(rev);
    const QPointF c = m_scene->nodeCenter(row);
    painter->save();
    if (!m_scene->matches(rev))
        painter->setOpacity(0.25);
    if (lod < 0.2) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const qreal r = 1.5 / std::max(lod, 0.01);
        painter->drawEllipse(c, r, r);
        painter->restore();
        return;
    }
    const qreal r = style.nodeRadius;
    if (m_scene->isCurrent(rev)) {
        painter->setPen(QPen(CurrentColor, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, r + 3.5, r + 3.5);
    } else if (gr.has(GraphRow::Head) || gr.has(GraphRow::EffectiveHead)) {
        QPen ring(color, 1.5, gr.has(GraphRow::EffectiveHead) ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, r + 3, r + 3);
    }
    if (applied) {
        painter->setPen(QPen(color.darker(135), 1.5));
        painter->setBrush(color);
    } else {
        painter->setPen(QPen(color, 2));
        painter->setBrush(m_scene->palette().color(QPalette::Base));
    }
    painter->drawPath(nodeShape(row));
    painter->restore();
}

void RevisionGraphItem::paintLabel(QPainter *painter, int row) const
{
    const GraphData *data = m_scene->graphData();
    const GraphStyle &style = m_scene->style();
    const int rev = data->layout.rows[row].revision;
    const LabelLayout &l = m_scene->labelLayout(row);
    const QPalette palette = m_scene->palette();
    const bool pending = m_scene->databaseStateKnown() && !m_scene->isApplied(rev);
    painter->save();
    if (!m_scene->matches(rev))
        painter->setOpacity(0.25);

    auto pill = [painter, &style](const QRectF &rect, const QColor &fill, const QColor &border,
                                  const QColor &textColor, const QString &text) {
        painter->setPen(QPen(border, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2);
        painter->setFont(style.badgeFont);
        painter->setPen(textColor);
        painter->drawText(rect, Qt::AlignCenter, text);
    };

    if (!l.current.isNull())
        pill(l.current, CurrentColor, CurrentColor.darker(120), Qt::white, GraphScene::tr("current"));

    QColor text = palette.color(QPalette::Text);
    QColor idColor = data->layout.rows[row].has(GraphRow::Head) ? palette.color(QPalette::Link) : text;
    if (pending) {
        text = palette.color(QPalette::PlaceholderText);
        idColor.setAlpha(170);
    }
    QFont idFont = style.idFont;
    idFont.setBold(data->layout.rows[row].has(GraphRow::Head));
    painter->setFont(idFont);
    painter->setPen(idColor);
    painter->drawText(l.id, Qt::AlignLeft | Qt::AlignVCenter, l.idText);

    const QStringList &labels = data->map().revision(rev).branchLabels;
    for (qsizetype k = 0; k < l.labels.size() && k < labels.size(); ++k) {
        QColor fill = style.laneColor(data->layout.rows[row].lane);
        const QColor border = fill;
        fill.setAlpha(40);
        pill(l.labels[k], fill, border, palette.color(QPalette::Text), labels[k]);
    }

    painter->setFont(style.font);
    painter->setPen(text);
    painter->drawText(l.message, Qt::AlignLeft | Qt::AlignVCenter, l.messageText);

    if (!l.warning.isNull()) {
        const QRectF w = l.warning.adjusted(1, 1, -1, -1);
        QPainterPath triangle;
        triangle.moveTo(w.center().x(), w.top());
        triangle.lineTo(w.right(), w.bottom());
        triangle.lineTo(w.left(), w.bottom());
        triangle.closeSubpath();
        painter->setPen(QPen(WarningColor.darker(150), 1));
        painter->setBrush(WarningColor);
        painter->drawPath(triangle);
        painter->setFont(style.badgeFont);
        painter->setPen(Qt::black);
        painter->drawText(w.adjusted(0, 2, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
    }
    if (!l.python.isNull()) {
        QColor fill = PythonColor;
        fill.setAlpha(30);
        pill(l.python, fill, PythonColor, PythonColor, QStringLiteral("py"));
    }
    painter->restore();
}

} // namespace retort::gui
