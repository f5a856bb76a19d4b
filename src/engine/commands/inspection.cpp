#include "commands/inspection.h"

#include "commands/revisionformat.h"
#include "python/staticcheck.h"
#include "script/migrationplan.h"
#include "script/revisionresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace retort::inspection {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray revisionsJson(const RevisionMap &map, const QList<int> &indexes, const RevisionSet *current = nullptr)
{
    QJsonArray out;
    for (int i : indexes) {
        QJsonObject o = revisionJson(map, i);
        if (current)
            o.insert(QStringLiteral("current"), current->contains(i));
        out.append(o);
    }
    return out;
}

QJsonObject envelope(const QString &command)
{
    QJsonObject o;
    o.insert(QStringLiteral("command"), command);
    o.insert(QStringLiteral("schema_version"), 1);
    return o;
}

QList<int> headIndexes(const Project &project, bool resolveDependencies)
{
    return resolveDependencies ? project.map().realHeads() : project.map().heads();
}

// Indexes of `rows` that name revisions of the map (unknown rows are reported by the callers).
Result<RevisionSet> rowSet(const RevisionMap &map, const QStringList &rows)
{
    RevisionSet set = map.emptySet();
    RevisionResolver resolver(map);
    for (const QString &row : rows) {
        RevResult<int> r = resolver.lookup(row);
        if (!r.ok())
            return r.error().toError(ErrorStyle::Cli);
        if (*r >= 0)
            set.insert(*r);
    }
    return set;
}

QList<int> realIndexes(const QList<int> &indexes)
{
    QList<int> out;
    for (int i : indexes)
        if (i >= 0)
            out << i;
    return out;
}

Result<QList<int>> showIndexes(const Project &project, const QString &revision, const QStringList &rows)
{
    RevisionResolver resolver(project.map());
    RevResult<QList<int>> r = revision == QLatin1String("current") ? resolver.revisions(rows)
                                                                   : resolver.revisions(revision);
    if (!r.ok())
        return r.error().toError(ErrorStyle::Cli);
    return realIndexes(*r);
}

} // namespace

InterpreterSupport interpreterSupport(const RevisionMap &map, int index)
{
    const QString path = map.revision(index).path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, {{Diagnostic::Severity::Error, path, 0, 0, file.errorString()}}};
    const python::StaticCheckResult check = python::staticCheck(QString::fromUtf8(file.readAll()), path);
    return {check.supported, check.reasons};
}

Result<void> checkPlanRunsNatively(const RevisionMap &map, const MigrationPlan &plan)
{
    QStringList problems;
    for (const MigrationStep &step : plan.steps) {
        if (step.direction == StepDirection::Stamp || step.revision < 0)
            continue;
        const InterpreterSupport support = interpreterSupport(map, step.revision);
        if (support.supported)
            continue;
        if (!support.reasons.isEmpty())
            problems << python::formatReasons(support.reasons);
        else
            problems << QStringLiteral("  %1").arg(step.revisionId);
    }
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::Command,
                     QStringLiteral("These revisions need the project's Python; Retort's built-in interpreter "
                                    "cannot run them, and nothing was run:\n%1")
                         .arg(problems.join(QLatin1Char('\n'))));
}

QJsonObject revisionJson(const RevisionMap &map, int i)
{
    const Revision &rev = map.revision(i);
    QJsonObject o;
    o.insert(QStringLiteral("id"), rev.id);
    o.insert(QStringLiteral("down_revisions"), toArray(rev.downRevisions));
    o.insert(QStringLiteral("depends_on"), toArray(rev.dependsOn));
    o.insert(QStringLiteral("branch_labels"), toArray(map.branchLabels(i)));
    o.insert(QStringLiteral("declared_branch_labels"), toArray(rev.branchLabels));
    o.insert(QStringLiteral("children"), toArray(map.ids(map.nextRevisions(i))));
    o.insert(QStringLiteral("doc"), rev.doc);
    o.insert(QStringLiteral("create_date"), rev.createDate);
    o.insert(QStringLiteral("path"), rev.path);
    o.insert(QStringLiteral("is_head"), map.isHead(i));
    o.insert(QStringLiteral("is_real_head"), map.isRealHead(i));
    o.insert(QStringLiteral("is_effective_head"), map.isEffectiveHead(i));
    o.insert(QStringLiteral("is_base"), map.isBase(i));
    o.insert(QStringLiteral("is_branch_point"), map.isBranchPoint(i));
    o.insert(QStringLiteral("is_merge_point"), map.isMergePoint(i));
    return o;
}

