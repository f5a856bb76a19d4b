// retort-online-test: the `retort` front end with the online commands of onlinecommands.cpp wired
// the way src/cli/main.cpp wires the others (upgrade/downgrade/stamp without --sql, journal,
// restore), for the process-level tests (kill during a step, concurrent runs, Alembic interop)
// until those commands are registered in `retort` itself.
#include "../../../src/cli/argumentparser.h"
#include "../../../src/cli/clicontext.h"
#include "../../../src/cli/commands/onlinecommands.h"

#include <QCoreApplication>

#include <cstdio>

using namespace retort::cli;

namespace {

QList<OptionSpec> globalOptions()
{
    return {
        {{QStringLiteral("-c"), QStringLiteral("--config")}, QStringLiteral("config"), true, true, QStringLiteral("CONFIG"), {}},
        {{QStringLiteral("-n"), QStringLiteral("--name")}, QStringLiteral("name"), true, false, QStringLiteral("NAME"), {}},
        {{QStringLiteral("-x")}, QStringLiteral("x"), true, true, QStringLiteral("X"), {}},
        {{QStringLiteral("-q"), QStringLiteral("--quiet")}, QStringLiteral("quiet"), false, false, {}, {}},
        {{QStringLiteral("--url")}, QStringLiteral("url"), true, false, QStringLiteral("URL"), {}},
        {{QStringLiteral("--json")}, QStringLiteral("json"), false, false, {}, {}},
    };
}

int upgrade(CliContext &c) { return runOnline(c, OnlineKind::Upgrade); }
int downgrade(CliContext &c) { return runOnline(c, OnlineKind::Downgrade); }
int stamp(CliContext &c) { return runOnline(c, OnlineKind::Stamp); }

QList<Command> commands()
{
    const OptionSpec tag{{QStringLiteral("--tag")}, QStringLiteral("tag"), true, false, QStringLiteral("TAG"), {}};
    const PositionalSpec revision{QStringLiteral("revision"), PositionalSpec::Count::One, {}};
    QList<OptionSpec> options = onlineOptions();
    options.prepend(tag);
    QList<OptionSpec> stampOptions = options;
    stampOptions << OptionSpec{{QStringLiteral("--purge")}, QStringLiteral("purge"), false, false, {}, {}};
    return {
        {{QStringLiteral("upgrade"), {}, options, {revision}}, upgrade},
        {{QStringLiteral("downgrade"), {}, options, {revision}}, downgrade},
        {{QStringLiteral("stamp"), {}, stampOptions,
          {{QStringLiteral("revisions"), PositionalSpec::Count::OneOrMore, {}}}}, stamp},
        journalCommand(),
        restoreCommand(),
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<Command> all = commands();
    QList<CommandSpec> specs;
    for (const Command &c : all)
        specs << c.spec;
    ArgumentParser parser(QStringLiteral("retort"), globalOptions(), specs);
    ParsedArguments parsed;
    if (!parser.parse(app.arguments().mid(1), &parsed)) {
        std::fputs(qPrintable(QStringLiteral("retort: error: %1\n").arg(parser.errorString())), stderr);
        return ExitUsage;
    }
    CliContext context(parsed);
    for (const Command &c : all)
        if (c.spec.name == parsed.command)
            return c.run(context);
    return ExitUsage;
}
