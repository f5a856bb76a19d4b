#include "commands/offlinestepbodies.h"

#include "core/parallelfor.h"
#include "runtime/scriptrunner.h"
#include "sql/offlinecontext.h"

#include <algorithm>
#include <atomic>

namespace retort {

namespace {

OfflineStepBody evaluateWith(sql::OfflineContext &context, ScriptRunner &runner, const Revision &revision,
                             StepDirection direction, const QSet<QString> &createdEnumTypes)
{
    OfflineStepBody body;
    body.evaluated = true;
    context.state().createdEnumTypes = createdEnumTypes;
    Result<void> ran = runner.run(revision, direction, context);
    if (!ran.ok())
        body.error = ran.error();
    body.items = context.takeItems();
    body.warnings = context.takeWarnings();
    body.logs = context.takeLogs();
    body.createdEnumTypes = context.state().createdEnumTypes - createdEnumTypes;
    return body;
}

} // namespace

OfflineStepBody evaluateOfflineBody(const Revision &revision, StepDirection direction, const sql::Dialect &dialect,
                                    ScriptRunner &runner, const decltype(sql::RenderState::reflectTable) &reflectTable,
                                    const QSet<QString> &createdEnumTypes)
{
    sql::OfflineContext context(dialect);
    context.state().reflectTable = reflectTable;
    return evaluateWith(context, runner, revision, direction, createdEnumTypes);
}

QList<OfflineStepBody> evaluateOfflineBodies(const RevisionMap &map, const QList<MigrationStep> &steps,
                                             const sql::Dialect &dialect, ScriptRunner &runner,
                                             const decltype(sql::RenderState::reflectTable) &reflectTable)
{
    QList<OfflineStepBody> bodies(steps.size());
    OfflineStepBody *out = bodies.data();   // detached here, once; workers write distinct slots
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> firstFailure{steps.size()};
    auto work = [&](ScriptRunner &own) {
        sql::OfflineContext context(dialect);
        context.state().reflectTable = reflectTable;
        for (qsizetype i = next++; i < steps.size(); i = next++) {
            const MigrationStep &step = steps.at(i);
            if (i > firstFailure || step.direction == StepDirection::Stamp || step.revision < 0)
                continue;
            OfflineStepBody &body = out[i];
            body = evaluateWith(context, own, map.revision(step.revision), step.direction, {});
            if (!body.error)
                continue;
            qsizetype seen = firstFailure;
            while (i < seen && !firstFailure.compare_exchange_weak(seen, i)) {
            }
        }
    };
    const qsizetype bodiesToRun = std::count_if(steps.cbegin(), steps.cend(), [](const MigrationStep &s) {
        return s.direction != StepDirection::Stamp && s.revision >= 0;
    });
    // A worker pays for its own interpreter (builtins, sa/op bindings): not worth it for a few steps.
    runOnThreads(reflectTable ? 1 : workerCount(bodiesToRun, 8), [&](int t) {
        if (t == 0) {
            work(runner);
            return;
        }
        ScriptRunner own(runner.options());
        work(own);
    });
    return bodies;
}

} // namespace retort
