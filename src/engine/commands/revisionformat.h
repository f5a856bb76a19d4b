#pragma once

#include "script/revisionmap.h"
#include "script/revisionset.h"

#include <QString>

namespace retort {

// Alembic's text forms of one revision (reference §2.13): the short `_head_only` line used by
// history/heads/current/branches and the verbose `log_entry` block. Pure functions over a
// RevisionMap; thread-safe.
struct ShortFormat {
    bool includeBranches = false;   // " (label, ...)"
    bool includeDoc = false;        // ", <doc>"
    bool includeParents = false;    // "<down> [(<deps>)] -> "
    bool treeIndicators = true;     // " (branchpoint)" / " (mergepoint)"
    bool headIndicators = true;     // " (head)" / " (effective head)" / " (current)"
    const RevisionSet *current = nullptr;   // revisions to mark " (current)" (history -i)
};

// "<base>" or the down revisions comma-space-joined (dependencies never included).
QString formatDownRevisions(const RevisionMap &map, int revision);
QString formatShort(const RevisionMap &map, int revision, const ShortFormat &format);
// The log_entry block, ending with a newline (the CLI adds one more, like print_stdout).
QString formatLogEntry(const RevisionMap &map, int revision, bool current = false);
// cmd_format(verbose, ...): the log entry when verbose, else the short form.
QString formatCommand(const RevisionMap &map, int revision, bool verbose, const ShortFormat &format);

} // namespace retort
