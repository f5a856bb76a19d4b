#pragma once

#include "commands/project.h"
#include "core/result.h"
#include "runtime/migrator.h"
#include "script/migrationplan.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace retort {
class Connection;
}

namespace retort::gui {

// What the plan dialog shows for one step before anything runs: the SQL the engine expects it to
// execute, the hazards (statements that cannot run in a transaction, SQLite table rebuilds), and
// why it cannot run natively (the reasons it needs the project's Python), if so.
struct StepPreviewInfo {
    QStringList statements;
    QStringList warnings;
    QString note;                 // why the SQL is not fully known in advance
    QStringList pythonReasons;    // "file:line: reason"; empty when the interpreter runs it
};

// Applies migration plans to the connected database for the GUI. Threading: a worker object that
// lives in a QThread its owner (MigrationActions) gives it; preview() and run() are invoked there
// (queued) and answer with signals. It owns its own read-write Connection, opened per request on
// its thread and closed after it, so the GUI's DatabaseWorker connection is never shared.
// requestCancel() is thread-safe: the running plan stops before its next step.
class MigrationRunner : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        QString urlText;          // unmasked (may hold a password): used to connect, never emitted
        QString baseDir;          // relative SQLite paths resolve against it (the project folder)
        QString journalPath;      // empty = Journal::defaultPath()
        bool snapshot = true;     // SQLite: copy the file before a run
        int lockTimeoutMs = 10000;
    };

    explicit MigrationRunner(QObject *parent = nullptr);
    ~MigrationRunner() override;

    // Thread-safe: stops the running plan between steps (the current step completes or fails).
    void requestCancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

public Q_SLOTS:
    // Runs on the worker thread. Renders each step's SQL offline (with live reflection for batch
    // operations) and checks which steps need the project's Python: previewReady().
    void preview(int request, const Settings &settings, std::shared_ptr<const retort::Project> project,
                 const retort::MigrationPlan &plan);
    // Runs on the worker thread. Applies the plan through the Migrator (run lock, snapshot, one
    // transaction per step, journal): stepStarted/stepFinished per step, then finished(), or
    // cancelled() / failed() (the database stays at the last good revision).
    void run(int request, const Settings &settings, std::shared_ptr<const retort::Project> project,
             const retort::MigrationPlan &plan);

Q_SIGNALS:
    void previewReady(int request, const QList<retort::gui::StepPreviewInfo> &steps, const QString &error);
    // Alembic's migration-context lines ("Context impl SQLiteImpl.", ...), before the first step.
    void contextStarted(int request, const QString &dialect);
    void stepStarted(int request, int index, int count, const QString &logMessage);
    void stepFinished(int request, int index, const retort::StepReport &report);
    // What a running script printed (print()) or logged (a formatted logging record), as it happens.
    void scriptOutput(int request, const QString &text);
    void finished(int request, const retort::RunReport &report);
    void cancelled(int request, const retort::RunReport &report, const QString &message);
    // index: the failing step, -1 when the run failed before its first step (lock, changed rows).
    void failed(int request, int index, const QString &message, const retort::RunReport &report);

private:
    Result<std::unique_ptr<Connection>> open(const Settings &settings, bool write);

    std::atomic<bool> m_cancel{false};
};

// Alembic's log lines of a migration context for a dialect ("Context impl SQLiteImpl.", ...).
QStringList migrationContextLines(const QString &dialect);

} // namespace retort::gui

Q_DECLARE_METATYPE(retort::gui::StepPreviewInfo)
Q_DECLARE_METATYPE(retort::gui::MigrationRunner::Settings)
Q_DECLARE_METATYPE(retort::MigrationPlan)
Q_DECLARE_METATYPE(retort::StepReport)
Q_DECLARE_METATYPE(retort::RunReport)
