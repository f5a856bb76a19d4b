#pragma once

#include "config/projectconfig.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace retort {

// Runs a project's post-write hooks on a newly written revision file like Alembic 1.19's
// write_hooks (reference §6.5): for each hook, "Running post write hook 'name' ..." + newline, the
// program run with its options (shell-split, REVISION_SCRIPT_FILENAME replaced by the file's path,
// prepended when absent) in the hook's cwd, then "  done". Types: `exec` (executable),
// `console_scripts` (the entrypoint found on PATH, run through /usr/bin/env), `module`
// (`python3 -m module` when python3 can import it). The program's exit status is ignored, as in
// Alembic; a program that cannot be started is an error.
//
// Blocking (waits for each program); call from a worker thread in the GUI. Stateless otherwise.
class PostWriteHookRunner {
public:
    struct Options {
        std::function<void(const QString &)> out;   // status lines (stdout in the CLI)
        // false: the programs inherit this process's stdout/stderr (the CLI, like Alembic);
        // true: their output is read and passed to `out` (the GUI).
        bool captureOutput = false;
        QString workingDir;     // what relative `cwd` options and paths are relative to
        QString python = QStringLiteral("python3");   // for `module` hooks (looked up on PATH)
    };

    static Result<void> run(const QList<PostWriteHook> &hooks, const QString &revisionPath, const Options &options);

    // The command line of one hook, without running it (exposed for tests and the GUI's preview).
    static Result<QStringList> commandLine(const PostWriteHook &hook, const QString &revisionPath,
                                           const Options &options);

    // shlex.split(text, posix=True): quotes, backslash escapes; errors "No closing quotation",
    // "No escaped character".
    static Result<QStringList> shellSplit(const QString &text);
};

} // namespace retort
