// `retort`: the command-line front end. Parses arguments, calls the engine, prints results with
// Alembic's texts and exit codes (docs/cli.md).
#include "argumentparser.h"
#include "clicontext.h"
#include "commands/command.h"

#include "retort_version.h"

#include <QCoreApplication>

#include <cstdio>

#include <unistd.h>

using namespace retort::cli;

namespace {

QList<OptionSpec> globalOptions()
{
    return {
        {{QStringLiteral("-c"), QStringLiteral("--config")}, QStringLiteral("config"), true, true,
         QStringLiteral("CONFIG"), QStringLiteral("Alternate config file; may be given twice (an ini and a pyproject.toml)")},
        {{QStringLiteral("-n"), QStringLiteral("--name")}, QStringLiteral("name"), true, false, QStringLiteral("NAME"),
         QStringLiteral("Name of section in .ini file to use for Alembic config (default: alembic)")},
        {{QStringLiteral("-x")}, QStringLiteral("x"), true, true, QStringLiteral("X"),
         QStringLiteral("Additional arguments consumed by custom env.py scripts, e.g. -x setting1=somesetting")},
        {{QStringLiteral("--raiseerr")}, QStringLiteral("raiseerr"), false, false, {},
         QStringLiteral("Raise a full stack trace on error")},
        {{QStringLiteral("-q"), QStringLiteral("--quiet")}, QStringLiteral("quiet"), false, false, {},
         QStringLiteral("Do not log to std output.")},
        {{QStringLiteral("--url")}, QStringLiteral("url"), true, false, QStringLiteral("URL"),
         QStringLiteral("Database URL (overrides DATABASE_URL, the project's .env and sqlalchemy.url)")},
        {{QStringLiteral("--json")}, QStringLiteral("json"), false, false, {},
         QStringLiteral("Print results as JSON (see docs/cli-json.md)")},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));

    const QList<Command> commands = allCommands();
    QList<CommandSpec> specs;
    for (const Command &c : commands)
        specs << c.spec;
    ArgumentParser parser(QStringLiteral("retort"), globalOptions(), specs);

    ParsedArguments parsed;
    const QStringList arguments = app.arguments().mid(1);
    if (!parser.parse(arguments, &parsed)) {
        std::fputs(qPrintable(parser.usage(parsed.command)), stderr);
        std::fputs(qPrintable(QStringLiteral("retort: error: %1\n").arg(parser.errorString())), stderr);
        return ExitUsage;
    }
    if (parser.helpRequested()) {
        std::fputs(parser.help().toUtf8().constData(), stdout);
        return ExitOk;
    }
    if (parser.versionRequested()) {
        std::fputs("retort " RETORT_VERSION "\n", stdout);
        return ExitOk;
    }
    CliContext context(parsed);
    for (const Command &c : commands) {
        if (c.spec.name == parsed.command) {
            const int code = c.run(context);
            // Everything is written and flushed; tearing down a big project's data structures
            // one by one would only cost time.
            std::fflush(nullptr);
            ::_exit(code);
        }
    }
    return ExitUsage;
}
