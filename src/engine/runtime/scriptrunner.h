#pragma once

#include "core/result.h"
#include "ops/migrationcontext.h"
#include "script/migrationplan.h"
#include "script/revision.h"

#include <QStringList>

#include <memory>

namespace retort {

// Runs revision bodies (`upgrade()` / `downgrade()`) with the built-in Python-subset interpreter
// against a MigrationContext (offline: SQL text; online: a live connection). Parsed modules are
// cached per file for the runner's lifetime. Threading: one runner per thread.
class ScriptRunner {
public:
    struct Options {
        QStringList xArguments;   // -x values, for context.get_x_argument()
        QString tag;              // --tag, for context.get_tag_argument()
    };

    ScriptRunner();
    explicit ScriptRunner(Options options);
    ~ScriptRunner();
    ScriptRunner(const ScriptRunner &) = delete;
    ScriptRunner &operator=(const ScriptRunner &) = delete;

    // Reads and parses these revisions' files on all cores ahead of run() (a plan's steps), so
    // run() only evaluates. Files that fail to read or parse are left for run() to report.
    void prefetch(const QList<const Revision *> &revisions);

    // Runs `upgrade()` (StepDirection::Upgrade) or `downgrade()` of the revision's file. Errors
    // carry the file and line of the failing statement.
    Result<void> run(const Revision &revision, StepDirection direction, ops::MigrationContext &context);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace retort
