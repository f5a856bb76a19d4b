#include "recentlistmodel.h"

namespace retort::gui {

RecentListModel::RecentListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RecentListModel::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int RecentListModel::indexOfValue(const QString &value) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].value == value)
            return i;
    return -1;
}

int RecentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant RecentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.text;
    case Qt::ToolTipRole:
        return item.toolTip.isEmpty() ? item.text : item.toolTip;
    case ValueRole:
        return item.value;
    }
    return {};
}

} // namespace retort::gui
