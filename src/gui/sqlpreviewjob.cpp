#include "sqlpreviewjob.h"

#include "graphdata.h"

#include "commands/offlinesql.h"
#include "runtime/connection.h"
#include "runtime/scriptrunner.h"
#include "runtime/sqlitereflection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace retort::gui {

SqlPreviewResult generateSqlPreview(const SqlPreviewRequest &request)
{
    SqlPreviewResult result;
    if (!request.project || request.revision < 0 || request.revision >= request.project->map().size()) {
        result.error = QStringLiteral("No revision selected.");
        return result;
    }
    const RevisionMap &map = request.project->map();
    const Revision &revision = map.revision(request.revision);
    const QStringList downs = map.ids(map.downRevisions(request.revision));
    const QString down = downs.isEmpty() ? QStringLiteral("base") : downs.first();

    OfflineRequest offline;
    offline.dialect = request.dialect;
    offline.collectJson = true;
    if (request.downgrade) {
        offline.command = OfflineRequest::Command::Downgrade;
        offline.target = revision.id + QLatin1Char(':') + down;
        result.command = QStringLiteral("retort downgrade %1 --sql").arg(offline.target);
    } else {
        offline.command = OfflineRequest::Command::Upgrade;
        offline.target = down + QLatin1Char(':') + revision.id;
        result.command = QStringLiteral("retort upgrade %1 --sql").arg(offline.target);
    }

    // Paths in messages are relative to the project folder (short, still clickable in a terminal).
    const QDir projectDir(request.project->config().projectDir());
    const QList<Diagnostic> reasons = ScriptCheckData::check(revision);
    if (!reasons.isEmpty()) {
        result.needsPython = true;
        result.reasons = reasons;
        QStringList lines;
        for (const Diagnostic &d : reasons)
            lines << QStringLiteral("%1:%2: %3").arg(projectDir.relativeFilePath(d.file)).arg(d.line).arg(d.message);
        result.error = QStringLiteral("%1 needs the project's Python; the built-in interpreter cannot run it:\n%2")
                           .arg(QFileInfo(revision.path).fileName(), lines.join(QLatin1Char('\n')));
        return result;
    }

    // SQLite batch operations without copy_from need the table as it is: when the project's own
    // SQLite database exists, reflect it (read-only, on this worker thread) like an online run would.
    std::unique_ptr<Connection> reflectionDb;
    if (request.dialect == QLatin1String("sqlite")) {
        Result<ResolvedUrl> url = request.project->databaseUrl(QString());
        if (url.ok() && url->url.isSqlite() && !url->url.isMemory()) {
            Connection::Options options;
            options.access = Connection::Access::ReadOnly;
            options.baseDir = request.project->config().workingDir();
            Result<std::unique_ptr<Connection>> db = Connection::open(url->url, options);
            if (db.ok() && (*db)->exists()) {
                reflectionDb = std::move(db.value());
                Connection *connection = reflectionDb.get();
                offline.reflectTable = [connection](const QString &table, const QString &schema) {
                    return SqliteReflection::reflectTable(*connection, table, schema);
                };
            }
        }
    }
    ScriptRunner runner;
    Result<OfflineResult> generated = generateOfflineSql(*request.project, offline, runner);
    // Errors before anything ran, or a revision body that failed (its partial script is not shown).
    const Error *failed = !generated.ok() ? &generated.error() : generated->failure ? &*generated->failure : nullptr;
    if (failed) {
        const Error &e = *failed;
        result.error = e.file.isEmpty() ? e.message
                       : e.line > 0 ? QStringLiteral("%1:%2: %3").arg(projectDir.relativeFilePath(e.file)).arg(e.line).arg(e.message)
                                    : QStringLiteral("%1: %2").arg(projectDir.relativeFilePath(e.file), e.message);
        return result;
    }
    result.ok = true;
    const QJsonArray steps = generated->json.value(QStringLiteral("steps")).toArray();
    if (steps.size() <= 1) {
        result.sql = generated->sql;
        return result;
    }
    // The range runs other revisions too: show this revision's step only.
    QStringList others;
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        const QString id = step.value(QStringLiteral("revision")).toString();
        if (id == revision.id)
            result.sql = step.value(QStringLiteral("sql")).toString();
        else
            others << id;
    }
    result.note = QStringLiteral("`%1` also runs %2; only this revision's step is shown.")
                      .arg(result.command, others.join(QStringLiteral(", ")));
    return result;
}

} // namespace retort::gui
