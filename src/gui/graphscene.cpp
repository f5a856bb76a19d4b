#include "graphscene.h"

#include "graphitems.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>

#include <algorithm>

namespace retort::gui {

namespace {

constexpr int IdChars = 12;
constexpr qreal PartGap = 8;
constexpr qreal PillGap = 4;
constexpr qreal PillPadding = 10;

QString kindDescription(quint8 flags, const RevisionMap &map, int revision)
{
    QStringList kinds;
    if (flags & GraphRow::Head)
        kinds << GraphScene::tr("Head: no revision builds on it");
    if (flags & GraphRow::EffectiveHead)
        kinds << GraphScene::tr("Effective head: only depends_on links come out of it");
    if (flags & GraphRow::Base)
        kinds << GraphScene::tr("Base: the first revision of a branch (no down_revision)");
    if (flags & GraphRow::BranchPoint)
        kinds << GraphScene::tr("Branch point: %n children", nullptr, int(map.nextRevisions(revision).size()));
    if (flags & GraphRow::MergePoint)
        kinds << GraphScene::tr("Merge point: merges %n parents", nullptr, int(map.downRevisions(revision).size()));
    return kinds.join(QStringLiteral("<br>"));
}

} // namespace

QColor GraphStyle::laneColor(int lane) const
{
    static const QColor colors[] = {
        QColor(0x1f, 0x6f, 0xc5), QColor(0xd9, 0x6c, 0x06), QColor(0x2e, 0x8b, 0x3d),
        QColor(0xb0, 0x30, 0x60), QColor(0x7b, 0x4f, 0xc9), QColor(0x0e, 0x8a, 0x8a),
        QColor(0x9a, 0x7b, 0x0a), QColor(0x5d, 0x6d, 0x7e)};
    return colors[std::max(lane, 0) % int(std::size(colors))];
}

GraphStyle GraphStyle::fromFont(const QFont &font)
{
    GraphStyle s;
    s.font = font;
    s.idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0)
        s.idFont.setPointSizeF(font.pointSizeF());
    s.badgeFont = font;
    if (font.pointSizeF() > 0)
        s.badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
    s.badgeFont.setBold(true);
    const QFontMetricsF fm(s.font);
    const QFontMetricsF idFm(s.idFont);
    const QFontMetricsF badgeFm(s.badgeFont);
    s.rowHeight = std::max<qreal>(24, std::ceil(std::max(fm.height(), idFm.height()) + 10));
    s.laneWidth = std::max<qreal>(16, std::round(s.rowHeight * 0.62));
    s.nodeRadius = std::round(s.laneWidth * 0.34 * 2) / 2;
    s.messageWidth = fm.averageCharWidth() * 60;
    s.idWidth = idFm.horizontalAdvance(QString(IdChars, QLatin1Char('0')));
    s.badgeHeight = std::ceil(badgeFm.height() + 2);
    return s;
}

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::NoIndex);   // one item; nothing to index
    m_style = GraphStyle::fromFont(font());
    m_item = new RevisionGraphItem(this);
    addItem(m_item);
}

GraphScene::~GraphScene() = default;

bool GraphScene::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_style = GraphStyle::fromFont(font());
        invalidateLabels();
        updateSceneRect();
    }
    return QGraphicsScene::event(event);
}

void GraphScene::setGraphData(std::shared_ptr<const GraphData> data)
{
    m_data = std::move(data);
    const int size = m_data ? m_data->map().size() : 0;
    m_checks.reset();
    m_stateKnown = false;
    m_applied = RevisionSet(size);
    m_current = RevisionSet(size);
    m_currentList.clear();
    m_selectedRow = -1;
    m_labels.clear();
    m_labels.resize(rowCount());
    setFilterText(m_filter);   // recompute the matches for the new graph
    updateSceneRect();
    m_item->update();
    Q_EMIT graphChanged();
}

int GraphScene::revisionAtRow(int row) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return -1;
    return m_data->layout.rows[row].revision;
}

int GraphScene::rowOfRevision(int revision) const
{
    return m_data ? m_data->layout.rowOf(revision) : -1;
}

void GraphScene::setScriptChecks(std::shared_ptr<const ScriptCheckData> checks)
{
    m_checks = std::move(checks);
    invalidateLabels();
    updateSceneRect();
    m_item->update();
}

