#pragma once

#include "databasesnapshot.h"

#include "core/result.h"
#include "runtime/versiontable.h"

#include <QObject>

#include <memory>

namespace retort {
class Connection;
}

namespace retort::gui {

// Talks to one database for the GUI: open, test, read the version table, server version and the
// tables with row counts. Threading: lives in the QThread DatabaseController gives it; every slot
// runs there and every result is a signal (queued to the GUI thread). It owns its Connection,
// which is opened, used and closed on that thread only. Requests carry an id that comes back
// with the answer so the caller can drop stale ones.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(QObject *parent = nullptr);
    ~DatabaseWorker() override;

public Q_SLOTS:
    // Opens urlText (unmasked; relative SQLite paths against baseDir), replacing any open
    // connection, then reads a snapshot: connected(), then snapshotRead() or failed().
    void connectTo(int request, const QString &urlText, const QString &baseDir,
                   const retort::VersionTableOptions &versionTable);
    void refresh(int request);
    void disconnectFrom();
    // Opens a throw-away connection and reports the server version (or the masked error).
    void test(int request, const QString &urlText, const QString &baseDir);

Q_SIGNALS:
    void connected(int request, const QString &displayUrl, const QString &dialect);
    void snapshotRead(int request, const retort::gui::DatabaseSnapshot &snapshot);
    void failed(int request, const QString &message);
    void disconnected();
    void testFinished(int request, bool ok, const QString &message);

private:
    Result<DatabaseSnapshot> readSnapshot();

    std::unique_ptr<Connection> m_connection;
    VersionTableOptions m_versionTable;
};

// Reads the tables of connection with their row counts (the worker's helper, exposed for tests).
Result<QList<TableInfo>> readTables(Connection &connection);

} // namespace retort::gui
