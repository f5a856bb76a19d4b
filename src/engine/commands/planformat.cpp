#include "commands/planformat.h"

#include <QJsonArray>

namespace retort::planformat {

namespace {

QString headsText(const QStringList &heads)
{
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

QString statementsText(const QList<VersionStatement> &statements)
{
    QStringList parts;
    for (const VersionStatement &s : statements)
        parts << s.toString();
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString directionName(StepDirection direction)
{
    switch (direction) {
    case StepDirection::Upgrade: return QStringLiteral("upgrade");
    case StepDirection::Downgrade: return QStringLiteral("downgrade");
    case StepDirection::Stamp: return QStringLiteral("stamp");
    }
    return {};
}

QString toText(const RevisionMap &map, const MigrationPlan &plan)
{
    Q_UNUSED(map);
    QString out = QStringLiteral("Plan: %1, %2 step(s), from %3\n")
                      .arg(directionName(plan.direction))
                      .arg(plan.steps.size())
                      .arg(headsText(plan.startHeads));
    for (const QString &w : plan.warnings)
        out += QStringLiteral("Warning: %1\n").arg(w);
    int n = 0;
    for (const MigrationStep &step : plan.steps) {
        out += QStringLiteral("%1. %2\n").arg(++n, 3).arg(step.logMessage());
        out += QStringLiteral("     version table: %1\n").arg(statementsText(step.statements));
    }
    if (plan.steps.isEmpty() && !plan.needsChoice())
        out += QStringLiteral("Nothing to do.\n");
    out += QStringLiteral("Heads after: %1\n").arg(headsText(plan.endHeads));
    if (plan.needsChoice()) {
        out += QStringLiteral("The next step is ambiguous (a branch point or merge point); choose one of:\n");
        for (const PlanAlternative &a : plan.alternatives) {
            out += QStringLiteral("  %1%2  (%3 step(s); retort upgrade/downgrade %4)\n")
                       .arg(a.revisionId, a.doc.isEmpty() ? QString() : QStringLiteral(", ") + a.doc)
                       .arg(a.steps.size())
                       .arg(a.target);
        }
    }
    return out;
}

QJsonObject stepJson(const MigrationStep &step)
{
    QJsonArray statements;
    for (const VersionStatement &s : step.statements) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), s.kind == VersionStatement::Kind::Insert   ? QStringLiteral("insert")
                                         : s.kind == VersionStatement::Kind::Update ? QStringLiteral("update")
                                                                                    : QStringLiteral("delete"));
        if (!s.from.isEmpty())
            o.insert(QStringLiteral("from"), s.from);
        if (!s.to.isEmpty())
            o.insert(QStringLiteral("to"), s.to);
        statements.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("direction"), directionName(step.direction));
    o.insert(QStringLiteral("revision"), step.revisionId);
    o.insert(QStringLiteral("from"), QJsonArray::fromStringList(step.fromIds));
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(step.toIds));
    o.insert(QStringLiteral("doc"), step.doc);
    o.insert(QStringLiteral("heads_before"), QJsonArray::fromStringList(step.headsBefore));
    o.insert(QStringLiteral("heads_after"), QJsonArray::fromStringList(step.headsAfter));
    o.insert(QStringLiteral("version_statements"), statements);
    return o;
}

QJsonObject toJson(const RevisionMap &map, const MigrationPlan &plan)
{
    Q_UNUSED(map);
    QJsonArray steps;
    for (const MigrationStep &s : plan.steps)
        steps.append(stepJson(s));
    QJsonArray alternatives;
    for (const PlanAlternative &a : plan.alternatives) {
        QJsonArray altSteps;
        for (const MigrationStep &s : a.steps)
            altSteps.append(stepJson(s));
        alternatives.append(QJsonObject{{QStringLiteral("revision"), a.revisionId},
                                        {QStringLiteral("doc"), a.doc},
                                        {QStringLiteral("target"), a.target},
                                        {QStringLiteral("steps"), altSteps},
                                        {QStringLiteral("heads_after"), QJsonArray::fromStringList(a.headsAfter)}});
    }
    QJsonObject o;
    o.insert(QStringLiteral("command"), QStringLiteral("plan"));
    o.insert(QStringLiteral("schema_version"), 1);
    o.insert(QStringLiteral("direction"), directionName(plan.direction));
    o.insert(QStringLiteral("start_heads"), QJsonArray::fromStringList(plan.startHeads));
    o.insert(QStringLiteral("end_heads"), QJsonArray::fromStringList(plan.endHeads));
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("alternatives"), alternatives);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));
    return o;
}

} // namespace retort::planformat
