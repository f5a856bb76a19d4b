#pragma once

#include "config/databaseurl.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace retort {

class Connection;

// Copies of a database taken before Retort changes it.
//  * SQLite: `VACUUM INTO '<db>.retort-<UTC yyyyMMddTHHmmsszzz>Z.bak'` next to the database
//    (a consistent copy even while others read it; SQLite >= 3.27), the newest `keep` kept.
//  * PostgreSQL: `pg_dump` into a file, when pg_dump is on PATH (opt-in: --backup).
// restore() replaces a SQLite file by one of its snapshots after snapshotting the current file.
// Stateless; runs on the calling thread (the SQLite snapshot uses the given connection).
class Snapshot {
public:
    struct Info {
        QString path;
        QDateTime taken;   // UTC, from the file name
        qint64 size = 0;
    };

    static constexpr int DefaultKeep = 5;

    // Takes a snapshot of the connection's SQLite file and prunes old ones; returns its path.
    static Result<QString> take(Connection &connection, int keep = DefaultKeep);
    // Snapshots of `sqliteFile`, newest first.
    static QList<Info> list(const QString &sqliteFile);
    static void prune(const QString &sqliteFile, int keep = DefaultKeep);
    // Replaces `sqliteFile` by `snapshotPath` (checked with PRAGMA quick_check first). The caller
    // holds the RunLock and has no open connection to the file. The current file is snapshotted
    // first; its path is returned in *previous. Old snapshots are pruned afterwards, never the
    // one restored from.
    static Result<void> restore(const QString &sqliteFile, const QString &snapshotPath, QString *previous,
                                int keep = DefaultKeep);
    // pg_dump of the URL's database into `directory` ("<db>-<timestamp>.sql"); returns the path.
    static Result<QString> pgDump(const DatabaseUrl &url, const QString &directory);
};

} // namespace retort
