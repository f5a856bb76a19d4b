#pragma once

#include "script/revisionerror.h"
#include "script/revisionmap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

// Special values in resolver results besides map indexes.
inline constexpr int kNoRevision = -1;    // Python None: "nothing" / walked off the graph
inline constexpr int kBaseRevision = -2;  // the pseudo-revision "base" a downward walk reaches

// A parsed relative identifier `[label@][symbol](+|-)N` (regex `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)`,
// anchored at the start only, so trailing junk is ignored: `a1b2+1zzz` == `a1b2+1`).
struct RelativeIdentifier {
    QString label;    // empty when absent
    QString symbol;   // empty when absent
    QString relative; // "+2" / "-1" as written (used in error texts)
    int steps = 0;    // signed
};

// Alembic's identifier grammar over one RevisionMap (reference §3): get_revisions /
// get_revision / _walk / _parse_upgrade_target / _parse_downgrade_target / filter_for_lineage.
// Errors carry Alembic's internal text and kind (RevisionError); convert with toError(style,ctx).
// Holds a reference to the map (which must outlive it); const and thread-safe.
class RevisionResolver {
public:
    explicit RevisionResolver(const RevisionMap &map) : m_map(map) {}
    const RevisionMap &map() const { return m_map; }

    // The multi-revision resolver (`show X`, history range ends, stamp destinations, absolute
    // upgrade targets). "" / "base" -> empty; "heads" -> real heads (or label-filtered blind heads);
    // "head" -> 0 or 1 blind head, MultipleHeads when several; "label@..." forms; bare "-N" walks
    // down N from each (label-filtered) real head; elements may be kNoRevision/kBaseRevision then.
    // Note `heads-1` is NOT relative here (-> resolution error), exactly like Alembic.
    RevResult<QList<int>> revisions(const QString &text) const;
    // The tuple form: each identifier resolved and the results concatenated (Alembic get_revisions
    // with a tuple; used for version-table rows).
    RevResult<QList<int>> revisions(const QStringList &identifiers) const;
    // get_revision: a single revision or kNoRevision for base; MultipleHeads if `text` means several.
    RevResult<int> revision(const QString &text) const;
    // _revision_for_ident: exact key, else prefix over keys longer than 3 chars; with a branch
    // label the candidates / result must share lineage with the label's revision.
    RevResult<int> lookup(const QString &id, const QString &branchLabel = {}) const;
    // _resolve_branch: a label key, else any identifier ("No such branch: 'x'").
    RevResult<int> resolveBranch(const QString &label) const;
    // filter_for_lineage(targets, checkAgainst): keeps targets sharing lineage with what
    // `checkAgainst` resolves to (label and/or ids).
    RevResult<QList<int>> filterForLineage(const QList<int> &targets, const QString &checkAgainst,
                                           bool includeDependencies = false) const;
    // _walk: steps > 0 up (children / bases from kNoRevision, label-filtered), < 0 down (down
    // revisions; from a base -> kBaseRevision). Past the end: kNoRevision when noOverwalk, else the
    // last position. Several candidates -> "Ambiguous walk".
    RevResult<int> walk(int start, int steps, const QString &branchLabel = {},
                        bool noOverwalk = true) const;
    // The candidates of one walk step (the list _walk would call ambiguous when > 1).
    RevResult<QList<int>> walkCandidates(int from, bool up, const QString &branchLabel = {}) const;

    // _parse_upgrade_target(current_revisions, target): list of target indexes (may contain
    // kNoRevision when a `sym+N` walk overshoots with assertRelativeLength=false).
    RevResult<QList<int>> parseUpgradeTarget(const QStringList &current, const QString &target,
                                             bool assertRelativeLength = true) const;
    struct DowngradeTarget {
        QString branchLabel;        // empty when none
        int target = kNoRevision;   // kNoRevision = base
    };
    // _parse_downgrade_target(current_revisions, target). `warnings` receives
    // "downgrade -1 from multiple heads is ambiguous; ..." when applicable.
    RevResult<DowngradeTarget> parseDowngradeTarget(const QStringList &current, const QString &target,
                                                    bool assertRelativeLength = true,
                                                    QStringList *warnings = nullptr) const;

    // _get_all_current(rows): rows + all ancestors (with dependencies), keeping the members that
    // have no real-link descendant in that set; in map order (Alembic: a set).
    RevResult<QList<int>> allCurrent(const QStringList &rows) const;

    // Convenience for front ends (`show`, `edit`): revisions(text) with the error converted.
    Result<QList<int>> resolve(const QString &text, ErrorStyle style = ErrorStyle::Cli) const;

    // Relative identifier parsing (anchored match, see RelativeIdentifier).
    static bool parseRelative(const QString &text, RelativeIdentifier *out);

private:
    RevResult<QList<int>> resolveNumber(const QString &text, QString *branchLabel) const;
    RevResult<bool> sharesLineage(int target, const QList<int> &against, bool includeDependencies) const;

    const RevisionMap &m_map;
};

} // namespace retort
