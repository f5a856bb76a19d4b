#pragma once

#include "config/projectconfig.h"
#include "core/result.h"
#include "script/revision.h"
#include "script/revisionmap.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace retort {

// What `revision` / `merge` were asked for (reference §2.5, §2.6).
struct NewRevisionRequest {
    std::optional<QString> message;   // -m; nullopt -> "empty message" (an empty string stays empty)
    QStringList heads;                // --head (one value) or merge's REVISIONS; empty -> "head"
    bool splice = false;
    QString branchLabel;              // --branch-label; empty -> none
    QString versionPath;              // --version-path as given (relative to the working dir)
    QString revisionId;               // --rev-id; empty -> a new random id
    QStringList dependsOn;            // --depends-on, repeatable
    bool autogenerate = false;        // --autogenerate: not available yet (an error)
    bool sql = false;                 // --sql
    bool merge = false;               // the merge command (no --sql/--autogenerate/environment checks)
};

// The file written, read back with the header reader.
struct WrittenRevision {
    QString path;           // as Alembic computes it (relative when --version-path was relative)
    QString absolutePath;
    QString text;           // the rendered file
    Revision revision;      // the file's header as read back
};

// A new revision file as it would be written, before anything touches the disk.
struct PreparedRevision {
    QString revisionId;
    QString versionDirectory;   // where the file goes (may not exist yet)
    QString fileName;           // from file_template, e.g. "1a2b3c4d5e6f_add_phone.py"
    QString path;               // versionDirectory joined with fileName (relative when it is)
    QString absolutePath;
    QString text;               // the rendered script.py.mako
    std::optional<Error> renderError;   // the template is missing or failed to render
};

// Writes a new revision file exactly like `alembic revision` / `alembic merge` (reference §2.5,
// §2.6, §6.2–§6.5): id checks, parents resolved with the identifier grammar, the version
// directory, the file name from file_template, the project's own script.py.mako rendered with
// Python values, the post-write hooks, and the file read back and checked. Prints Alembic's
// status lines through Options::out ("Generating <abs path> ...  done"). Safer than Alembic:
// never overwrites an existing file nor reuses an id the project already has, writes atomically
// (QSaveFile), and does not run env.py (revision_environment is reported as a note).
//
// Holds references to the config and map (which must outlive it). write() touches the file
// system and may run hook programs: call it from a worker thread in the GUI. Not re-entrant for
// the same target directory.
class RevisionWriter {
public:
    struct Options {
        std::function<void(const QString &)> out;    // Alembic's stdout status lines
        std::function<void(const QString &)> note;   // Retort's own remarks (stderr in the CLI)
        bool captureHookOutput = false;              // see PostWriteHookRunner::Options
        // The clock, for tests; nullopt -> now.
        std::optional<std::chrono::system_clock::time_point> now;
    };

    RevisionWriter(const ProjectConfig &config, const RevisionMap &map);
    RevisionWriter(const ProjectConfig &config, const RevisionMap &map, Options options);

    Result<WrittenRevision> write(const NewRevisionRequest &request) const;

    // Everything write() decides before it writes (id, parents, date, path, the safety checks and
    // the rendered template), without side effects: the GUI's preview of a new revision. Writing the
    // same request (same revisionId and clock) gives this text, before post-write hooks.
    Result<PreparedRevision> prepare(const NewRevisionRequest &request) const;

    // The checks `alembic revision` makes before anything else (--autogenerate / --sql with
    // revision_environment), with Alembic's texts.
    Result<void> checkCommandOptions(const NewRevisionRequest &request) const;

private:
    struct Parents;
    Result<Parents> resolveParents(const NewRevisionRequest &request) const;
    Result<QString> versionDirectory(const NewRevisionRequest &request, const Parents &parents) const;
    Result<QStringList> resolveDependencies(const QStringList &dependsOn) const;
    Result<QByteArray> encode(const QString &text) const;
    Result<void> ensureDirectory(const QString &path) const;
    void out(const QString &text) const;
    void note(const QString &text) const;

    const ProjectConfig &m_config;
    const RevisionMap &m_map;
    Options m_options;
};

} // namespace retort