QList<Diagnostic> GraphScene::pythonReasons(int revision) const
{
    return m_checks ? m_checks->reasons.value(revision) : QList<Diagnostic>();
}

void GraphScene::setDatabaseState(bool known, const RevisionSet &applied, const QList<int> &current)
{
    const int size = m_data ? m_data->map().size() : 0;
    m_stateKnown = known;
    m_applied = applied.capacity() == size ? applied : RevisionSet(size);
    m_currentList = current;
    m_current = RevisionSet::of(size, current);
    invalidateLabels();
    updateSceneRect();
    m_item->update();
}

void GraphScene::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    const QString needle = m_filter.toLower();
    const int size = m_data ? m_data->map().size() : 0;
    m_matches = RevisionSet(size);
    m_matchRows.clear();
    if (m_data && !needle.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r) {
            const int rev = m_data->layout.rows[r].revision;
            if (m_data->searchText[rev].contains(needle)) {
                m_matches.insert(rev);
                m_matchRows.append(r);
            }
        }
    }
    m_item->update();
}

bool GraphScene::matches(int revision) const
{
    return m_filter.isEmpty() || m_matches.contains(revision);
}

void GraphScene::setSelectedRow(int row)
{
    if (row < -1 || row >= rowCount())
        row = -1;
    if (row == m_selectedRow)
        return;
    const int old = m_selectedRow;
    m_selectedRow = row;
    updateRow(old);
    updateRow(row);
}

void GraphScene::updateRow(int row)
{
    if (row >= 0 && row < rowCount())
        m_item->update(rowRect(row));
}

int GraphScene::rowAt(qreal y) const
{
    if (rowCount() == 0)
        return -1;
    return std::clamp(int(std::floor(y / m_style.rowHeight)), 0, rowCount() - 1);
}

QRectF GraphScene::rowRect(int row) const
{
    return QRectF(0, row * m_style.rowHeight, sceneRect().width(), m_style.rowHeight);
}

QPointF GraphScene::nodeCenter(int row) const
{
    return QPointF(laneX(m_data->layout.rows[row].lane), rowCenterY(row));
}

QRectF GraphScene::nodeRect(int row) const
{
    const qreal r = m_style.nodeRadius + 3;   // the head ring included
    const QPointF c = nodeCenter(row);
    return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
}

qreal GraphScene::labelLeft(int row) const
{
    return m_style.left + (m_data->rowMaxLane[row] + 1) * m_style.laneWidth + m_style.labelGap;
}

const LabelLayout &GraphScene::labelLayout(int row) const
{
    LabelLayout &l = m_labels[row];
    if (l.valid)
        return l;
    const int rev = revisionAtRow(row);
    const RevisionMap &map = m_data->map();
    const Revision &revision = map.revision(rev);
    const QFontMetricsF fm(m_style.font);
    const QFontMetricsF idFm(m_style.idFont);
    const QFontMetricsF badgeFm(m_style.badgeFont);
    const qreal cy = rowCenterY(row);
    const qreal textH = std::min(m_style.rowHeight - 6, std::max(fm.height(), idFm.height()) + 2);
    const qreal textTop = cy - textH / 2;
    const qreal badgeTop = cy - m_style.badgeHeight / 2;
    qreal x = labelLeft(row);

    l = LabelLayout();
    if (m_current.contains(rev)) {
        const qreal w = badgeFm.horizontalAdvance(tr("current")) + PillPadding;
        l.current = QRectF(x, badgeTop, w, m_style.badgeHeight);
        x += w + PartGap;
    }
    l.idText = revision.id.size() > IdChars ? revision.id.left(IdChars - 1) + QChar(0x2026) : revision.id;
    l.id = QRectF(x, textTop, idFm.horizontalAdvance(l.idText), textH);
    x += l.id.width() + PartGap;
    for (const QString &label : revision.branchLabels) {
        const qreal w = badgeFm.horizontalAdvance(label) + PillPadding;
        l.labels.append(QRectF(x, badgeTop, w, m_style.badgeHeight));
        x += w + PillGap;
    }
    if (!revision.branchLabels.isEmpty())
        x += PartGap - PillGap;
    l.messageText = fm.elidedText(revision.doc.simplified(), Qt::ElideRight, m_style.messageWidth);
    l.message = QRectF(x, textTop, fm.horizontalAdvance(l.messageText), textH);
    x += l.message.width() + (l.messageText.isEmpty() ? 0 : PartGap);
    if (!m_data->diagnostics[rev].isEmpty()) {
        l.warning = QRectF(x, badgeTop, m_style.badgeHeight, m_style.badgeHeight);
        x += l.warning.width() + PillGap;
    }
    if (needsPython(rev)) {
        const qreal w = badgeFm.horizontalAdvance(QStringLiteral("py")) + PillPadding;
        l.python = QRectF(x, badgeTop, w, m_style.badgeHeight);
    }
    QRectF bounds = l.id | l.message;
    for (const QRectF &r : {l.current, l.warning, l.python})
        if (!r.isNull())
            bounds |= r;
    for (const QRectF &r : std::as_const(l.labels))
        bounds |= r;
    l.bounds = bounds;
    l.valid = true;
    return l;
}

