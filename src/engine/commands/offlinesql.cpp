#include "commands/offlinesql.h"

#include "commands/inspection.h"
#include "commands/offlinestepbodies.h"
#include "commands/planformat.h"
#include "runtime/scriptrunner.h"
#include "sql/dialect.h"
#include "sql/offlinescriptwriter.h"

#include <QJsonArray>

#include <optional>

namespace retort {

namespace {

// Splits "A:B" on the first colon (Alembic uses only the first two parts).
std::pair<QString, QString> splitRange(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    return {parts.value(0), parts.value(1)};
}

Result<MigrationPlan> planFor(const Project &project, const OfflineRequest &request)
{
    MigrationPlanner planner(project.map());
    PlanOptions options;
    options.alembicWalks = true;   // offline scripts follow Alembic exactly
    switch (request.command) {
    case OfflineRequest::Command::Upgrade: {
        QStringList start;
        QString destination = request.target;
        if (request.target.contains(QLatin1Char(':'))) {
            const auto [from, to] = splitRange(request.target);
            Result<QStringList> heads = planner.startingHeads(from);
            if (!heads.ok())
                return heads.error();
            start = *heads;
            destination = to;
        }
        return planner.upgrade(start, destination, options);
    }
    case OfflineRequest::Command::Downgrade: {
        const auto [from, to] = splitRange(request.target);
        Result<QStringList> heads = planner.startingHeads(from);
        if (!heads.ok())
            return heads.error();
        return planner.downgrade(*heads, to, options);
    }
    case OfflineRequest::Command::Stamp: {
        // checked by Alembic's migration context, i.e. after env.py logged its lines
        if (request.purge)
            return makeError(ErrorCode::Command, QStringLiteral("Can't use --purge with --sql mode"));
        QString start;
        QStringList destinations;
        for (const QString &t : request.stampTargets) {
            if (t.contains(QLatin1Char(':'))) {
                const auto [from, to] = splitRange(t);
                start = from;
                destinations << to;
            } else {
                destinations << t;
            }
        }
        Result<QStringList> heads = start.isEmpty() ? Result<QStringList>(QStringList()) : planner.startingHeads(start);
        if (!heads.ok())
            return heads.error();
        return planner.stamp(*heads, destinations, false, options);
    }
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown offline command"));
}

} // namespace

Result<void> validateOfflineRequest(const OfflineRequest &request)
{
    if (request.command == OfflineRequest::Command::Downgrade && !request.target.contains(QLatin1Char(':')))
        return makeError(ErrorCode::Command, QStringLiteral("downgrade with --sql requires <fromrev>:<torev>"));
    if (request.command != OfflineRequest::Command::Stamp)
        return {};
    // command.stamp: every "start:" must name the same start (the first one seen).
    std::optional<QString> start;
    for (const QString &t : request.stampTargets) {
        if (!t.contains(QLatin1Char(':')))
            continue;
        const QString from = splitRange(t).first;
        if (start && *start != from)
            return makeError(ErrorCode::Command,
                             QStringLiteral("Stamp operation with --sql only supports a single starting revision at a time"));
        start = from;
    }
    return {};
}

Result<OfflineResult> generateOfflineSql(const Project &project, const OfflineRequest &request, ScriptRunner &runner)
{
    std::unique_ptr<sql::Dialect> dialect = sql::Dialect::create(request.dialect);
    if (!dialect)
        return makeError(ErrorCode::Command, QStringLiteral("No SQL dialect for '%1'").arg(request.dialect));

    if (Result<void> valid = validateOfflineRequest(request); !valid.ok())
        return valid.error();
    Result<MigrationPlan> plan = planFor(project, request);
    if (!plan.ok())
        return plan.error();
    // Evaluate every step's body first (on all cores), then assemble the script in plan order.
    const QList<OfflineStepBody> bodies =
        evaluateOfflineBodies(project.map(), plan->steps, *dialect, runner, request.reflectTable);

    sql::OfflineScriptWriter::Options writerOptions;
    writerOptions.transactionalDdl = dialect->transactionalDdl();
    writerOptions.transactionPerMigration = request.transactionPerMigration || project.transactionPerMigration();
    const VersionTableOptions &vt = project.versionTable();
    writerOptions.versionTable = sql::VersionTableSpec{vt.table, vt.schema, vt.primaryKey};
    sql::OfflineScriptWriter writer(*dialect, writerOptions);
    QSet<QString> createdEnumTypes;   // the run's ENUM state (PostgreSQL), in plan order

    OfflineResult result;
    result.plan = *plan;
    QJsonArray steps;
    const QString migrationLog = QStringLiteral("INFO  [alembic.runtime.migration] ");
    writer.begin();
    for (qsizetype i = 0; i < plan->steps.size(); ++i) {
        const MigrationStep &step = plan->steps.at(i);
        const qsizetype stepStart = writer.text().size();
        writer.beginStep(QStringLiteral("Running ") + step.shortLog(), step.headsBefore.isEmpty());
        const qsizetype bodyStart = writer.text().size();
        result.logLines << migrationLog + QStringLiteral("Running ") + step.logMessage();
        if (bodies.at(i).evaluated) {
            const OfflineStepBody *body = &bodies.at(i);
            // Rendered as if no ENUM type existed yet: when an earlier step already created one of
            // its types, render it again with the run's state so the CREATE TYPE is not repeated.
            OfflineStepBody again;
            if (!body->error && body->createdEnumTypes.intersects(createdEnumTypes)) {
                again = evaluateOfflineBody(project.map().revision(step.revision), step.direction, *dialect, runner,
                                            request.reflectTable, createdEnumTypes);
                body = &again;
            }
            createdEnumTypes.unite(body->createdEnumTypes);
            writer.addItems(body->items);
            for (const QString &record : body->logs)
                result.logLines << (record.endsWith(QLatin1Char('\n')) ? record.chopped(1) : record);
            for (const QString &warning : body->warnings)
                result.logLines << QStringLiteral("WARNING [retort] ") + warning;   // as online runs print them
            if (body->error) {
                // Alembic has streamed everything so far when the exception ends the run.
                result.failure = *body->error;
                result.sql = writer.text();
                return result;
            }
        }
        const QString bodySql = request.collectJson ? writer.text().mid(bodyStart) : QString();
        for (const VersionStatement &s : step.statements) {
            switch (s.kind) {
            case VersionStatement::Kind::Insert: writer.versionInsert(s.to); break;
            case VersionStatement::Kind::Update: writer.versionUpdate(s.from, s.to); break;
            case VersionStatement::Kind::Delete: writer.versionDelete(s.from); break;
            }
        }
        writer.endStep();
        if (!request.collectJson)
            continue;
        QJsonObject stepObject = planformat::stepJson(step);
        stepObject.insert(QStringLiteral("body_sql"), bodySql);
        stepObject.insert(QStringLiteral("sql"), writer.text().mid(stepStart));
        steps.append(stepObject);
    }
    writer.end();
    result.sql = writer.text();
    if (!request.collectJson)
        return result;
    QJsonObject json = planformat::toJson(project.map(), *plan);
    json.insert(QStringLiteral("command"), QStringLiteral("sql"));
    json.insert(QStringLiteral("dialect"), dialect->name());
    json.insert(QStringLiteral("steps"), steps);
    json.insert(QStringLiteral("sql"), result.sql);
    result.json = json;
    return result;
}

} // namespace retort