Result<QString> headsText(const Project &project, bool verbose, bool resolveDependencies)
{
    const RevisionMap &map = project.map();
    ShortFormat format;
    format.includeBranches = true;
    format.treeIndicators = false;
    QString out;
    for (int i : headIndexes(project, resolveDependencies))
        out += formatCommand(map, i, verbose, format) + QLatin1Char('\n');
    return out;
}

Result<QJsonObject> headsJson(const Project &project, bool resolveDependencies)
{
    QJsonObject o = envelope(QStringLiteral("heads"));
    o.insert(QStringLiteral("resolve_dependencies"), resolveDependencies);
    o.insert(QStringLiteral("revisions"), revisionsJson(project.map(), headIndexes(project, resolveDependencies)));
    return o;
}

Result<QString> branchesText(const Project &project, bool verbose)
{
    const RevisionMap &map = project.map();
    Result<QList<int>> order = MigrationPlanner(map).history(QString());
    if (!order.ok())
        return order.error();
    ShortFormat point;
    point.includeBranches = true;
    QString out;
    for (int i : *order) {
        if (!map.isBranchPoint(i))
            continue;
        QStringList children;
        const QString indent(map.id(i).size(), QLatin1Char(' '));
        for (int c : map.nextRevisions(i)) {
            ShortFormat child;
            child.includeBranches = true;
            child.includeDoc = verbose;
            children << indent + QStringLiteral(" -> ") + formatShort(map, c, child);
        }
        out += formatCommand(map, i, verbose, point) + QLatin1Char('\n') + children.join(QLatin1Char('\n'))
               + QStringLiteral("\n\n");
    }
    return out;
}

Result<QJsonObject> branchesJson(const Project &project)
{
    const RevisionMap &map = project.map();
    Result<QList<int>> order = MigrationPlanner(map).history(QString());
    if (!order.ok())
        return order.error();
    QJsonArray points;
    for (int i : *order) {
        if (!map.isBranchPoint(i))
            continue;
        QJsonObject p = revisionJson(map, i);
        p.insert(QStringLiteral("branches"), revisionsJson(map, map.nextRevisions(i)));
        points.append(p);
    }
    QJsonObject o = envelope(QStringLiteral("branches"));
    o.insert(QStringLiteral("branch_points"), points);
    return o;
}

Result<QString> historyText(const Project &project, const QString &range, bool verbose, const QStringList &rows,
                            bool indicateCurrent)
{
    const RevisionMap &map = project.map();
    Result<QList<int>> order = MigrationPlanner(map).history(range, rows);
    if (!order.ok())
        return order.error();
    RevisionSet current = map.emptySet();
    if (indicateCurrent) {
        // Alembic marks exactly the rows (`sc.revision in currents`).
        const QSet<QString> rowSet(rows.cbegin(), rows.cend());
        for (int i : *order)
            if (rowSet.contains(map.id(i)))
                current.insert(i);
    }
    ShortFormat format;
    format.includeBranches = true;
    format.includeDoc = true;
    format.includeParents = true;
    format.current = indicateCurrent ? &current : nullptr;
    QString out;
    for (int i : *order)
        out += formatCommand(map, i, verbose, format) + QLatin1Char('\n');
    return out;
}

