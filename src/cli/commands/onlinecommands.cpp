// Online upgrade/downgrade/stamp, `journal` and `restore` (reference §2.7, §2.12, §5, §9).
#include "onlinecommands.h"

#include "commands/inspection.h"
#include "commands/planformat.h"
#include "config/databaseurl.h"
#include "runtime/connection.h"
#include "runtime/journal.h"
#include "runtime/migrator.h"
#include "runtime/runlock.h"
#include "runtime/scriptrunner.h"
#include "runtime/snapshot.h"
#include "runtime/versiontable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <atomic>
#include <csignal>

namespace retort::cli {

namespace {

const QString kMigrationLogger = QStringLiteral("alembic.runtime.migration");

std::atomic<bool> g_cancel{false};

extern "C" void onInterrupt(int)
{
    g_cancel.store(true);
    std::signal(SIGINT, SIG_DFL);   // a second Ctrl-C stops at once
}

QString rowsText(const QStringList &rows)
{
    return rows.isEmpty() ? QStringLiteral("<base>") : rows.join(QStringLiteral(", "));
}

// "-- Running upgrade  -> a1b2\n\nSQL;\n\n" like an offline script.
QString stepSql(const StepReport &r)
{
    QString out = QStringLiteral("-- Running %1\n\n").arg(r.step.shortLog());
    for (const QString &s : r.statements)
        out += s.trimmed() + QStringLiteral(";\n\n");
    return out;
}

Result<std::unique_ptr<Connection>> openDatabase(CliContext &c, const Project *project, ResolvedUrl *resolved)
{
    Result<ResolvedUrl> url = project ? project->databaseUrl(c.args().value(QStringLiteral("url")))
                                      : Result<ResolvedUrl>(makeError(ErrorCode::Command, QStringLiteral("no project")));
    if (!url.ok() && !project && c.args().has(QStringLiteral("url"))) {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(c.args().value(QStringLiteral("url")));
        if (!parsed.ok())
            return parsed.error();
        url = ResolvedUrl{*parsed, QStringLiteral("--url"), c.args().value(QStringLiteral("url"))};
    }
    if (!url.ok())
        return url.error();
    if (resolved)
        *resolved = *url;
    Connection::Options options;
    options.access = Connection::Access::ReadWrite;
    options.baseDir = QDir::currentPath();
    return Connection::open(url->url, options);
}

Result<MigrationPlan> makePlan(CliContext &c, const Project &project, OnlineKind kind, const QStringList &rows)
{
    MigrationPlanner planner(project.map());
    PlanOptions options;
    switch (kind) {
    case OnlineKind::Upgrade:
        return planner.upgrade(rows, c.args().value(QStringLiteral("revision")), options);
    case OnlineKind::Downgrade:
        return planner.downgrade(rows, c.args().value(QStringLiteral("revision")), options);
    case OnlineKind::Stamp:
        return planner.stamp(rows, c.args().list(QStringLiteral("revisions")), c.args().has(QStringLiteral("purge")),
                             options);
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown command"));
}

QJsonObject reportJson(const Project &project, const MigrationPlan &plan, const RunReport &report, const QString &url)
{
    QJsonObject o = planformat::toJson(project.map(), plan);
    o.insert(QStringLiteral("database"), url);
    o.insert(QStringLiteral("dry_run"), report.dryRun);
    o.insert(QStringLiteral("rows_before"), QJsonArray::fromStringList(report.rowsBefore));
    o.insert(QStringLiteral("rows_after"), QJsonArray::fromStringList(report.rowsAfter));
    o.insert(QStringLiteral("created_version_table"), report.createdVersionTable);
    if (!report.snapshotPath.isEmpty())
        o.insert(QStringLiteral("snapshot"), report.snapshotPath);
    if (!report.backupPath.isEmpty())
        o.insert(QStringLiteral("backup"), report.backupPath);
    QJsonArray steps;
    for (const StepReport &r : report.steps) {
        QJsonObject s = planformat::stepJson(r.step);
        s.insert(QStringLiteral("statements"), QJsonArray::fromStringList(r.statements));
        s.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
        s.insert(QStringLiteral("duration_ms"), r.durationMs);
        s.insert(QStringLiteral("sql_sha256"), r.sqlSha256);
        steps.append(s);
    }
    o.insert(QStringLiteral("applied"), steps);
    return o;
}

} // namespace

QList<OptionSpec> onlineOptions()
{
    return {
        {{QStringLiteral("--dry-run")}, QStringLiteral("dry_run"), false, false, {},
         QStringLiteral("Run the steps inside one transaction and roll back; print the plan and the SQL")},
        {{QStringLiteral("-y"), QStringLiteral("--yes")}, QStringLiteral("yes"), false, false, {},
         QStringLiteral("Don't print the plan summary before running")},
        {{QStringLiteral("--lock-timeout")}, QStringLiteral("lock_timeout"), true, false, QStringLiteral("SECONDS"),
         QStringLiteral("Wait this long for another Retort run on the same database (default 10)")},
        {{QStringLiteral("--no-snapshot")}, QStringLiteral("no_snapshot"), false, false, {},
         QStringLiteral("Don't copy a SQLite database file before changing it")},
        {{QStringLiteral("--backup")}, QStringLiteral("backup"), false, false, {},
         QStringLiteral("PostgreSQL: pg_dump the database to a file before changing it")},
    };
}

int runOnline(CliContext &c, OnlineKind kind)
{
    if (kind != OnlineKind::Stamp && c.args().value(QStringLiteral("revision")).contains(QLatin1Char(':')))
        return c.fail(makeError(ErrorCode::Command, QStringLiteral("Range revision not allowed")));
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    const Project &p = **project;
    ResolvedUrl resolved;
    Result<std::unique_ptr<Connection>> connection = openDatabase(c, &p, &resolved);
    if (!connection.ok())
        return c.fail(connection.error());
    Connection &db = **connection;
    const bool dryRun = c.args().has(QStringLiteral("dry_run"));

    // Alembic's words for the dialect; Retort still runs each SQLite step in a real transaction.
    c.logMigrationContext(db.dialect(), false);

    Result<QStringList> rows = VersionTable::readRows(db, p.versionTable());
    if (!rows.ok())
        return c.fail(rows.error());
    Result<MigrationPlan> plan = makePlan(c, p, kind, *rows);
    if (!plan.ok())
        return c.fail(plan.error());
    if (plan->needsChoice())
        return c.fail(makeError(ErrorCode::Command, planformat::toText(p.map(), *plan).trimmed()));
    if (Result<void> native = inspection::checkPlanRunsNatively(p.map(), *plan); !native.ok())
        return c.fail(native.error());
    for (const QString &w : plan->warnings)
        c.err(QStringLiteral("WARNING [retort] %1\n").arg(w));

    ScriptRunner::Options runnerOptions;
    runnerOptions.xArguments = c.args().list(QStringLiteral("x"));
    runnerOptions.tag = c.args().value(QStringLiteral("tag"));
    ScriptRunner runner(runnerOptions);

    if (!c.args().has(QStringLiteral("yes")) || dryRun) {
        c.info(QStringLiteral("retort"), QStringLiteral("Plan for %1: %2 step(s), from %3 to %4%5")
                                              .arg(db.displayUrl())
                                              .arg(plan->steps.size())
                                              .arg(rowsText(plan->startHeads), rowsText(plan->endHeads),
                                                   dryRun ? QStringLiteral(" (dry run: rolled back at the end)") : QString()));
        const QList<StepPreview> preview = previewPlan(db, p.map(), runner, *plan, p.versionTable());
        for (int i = 0; i < plan->steps.size(); ++i) {
            c.info(QStringLiteral("retort"), QStringLiteral("  %1. %2").arg(i + 1).arg(plan->steps.at(i).logMessage().replace(QLatin1Char('\n'), QLatin1Char(' '))));
            for (const QString &w : preview.value(i).warnings)
                c.err(QStringLiteral("WARNING [retort] step %1: %2\n").arg(i + 1).arg(w));
        }
    }

    MigratorOptions options;
    options.versionTable = p.versionTable();
    options.dryRun = dryRun;
    if (c.args().has(QStringLiteral("lock_timeout"))) {
        bool ok = false;
        const double seconds = c.args().value(QStringLiteral("lock_timeout")).toDouble(&ok);
        if (!ok || seconds < 0)
            return c.fail(makeError(ErrorCode::Usage, QStringLiteral("--lock-timeout needs a number of seconds")));
        options.lockTimeoutMs = int(seconds * 1000);
    }
    options.snapshot = !c.args().has(QStringLiteral("no_snapshot"));
    options.pgBackup = c.args().has(QStringLiteral("backup"));
    g_cancel.store(false);
    options.cancel = &g_cancel;
    options.progress = [&c](const StepEvent &e) {
        if (e.kind == StepEvent::Kind::Started)
            c.info(kMigrationLogger, QStringLiteral("Running ") + e.step->logMessage());
        else if (e.kind == StepEvent::Kind::Finished)
            for (const QString &w : e.report->warnings)
                c.err(QStringLiteral("WARNING [retort] %1\n").arg(w));
    };
    // The scripts' print() output: standard output, as Alembic (standard error under --json, which
    // keeps standard output for the report); their logging records: standard error.
    options.scriptOutput = [&c](const QString &text) { c.json() ? c.err(text) : c.rawOut(text); };
    options.scriptLog = [&c](const QString &text) { c.err(maskPasswords(text)); };
    auto previous = std::signal(SIGINT, onInterrupt);
    Migrator migrator(db, p.map(), runner, options);
    Result<RunReport> report = migrator.apply(*plan);
    std::signal(SIGINT, previous);
    for (const QString &note : migrator.lastReport().notes)
        c.info(QStringLiteral("retort"), note);
    if (!report.ok())
        return c.fail(report.error());
    if (!report->snapshotPath.isEmpty())
        c.info(QStringLiteral("retort"), QStringLiteral("Snapshot of the database before this run: %1").arg(report->snapshotPath));
    if (!report->backupPath.isEmpty())
        c.info(QStringLiteral("retort"), QStringLiteral("pg_dump backup before this run: %1").arg(report->backupPath));
    if (c.json()) {
        c.printJson(reportJson(p, *plan, *report, db.displayUrl()));
    } else if (dryRun) {
        for (const StepReport &r : report->steps)
            c.out(stepSql(r));
        c.info(QStringLiteral("retort"), QStringLiteral("Dry run: rolled back; the version rows stay %1 (would be %2)")
                                              .arg(rowsText(report->rowsBefore), rowsText(report->rowsAfter)));
    }
    return ExitOk;
}

// ---- journal

namespace {

int runJournal(CliContext &c)
{
    const QString path = Journal::defaultPath();
    Result<QList<JournalEntry>> entries = Journal::read(path);
    if (!entries.ok())
        return c.fail(entries.error());
    int limit = 20;
    if (c.args().has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = c.args().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return c.fail(makeError(ErrorCode::Usage, QStringLiteral("--limit needs a non-negative number")));
    }
    const QList<JournalEntry> shown = limit > 0 ? entries->mid(std::max<qsizetype>(0, entries->size() - limit)) : *entries;
    if (c.json()) {
        QJsonArray list;
        for (const JournalEntry &e : shown)
            list.append(e.toJson());
        QJsonObject o;
        o.insert(QStringLiteral("journal"), path);
        o.insert(QStringLiteral("entries"), list);
        c.printJson(o);
        return ExitOk;
    }
    for (const JournalEntry &e : shown) {
        c.out(QStringLiteral("%1  %2  %3  %4  %5  %6@%7  %8%9\n")
                  .arg(e.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")),
                       e.direction.leftJustified(9), e.revision,
                       e.outcome,
                       e.durationMs >= 0 ? QStringLiteral("%1 ms").arg(e.durationMs) : QStringLiteral("-"),
                       e.user, e.host, e.database,
                       e.sqlSha256.isEmpty() ? QString() : QStringLiteral("  sha256:") + e.sqlSha256.left(12)));
    }
    return ExitOk;
}

int runRestore(CliContext &c)
{
    Result<const Project *> project = c.project();
    if (!project.ok() && !c.args().has(QStringLiteral("url")))
        return c.fail(project.error());
    ResolvedUrl resolved;
    Result<std::unique_ptr<Connection>> connection = openDatabase(c, project.ok() ? *project : nullptr, &resolved);
    if (!connection.ok())
        return c.fail(connection.error());
    if (!(*connection)->isSqlite() || (*connection)->sqliteFile().isEmpty())
        return c.fail(makeError(ErrorCode::Command,
                                QStringLiteral("restore works on SQLite database files; for PostgreSQL restore the "
                                               "--backup dump with psql")));
    const QString file = (*connection)->sqliteFile();
    const QList<Snapshot::Info> snapshots = Snapshot::list(file);
    if (c.args().has(QStringLiteral("list"))) {
        if (c.json()) {
            QJsonArray list;
            for (const Snapshot::Info &s : snapshots) {
                QJsonObject o;
                o.insert(QStringLiteral("path"), s.path);
                o.insert(QStringLiteral("taken"), s.taken.toString(Qt::ISODateWithMs));
                o.insert(QStringLiteral("size"), s.size);
                list.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("database"), file);
            o.insert(QStringLiteral("snapshots"), list);
            c.printJson(o);
            return ExitOk;
        }
        for (const Snapshot::Info &s : snapshots)
            c.out(QStringLiteral("%1  %2  %3 bytes\n")
                      .arg(s.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz'Z'")), s.path).arg(s.size));
        return ExitOk;
    }
    QString snapshot = c.args().value(QStringLiteral("snapshot"));
    if (snapshot.isEmpty()) {
        if (snapshots.isEmpty())
            return c.fail(makeError(ErrorCode::Command, QStringLiteral("No snapshots of %1").arg(file)));
        snapshot = snapshots.first().path;
    } else if (!QFileInfo::exists(snapshot)) {
        snapshot = QFileInfo(file).absoluteDir().filePath(snapshot);
    }
    Result<std::unique_ptr<RunLock>> lock = RunLock::acquire(**connection, project.ok() ? (*project)->versionTable() : VersionTableOptions{}, 0);
    if (!lock.ok())
        return c.fail(lock.error());
    connection->reset();   // the file is replaced: no connection may stay open
    QString previous;
    Result<void> restored = Snapshot::restore(file, snapshot, &previous);
    if (!restored.ok())
        return c.fail(restored.error());
    c.info(QStringLiteral("retort"), QStringLiteral("Restored %1 from %2").arg(file, snapshot));
    if (!previous.isEmpty())
        c.info(QStringLiteral("retort"), QStringLiteral("The state before the restore was saved as %1").arg(previous));
    return ExitOk;
}

} // namespace

Command journalCommand()
{
    return {{QStringLiteral("journal"), QStringLiteral("List the steps Retort applied (who, when, duration, outcome, SQL checksum)."),
             {{{QStringLiteral("--limit")}, QStringLiteral("limit"), true, false, QStringLiteral("N"),
               QStringLiteral("Show the last N entries (default 20, 0 = all)")}},
             {}},
            runJournal};
}

Command restoreCommand()
{
    return {{QStringLiteral("restore"), QStringLiteral("Restore a SQLite database from a snapshot taken before a run."),
             {{{QStringLiteral("--list")}, QStringLiteral("list"), false, false, {},
               QStringLiteral("List the snapshots, newest first")}},
             {{QStringLiteral("snapshot"), PositionalSpec::Count::Optional,
               QStringLiteral("snapshot file (default: the newest)")}}},
            runRestore};
}

} // namespace retort::cli
