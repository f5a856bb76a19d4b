// heads, branches, history, current, show: the read-only commands (reference §2.8–§2.12).
#include "command.h"

#include "commands/inspection.h"
#include "script/migrationplan.h"
#include "script/revisionresolver.h"

namespace retort::cli {

namespace {

// Prints a text or JSON result, or reports its error.
int emit(CliContext &c, const Result<QString> &text)
{
    if (!text.ok())
        return c.fail(text.error());
    c.out(*text);
    return ExitOk;
}

int emit(CliContext &c, const Result<QJsonObject> &json)
{
    if (!json.ok())
        return c.fail(json.error());
    c.printJson(*json);
    return ExitOk;
}

int runHeads(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    const bool resolve = c.args().has(QStringLiteral("resolve_dependencies"));
    if (c.json())
        return emit(c, inspection::headsJson(**project, resolve));
    return emit(c, inspection::headsText(**project, c.args().has(QStringLiteral("verbose")), resolve));
}

int runBranches(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    if (c.json())
        return emit(c, inspection::branchesJson(**project));
    return emit(c, inspection::branchesText(**project, c.args().has(QStringLiteral("verbose"))));
}

int runHistory(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    const QString range = c.args().value(QStringLiteral("rev_range"));
    const bool indicate = c.args().has(QStringLiteral("indicate_current"));
    QStringList rows;
    if (indicate || MigrationPlanner::historyNeedsCurrent(range)) {
        Result<QStringList> read = c.databaseRows();
        if (!read.ok())
            return c.fail(read.error());
        rows = *read;
    }
    if (c.json())
        return emit(c, inspection::historyJson(**project, range, rows, indicate));
    return emit(c, inspection::historyText(**project, range, c.args().has(QStringLiteral("verbose")), rows, indicate));
}

int runCurrent(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    QString url;
    Result<QStringList> rows = c.databaseRows(&url);
    if (!rows.ok())
        return c.fail(rows.error());
    const bool check = c.args().has(QStringLiteral("check_heads"));
    Result<QString> text = c.json() ? Result<QString>(QString())
                                    : inspection::currentText(**project, *rows, c.args().has(QStringLiteral("verbose")), url, check);
    if (c.json())
        return emit(c, inspection::currentJson(**project, *rows, url, check));
    if (!text.ok()) {
        // The verbose header is printed before the check fails, like Alembic.
        if (c.args().has(QStringLiteral("verbose")))
            c.out(QStringLiteral("Current revision(s) for %1:\n").arg(url));
        const int code = c.fail(text.error());
        if (text.error().message.startsWith(QLatin1String("Can't locate revision")))
            c.err(QStringLiteral("The database's version table names a revision this project does not have; "
                                 "`retort stamp <revision>` records the right one.\n"));
        return code;
    }
    c.out(*text);
    return ExitOk;
}

int runShow(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    const QString rev = c.args().value(QStringLiteral("rev"));
    QStringList rows;
    if (rev == QLatin1String("current")) {
        Result<QStringList> read = c.databaseRows();
        if (!read.ok())
            return c.fail(read.error());
        rows = *read;
    }
    if (c.json())
        return emit(c, inspection::showJson(**project, rev, rows));
    const int code = emit(c, inspection::showText(**project, rev, rows));
    // Retort's own note (stderr, so stdout stays Alembic's): bodies the interpreter cannot run.
    Result<QList<int>> shown = (*project)->map().isEmpty() ? Result<QList<int>>(QList<int>())
                                                            : RevisionResolver((*project)->map()).resolve(rev);
    if (code == ExitOk && shown.ok() && rev != QLatin1String("current")) {
        for (int i : *shown) {
            if (i < 0)
                continue;
            const inspection::InterpreterSupport support = inspection::interpreterSupport((*project)->map(), i);
            if (support.supported)
                continue;
            c.err(QStringLiteral("Note: %1 needs the project's Python (Retort's built-in interpreter cannot run it):\n")
                      .arg((*project)->map().id(i)));
            for (const Diagnostic &d : support.reasons)
                c.err(QStringLiteral("  %1\n").arg(d.toString()));
        }
    }
    return code;
}

} // namespace

OptionSpec verboseOption()
{
    return {{QStringLiteral("-v"), QStringLiteral("--verbose")}, QStringLiteral("verbose"), false, false, {},
            QStringLiteral("Use more verbose output")};
}

Command headsCommand()
{
    return {{QStringLiteral("heads"), QStringLiteral("Show current available heads in the script directory."),
             {verboseOption(),
              {{QStringLiteral("--resolve-dependencies")}, QStringLiteral("resolve_dependencies"), false, false, {},
               QStringLiteral("Treat dependency versions as down revisions")}},
             {}},
            runHeads};
}

Command branchesCommand()
{
    return {{QStringLiteral("branches"), QStringLiteral("Show current branch points."), {verboseOption()}, {}},
            runBranches};
}

Command historyCommand()
{
    return {{QStringLiteral("history"), QStringLiteral("List changeset scripts in chronological order."),
             {{{QStringLiteral("-r"), QStringLiteral("--rev-range")}, QStringLiteral("rev_range"), true, false,
               QStringLiteral("REV_RANGE"), QStringLiteral("Specify a revision range; format is [start]:[end]")},
              verboseOption(),
              {{QStringLiteral("-i"), QStringLiteral("--indicate-current")}, QStringLiteral("indicate_current"),
               false, false, {}, QStringLiteral("Indicate the current revision")}},
             {}},
            runHistory};
}

Command currentCommand()
{
    return {{QStringLiteral("current"), QStringLiteral("Display the current revision for a database."),
             {verboseOption(),
              {{QStringLiteral("-c"), QStringLiteral("--check-heads")}, QStringLiteral("check_heads"), false, false,
               {}, QStringLiteral("Check if all head revisions are applied to the database. Raises an error if not.")}},
             {}},
            runCurrent};
}

Command showCommand()
{
    return {{QStringLiteral("show"), QStringLiteral("Show the revision(s) denoted by the given symbol."),
             {},
             {{QStringLiteral("rev"), PositionalSpec::Count::One, QStringLiteral("string revision target")}}},
            runShow};
}

} // namespace retort::cli
