#pragma once

#include "core/result.h"
#include "runtime/versiontable.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace retort {

class Connection;

// Keeps two Retort runs from migrating the same database at once (held for a whole run).
//  * PostgreSQL: a session-level pg_try_advisory_lock(<'Retr'>, <hash of the version table name>),
//    polled until the timeout; the holder's session carries application_name
//    "retort <host>/<pid> since <UTC time>" so a second runner can say who holds it. The server
//    releases it when the session ends, so a killed run never leaves it behind.
//  * SQLite: a lock file "<database>.retort-lock" (QLockFile: pid, program, host) next to the
//    database; a file left by a process that no longer runs on this host is stale and taken over.
//    Each step additionally runs under BEGIN IMMEDIATE.
// In-memory SQLite databases need no lock. Released by the destructor. Same thread as the
// connection; the connection must outlive the lock.
class RunLock {
public:
    struct Holder {
        QString host;
        qint64 pid = 0;
        QDateTime since;   // UTC; invalid when unknown
        QString text() const;   // "host/pid since 2025-01-02 03:04:05 UTC"
    };

    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    // Waits up to timeoutMs (0 = one try). Failure: ErrorCode::Command,
    // "The database <url> is locked by another Retort run (<holder>); ...".
    static Result<std::unique_ptr<RunLock>> acquire(Connection &connection, const VersionTableOptions &versionTable,
                                                    int timeoutMs);

    // Set when a lock left by a dead process was taken over ("removed a stale lock ...").
    QString staleNote() const { return m_staleNote; }
    QString lockFilePath() const { return m_lockFilePath; }
    static QString lockFilePathFor(const QString &sqliteFile);
    // The (classid, objid) pair of the PostgreSQL advisory lock for a version table.
    static std::pair<qint32, qint32> advisoryKey(const VersionTableOptions &versionTable);
    void release();

private:
    RunLock() = default;

    Connection *m_connection = nullptr;
    std::unique_ptr<QLockFile> m_file;
    QString m_lockFilePath;
    QString m_staleNote;
    std::pair<qint32, qint32> m_key{0, 0};
    bool m_advisory = false;
};

} // namespace retort
