#pragma once

#include "core/result.h"
#include "script/headmaintenance.h"
#include "script/revisionerror.h"
#include "script/revisionmap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

enum class StepDirection { Upgrade, Downgrade, Stamp };

// One step of a plan: one revision's upgrade()/downgrade() (or one stamp move) plus the
// version-table statements it causes. Plain value type.
struct MigrationStep {
    StepDirection direction = StepDirection::Upgrade;
    int revision = -1;        // map index of the revision that runs; -1 for stamp steps
    QString revisionId;       // its id; empty for stamp steps
    QStringList fromIds;      // Alembic from_revisions_no_deps (upgrade: down revisions; downgrade: R)
    QStringList toIds;        // to_revisions_no_deps (upgrade: R; downgrade: down revisions)
    QString doc;              // the revision's doc (first docstring paragraph); empty for stamps
    StampMove stamp;          // stamp steps only
    QStringList headsBefore;  // version-table rows before the step (empty -> offline CREATE TABLE)
    QStringList headsAfter;   // rows after the step
    QList<VersionStatement> statements;

    QString functionName() const;   // "upgrade" / "downgrade" / "stamp_revision"
    // "upgrade a1b2 -> b2c3" (ids comma-space joined, empty for base: "upgrade  -> a1b2",
    // "downgrade e5f6 -> "). Offline comment = "-- Running " + shortLog().
    QString shortLog() const;
    // shortLog() + ", <doc>" when there is a doc. Log line = "Running " + logMessage().
    QString logMessage() const;
};

// A branch the user may choose when a relative step is ambiguous (branch-aware mode).
struct PlanAlternative {
    int revision = -1;           // the candidate next revision (map index)
    QString revisionId;
    QString doc;
    QString target;              // explicit identifier that selects it (its full id)
    QList<MigrationStep> steps;  // the plan continuing with this candidate (from the state after
                                 // MigrationPlan::steps): one step for +N/-N, the full way for sym±N
    QStringList headsAfter;
};

// An ordered plan for upgrade, downgrade or stamp. Plain value type.
struct MigrationPlan {
    StepDirection direction = StepDirection::Upgrade;
    QStringList startHeads;           // rows before the plan (after purge, for stamp --purge)
    QList<MigrationStep> steps;
    QStringList endHeads;             // rows after the plan
    bool purge = false;               // stamp --purge: delete all rows before the steps
    // Branch-aware mode only: non-empty when a relative walk reached a fork/merge. `steps` then
    // holds the unambiguous part done before the fork (possibly none), and the caller should
    // ask which alternative to continue with.
    QList<PlanAlternative> alternatives;
    int requestedSteps = 0;           // N of a relative +N/-N request, else 0
    QStringList warnings;             // e.g. "downgrade -1 from multiple heads is ambiguous; ..."

    bool needsChoice() const { return !alternatives.isEmpty(); }
    bool isEmpty() const { return steps.isEmpty() && alternatives.isEmpty(); }
};

struct PlanOptions {
    ErrorStyle errorStyle = ErrorStyle::Cli;
    // false (default): branch-aware relative steps — `+N`/`-N` run exactly N revisions, one at a
    //   time, and stop with `alternatives` at a fork or merge instead of failing or running two.
    // true: exact Alembic semantics (`Ambiguous walk`, `+1` onto a merge runs its missing parents).
    bool alembicWalks = false;
};

// Computes plans over one RevisionMap (reference §4, §5.3, §2.8, §2.9). `currentHeads` are the
// version-table rows in the order the database returned them (or the resolved A of an offline
// A:B range, see startingHeads()). Errors are ErrorCode::Command with the texts of
// options.errorStyle. Holds a reference to the map; const and thread-safe.
class MigrationPlanner {
public:
    explicit MigrationPlanner(const RevisionMap &map) : m_map(map) {}

    // `alembic upgrade <target>` (§4.1): implicit base, overlap checks, reversed topological order.
    Result<MigrationPlan> upgrade(const QStringList &currentHeads, const QString &target,
                                  const PlanOptions &options = {}) const;
    // `alembic downgrade <target>` (§4.2).
    Result<MigrationPlan> downgrade(const QStringList &currentHeads, const QString &target,
                                    const PlanOptions &options = {}) const;
    // `alembic stamp [--purge] <targets...>` (§4.4). With purge the steps are computed from an
    // empty head set and plan.purge is set. Targets are plain identifiers (split `A:B` yourself).
    Result<MigrationPlan> stamp(const QStringList &currentHeads, const QStringList &targets,
                                bool purge = false, const PlanOptions &options = {}) const;

    // The A of an offline `A:B` range as rows: "base"/"" -> none; else get_revision(A) (ids).
    Result<QStringList> startingHeads(const QString &start, ErrorStyle style = ErrorStyle::Cli) const;

    // `alembic current` (§2.8): branch heads of the applied set (rows + all ancestors incl.
    // dependencies, keeping members without a real-link descendant in the set), in map order.
    Result<QList<int>> current(const QStringList &rows, ErrorStyle style = ErrorStyle::Cli) const;

    // `alembic history [-r range]` (§2.9), newest first. `range` null/empty = whole history;
    // otherwise "[start]:[end]" (else "History range requires [start]:[end], [start]:, or :[end]").
    // `current` on either side is replaced by `currentRows` (empty rows -> base / heads).
    // For Alembic's crash `history -r d4e5:` the dependency-only descendants are included.
    Result<QList<int>> history(const QString &range, const QStringList &currentRows = {},
                               ErrorStyle style = ErrorStyle::Cli) const;
    // True when `range` mentions `current` (the caller must read the database first).
    static bool historyNeedsCurrent(const QString &range);

private:
    const RevisionMap &m_map;
};

} // namespace retort
