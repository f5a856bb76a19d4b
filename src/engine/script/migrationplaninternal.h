#pragma once

// Internal helpers shared by the migrationplan*.cpp files (not part of the public API).

#include "script/migrationplan.h"
#include "script/revisionresolver.h"
#include "script/topologicalsort.h"

namespace retort::planinternal {

// _iterate_related_revisions(check=True): the walk from each target in turn with a shared seen
// set, failing with "Requested revision X overlaps with other requested revisions Y" when a
// target's walk meets another target. Result includes the targets.
RevResult<RevisionSet> checkedWalk(const RevisionMap &map, const QList<int> &targets, bool upward,
                                   RevisionMap::Links links);

struct UpgradeSelection {
    RevisionSet needs;
    QList<int> targets;
};
// _collect_upgrade_revisions. `lower` is the current state: the rows (tuple form) or, for
// history, one string (lowerIsString). `upper` is the destination: one text (upperIsString) or,
// for `history -r :current`, the rows. `descendantLinks` is Parents in Alembic; history's
// fallback for dependency-only descendants uses WithDependencies.
struct UpgradeQuery {
    QStringList lower;
    bool lowerIsString = false;
    QStringList upper;
    bool upperIsString = true;
    bool inclusive = false;
    bool implicitBase = true;
    bool assertRelativeLength = true;
    RevisionMap::Links descendantLinks = RevisionMap::Links::Parents;
};
RevResult<UpgradeSelection> collectUpgrade(const RevisionResolver &resolver, const UpgradeQuery &query);

struct DowngradeSelection {
    RevisionSet drop;
    QList<int> heads;
};
// _collect_downgrade_revisions(upper = rows, target = destination text).
RevResult<DowngradeSelection> collectDowngrade(const RevisionResolver &resolver, const QStringList &rows,
                                               const QString &target, QStringList *warnings);

// Applies revisions in order to `heads`, producing steps with their version statements.
RevResult<QList<MigrationStep>> makeSteps(const RevisionMap &map, HeadMaintenance &heads,
                                          const QList<int> &order, StepDirection direction);

// The exact Alembic plans (no branch-aware behaviour).
RevResult<MigrationPlan> alembicUpgrade(const RevisionMap &map, const QStringList &rows, const QString &target);
RevResult<MigrationPlan> alembicDowngrade(const RevisionMap &map, const QStringList &rows, const QString &target);

// Branch-aware relative plans (migrationplansafe.cpp); return false in *handled when the
// target is not a relative form they treat.
RevResult<MigrationPlan> safeUpgrade(const RevisionMap &map, const QStringList &rows, const QString &target,
                                     bool *handled);
RevResult<MigrationPlan> safeDowngrade(const RevisionMap &map, const QStringList &rows, const QString &target,
                                       bool *handled);

} // namespace retort::planinternal
