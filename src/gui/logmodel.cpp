#include "logmodel.h"

#include "config/databaseurl.h"

#include <QApplication>
#include <QStyle>

namespace retort::gui {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString LogModel::levelName(Level level)
{
    switch (level) {
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return {};
}

void LogModel::append(Level level, const QString &message, const QString &file, int line)
{
    if (m_entries.size() >= m_maximum) {
        const int drop = int(m_entries.size()) - m_maximum + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{QDateTime::currentDateTime(), level, maskPasswords(message), file, line});
    endInsertRows();
}

void LogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void LogModel::setMaximumEntries(int maximum)
{
    m_maximum = qMax(1, maximum);
    if (m_entries.size() > m_maximum) {
        const int drop = int(m_entries.size()) - m_maximum;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
}

QString LogModel::toText() const
{
    QString text;
    for (const Entry &e : m_entries)
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(e.time.toString(QStringLiteral("hh:mm:ss")), levelName(e.level), e.message);
    return text;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("hh:mm:ss"));
        case LevelColumn:
            return levelName(e.level);
        case MessageColumn:
            return e.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time, QLocale::LongFormat);
        return e.message;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn && qApp) {
            const QStyle::StandardPixmap icon = e.level == Level::Error     ? QStyle::SP_MessageBoxCritical
                                                : e.level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                                                            : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        break;
    case LevelRole:
        return int(e.level);
    case FileRole:
        return e.file;
    case LineRole:
        return e.line;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace retort::gui
