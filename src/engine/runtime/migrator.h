#pragma once

#include "core/result.h"
#include "runtime/versiontable.h"
#include "script/migrationplan.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace retort {

class Connection;
class RevisionMap;
class ScriptRunner;

// What one applied (or, in a dry run, tried) step did.
struct StepReport {
    MigrationStep step;
    QStringList statements;   // the body's SQL then the version-table SQL, as executed
    QStringList warnings;     // dialect warnings, transaction hazards, dry-run notes
    qint64 durationMs = 0;
    QString sqlSha256;        // of statements.join(";\n")
};

struct RunReport {
    bool dryRun = false;
    QStringList rowsBefore;         // version-table rows when the lock was taken
    QStringList rowsAfter;          // after the run (dry run: what they would have been)
    bool createdVersionTable = false;
    QList<StepReport> steps;        // completed steps (dry run: all steps tried)
    QString snapshotPath;           // SQLite snapshot taken before the run, if any
    QString backupPath;             // pg_dump file, if any
    QStringList notes;              // e.g. a stale lock taken over
};

// Progress of a run, reported on the running thread.
struct StepEvent {
    enum class Kind { Started, Finished, Failed };
    Kind kind = Kind::Started;
    int index = 0;                  // 0-based step index
    int count = 0;                  // steps in the plan
    const MigrationStep *step = nullptr;
    const StepReport *report = nullptr;   // Finished only
    QString error;                        // Failed only
};

struct MigratorOptions {
    VersionTableOptions versionTable;
    bool dryRun = false;            // everything in one transaction, rolled back at the end
    int lockTimeoutMs = 10000;
    bool snapshot = true;           // SQLite files: VACUUM INTO snapshot before changing anything
    int keepSnapshots = 5;
    bool pgBackup = false;          // PostgreSQL: pg_dump first (needs pg_dump on PATH)
    QString backupDir;              // empty = $XDG_DATA_HOME/retort/backups
    bool journal = true;
    QString journalPath;            // empty = Journal::defaultPath()
    const std::atomic<bool> *cancel = nullptr;   // checked between steps
    std::function<void(const StepEvent &)> progress;
    // The scripts' print() output and logging records, as they happen, on the running thread.
    std::function<void(const QString &)> scriptOutput;
    std::function<void(const QString &)> scriptLog;
};

// Applies a MigrationPlan to a live database, safely (reference §5, §9, architecture principle 3):
//  1. takes the RunLock (PostgreSQL advisory lock / SQLite lock file) and checks the version rows
//     still are the plan's start rows;
//  2. snapshots a SQLite file (pg_dump on request);
//  3. creates the version table if missing (exact Alembic DDL) when the database has no rows;
//  4. runs each step in its own transaction — SQLite included (BEGIN IMMEDIATE) — : the body
//     through the ScriptRunner and an OnlineContext, then the version statements with Alembic's
//     row-count check, then COMMIT. A failing step is rolled back: the database stays at the last
//     good revision and the error names the step, the statement and the database's message.
//  5. journals every step (started / finished) unless dry-running.
// Test hook: RETORT_TEST_FAULT=kill-during:<rev> SIGKILLs the process after the body of <rev>
// ran (before COMMIT); sleep-during:<rev>:<ms> sleeps there.
// One Migrator per run, on the connection's thread; the connection, map and runner outlive it.
class Migrator {
public:
    Migrator(Connection &connection, const RevisionMap &map, ScriptRunner &runner, MigratorOptions options = {});

    Result<RunReport> apply(const MigrationPlan &plan);
    // The report of the last apply(), also after a failure (the steps that did complete).
    const RunReport &lastReport() const { return m_report; }

private:
    Connection &m_connection;
    const RevisionMap &m_map;
    ScriptRunner &m_runner;
    MigratorOptions m_options;
    RunReport m_report;
};

// Offline rendering of a plan's steps with live reflection for batch mode, before anything runs:
// the SQL each step is expected to execute and the statements that cannot run inside a
// transaction. Steps whose SQL depends on data (queries) or on earlier steps get a note instead.
struct StepPreview {
    QStringList statements;
    QStringList warnings;
    QString note;   // why the SQL is not (fully) known in advance
};
QList<StepPreview> previewPlan(Connection &connection, const RevisionMap &map, ScriptRunner &runner,
                               const MigrationPlan &plan, const VersionTableOptions &versionTable);

} // namespace retort
