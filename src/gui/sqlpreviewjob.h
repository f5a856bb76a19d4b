#pragma once

#include "commands/project.h"
#include "core/diagnostic.h"

#include <QString>

#include <memory>

namespace retort::gui {

// The SQL one revision's upgrade() or downgrade() produces, offline, for one dialect: the request
// `upgrade <down>:<rev>` / `downgrade <rev>:<down>` given to the engine's generateOfflineSql.
// When that range runs more than this revision (a merge point's other parents, depends_on), only
// this revision's step is kept and `note` says so. Scripts the built-in interpreter cannot run
// (the static check) are reported without running them.
// A pure function of its inputs: call it on a worker thread (it creates its own ScriptRunner).
struct SqlPreviewRequest {
    std::shared_ptr<const Project> project;
    int revision = -1;
    bool downgrade = false;
    QString dialect;              // "sqlite" / "postgresql"
};

struct SqlPreviewResult {
    bool ok = false;
    QString sql;                  // the offline script (ok)
    QString command;              // the equivalent CLI command, e.g. "retort upgrade a1:b2 --sql"
    QString note;                 // extra information shown above the SQL (may be empty)
    QString error;                // what went wrong, with file:line when known (!ok)
    bool needsPython = false;     // the error is "needs the project's Python"
    QList<Diagnostic> reasons;    // the static check's reasons when needsPython
};

SqlPreviewResult generateSqlPreview(const SqlPreviewRequest &request);

} // namespace retort::gui
