// RevisionGraphView's exports: the drawing as PNG or SVG, the graph as DOT or Mermaid text.
#include "graphview.h"

#include "graphcanvas.h"
#include "graphscene.h"

#include "commands/graphexport.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace retort::gui {

namespace {

// Larger drawings are exported as the visible part only (a 10,000-row PNG would need gigabytes).
constexpr qreal MaxImageSide = 32000;
constexpr qreal MaxImagePixels = 60e6;

} // namespace

bool RevisionGraphView::exportImage(const QString &fileName)
{
    if (!m_scene->graphData() || m_scene->rowCount() == 0)
        return false;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QRectF source = m_scene->sceneRect();
    const QColor background = palette().color(QPalette::Base);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Revision graph"));
        svg.setDescription(m_project ? m_project->config().projectDir() : QString());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), background);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        return painter.end();
    }
    if (suffix != QLatin1String("png"))
        return false;
    QImage image;
    if (source.width() <= MaxImageSide && source.height() <= MaxImageSide
        && source.width() * source.height() <= MaxImagePixels) {
        image = QImage(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(image.rect()), source);
    } else {
        image = m_canvas->viewport()->grab().toImage();
    }
    return !image.isNull() && image.save(fileName, "PNG");
}

bool RevisionGraphView::exportText(const QString &fileName)
{
    const GraphData *data = m_scene->graphData();
    if (!data)
        return false;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool known = m_scene->databaseStateKnown();
    const RevisionSet current = m_scene->currentSet();
    const RevisionSet *appliedSet = known ? &m_scene->applied() : nullptr;
    const RevisionSet *currentSet = known ? &current : nullptr;
    QString text;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        text = graphexport::toDot(data->map(), appliedSet, currentSet);
    else if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        text = graphexport::toMermaid(data->map(), appliedSet, currentSet);
    else
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace retort::gui
