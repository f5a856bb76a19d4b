#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace retort::gui {

// The application log shown in the log dock: timestamped lines, newest last, capped in size.
// Every message has its passwords masked on the way in (maskPasswords), so nothing secret can
// reach the view, a copy or a saved log. Columns: time, level, message.
// Threading: GUI thread only.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, FileRole, LineRole };

    struct Entry {
        QDateTime time;
        Level level = Level::Info;
        QString message;
        QString file;   // a diagnostic's file (double-click opens it), else empty
        int line = 0;
    };

    explicit LogModel(QObject *parent = nullptr);

    void append(Level level, const QString &message, const QString &file = {}, int line = 0);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }
    int maximumEntries() const { return m_maximum; }
    void setMaximumEntries(int maximum);
    // "hh:mm:ss level message" lines, for copying.
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(Level level);

private:
    QList<Entry> m_entries;
    int m_maximum = 5000;
};

} // namespace retort::gui
