#pragma once

#include "core/diagnostic.h"
#include "script/revision.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

// The result of reading a project's revision scripts: one Revision per candidate file, in
// Alembic's load order (which drives heads order, merge parent order and topological tie-breaks),
// plus the scan's own diagnostics (duplicate files). Each Revision carries its file's diagnostics.
struct ScanResult {
    QList<Revision> revisions;
    Diagnostics diagnostics;

    // The scan's diagnostics followed by every revision's, in load order.
    Diagnostics allDiagnostics() const;
};

// Finds and reads the revision scripts of the version locations (reference §6.1, Alembic 1.10+
// order): per location, the files of each directory sorted by name (as Python sorts str), then,
// only when `recursive`, its subdirectories in sorted order (symlinked directories are not
// entered, directories named ...__pycache__ are skipped). Candidates match
// `(?!\.\#|__init__)(.*\.py)$` on the real file name; nonexistent locations are skipped silently;
// the same real file reached twice is read once with Alembic's warning. Revision::path is the
// real path. Files are read and parsed in parallel on all cores; results keep the load order.
//
// Static and stateless: safe to call from any thread (it starts and joins its own threads).
class ScriptDirectory {
public:
    using ScanResult = retort::ScanResult;

    static ScanResult scan(const QStringList &versionLocations, bool recursive);
    // The same, reusing headers cached in `cacheFile` for files whose stamp did not change (see
    // HeaderCache) and updating the cache; an empty cacheFile reads every file.
    static ScanResult scan(const QStringList &versionLocations, bool recursive, const QString &cacheFile);

    // The candidate files (real paths) in load order, without reading them; duplicate warnings
    // are appended to *diagnostics when it is not null.
    static QStringList candidateFiles(const QStringList &versionLocations, bool recursive,
                                      Diagnostics *diagnostics = nullptr);

    // Whether a file name is a revision script candidate (not sourceless).
    static bool isCandidateName(QStringView fileName);
};

} // namespace retort
