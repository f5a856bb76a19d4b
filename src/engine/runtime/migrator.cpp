#include "runtime/migrator.h"

#include "runtime/connection.h"
#include "runtime/journal.h"
#include "runtime/onlinecontext.h"
#include "runtime/runlock.h"
#include "runtime/scriptrunner.h"
#include "runtime/snapshot.h"
#include "script/revisionmap.h"
#include "sql/dialect.h"
#include "sql/offlinecontext.h"
#include "sql/versiontablesql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace retort {

namespace {

QString directionName(StepDirection d)
{
    switch (d) {
    case StepDirection::Upgrade: return QStringLiteral("upgrade");
    case StepDirection::Downgrade: return QStringLiteral("downgrade");
    case StepDirection::Stamp: return QStringLiteral("stamp");
    }
    return {};
}

QString stepRevision(const MigrationStep &step)
{
    return step.direction == StepDirection::Stamp ? step.stamp.to.join(QStringLiteral(", ")) : step.revisionId;
}

QString rowsText(const QStringList &rows)
{
    return rows.isEmpty() ? QStringLiteral("base (no rows)") : rows.join(QStringLiteral(", "));
}

// RETORT_TEST_FAULT=kill-during:<rev> | sleep-during:<rev>:<ms>
void testFault(const MigrationStep &step)
{
    static const QString fault = QProcessEnvironment::systemEnvironment().value(QStringLiteral("RETORT_TEST_FAULT"));
    if (fault.isEmpty())
        return;
    const QStringList parts = fault.split(QLatin1Char(':'));
    const QString rev = parts.value(1);
    if (rev.isEmpty() || !stepRevision(step).startsWith(rev))
        return;
    if (parts.value(0) == QLatin1String("kill-during"))
        ::kill(::getpid(), SIGKILL);
    else if (parts.value(0) == QLatin1String("sleep-during"))
        QThread::msleep(parts.value(2).toULong());
}

bool differentRows(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a != b;
}

} // namespace

Migrator::Migrator(Connection &connection, const RevisionMap &map, ScriptRunner &runner, MigratorOptions options)
    : m_connection(connection), m_map(map), m_runner(runner), m_options(std::move(options))
{
}

