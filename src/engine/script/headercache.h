#pragma once

#include "script/revision.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace retort {

// Revision headers already read, keyed by file identity (size, modification and change times in
// nanoseconds, inode), so that reopening an unchanged project costs one stat() per file instead of
// reading and tokenizing it. Stored in $XDG_CACHE_HOME/retort/ (one file per set of version
// locations); RETORT_NO_HEADER_CACHE=1 turns it off. A cache that is missing, stale or unreadable is
// simply rebuilt; the folder keeps the 64 caches used last (pruneFolder). Not thread-safe; used by ScriptDirectory::scan on one thread.
class HeaderCache {
public:
    struct FileStamp {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        qint64 ctimeNs = 0;
        quint64 inode = 0;
        bool valid() const { return size >= 0; }
        bool operator==(const FileStamp &o) const = default;
        static FileStamp of(const QString &path);
    };

    // Where the cache of these version locations lives; empty when caching is off.
    static QString defaultPath(const QStringList &versionLocations);

    void load(const QString &cacheFile);
    // True (and *out filled) when `file` was cached with exactly this stamp.
    bool lookup(const QString &file, const FileStamp &stamp, Revision *out) const;
    void store(const QString &file, const FileStamp &stamp, const Revision &revision);
    qsizetype loadedCount() const { return m_loaded.size(); }
    // Writes the entries stored since load() (atomically), then prunes the folder; false on
    // failure (the cache is optional).
    bool save(const QString &cacheFile) const;

    // Keeps a cache folder small: the `keepFiles` caches written or loaded most recently stay, and
    // none unused for `maxAgeDays` (a temporary or deleted project's cache would stay forever).
    static void pruneFolder(const QString &folder, int keepFiles = 64, int maxAgeDays = 90);

private:
    struct Entry {
        FileStamp stamp;
        Revision revision;
    };
    QHash<QString, Entry> m_loaded;
    QHash<QString, Entry> m_current;
};

} // namespace retort
