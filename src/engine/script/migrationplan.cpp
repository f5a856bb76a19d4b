// Upgrade / downgrade / stamp planning (reference §4.1, §4.2, §4.4) and plan value types.
#include "script/migrationplaninternal.h"

#include <algorithm>

namespace retort {

using Links = RevisionMap::Links;

QString MigrationStep::functionName() const
{
    switch (direction) {
    case StepDirection::Upgrade:
        return QStringLiteral("upgrade");
    case StepDirection::Downgrade:
        return QStringLiteral("downgrade");
    case StepDirection::Stamp:
        return QStringLiteral("stamp_revision");
    }
    return {};
}

QString MigrationStep::shortLog() const
{
    return QStringLiteral("%1 %2 -> %3")
        .arg(functionName(), fromIds.join(QStringLiteral(", ")), toIds.join(QStringLiteral(", ")));
}

QString MigrationStep::logMessage() const
{
    return doc.isEmpty() ? shortLog() : shortLog() + QStringLiteral(", ") + doc;
}

namespace planinternal {

RevResult<RevisionSet> checkedWalk(const RevisionMap &map, const QList<int> &targets, bool upward, Links links)
{
    RevisionSet seen(map.size());
    QList<int> valid;
    for (int t : targets)
        if (t >= 0)
            valid.append(t);
    for (int target : valid) {
        QList<int> stack{target};
        QList<int> perTarget;
        while (!stack.isEmpty()) {
            const int rev = stack.takeLast();
            perTarget.append(rev);
            if (seen.contains(rev))
                continue;
            seen.insert(rev);
            const QList<int> &next = upward
                ? (links == Links::Parents ? map.downRevisions(rev) : map.normalizedDownRevisions(rev))
                : (links == Links::Parents ? map.nextRevisions(rev) : map.allNextRevisions(rev));
            stack.append(next);
        }
        QStringList overlaps;
        for (int other : valid)
            if (other != target && perTarget.contains(other) && !overlaps.contains(map.id(other)))
                overlaps.append(map.id(other));
        if (!overlaps.isEmpty())
            return RevisionError::other(QStringLiteral("Requested revision %1 overlaps with other requested revisions %2")
                                            .arg(map.id(target), overlaps.join(QStringLiteral(", "))));
    }
    return seen;
}

RevResult<UpgradeSelection> collectUpgrade(const RevisionResolver &resolver, const UpgradeQuery &q)
{
    const RevisionMap &map = resolver.map();
    QStringList lower = q.lower;
    const bool lowerIsString = q.lowerIsString, implicitBase = q.implicitBase, inclusive = q.inclusive;
    const QString upper = q.upper.join(QStringLiteral(", "));
    auto parsed = q.upperIsString && q.upper.size() == 1
        ? resolver.parseUpgradeTarget(lower, q.upper.first(), q.assertRelativeLength)
        : resolver.revisions(q.upper);
    if (!parsed)
        return parsed.error();
    QList<int> targets;
    for (int t : parsed.value())
        if (t >= 0 && !targets.contains(t))
            targets.append(t);

    // Named bases (history `label@base:...`): only targets on that branch.
    if (lowerIsString && lower.size() == 1 && lower.first().contains(u'@')) {
        QString branch = lower.first().section(u'@', 0, 0);
        auto branchRev = resolver.revision(branch);
        if (!branchRev)
            return branchRev.error();
        if (branchRev.value() >= 0 && map.id(branchRev.value()) == branch) {
            const QStringList labels = map.branchLabels(branchRev.value());
            if (labels.size() != 1)   // Alembic: assertion
                return RevisionError::other(QStringLiteral("Revision %1 does not carry exactly one branch label").arg(branch));
            branch = labels.first();
        }
        QList<int> kept;
        for (int t : targets)
            if (map.branchLabels(t).contains(branch))
                kept.append(t);
        targets = kept;
    }

    auto required = checkedWalk(map, targets, true, Links::WithDependencies);
    if (!required)
        return required.error();

    auto current = resolver.revisions(lower);
    if (!current)
        return current.error();
    QList<int> cur = current.value();
    if (!implicitBase) {
        for (int c : cur)
            if (c != kNoRevision && (c == kBaseRevision || !required->contains(c)))
                return RevisionError::rangeNotAncestor(lower.join(QStringLiteral(", ")), upper);
    }
    if (!cur.isEmpty() && cur.first() == kNoRevision) {
        // lower is a relative value (`-N` walked off): Alembic re-parses it as a downgrade target.
        auto t = resolver.parseDowngradeTarget(q.upper, lower.first(), q.assertRelativeLength);
        if (!t)
            return t.error();
        if (t->target == kNoRevision) {
            cur.clear();
            lower.clear();
        } else {
            cur = {t->target};
            lower = QStringList{map.id(t->target)};
        }
    }
    QList<int> curValid;
    for (int c : cur)
        if (c >= 0)
            curValid.append(c);
    auto currentSet = checkedWalk(map, curValid, true, Links::WithDependencies);
    if (!currentSet)
        return currentSet.error();

    UpgradeSelection sel;
    sel.targets = targets;
    sel.needs = required.value();
    sel.needs.subtract(currentSet.value());
    if (inclusive && !lower.isEmpty()) {
        auto lowerRevs = resolver.revisions(lower);
        if (!lowerRevs)
            return lowerRevs.error();
        for (int r : lowerRevs.value())
            if (r >= 0)
                sel.needs.insert(r);
    }
    if (!curValid.isEmpty() && !implicitBase) {
        auto below = checkedWalk(map, curValid, false, q.descendantLinks);
        if (!below)
            return below.error();
        sel.needs.intersect(below.value());
    }
    return sel;
}

RevResult<DowngradeSelection> collectDowngrade(const RevisionResolver &resolver, const QStringList &rows,
                                               const QString &target, QStringList *warnings)
{
    const RevisionMap &map = resolver.map();
    auto parsed = resolver.parseDowngradeTarget(rows, target, true, warnings);
    if (!parsed)
        return parsed.error();
    const QString label = parsed->branchLabel;
    const int targetRev = parsed->target;

    QList<int> roots;
    int rootCount = 0;   // Alembic counts a labelled root once per dictionary key
    if (targetRev == kNoRevision) {
        for (int b : map.bases()) {
            roots.append(b);
            rootCount += 1 + int(map.revision(b).branchLabels.size());
        }
    } else {
        roots = map.nextRevisions(targetRev);
        rootCount = int(roots.size());
    }
    if (!label.isEmpty() && rootCount > 1) {
        auto branch = resolver.resolveBranch(label);
        if (!branch)
            return branch.error();
        const RevisionSet anc = map.ancestors({branch.value()}, Links::Parents);
        QList<int> kept;
        for (int r : roots)
            if (anc.contains(r))
                kept.append(r);
        roots = kept;
        if (roots.isEmpty())
            return RevisionError::other(QStringLiteral("Not a valid downgrade target from current heads"));
    }
    auto heads = resolver.revisions(rows);
    if (!heads)
        return heads.error();
    DowngradeSelection sel;
    for (int h : heads.value())
        if (h >= 0)
            sel.heads.append(h);
    sel.drop = map.descendants(roots, Links::WithDependencies);
    sel.drop.intersect(map.ancestors(sel.heads, Links::WithDependencies));
    if (targetRev != kNoRevision && sel.drop.isEmpty() && !sel.heads.contains(targetRev))
        return RevisionError::rangeNotAncestor(QStringLiteral("Nothing to drop"), rows.join(QStringLiteral(", ")));
    return sel;
}

RevResult<QList<MigrationStep>> makeSteps(const RevisionMap &map, HeadMaintenance &heads, const QList<int> &order,
                                          StepDirection direction)
{
    QList<MigrationStep> steps;
    for (int r : order) {
        MigrationStep s;
        s.direction = direction;
        s.revision = r;
        s.revisionId = map.id(r);
        s.doc = map.revision(r).doc;
        const QStringList down = map.ids(map.downRevisions(r));
        if (direction == StepDirection::Upgrade) {
            s.fromIds = down;
            s.toIds = QStringList{s.revisionId};
        } else {
            s.fromIds = QStringList{s.revisionId};
            s.toIds = down;
        }
        s.headsBefore = heads.heads();
        auto st = direction == StepDirection::Upgrade ? heads.upgrade(r) : heads.downgrade(r);
        if (!st)
            return st.error();
        s.statements = st.value();
        s.headsAfter = heads.heads();
        steps.append(s);
    }
    return steps;
}

RevResult<MigrationPlan> alembicUpgrade(const RevisionMap &map, const QStringList &rows, const QString &target)
{
    RevisionResolver resolver(map);
    UpgradeQuery q;
    q.lower = rows;
    q.upper = QStringList{target};
    auto sel = collectUpgrade(resolver, q);
    if (!sel)
        return sel.error();
    QList<int> order = topologicalSort(map, sel->needs, sel->targets);
    std::reverse(order.begin(), order.end());
    HeadMaintenance heads(map, rows);
    MigrationPlan plan;
    plan.direction = StepDirection::Upgrade;
    plan.startHeads = heads.heads();
    auto steps = makeSteps(map, heads, order, StepDirection::Upgrade);
    if (!steps)
        return steps.error();
    plan.steps = steps.value();
    plan.endHeads = heads.heads();
    return plan;
}

RevResult<MigrationPlan> alembicDowngrade(const RevisionMap &map, const QStringList &rows, const QString &target)
{
    RevisionResolver resolver(map);
    MigrationPlan plan;
    plan.direction = StepDirection::Downgrade;
    auto sel = collectDowngrade(resolver, rows, target, &plan.warnings);
    if (!sel)
        return sel.error();
    const QList<int> order = topologicalSort(map, sel->drop, sel->heads);
    HeadMaintenance heads(map, rows);
    plan.startHeads = heads.heads();
    auto steps = makeSteps(map, heads, order, StepDirection::Downgrade);
    if (!steps)
        return steps.error();
    plan.steps = steps.value();
    plan.endHeads = heads.heads();
    return plan;
}

} // namespace planinternal

using namespace planinternal;

Result<MigrationPlan> MigrationPlanner::upgrade(const QStringList &currentHeads, const QString &target,
                                                const PlanOptions &options) const
{
    RevResult<MigrationPlan> plan = MigrationPlan{};
    bool handled = false;
    if (!options.alembicWalks)
        plan = safeUpgrade(m_map, currentHeads, target, &handled);
    if (!handled)
        plan = alembicUpgrade(m_map, currentHeads, target);
    if (!plan)
        return plan.error().toError(options.errorStyle, ErrorContext::Upgrade, {}, target);
    return plan.value();
}

Result<MigrationPlan> MigrationPlanner::downgrade(const QStringList &currentHeads, const QString &target,
                                                  const PlanOptions &options) const
{
    RevResult<MigrationPlan> plan = MigrationPlan{};
    bool handled = false;
    if (!options.alembicWalks)
        plan = safeDowngrade(m_map, currentHeads, target, &handled);
    if (!handled)
        plan = alembicDowngrade(m_map, currentHeads, target);
    if (!plan)
        return plan.error().toError(options.errorStyle, ErrorContext::Downgrade, {}, target);
    return plan.value();
}

Result<MigrationPlan> MigrationPlanner::stamp(const QStringList &currentHeads, const QStringList &targetsIn,
                                              bool purge, const PlanOptions &options) const
{
    RevisionResolver resolver(m_map);
    const QStringList rows = purge ? QStringList{} : currentHeads;
    auto fail = [&](const RevisionError &e) { return e.toError(options.errorStyle, ErrorContext::Stamp); };
    QStringList targets;
    for (const QString &t : targetsIn)
        targets.append(t);
    if (targets.isEmpty())
        targets.append(QStringLiteral("base"));

    auto headRevs = resolver.revisions(rows);
    if (!headRevs)
        return fail(headRevs.error());
    QList<int> filtered;
    for (const QString &t : targets) {
        if (t.isEmpty())
            continue;
        auto f = resolver.filterForLineage(headRevs.value(), t, true);
        if (!f)
            return fail(f.error());
        for (int h : f.value())
            if (!filtered.contains(h))
                filtered.append(h);
    }
    auto destsR = resolver.revisions(targets);
    if (!destsR)
        return fail(destsR.error());
    QList<int> dests = destsR.value();
    if (dests.isEmpty())
        dests.append(kNoRevision);

    QList<StampMove> moves;
    for (int dest : dests) {
        if (dest < 0) {
            for (int h : filtered)
                moves.append(StampMove{{m_map.id(h)}, {}, false, true});
            continue;
        }
        if (filtered.contains(dest))
            continue;
        const RevisionSet below = m_map.descendants({dest}, Links::WithDependencies);
        const RevisionSet above = m_map.ancestors({dest}, Links::WithDependencies);
        bool down = false, up = false;
        for (int h : filtered) {
            down = down || below.contains(h);
            up = up || above.contains(h);
        }
        if (down || up)
            moves.append(StampMove{m_map.ids(filtered), {m_map.id(dest)}, !down, false});
        else
            moves.append(StampMove{{}, {m_map.id(dest)}, true, true});
    }

    MigrationPlan plan;
    plan.direction = StepDirection::Stamp;
    plan.purge = purge;
    HeadMaintenance heads(m_map, rows);
    plan.startHeads = heads.heads();
    for (const StampMove &move : moves) {
        MigrationStep s;
        s.direction = StepDirection::Stamp;
        s.fromIds = move.from;
        s.toIds = move.to;
        s.stamp = move;
        s.headsBefore = heads.heads();
        auto st = heads.stamp(move);
        if (!st)
            return fail(st.error());
        s.statements = st.value();
        s.headsAfter = heads.heads();
        plan.steps.append(s);
    }
    plan.endHeads = heads.heads();
    return plan;
}

Result<QStringList> MigrationPlanner::startingHeads(const QString &start, ErrorStyle style) const
{
    if (start.isEmpty() || start == QLatin1String("base"))
        return QStringList{};
    RevisionResolver resolver(m_map);
    auto r = resolver.revision(start);
    if (!r)
        return r.error().toError(style);
    if (r.value() < 0)
        return QStringList{};
    return QStringList{m_map.id(r.value())};
}

} // namespace retort
