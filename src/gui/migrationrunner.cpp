#include "migrationrunner.h"

#include "commands/inspection.h"
#include "config/databaseurl.h"
#include "runtime/connection.h"
#include "runtime/scriptrunner.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace retort::gui {

namespace {

const int kMetaTypes = [] {
    qRegisterMetaType<StepPreviewInfo>();
    qRegisterMetaType<QList<StepPreviewInfo>>();
    qRegisterMetaType<MigrationRunner::Settings>();
    qRegisterMetaType<MigrationPlan>();
    qRegisterMetaType<StepReport>();
    qRegisterMetaType<RunReport>();
    qRegisterMetaType<std::shared_ptr<const Project>>();
    return 0;
}();

// Warnings Retort adds to the engine's: a SQLite batch operation rebuilds the whole table
// (move and copy through "_alembic_tmp_<table>").
QStringList rebuildWarnings(const QStringList &statements)
{
    static const QRegularExpression tmp(QStringLiteral("CREATE TABLE \"?_alembic_tmp_(\\w+)"));
    QStringList out;
    for (const QString &sql : statements) {
        const QRegularExpressionMatch m = tmp.match(sql);
        if (m.hasMatch())
            out << QStringLiteral("SQLite table rebuild: \"%1\" is copied into a new table and swapped (batch "
                                  "move-and-copy); large tables take time and need free space")
                       .arg(m.captured(1));
    }
    return out;
}

} // namespace

QStringList migrationContextLines(const QString &dialect)
{
    const bool postgres = dialect == QLatin1String("postgresql");
    return {postgres ? QStringLiteral("Context impl PostgresqlImpl.") : QStringLiteral("Context impl SQLiteImpl."),
            postgres ? QStringLiteral("Will assume transactional DDL.") : QStringLiteral("Will assume non-transactional DDL.")};
}

MigrationRunner::MigrationRunner(QObject *parent)
    : QObject(parent)
{
    (void)kMetaTypes;
}

MigrationRunner::~MigrationRunner() = default;

Result<std::unique_ptr<Connection>> MigrationRunner::open(const Settings &settings, bool write)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(settings.urlText);
    if (!url)
        return Error{url.error().code, maskPasswords(url.error().message)};
    Connection::Options options;
    // The preview only reflects tables: read-only, so that it never creates a missing SQLite file.
    options.access = write ? Connection::Access::ReadWrite : Connection::Access::ReadOnly;
    options.baseDir = settings.baseDir;
    return Connection::open(*url, options);
}

void MigrationRunner::preview(int request, const Settings &settings, std::shared_ptr<const Project> project,
                              const MigrationPlan &plan)
{
    QList<StepPreviewInfo> out;
    if (!project) {
        Q_EMIT previewReady(request, out, tr("No project"));
        return;
    }
    const RevisionMap &map = project->map();
    // The Python check needs no database: done first so that it is shown even when the
    // connection fails.
    for (const MigrationStep &step : plan.steps) {
        StepPreviewInfo info;
        if (step.direction != StepDirection::Stamp && step.revision >= 0) {
            const inspection::InterpreterSupport support = inspection::interpreterSupport(map, step.revision);
            if (!support.supported) {
                for (const Diagnostic &d : support.reasons)
                    info.pythonReasons << QStringLiteral("%1:%2: %3").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.message);
                if (support.reasons.isEmpty())
                    info.pythonReasons << tr("%1 needs the project's Python").arg(step.revisionId);
            }
        }
        out << info;
    }
    Result<std::unique_ptr<Connection>> connection = open(settings, false);
    if (!connection) {
        Q_EMIT previewReady(request, out, maskPasswords(connection.error().message));
        return;
    }
    ScriptRunner runner;
    const QList<StepPreview> previews = previewPlan(**connection, map, runner, plan, project->versionTable());
    for (int i = 0; i < out.size() && i < previews.size(); ++i) {
        out[i].statements = previews.at(i).statements;
        out[i].warnings = previews.at(i).warnings + rebuildWarnings(previews.at(i).statements);
        out[i].note = previews.at(i).note;
    }
    Q_EMIT previewReady(request, out, QString());
}

void MigrationRunner::run(int request, const Settings &settings, std::shared_ptr<const Project> project,
                          const MigrationPlan &plan)
{
    m_cancel.store(false);
    if (!project) {
        Q_EMIT failed(request, -1, tr("No project"), RunReport{});
        return;
    }
    Result<std::unique_ptr<Connection>> connection = open(settings, true);
    if (!connection) {
        Q_EMIT failed(request, -1, maskPasswords(connection.error().toString()), RunReport{});
        return;
    }
    Q_EMIT contextStarted(request, (*connection)->dialect());

    MigratorOptions options;
    options.versionTable = project->versionTable();
    options.snapshot = settings.snapshot;
    options.lockTimeoutMs = settings.lockTimeoutMs;
    options.journalPath = settings.journalPath;
    options.cancel = &m_cancel;
    int failedIndex = -1;
    options.progress = [this, request, &failedIndex](const StepEvent &e) {
        switch (e.kind) {
        case StepEvent::Kind::Started:
            failedIndex = e.index;
            Q_EMIT stepStarted(request, e.index, e.count, e.step->logMessage());
            break;
        case StepEvent::Kind::Finished:
            failedIndex = -1;
            Q_EMIT stepFinished(request, e.index, *e.report);
            break;
        case StepEvent::Kind::Failed:
            failedIndex = e.index;
            break;
        }
    };
    options.scriptOutput = [this, request](const QString &text) { Q_EMIT scriptOutput(request, text); };
    options.scriptLog = [this, request](const QString &text) { Q_EMIT scriptOutput(request, maskPasswords(text)); };
    ScriptRunner runner;
    Migrator migrator(**connection, project->map(), runner, options);
    Result<RunReport> report = migrator.apply(plan);
    if (report) {
        Q_EMIT finished(request, *report);
        return;
    }
    const QString message = maskPasswords(report.error().toString());
    if (report.error().code == ErrorCode::Cancelled)
        Q_EMIT cancelled(request, migrator.lastReport(), message);
    else
        Q_EMIT failed(request, failedIndex, message, migrator.lastReport());
}

} // namespace retort::gui
