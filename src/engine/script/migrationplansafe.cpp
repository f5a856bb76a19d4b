// Branch-aware relative steps (beyond Alembic): `+N` / `-N` run exactly N revisions, one at a
// time, and stop with alternatives at a fork or merge; `sym±N` walks that Alembic calls an
// "Ambiguous walk" return the candidates instead.
#include "script/migrationplaninternal.h"

#include <algorithm>

namespace retort::planinternal {

using Links = RevisionMap::Links;

static QString didntProduce(const RelativeIdentifier &rel)
{
    const int n = rel.steps < 0 ? -rel.steps : rel.steps;
    return QStringLiteral("Relative revision %1 didn't produce %2 migrations").arg(rel.relative).arg(n);
}

static QList<int> resolvedRows(const RevisionMap &map, const QStringList &rows)
{
    QList<int> out;
    for (const QString &r : rows) {
        const int i = map.indexOfId(r);
        if (i >= 0)
            out.append(i);
    }
    return out;
}

// The next revisions that can each be applied alone, above the tips of the applied set.
static RevResult<QList<int>> upgradeCandidates(const RevisionResolver &resolver, const QStringList &rows,
                                               const QString &label)
{
    const RevisionMap &map = resolver.map();
    auto tips = resolver.allCurrent(rows);
    if (!tips)
        return tips.error();
    const RevisionSet applied = map.ancestors(tips.value(), Links::WithDependencies);
    QList<int> starts = tips.value();
    if (!label.isEmpty()) {
        auto f = resolver.filterForLineage(starts, label);
        if (!f)
            return f.error();
        starts = f.value();
    }
    QList<int> children;
    if (starts.isEmpty()) {
        children = map.bases();
    } else {
        for (int s : starts)
            for (int c : map.nextRevisions(s))
                if (!children.contains(c))
                    children.append(c);
    }
    if (!label.isEmpty()) {
        auto f = resolver.filterForLineage(children, label);
        if (!f)
            return f.error();
        children = f.value();
    }
    QList<int> out;
    for (int c : children) {
        if (applied.contains(c))
            continue;
        RevisionSet needs = map.ancestors({c}, Links::WithDependencies);
        needs.subtract(applied);
        int first = c;
        if (needs.count() > 1) {
            const QList<int> order = topologicalSort(map, needs, {c});
            first = order.last();
        }
        if (!out.contains(first))
            out.append(first);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Applied revisions nothing applied depends on: each can be downgraded alone.
static RevResult<QList<int>> downgradeCandidates(const RevisionResolver &resolver, const QStringList &rows,
                                                 const QString &label)
{
    const RevisionMap &map = resolver.map();
    auto cur = resolver.revisions(rows);
    if (!cur)
        return cur.error();
    QList<int> valid;
    for (int c : cur.value())
        if (c >= 0)
            valid.append(c);
    const RevisionSet applied = map.ancestors(valid, Links::WithDependencies);
    QList<int> out;
    for (int r : applied.toList()) {
        bool covered = false;
        for (int c : map.allNextRevisions(r))
            covered = covered || applied.contains(c);
        if (!covered)
            out.append(r);
    }
    if (!label.isEmpty()) {
        auto f = resolver.filterForLineage(out, label);
        if (!f)
            return f.error();
        out = f.value();
    }
    return out;
}

static RevResult<MigrationPlan> stepwise(const RevisionMap &map, const QStringList &rows, const RelativeIdentifier &rel,
                                         StepDirection direction)
{
    RevisionResolver resolver(map);
    HeadMaintenance heads(map, rows);
    MigrationPlan plan;
    plan.direction = direction;
    plan.startHeads = heads.heads();
    plan.requestedSteps = rel.steps < 0 ? -rel.steps : rel.steps;
    for (int k = 0; k < plan.requestedSteps; ++k) {
        auto cands = direction == StepDirection::Upgrade ? upgradeCandidates(resolver, heads.heads(), rel.label)
                                                         : downgradeCandidates(resolver, heads.heads(), rel.label);
        if (!cands)
            return cands.error();
        if (cands->isEmpty())
            return RevisionError::other(didntProduce(rel));
        if (cands->size() == 1) {
            auto steps = makeSteps(map, heads, cands.value(), direction);
            if (!steps)
                return steps.error();
            plan.steps.append(steps.value());
            continue;
        }
        for (int c : cands.value()) {
            HeadMaintenance branch = heads;
            auto steps = makeSteps(map, branch, {c}, direction);
            if (!steps)
                return steps.error();
            PlanAlternative alt;
            alt.revision = c;
            alt.revisionId = map.id(c);
            alt.doc = map.revision(c).doc;
            alt.target = map.id(c);
            alt.steps = steps.value();
            alt.headsAfter = branch.heads();
            plan.alternatives.append(alt);
        }
        break;
    }
    plan.endHeads = heads.heads();
    return plan;
}

// `sym±N` that Alembic finds ambiguous: the candidates at the fork, each with the plan to the
// target reached when the walk continues through it.
static RevResult<MigrationPlan> forkAlternatives(const RevisionMap &map, const QStringList &rows,
                                                 const RelativeIdentifier &rel, StepDirection direction)
{
    RevisionResolver resolver(map);
    const bool up = rel.steps > 0;
    const bool labelInWalk = up;   // Alembic filters only upward walks by label
    const QString startText = (!up && !rel.label.isEmpty()) ? rel.label + u'@' + rel.symbol : rel.symbol;
    auto start = resolver.revision(startText);
    if (!start)
        return start.error();
    int at = start.value();
    const int n = up ? rel.steps : -rel.steps;
    MigrationPlan plan;
    plan.direction = direction;
    plan.startHeads = rows;
    plan.endHeads = rows;
    for (int k = 0; k < n; ++k) {
        auto c = resolver.walkCandidates(at, up, labelInWalk ? rel.label : QString());
        if (!c)
            return c.error();
        if (c->size() == 1) {
            at = c->first();
            continue;
        }
        if (c->isEmpty())
            return RevisionError::other(QStringLiteral("Walked too far"));
        const int remaining = n - k - 1;
        for (int cand : c.value()) {
            PlanAlternative alt;
            alt.revision = cand;
            alt.revisionId = cand >= 0 ? map.id(cand) : QStringLiteral("base");
            alt.doc = cand >= 0 ? map.revision(cand).doc : QString();
            alt.target = alt.revisionId;
            if (remaining > 0)
                alt.target += (up ? QStringLiteral("+%1") : QStringLiteral("-%1")).arg(remaining);
            if (!rel.label.isEmpty())
                alt.target = rel.label + u'@' + alt.target;
            auto p = direction == StepDirection::Upgrade ? alembicUpgrade(map, rows, alt.target)
                                                         : alembicDowngrade(map, rows, alt.target);
            if (p) {
                alt.steps = p->steps;
                alt.headsAfter = p->endHeads;
            }
            plan.alternatives.append(alt);
        }
        return plan;
    }
    return RevisionError::other(QStringLiteral("Ambiguous walk"));
}

RevResult<MigrationPlan> safeUpgrade(const RevisionMap &map, const QStringList &rows, const QString &target,
                                     bool *handled)
{
    *handled = false;
    RelativeIdentifier rel;
    if (!RevisionResolver::parseRelative(target, &rel))
        return MigrationPlan{};
    if (rel.symbol.isEmpty()) {
        if (rel.steps <= 0)
            return MigrationPlan{};
        *handled = true;
        return stepwise(map, rows, rel, StepDirection::Upgrade);
    }
    *handled = true;
    auto plan = alembicUpgrade(map, rows, target);
    if (!plan && plan.error().message == QLatin1String("Ambiguous walk"))
        return forkAlternatives(map, rows, rel, StepDirection::Upgrade);
    return plan;
}

RevResult<MigrationPlan> safeDowngrade(const RevisionMap &map, const QStringList &rows, const QString &target,
                                       bool *handled)
{
    *handled = false;
    RelativeIdentifier rel;
    if (!RevisionResolver::parseRelative(target, &rel))
        return MigrationPlan{};
    if (rel.symbol.isEmpty()) {
        if (rel.steps >= 0)
            return MigrationPlan{};
        *handled = true;
        return stepwise(map, rows, rel, StepDirection::Downgrade);
    }
    *handled = true;
    auto plan = alembicDowngrade(map, rows, target);
    if (!plan && plan.error().message == QLatin1String("Ambiguous walk"))
        return forkAlternatives(map, rows, rel, StepDirection::Downgrade);
    return plan;
}

} // namespace retort::planinternal
