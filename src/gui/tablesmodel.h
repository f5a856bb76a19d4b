#pragma once

#include "databasesnapshot.h"

#include <QAbstractTableModel>

namespace retort::gui {

// The tables of the connected database with their row counts, for the database panel.
// Columns: table (schema-qualified when not the default), rows. Qt::EditRole of the rows column is
// the number (for sorting); the display text marks estimates with "≈".
// Threading: GUI thread only.
class TablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RowsColumn, ColumnCount };

    explicit TablesModel(QObject *parent = nullptr);

    void setTables(const QList<TableInfo> &tables);
    const QList<TableInfo> &tables() const { return m_tables; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TableInfo> m_tables;
};

} // namespace retort::gui
