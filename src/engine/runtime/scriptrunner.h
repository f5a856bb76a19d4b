#pragma once

#include "core/result.h"
#include "ops/migrationcontext.h"
#include "script/migrationplan.h"
#include "script/revision.h"

#include <QStringList>

#include <memory>

namespace retort {

namespace python {
struct Module;
}

// Runs revision bodies (`upgrade()` / `downgrade()`) with the built-in Python-subset interpreter
// against a MigrationContext (offline: SQL text; online: a live connection). Each run reads and
// parses the file afresh (a file is run once per migration) and frees the tree afterwards.
// Threading: one runner per thread; runners on different threads are independent.
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

    const Options &options() const;

    // Runs `upgrade()` (StepDirection::Upgrade) or `downgrade()` of the revision's file; nothing for
    // a stamp. Before any of the file's code runs, the static check refuses a file outside the
    // interpreter's subset ("needs the project's Python"). Errors carry the file and line of the
    // failing statement.
    Result<void> run(const Revision &revision, StepDirection direction, ops::MigrationContext &context);

private:
    Result<void> runLoaded(const std::shared_ptr<const python::Module> &module, const Revision &revision,
                           StepDirection direction, ops::MigrationContext &context);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace retort
