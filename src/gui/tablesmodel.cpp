#include "tablesmodel.h"

#include <QLocale>

namespace retort::gui {

namespace {

QString qualifiedName(const TableInfo &t)
{
    if (t.schema.isEmpty() || t.schema == QLatin1String("public"))
        return t.name;
    return t.schema + QLatin1Char('.') + t.name;
}

} // namespace

TablesModel::TablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TablesModel::setTables(const QList<TableInfo> &tables)
{
    beginResetModel();
    m_tables = tables;
    endResetModel();
}

int TablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableInfo &t = m_tables.at(index.row());
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return qualifiedName(t);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (t.rows < 0)
            return tr("unknown");
        return t.estimated ? tr("≈ %1").arg(QLocale().toString(t.rows)) : QLocale().toString(t.rows);
    case Qt::EditRole:
        return t.rows;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (t.rows < 0)
            return tr("Not analysed yet: run ANALYZE for an estimate");
        return t.estimated ? tr("Estimated from the database statistics") : tr("Exact count");
    }
    return {};
}

QVariant TablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Table") : tr("Rows");
}

} // namespace retort::gui
