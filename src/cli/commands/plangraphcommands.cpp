// plan and graph: Retort's own read-only commands.
#include "command.h"
#include "onlinecommands.h"

#include "commands/graphexport.h"
#include "commands/planformat.h"
#include "script/migrationplan.h"
#include "script/revisionresolver.h"

namespace retort::cli {

namespace {

// The rows to plan from: --from A (an offline starting point) or the database.
Result<QStringList> startingRows(CliContext &c, const Project &project)
{
    if (c.args().has(QStringLiteral("from")))
        return MigrationPlanner(project.map()).startingHeads(c.args().value(QStringLiteral("from")));
    return c.databaseRows();
}

int runPlan(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    const QString direction = c.args().value(QStringLiteral("direction"));
    const QString target = c.args().value(QStringLiteral("target"));
    if (direction != QLatin1String("upgrade") && direction != QLatin1String("downgrade")) {
        c.err(QStringLiteral("retort plan: error: argument direction: invalid choice: '%1' (choose from 'upgrade', 'downgrade')\n")
                  .arg(direction));
        return ExitUsage;
    }
    Result<QStringList> rows = startingRows(c, **project);
    if (!rows.ok())
        return c.fail(rows.error());
    PlanOptions options;
    options.alembicWalks = c.args().has(QStringLiteral("alembic_walks"));
    MigrationPlanner planner((*project)->map());
    Result<MigrationPlan> plan = direction == QLatin1String("upgrade") ? planner.upgrade(*rows, target, options)
                                                                       : planner.downgrade(*rows, target, options);
    if (!plan.ok())
        return c.fail(plan.error());
    if (c.json())
        c.printJson(planformat::toJson((*project)->map(), *plan));
    else
        c.out(planformat::toText((*project)->map(), *plan));
    return ExitOk;
}

int runGraph(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    const RevisionMap &map = (*project)->map();
    const QString format = c.args().value(QStringLiteral("format"), c.json() ? QStringLiteral("json") : QStringLiteral("dot"));

    RevisionSet applied = map.emptySet();
    RevisionSet current = map.emptySet();
    const bool withDatabase = c.args().has(QStringLiteral("with_database"));
    if (withDatabase) {
        Result<QStringList> rows = c.databaseRows();
        if (!rows.ok())
            return c.fail(rows.error());
        Result<QList<int>> heads = MigrationPlanner(map).current(*rows);
        if (!heads.ok())
            return c.fail(heads.error());
        for (int i : *heads)
            current.insert(i);
        applied = map.ancestors(*heads, RevisionMap::Links::WithDependencies);
    }
    const RevisionSet *a = withDatabase ? &applied : nullptr;
    const RevisionSet *cur = withDatabase ? &current : nullptr;
    if (format == QLatin1String("dot"))
        c.out(graphexport::toDot(map, a, cur));
    else if (format == QLatin1String("mermaid"))
        c.out(graphexport::toMermaid(map, a, cur));
    else if (format == QLatin1String("json"))
        c.printJson(graphexport::toJson(map, a, cur));
    else {
        c.err(QStringLiteral("retort graph: error: argument --format: invalid choice: '%1' (choose from 'dot', 'mermaid', 'json')\n")
                  .arg(format));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

Command planCommand()
{
    return {{QStringLiteral("plan"),
             QStringLiteral("Show the ordered steps an upgrade or downgrade would run, without running anything."),
             {{{QStringLiteral("--from")}, QStringLiteral("from"), true, false, QStringLiteral("REV"),
               QStringLiteral("Plan from this revision instead of the database's current state")},
              {{QStringLiteral("--alembic-walks")}, QStringLiteral("alembic_walks"), false, false, {},
               QStringLiteral("Relative steps behave exactly like Alembic (fail with 'Ambiguous walk')")}},
             {{QStringLiteral("direction"), PositionalSpec::Count::One, QStringLiteral("upgrade or downgrade")},
              {QStringLiteral("target"), PositionalSpec::Count::One, QStringLiteral("revision target")}}},
            runPlan};
}

Command graphCommand()
{
    return {{QStringLiteral("graph"), QStringLiteral("Print the revision graph as Graphviz DOT, Mermaid or JSON."),
             {{{QStringLiteral("--format")}, QStringLiteral("format"), true, false, QStringLiteral("FORMAT"),
               QStringLiteral("dot (default), mermaid or json")},
              {{QStringLiteral("--with-database")}, QStringLiteral("with_database"), false, false, {},
               QStringLiteral("Mark applied and current revisions from the database")}},
             {}},
            runGraph};
}

QList<Command> allCommands()
{
    return {branchesCommand(), currentCommand(), downgradeCommand(), graphCommand(), headsCommand(),
            historyCommand(), journalCommand(), mergeCommand(), planCommand(), restoreCommand(), revisionCommand(),
            showCommand(), stampCommand(),
            upgradeCommand()};
}

} // namespace retort::cli
