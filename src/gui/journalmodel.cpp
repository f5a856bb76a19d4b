#include "journalmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace retort::gui {

namespace {

QString outcomeKind(const QString &outcome)
{
    return outcome.section(QLatin1Char(':'), 0, 0).trimmed();
}

} // namespace

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    // Stable: entries of the same millisecond keep the file's order (newest last there).
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.started > b.started; });
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    if (role == OutcomeKindRole)
        return outcomeKind(e.outcome);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        const QString kind = outcomeKind(e.outcome);
        if (kind == QLatin1String("failed") || kind == QLatin1String("interrupted"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (kind == QLatin1String("ok"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == OutcomeColumn)
            return e.outcome;
        if (index.column() == ChecksumColumn)
            return e.sqlSha256;
        if (index.column() == StartedColumn)
            return e.started.toUTC().toString(Qt::ISODateWithMs);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return role == Qt::EditRole ? QVariant(e.started)
                                    : QVariant(e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case DirectionColumn: return e.direction;
    case RevisionColumn: return e.revision;
    case StepColumn: return e.step;
    case OutcomeColumn: return role == Qt::EditRole ? e.outcome : e.outcome.section(QLatin1Char('\n'), 0, 0);
    case DurationColumn:
        if (role == Qt::EditRole)
            return e.durationMs;
        return e.durationMs < 0 ? QStringLiteral("–") : QStringLiteral("%1 ms").arg(e.durationMs);
    case UserColumn: return QStringLiteral("%1@%2").arg(e.user, e.host);
    case DatabaseColumn: return e.database;
    case ChecksumColumn: return role == Qt::EditRole ? e.sqlSha256 : e.sqlSha256.left(12);
    default: return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn: return tr("Started");
    case DirectionColumn: return tr("Command");
    case RevisionColumn: return tr("Revision");
    case StepColumn: return tr("Step");
    case OutcomeColumn: return tr("Outcome");
    case DurationColumn: return tr("Duration");
    case UserColumn: return tr("By");
    case DatabaseColumn: return tr("Database");
    case ChecksumColumn: return tr("SQL SHA-256");
    default: return {};
    }
}

} // namespace retort::gui