Result<QJsonObject> historyJson(const Project &project, const QString &range, const QStringList &rows,
                                bool indicateCurrent)
{
    const RevisionMap &map = project.map();
    Result<QList<int>> order = MigrationPlanner(map).history(range, rows);
    if (!order.ok())
        return order.error();
    RevisionSet current = map.emptySet();
    const QSet<QString> rowSet(rows.cbegin(), rows.cend());
    for (int i : *order)
        if (rowSet.contains(map.id(i)))
            current.insert(i);
    QJsonObject o = envelope(QStringLiteral("history"));
    o.insert(QStringLiteral("range"), range);
    o.insert(QStringLiteral("revisions"), revisionsJson(map, *order, indicateCurrent ? &current : nullptr));
    return o;
}

Result<QString> currentText(const Project &project, const QStringList &rows, bool verbose, const QString &displayUrl,
                            bool checkHeads)
{
    const RevisionMap &map = project.map();
    QString out;
    if (verbose)
        out += QStringLiteral("Current revision(s) for %1:\n").arg(displayUrl);
    if (checkHeads) {
        const QSet<QString> rowSet(rows.cbegin(), rows.cend());
        const QStringList headIds = map.ids(map.heads());
        const QSet<QString> heads(headIds.cbegin(), headIds.cend());
        if (rowSet != heads)
            return makeError(ErrorCode::Command, QStringLiteral("Database is not on all head revisions"));
    }
    Result<QList<int>> current = MigrationPlanner(map).current(rows);
    if (!current.ok())
        return current.error();
    for (int i : *current)
        out += formatCommand(map, i, verbose, ShortFormat()) + QLatin1Char('\n');
    return out;
}

Result<QJsonObject> currentJson(const Project &project, const QStringList &rows, const QString &displayUrl,
                                bool checkHeads)
{
    const RevisionMap &map = project.map();
    Result<QList<int>> current = MigrationPlanner(map).current(rows);
    if (!current.ok())
        return current.error();
    const QSet<QString> rowSet(rows.cbegin(), rows.cend());
    const QStringList headIds = map.ids(map.heads());
    const bool atHeads = rowSet == QSet<QString>(headIds.cbegin(), headIds.cend());
    if (checkHeads && !atHeads)
        return makeError(ErrorCode::Command, QStringLiteral("Database is not on all head revisions"));
    QJsonObject o = envelope(QStringLiteral("current"));
    o.insert(QStringLiteral("url"), displayUrl);
    o.insert(QStringLiteral("rows"), toArray(rows));
    o.insert(QStringLiteral("at_heads"), atHeads);
    o.insert(QStringLiteral("revisions"), revisionsJson(map, *current));
    return o;
}

Result<QString> showText(const Project &project, const QString &revision, const QStringList &rows)
{
    Result<QList<int>> indexes = showIndexes(project, revision, rows);
    if (!indexes.ok())
        return indexes.error();
    QString out;
    for (int i : *indexes)
        out += formatLogEntry(project.map(), i) + QLatin1Char('\n');
    return out;
}

Result<QJsonObject> showJson(const Project &project, const QString &revision, const QStringList &rows)
{
    Result<QList<int>> indexes = showIndexes(project, revision, rows);
    if (!indexes.ok())
        return indexes.error();
    QJsonArray list;
    for (int i : *indexes) {
        QJsonObject o = revisionJson(project.map(), i);
        o.insert(QStringLiteral("long_doc"), project.map().revision(i).longDoc);
        const InterpreterSupport support = interpreterSupport(project.map(), i);
        o.insert(QStringLiteral("needs_python"), !support.supported);
        QJsonArray reasons;
        for (const Diagnostic &d : support.reasons)
            reasons.append(QJsonObject{{QStringLiteral("file"), d.file}, {QStringLiteral("line"), d.line},
                                       {QStringLiteral("message"), d.message}});
        o.insert(QStringLiteral("needs_python_reasons"), reasons);
        list.append(o);
    }
    QJsonObject o = envelope(QStringLiteral("show"));
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("revisions"), list);
    return o;
}

} // namespace retort::inspection