Result<RunReport> Migrator::apply(const MigrationPlan &plan)
{
    m_report = RunReport{};
    m_report.dryRun = m_options.dryRun;
    std::unique_ptr<sql::Dialect> dialect = sql::Dialect::create(m_connection.dialect());
    if (!dialect)
        return makeError(ErrorCode::Command, QStringLiteral("No SQL dialect for '%1'").arg(m_connection.dialect()));
    const VersionTableOptions &vt = m_options.versionTable;
    const sql::VersionTableSql versionSql(*dialect, sql::VersionTableSpec{vt.table, vt.schema, vt.primaryKey});

    Result<std::unique_ptr<RunLock>> lock = RunLock::acquire(m_connection, vt, m_options.lockTimeoutMs);
    if (!lock.ok())
        return lock.error();
    if (!(*lock)->staleNote().isEmpty())
        m_report.notes << (*lock)->staleNote();

    Result<bool> hasTable = VersionTable::exists(m_connection, vt);
    if (!hasTable.ok())
        return hasTable.error();
    Result<QStringList> rows = VersionTable::readRows(m_connection, vt);
    if (!rows.ok())
        return rows.error();
    m_report.rowsBefore = *rows;
    m_report.rowsAfter = *rows;
    if (!plan.purge && differentRows(*rows, plan.startHeads)) {
        return makeError(ErrorCode::Command,
                         QStringLiteral("The database changed since the plan was made: its version rows are %1, the plan "
                                        "starts from %2; run the command again")
                             .arg(rowsText(*rows), rowsText(plan.startHeads)));
    }
    // Alembic creates the table whenever a migration context starts with no rows (§5.2).
    const bool createTable = !*hasTable && rows->isEmpty();
    if (plan.steps.isEmpty() && !createTable && !plan.purge)
        return m_report;

    OnlineContext::Options contextOptions;
    contextOptions.dryRun = m_options.dryRun;
    contextOptions.scriptOutput = m_options.scriptOutput;
    contextOptions.scriptLog = m_options.scriptLog;
    if (!m_connection.isSqlite()) {
        auto v = m_connection.query(QStringLiteral("SHOW server_version_num"));
        if (v.ok() && !v->isEmpty())
            contextOptions.serverMajor = v->first().value(0).toInt() / 10000;
    }
    OnlineContext context(m_connection, *dialect, contextOptions);

    if (!m_options.dryRun && !plan.steps.isEmpty()) {
        if (m_connection.isSqlite() && m_options.snapshot && !m_connection.sqliteFile().isEmpty()) {
            Result<QString> snap = Snapshot::take(m_connection, m_options.keepSnapshots);
            if (!snap.ok())
                return snap.error();
            m_report.snapshotPath = *snap;
        } else if (!m_connection.isSqlite() && m_options.pgBackup) {
            const QString dir = m_options.backupDir.isEmpty()
                                    ? QFileInfo(Journal::defaultPath()).absolutePath() + QStringLiteral("/backups")
                                    : m_options.backupDir;
            Result<QString> dump = Snapshot::pgDump(m_connection.url(), dir);
            if (!dump.ok())
                return dump.error();
            m_report.backupPath = *dump;
        }
    }

    // SQLite in its default rollback-journal mode deletes the journal after every commit and
    // fsyncs the folder; for the run, keep the journal file (PERSIST: as durable, one sync fewer per
    // revision) and put the database's own mode back afterwards, which removes the file.
    struct JournalModeGuard {
        Connection *connection = nullptr;
        ~JournalModeGuard()
        {
            if (connection)
                (void)connection->execute(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
    } journalMode;
    if (m_connection.isSqlite() && !m_options.dryRun && plan.steps.size() > 1) {
        auto mode = m_connection.query(QStringLiteral("PRAGMA journal_mode"));
        if (mode.ok() && !mode->isEmpty() && mode->first().value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0
            && m_connection.execute(QStringLiteral("PRAGMA journal_mode=PERSIST")).ok())
            journalMode.connection = &m_connection;
    }

    auto fail = [&](Error e) -> Error {
        context.rollback();
        return e;
    };
    if (Result<void> b = context.begin(); !b.ok())
        return b.error();
    if (createTable) {
        if (auto r = context.exec(versionSql.createTable()); !r.ok())
            return fail(r.error());
        m_report.createdVersionTable = true;
    }
    if (plan.purge) {
        if (auto r = context.exec(versionSql.deleteAll()); !r.ok())
            return fail(r.error());
    }
    (void)context.takeStatements();
    if (!m_options.dryRun) {
        if (Result<void> c = context.commit(); !c.ok())
            return fail(c.error());
    }

    Journal journal(m_options.journalPath.isEmpty() ? Journal::defaultPath() : m_options.journalPath);
    const bool journaling = m_options.journal && !m_options.dryRun;
    const int count = int(plan.steps.size());
    QStringList currentRows = plan.purge ? QStringList() : *rows;
    for (int i = 0; i < count; ++i) {
        const MigrationStep &step = plan.steps.at(i);
        if (m_options.cancel && m_options.cancel->load()) {
            context.rollback();
            return makeError(ErrorCode::Cancelled,
                             QStringLiteral("Cancelled after %1 of %2 steps; the database is at %3")
                                 .arg(i).arg(count).arg(rowsText(m_options.dryRun ? m_report.rowsBefore : currentRows)));
        }
        if (m_options.progress)
            m_options.progress({StepEvent::Kind::Started, i, count, &step, nullptr, {}});
        JournalEntry entry;
        entry.database = m_connection.displayUrl();
        entry.revision = stepRevision(step);
        entry.direction = directionName(step.direction);
        entry.step = step.shortLog();
        if (journaling) {
            if (Result<void> j = journal.started(entry); !j.ok())
                return fail(j.error());
        }
        QElapsedTimer timer;
        timer.start();
        StepReport report;
        report.step = step;

        auto stepFailed = [&](Error e) -> Error {
            context.rollback();
            report.statements << context.takeStatements();
            const QString message = e.message;
            e.message = QStringLiteral("%1 failed and was rolled back; the database is still at %2.\n%3")
                            .arg(QStringLiteral("Running ") + step.shortLog(),
                                 rowsText(m_options.dryRun ? m_report.rowsBefore : currentRows), message);
            if (journaling) {
                entry.durationMs = timer.elapsed();
                entry.outcome = QStringLiteral("failed: ") + message.section(QLatin1Char('\n'), 0, 0);
                entry.sqlSha256 = QString::fromLatin1(QCryptographicHash::hash(report.statements.join(QStringLiteral(";\n")).toUtf8(),
                                                                               QCryptographicHash::Sha256).toHex());
                (void)journal.finished(entry);
            }
            if (m_options.progress)
                m_options.progress({StepEvent::Kind::Failed, i, count, &step, nullptr, e.toString()});
            return e;
        };

        if (!context.inTransaction()) {
            if (Result<void> b = context.begin(); !b.ok())
                return stepFailed(b.error());
        }
        if (step.direction != StepDirection::Stamp) {
            if (step.revision < 0)
                return stepFailed(makeError(ErrorCode::Internal, QStringLiteral("plan step without a revision")));
            Result<void> ran = m_runner.run(m_map.revision(step.revision), step.direction, context);
            if (!ran.ok())
                return stepFailed(ran.error());
        }
        testFault(step);
        for (const VersionStatement &s : step.statements) {
            QString sql;
            switch (s.kind) {
            case VersionStatement::Kind::Insert: sql = versionSql.insert(s.to); break;
            case VersionStatement::Kind::Update: sql = versionSql.update(s.from, s.to); break;
            case VersionStatement::Kind::Delete: sql = versionSql.deleteRow(s.from); break;
            }
            Result<ops::QueryResult> r = context.exec(sql);
            if (!r.ok())
                return stepFailed(r.error());
            if (s.kind != VersionStatement::Kind::Insert && r->rowsAffected != 1) {
                const QString what = s.kind == VersionStatement::Kind::Update
                                         ? QStringLiteral("updating '%1' to '%2'").arg(s.from, s.to)
                                         : QStringLiteral("deleting '%1'").arg(s.from);
                return stepFailed(makeError(ErrorCode::Command,
                                            QStringLiteral("Online migration expected to match one row when %1 in '%2'; %3 found")
                                                .arg(what, vt.table)
                                                .arg(r->rowsAffected)));
            }
        }
        if (!m_options.dryRun) {
            if (Result<void> c = context.commit(); !c.ok())
                return stepFailed(c.error());
        }
        report.statements = context.takeStatements();
        report.warnings = context.takeWarnings();
        report.durationMs = timer.elapsed();
        report.sqlSha256 = QString::fromLatin1(
            QCryptographicHash::hash(report.statements.join(QStringLiteral(";\n")).toUtf8(), QCryptographicHash::Sha256).toHex());
        currentRows = step.headsAfter;
        if (!m_options.dryRun)
            m_report.rowsAfter = currentRows;
        if (journaling) {
            entry.durationMs = report.durationMs;
            entry.outcome = QStringLiteral("ok");
            entry.sqlSha256 = report.sqlSha256;
            (void)journal.finished(entry);
        }
        m_report.steps << report;
        if (m_options.progress)
            m_options.progress({StepEvent::Kind::Finished, i, count, &step, &m_report.steps.last(), {}});
    }
    if (m_options.dryRun) {
        Result<QStringList> wouldBe = VersionTable::readRows(m_connection, vt);
        if (wouldBe.ok())
            m_report.rowsAfter = *wouldBe;
        context.rollback();
        return m_report;
    }
    Result<QStringList> after = VersionTable::readRows(m_connection, vt);
    if (!after.ok())
        return after.error();
    m_report.rowsAfter = *after;
    return m_report;
}

QList<StepPreview> previewPlan(Connection &connection, const RevisionMap &map, ScriptRunner &runner,
                               const MigrationPlan &plan, const VersionTableOptions &versionTable)
{
    QList<StepPreview> out;
    std::unique_ptr<sql::Dialect> dialect = sql::Dialect::create(connection.dialect());
    if (!dialect)
        return out;
    const sql::VersionTableSql versionSql(*dialect, sql::VersionTableSpec{versionTable.table, versionTable.schema,
                                                                          versionTable.primaryKey});
    int serverMajor = 0;
    if (!connection.isSqlite()) {
        auto v = connection.query(QStringLiteral("SHOW server_version_num"));
        if (v.ok() && !v->isEmpty())
            serverMajor = v->first().value(0).toInt() / 10000;
    }
    sql::OfflineContext context(*dialect);
    OnlineContext reflector(connection, *dialect);
    context.state().reflectTable = reflector.state().reflectTable;
    for (const MigrationStep &step : plan.steps) {
        StepPreview p;
        if (step.direction != StepDirection::Stamp) {
            Result<void> ran = runner.run(map.revision(step.revision), step.direction, context);
            bool autocommit = false;
            for (const sql::OfflineItem &item : context.takeItems()) {
                if (item.kind == sql::OfflineItem::Kind::AutocommitBegin) {
                    autocommit = true;
                } else if (item.kind == sql::OfflineItem::Kind::AutocommitEnd) {
                    autocommit = false;
                } else if (item.kind == sql::OfflineItem::Kind::Statement) {
                    p.statements << item.sql;
                    const QString hazard = transactionHazard(item.sql, dialect->name(), serverMajor);
                    if (!hazard.isEmpty() && !autocommit)
                        p.warnings << hazard;
                }
            }
            p.warnings << context.takeWarnings();
            if (!ran.ok())
                p.note = QStringLiteral("the rest of this step's SQL is known only when it runs (%1)")
                             .arg(ran.error().message.section(QLatin1Char('\n'), 0, 0));
        }
        for (const VersionStatement &s : step.statements) {
            switch (s.kind) {
            case VersionStatement::Kind::Insert: p.statements << versionSql.insert(s.to); break;
            case VersionStatement::Kind::Update: p.statements << versionSql.update(s.from, s.to); break;
            case VersionStatement::Kind::Delete: p.statements << versionSql.deleteRow(s.from); break;
            }
        }
        out << p;
    }
    return out;
}

} // namespace retort
