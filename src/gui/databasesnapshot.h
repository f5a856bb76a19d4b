#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace retort::gui {

// One table of the connected database with its row count: exact (SQLite COUNT(*)) or an estimate
// (sqlite_stat1, PostgreSQL pg_class.reltuples). rows < 0: unknown (never analysed).
struct TableInfo {
    QString schema;   // empty for SQLite's main database
    QString name;
    qint64 rows = -1;
    bool estimated = false;
};

// What the database worker read in one go; plain value passed across threads.
struct DatabaseSnapshot {
    QString displayUrl;      // password masked
    QString dialect;         // "sqlite" / "postgresql"
    QString serverVersion;
    QStringList rows;        // version-table rows, in the order the database returned them
    bool versionTableExists = false;
    QList<TableInfo> tables;
    QDateTime readAt;
};

} // namespace retort::gui

Q_DECLARE_METATYPE(retort::gui::DatabaseSnapshot)