void GraphScene::invalidateLabels()
{
    for (LabelLayout &l : m_labels)
        l.valid = false;
}

void GraphScene::updateSceneRect()
{
    const int rows = rowCount();
    if (rows == 0) {
        setSceneRect(QRectF(0, 0, 1, 1));
        return;
    }
    // The widest possible label on each row: an upper bound without laying out every row.
    const QFontMetricsF badgeFm(m_style.badgeFont);
    const qreal currentW = badgeFm.horizontalAdvance(tr("current")) + PillPadding + PartGap;
    const qreal fixed = m_style.idWidth + PartGap + m_style.messageWidth + PartGap + m_style.badgeHeight
                        + PillGap + badgeFm.horizontalAdvance(QStringLiteral("py")) + PillPadding;
    qreal width = 0;
    const RevisionMap &map = m_data->map();
    for (int r = 0; r < rows; ++r) {
        const int rev = m_data->layout.rows[r].revision;
        qreal w = labelLeft(r) + fixed + (m_current.contains(rev) ? currentW : 0);
        for (const QString &label : map.revision(rev).branchLabels)
            w += badgeFm.horizontalAdvance(label) + PillPadding + PillGap;
        width = std::max(width, w);
    }
    setSceneRect(QRectF(0, 0, width + m_style.left, rows * m_style.rowHeight));
    m_item->setSize(sceneRect().size());
}

QString GraphScene::toolTip(int row, const QPointF &scenePos) const
{
    Q_UNUSED(scenePos);
    if (!m_data || row < 0 || row >= rowCount())
        return {};
    const GraphRow &gr = m_data->layout.rows[row];
    const int rev = gr.revision;
    const RevisionMap &map = m_data->map();
    const Revision &r = map.revision(rev);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> %2").arg(r.id.toHtmlEscaped(), r.doc.toHtmlEscaped());
    const QString kinds = kindDescription(gr.flags, map, rev);
    if (!kinds.isEmpty())
        lines << kinds;
    if (!m_stateKnown)
        lines << tr("Database state unknown (not connected)");
    else if (m_current.contains(rev))
        lines << tr("<b>Current</b> revision of the database");
    else if (m_applied.contains(rev))
        lines << tr("Applied to the database");
    else
        lines << tr("Pending: not applied to the database");
    if (!map.branchLabels(rev).isEmpty())
        lines << tr("Branch labels: %1").arg(map.branchLabels(rev).join(QStringLiteral(", ")).toHtmlEscaped());
    if (!r.dependsOn.isEmpty())
        lines << tr("Depends on: %1").arg(r.dependsOn.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const Diagnostic &d : m_data->diagnostics[rev])
        lines << QStringLiteral("\u26a0 %1").arg(d.toString().toHtmlEscaped());
    const QList<Diagnostic> reasons = pythonReasons(rev);
    if (!reasons.isEmpty()) {
        lines << tr("<b>Needs the project's Python</b> (the built-in interpreter cannot run it):");
        for (const Diagnostic &d : reasons)
            lines << QStringLiteral("&nbsp;&nbsp;%1:%2: %3")
                         .arg(QFileInfo(d.file).fileName().toHtmlEscaped())
                         .arg(d.line)
                         .arg(d.message.toHtmlEscaped());
    }
    lines << QStringLiteral("<i>%1</i>").arg(QFileInfo(r.path).fileName().toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace retort::gui
