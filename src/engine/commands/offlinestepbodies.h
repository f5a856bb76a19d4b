#pragma once

#include "core/result.h"
#include "script/migrationplan.h"
#include "script/revisionmap.h"
#include "sql/dialect.h"
#include "sql/offlinescriptwriter.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace retort {

class ScriptRunner;

// What one step's upgrade()/downgrade() rendered in offline mode.
struct OfflineStepBody {
    bool evaluated = false;            // false for stamps and for steps after a failing one
    std::optional<Error> error;
    QList<sql::OfflineItem> items;
    QStringList warnings;
    QStringList logs;                  // the script's logging records ("WARNI [app] text\n")
    QSet<QString> createdEnumTypes;    // PostgreSQL ENUM types the step's CREATE TABLEs created
};

// Evaluates the bodies of a plan's steps for offline SQL. Each revision's body is independent of
// the others, so workers on all cores take steps in plan order, each with its own interpreter
// (a ScriptRunner with `runner`'s options) and OfflineContext; `runner` itself serves the calling
// thread. The one piece of run-wide state, which ENUM types were already created, is the caller's
// to reconcile (generateOfflineSql in offlinesql.cpp does): each body is rendered as if no
// type existed yet and reports the types it created. Once a step fails, later steps are skipped.
// With `reflectTable` set (a live database read by the callback), everything runs on the calling
// thread, in order. Blocks until done.
QList<OfflineStepBody> evaluateOfflineBodies(const RevisionMap &map, const QList<MigrationStep> &steps,
                                             const sql::Dialect &dialect, ScriptRunner &runner,
                                             const decltype(sql::RenderState::reflectTable) &reflectTable);

// Evaluates one step's body on the calling thread with the run's ENUM state so far (`createdEnumTypes`).
OfflineStepBody evaluateOfflineBody(const Revision &revision, StepDirection direction, const sql::Dialect &dialect,
                                    ScriptRunner &runner, const decltype(sql::RenderState::reflectTable) &reflectTable,
                                    const QSet<QString> &createdEnumTypes = {});

} // namespace retort
