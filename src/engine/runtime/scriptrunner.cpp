#include "runtime/scriptrunner.h"

#include "python/interpreter.h"
#include "python/parser.h"
#include "python/staticcheck.h"
#include "script/revisionheader.h"

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

const ScriptRunner::Options &ScriptRunner::options() const
{
    return d->options;
}

Result<void> ScriptRunner::run(const Revision &revision, StepDirection direction, ops::MigrationContext &context)
{
    if (direction == StepDirection::Stamp)
        return {};
    Result<QString> source = readPythonSource(revision.path);
    if (!source.ok())
        return source.error();
    Result<python::ModulePtr> module = python::parseModule(*source, revision.path);
    if (!module.ok())
        return module.error();
    const python::StaticCheckResult check = python::staticCheck(**module);
    if (!check.supported) {
        return makeError(ErrorCode::Command,
                         QStringLiteral("Revision %1 needs the project's Python; Retort's built-in interpreter "
                                        "cannot run it, and nothing was run:\n%2")
                             .arg(revision.id, python::formatReasons(check.reasons)));
    }
    // print() and logging, module level included, go to the context for this run only.
    d->interpreter.setPrintSink([&context](const QString &text) { context.scriptOutput(text); });
    d->interpreter.setLogSink([&context](const QString &text) { context.scriptLog(text); });
    Result<void> ran = runLoaded(*module, revision, direction, context);
    d->interpreter.setPrintSink({});
    d->interpreter.setLogSink({});
    return ran;
}

Result<void> ScriptRunner::runLoaded(const python::ModulePtr &module, const Revision &revision,
                                     StepDirection direction, ops::MigrationContext &context)
{
    Result<void> loaded = d->interpreter.load(module);
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
