#include "runtime/scriptrunner.h"

#include "python/interpreter.h"
#include "python/parser.h"
#include "python/staticcheck.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

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

void ScriptRunner::prefetch(const QList<const Revision *> &revisions)
{
    struct Parsed {
        QString path;
        QString source;
        python::ModulePtr module;
    };
    std::vector<Parsed> parsed(size_t(revisions.size()));
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < revisions.size(); i = next++) {
            QFile file(revisions.at(i)->path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Parsed &p = parsed[size_t(i)];
            p.path = revisions.at(i)->path;
            p.source = QString::fromUtf8(file.readAll());
            Result<python::ModulePtr> module = python::parseModule(p.source, p.path);
            if (module.ok())
                p.module = *module;
        }
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    for (Parsed &p : parsed)
        if (p.module)
            d->interpreter.addParsed(p.path, p.source, std::move(p.module));
}

Result<void> ScriptRunner::run(const Revision &revision, StepDirection direction, ops::MigrationContext &context)
{
    if (direction == StepDirection::Stamp)
        return {};
    QFile file(revision.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Can't read %1: %2").arg(revision.path, file.errorString()),
                         revision.path);
    const QString source = QString::fromUtf8(file.readAll());
    python::ModulePtr module = d->interpreter.cachedModule(revision.path, source);
    if (!module) {
        Result<python::ModulePtr> parsed = python::parseModule(source, revision.path);
        if (!parsed.ok())
            return parsed.error();
        module = *parsed;
        d->interpreter.addParsed(revision.path, source, module);
    }
    // Before any of the file's code runs: is it inside the interpreter's subset?
    const python::StaticCheckResult check = python::staticCheck(*module);
    if (!check.supported) {
        QStringList reasons;
        for (const Diagnostic &r : check.reasons)
            reasons << QStringLiteral("  %1 (%2:%3)").arg(r.message, r.file).arg(r.line);
        return makeError(ErrorCode::Command,
                         QStringLiteral("Revision %1 needs the project's Python; Retort's built-in interpreter "
                                        "cannot run it, and nothing was run:\n%2")
                             .arg(revision.id, reasons.join(QLatin1Char('\n'))));
    }
    Result<void> loaded = d->interpreter.load(source, revision.path);
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
