#pragma once

#include "commands/project.h"
#include "core/result.h"
#include "ops/tabledef.h"
#include "script/migrationplan.h"

#include <QJsonObject>

#include <functional>
#include <optional>
#include <QString>
#include <QStringList>

namespace retort {

class ScriptRunner;

// `upgrade/downgrade/stamp --sql`: the plan of an offline range run through the interpreter and
// the dialect into Alembic's offline script, byte for byte (reference §5.6). Pure function of the
// project and request; no database. Runs on the calling thread.
struct OfflineRequest {
    enum class Command { Upgrade, Downgrade, Stamp };
    Command command = Command::Upgrade;
    QString target;              // upgrade/downgrade: "B" or "A:B"
    QStringList stampTargets;    // stamp: "B" or "A:B" each
    bool purge = false;
    QString dialect;             // "sqlite" / "postgresql" (from the URL's backend)
    bool transactionPerMigration = false;
    bool collectJson = false;    // fill OfflineResult::json (per-step SQL)
    // SQLite batch move-and-copy without copy_from needs the table's definition; offline Alembic
    // refuses. A preview that may read a live database sets this (e.g. SqliteReflection).
    std::function<Result<ops::TableDef>(const QString &table, const QString &schema)> reflectTable;
};

struct OfflineResult {
    MigrationPlan plan;
    QString sql;                 // the whole offline script
    // Standard error, in order, without line ends: per step Alembic's
    // "INFO  [alembic.runtime.migration] Running upgrade  -> a1b2, doc", then the script's logging
    // records ("WARNI [app] text") and the dialect's warnings ("WARNING [retort] ...", as in online runs).
    QStringList logLines;
    QJsonObject json;            // per-step SQL (the --json form)
    // A revision body failed: sql and logLines hold what Alembic had written by then (the script up
    // to the failing step's comment and the statements it ran before failing), json is empty.
    std::optional<Error> failure;
};

// The checks Alembic's command functions make before env.py runs (so before any log line):
// downgrade needs A:B, one starting revision for stamp, no --purge with --sql.
Result<void> validateOfflineRequest(const OfflineRequest &request);

// Errors before anything is written (bad target, no dialect) are the Result's; a failing revision
// body comes back as OfflineResult::failure with the partial script.
Result<OfflineResult> generateOfflineSql(const Project &project, const OfflineRequest &request,
                                         ScriptRunner &runner);

} // namespace retort
