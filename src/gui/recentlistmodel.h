#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace retort::gui {

// A most-recent-first list (recent projects, recent connections): text shown, tooltip, and the
// value it stands for (a folder, a URL without password) under ValueRole.
// Threading: GUI thread only.
class RecentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole + 1 };
    struct Item {
        QString text;
        QString toolTip;
        QString value;
    };

    explicit RecentListModel(QObject *parent = nullptr);

    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    QString value(int row) const { return m_items.value(row).value; }
    int indexOfValue(const QString &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};

} // namespace retort::gui
