#pragma once

#include "config/projectconfig.h"
#include "config/resolvedurl.h"
#include "core/diagnostic.h"
#include "core/result.h"
#include "runtime/versiontable.h"
#include "script/revisionmap.h"

#include <QString>
#include <QStringList>

namespace retort {

// An opened Alembic project: its configuration, the revision scripts' headers and the revision
// graph built from them — what every command starts from. Opening reads files only (no module
// imports, no database). Immutable once opened; const methods are safe from several threads.
class Project {
public:
    struct Options {
        ConfigOptions config;
        // false (CLI): a revision file with an error diagnostic fails the open with its file:line.
        // true (GUI): such files are left out of the graph and reported in diagnostics().
        bool tolerant = false;
    };

    static Result<Project> open(const Options &options);

    const ProjectConfig &config() const { return m_config; }
    const RevisionMap &map() const { return m_map; }
    // Problems in the project's files (errors, and warnings such as "loaded twice").
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Graph warnings ("Revision X is present more than once").
    QStringList warnings() const { return m_map.warnings(); }
    // Settings read statically from env.py's context.configure(...) call.
    const VersionTableOptions &versionTable() const { return m_versionTable; }
    bool transactionPerMigration() const { return m_transactionPerMigration; }

    // The database URL: --url, DATABASE_URL, the project's .env, sqlalchemy.url (in that order).
    Result<ResolvedUrl> databaseUrl(const QString &cliUrl) const;

private:
    ProjectConfig m_config;
    RevisionMap m_map;
    Diagnostics m_diagnostics;
    VersionTableOptions m_versionTable;
    bool m_transactionPerMigration = false;
};

} // namespace retort
