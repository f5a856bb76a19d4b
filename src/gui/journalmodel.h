#pragma once

#include "runtime/journal.h"

#include <QAbstractTableModel>
#include <QList>

namespace retort::gui {

// The journal of applied steps as a table, newest first: when, what, which revision, outcome,
// duration, who (user@host), database (masked) and the SQL checksum.
// Threading: GUI thread only (the file is read elsewhere; see JournalPanel).
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, DirectionColumn, RevisionColumn, StepColumn, OutcomeColumn, DurationColumn,
                  UserColumn, DatabaseColumn, ChecksumColumn, ColumnCount };
    enum Role { OutcomeKindRole = Qt::UserRole + 1 };   // "ok", "failed", "interrupted", "running"

    explicit JournalModel(QObject *parent = nullptr);

    // entries oldest first, as Journal::read returns them; shown newest first.
    void setEntries(const QList<JournalEntry> &entries);
    const JournalEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JournalEntry> m_entries;   // newest first
};

} // namespace retort::gui
