#include "runtime/scriptrunner.h"

#include "python/interpreter.h"

namespace retort {

struct ScriptRunner::Private {
    Options options;
    python::Interpreter interpreter;
};

ScriptRunner::ScriptRunner() : ScriptRunner(Options{}) {}

ScriptRunner::ScriptRunner(Options options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->interpreter.setArguments(d->options.xArguments, d->options.tag);
}

ScriptRunner::~ScriptRunner() = default;

Result<void> ScriptRunner::run(const Revision &revision, StepDirection direction, ops::MigrationContext &context)
{
    if (direction == StepDirection::Stamp)
        return {};
    Result<void> loaded = d->interpreter.loadFile(revision.path);
    if (!loaded.ok())
        return loaded.error();
    const QString function = direction == StepDirection::Upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    if (!d->interpreter.hasFunction(function)) {
        return makeError(ErrorCode::Command,
                         QStringLiteral("Revision %1 has no %2() function").arg(revision.id, function), revision.path);
    }
    return d->interpreter.runFunction(function, context);
}

} // namespace retort
