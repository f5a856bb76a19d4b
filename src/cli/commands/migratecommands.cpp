// upgrade, downgrade, stamp (reference §2.7, §2.12). `--sql` prints the offline script.
#include "command.h"

#include "onlinecommands.h"

#include "commands/offlinesql.h"
#include "runtime/scriptrunner.h"

#include <QDir>

namespace retort::cli {

namespace {

OptionSpec sqlOption()
{
    return {{QStringLiteral("--sql")}, QStringLiteral("sql"), false, false, {},
            QStringLiteral("Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.")};
}

OptionSpec tagOption()
{
    return {{QStringLiteral("--tag")}, QStringLiteral("tag"), true, false, QStringLiteral("TAG"),
            QStringLiteral("Arbitrary 'tag' name - can be used by custom env.py scripts.")};
}

OptionSpec perMigrationOption()
{
    return {{QStringLiteral("--transaction-per-migration")}, QStringLiteral("transaction_per_migration"), false, false,
            {}, QStringLiteral("One transaction per revision in --sql output (env.py's transaction_per_migration)")};
}

int runOffline(CliContext &c, OfflineRequest request)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    Result<ResolvedUrl> url = (*project)->databaseUrl(c.args().value(QStringLiteral("url")));
    if (!url.ok())
        return c.fail(url.error());
    request.dialect = url->url.backend();
    request.transactionPerMigration = c.args().has(QStringLiteral("transaction_per_migration"));
    request.collectJson = c.json();
    ScriptRunner::Options runnerOptions;
    runnerOptions.xArguments = c.args().list(QStringLiteral("x"));
    runnerOptions.tag = c.args().value(QStringLiteral("tag"));
    ScriptRunner runner(runnerOptions);
    if (Result<void> valid = validateOfflineRequest(request); !valid.ok())
        return c.fail(valid.error());
    // Alembic logs these when env.py starts, before the target is resolved (so also before errors).
    c.logMigrationContext(request.dialect, true);
    Result<OfflineResult> result = generateOfflineSql(**project, request, runner);
    if (!result.ok()) {
        // Alembic's env.py has already opened the outer transaction (transactional DDL, one
        // transaction for the run) when the migration context fails.
        if (request.dialect == QLatin1String("postgresql") && !request.transactionPerMigration
            && !(*project)->transactionPerMigration() && !c.json())
            c.rawOut(QStringLiteral("BEGIN;\n\n"));
        return c.fail(result.error());
    }
    c.errLines(result->logLines);
    if (result->failure) {
        if (!c.json())
            c.rawOut(result->sql);
        return c.fail(*result->failure);
    }
    if (c.json())
        c.printJson(result->json);
    else
        c.rawOut(result->sql);
    return ExitOk;
}

int runUpgradeOrDowngrade(CliContext &c, OfflineRequest::Command command, OnlineKind online)
{
    const QString target = c.args().value(QStringLiteral("revision"));
    if (!c.args().has(QStringLiteral("sql"))) {
        if (target.contains(QLatin1Char(':')))
            return c.fail(makeError(ErrorCode::Command, QStringLiteral("Range revision not allowed")));
        return runOnline(c, online);
    }
    OfflineRequest request;
    request.command = command;
    request.target = target;
    return runOffline(c, request);
}

int runUpgrade(CliContext &c)
{
    return runUpgradeOrDowngrade(c, OfflineRequest::Command::Upgrade, OnlineKind::Upgrade);
}

int runDowngrade(CliContext &c)
{
    return runUpgradeOrDowngrade(c, OfflineRequest::Command::Downgrade, OnlineKind::Downgrade);
}

int runStamp(CliContext &c)
{
    OfflineRequest request;
    request.command = OfflineRequest::Command::Stamp;
    request.stampTargets = c.args().list(QStringLiteral("revisions"));
    request.purge = c.args().has(QStringLiteral("purge"));
    if (!c.args().has(QStringLiteral("sql")))
        return runOnline(c, OnlineKind::Stamp);
    return runOffline(c, request);
}

} // namespace

Command upgradeCommand()
{
    return {{QStringLiteral("upgrade"), QStringLiteral("Upgrade to a later version."),
             QList<OptionSpec>{sqlOption(), tagOption(), perMigrationOption()} + onlineOptions(),
             {{QStringLiteral("revision"), PositionalSpec::Count::One, QStringLiteral("revision identifier")}}},
            runUpgrade};
}

Command downgradeCommand()
{
    return {{QStringLiteral("downgrade"), QStringLiteral("Revert to a previous version."),
             QList<OptionSpec>{sqlOption(), tagOption(), perMigrationOption()} + onlineOptions(),
             {{QStringLiteral("revision"), PositionalSpec::Count::One, QStringLiteral("revision identifier")}}},
            runDowngrade};
}

Command stampCommand()
{
    return {{QStringLiteral("stamp"), QStringLiteral("'stamp' the revision table with the given revision; don't run any migrations."),
             QList<OptionSpec>{sqlOption(), tagOption(), perMigrationOption(),
                               {{QStringLiteral("--purge")}, QStringLiteral("purge"), false, false, {},
                                QStringLiteral("Unconditionally erase the version table before stamping")}}
                 + onlineOptions(),
             {{QStringLiteral("revisions"), PositionalSpec::Count::OneOrMore, QStringLiteral("revision identifier")}}},
            runStamp};
}

} // namespace retort::cli
