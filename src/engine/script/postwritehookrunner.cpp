#include "script/postwritehookrunner.h"

#include "script/templatevalue.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace retort {

namespace {

const QString kToken = QStringLiteral("REVISION_SCRIPT_FILENAME");

std::optional<QString> hookOption(const PostWriteHook &hook, const QString &key)
{
    for (const auto &[k, v] : hook.options)
        if (k == key)
            return v;
    return std::nullopt;
}

QString quoted(const QString &name)
{
    return TemplateValue::string(name).repr();
}

Error hookError(const QString &message)
{
    return makeError(ErrorCode::Command, message);
}

Result<QString> requiredOption(const PostWriteHook &hook, const QString &key)
{
    const std::optional<QString> v = hookOption(hook, key);
    if (!v)
        return hookError(QStringLiteral("Key %1.%2 is required for post write hook %3").arg(hook.name, key, quoted(hook.name)));
    return *v;
}

QString resolveDir(const QString &dir, const QString &workingDir)
{
    if (dir.isEmpty())
        return workingDir;
    return QDir::isAbsolutePath(dir) ? dir : QDir::cleanPath(QDir(workingDir).filePath(dir));
}

} // namespace

Result<QStringList> PostWriteHookRunner::shellSplit(const QString &text)
{
    QStringList out;
    QString token;
    bool inToken = false;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (inToken) {
                out << token;
                token.clear();
                inToken = false;
            }
            ++i;
            continue;
        }
        inToken = true;
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= n)
                return hookError(QStringLiteral("No escaped character"));
            token += text.at(i + 1);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar d = text.at(j);
                if (d == c) {
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('"') && d == QLatin1Char('\\') && j + 1 < n
                    && (text.at(j + 1) == QLatin1Char('"') || text.at(j + 1) == QLatin1Char('\\'))) {
                    token += text.at(j + 1);
                    j += 2;
                    continue;
                }
                token += d;
                ++j;
            }
            if (!closed)
                return hookError(QStringLiteral("No closing quotation"));
            i = j + 1;
            continue;
        }
        token += c;
        ++i;
    }
    if (inToken)
        out << token;
    return out;
}

Result<QStringList> PostWriteHookRunner::commandLine(const PostWriteHook &hook, const QString &revisionPath,
                                                     const Options &options)
{
    const std::optional<QString> type = hookOption(hook, QStringLiteral("type"));
    if (!type)
        return hookError(QStringLiteral("Key '%1.type' (or 'type' in toml) is required for post write hook %2")
                             .arg(hook.name, quoted(hook.name)));
    QStringList command;
    if (*type == QLatin1String("exec")) {
        Result<QString> executable = requiredOption(hook, QStringLiteral("executable"));
        if (!executable)
            return executable.error();
        command << *executable;
    } else if (*type == QLatin1String("console_scripts")) {
        Result<QString> entrypoint = requiredOption(hook, QStringLiteral("entrypoint"));
        if (!entrypoint)
            return entrypoint.error();
        if (QStandardPaths::findExecutable(*entrypoint).isEmpty())
            return hookError(QStringLiteral("Could not find entrypoint console_scripts.%1 (Retort runs console_scripts "
                                            "hooks as '/usr/bin/env %1'; it is not on PATH)").arg(*entrypoint));
        command << QStringLiteral("/usr/bin/env") << *entrypoint;
    } else if (*type == QLatin1String("module")) {
        Result<QString> module = requiredOption(hook, QStringLiteral("module"));
        if (!module)
            return module.error();
        const QString python = QStandardPaths::findExecutable(options.python);
        if (python.isEmpty())
            return hookError(QStringLiteral("Post write hook %1 runs 'python3 -m %2', but %3 is not on PATH")
                                 .arg(quoted(hook.name), *module, options.python));
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"),
                             QStringLiteral("import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 1)"),
                             *module});
        if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            return hookError(QStringLiteral("Could not find module %1").arg(*module));
        command << python << QStringLiteral("-m") << *module;
    } else {
        return hookError(QStringLiteral("No formatter with name '%1' registered").arg(*type));
    }
    QString optionText = hookOption(hook, QStringLiteral("options")).value_or(QString());
    if (!optionText.contains(kToken))
        optionText = kToken + QLatin1Char(' ') + optionText;
    Result<QStringList> args = shellSplit(optionText);
    if (!args)
        return hookError(QStringLiteral("post write hook %1: options %2: %3")
                             .arg(quoted(hook.name), quoted(optionText), args.error().message));
    for (const QString &a : *args)
        command << QString(a).replace(kToken, revisionPath);
    return command;
}

Result<void> PostWriteHookRunner::run(const QList<PostWriteHook> &hooks, const QString &revisionPath,
                                      const Options &options)
{
    auto out = [&](const QString &text) {
        if (options.out)
            options.out(text);
    };
    for (const PostWriteHook &hook : hooks) {
        if (hook.name.isEmpty())
            continue;
        if (!hookOption(hook, QStringLiteral("type")))
            return hookError(QStringLiteral("Key '%1.type' (or 'type' in toml) is required for post write hook %2")
                                 .arg(hook.name, quoted(hook.name)));
        out(QStringLiteral("Running post write hook %1 ...\n").arg(quoted(hook.name)));
        Result<QStringList> command = commandLine(hook, revisionPath, options);
        if (!command) {
            out(QStringLiteral("  FAILED\n"));
            return command.error();
        }
        QProcess process;
        process.setWorkingDirectory(resolveDir(hookOption(hook, QStringLiteral("cwd")).value_or(QString()),
                                               options.workingDir));
        process.setProcessChannelMode(options.captureOutput ? QProcess::MergedChannels : QProcess::ForwardedChannels);
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
        const QString program = command->takeFirst();
        process.start(program, *command);
        if (!process.waitForStarted(-1)) {
            out(QStringLiteral("  FAILED\n"));
            return hookError(QStringLiteral("Post write hook %1 could not run %2: %3")
                                 .arg(quoted(hook.name), quoted(program), process.errorString()));
        }
        process.waitForFinished(-1);   // the exit status is ignored, as in Alembic
        if (options.captureOutput)
            out(QString::fromLocal8Bit(process.readAll()));
        out(QStringLiteral("  done\n"));
    }
    return {};
}

} // namespace retort
