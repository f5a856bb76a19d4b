#pragma once

#include "core/diagnostic.h"

#include <QString>
#include <QStringList>

namespace retort {

// One revision script as read from its header, without running it (reference §1.1, §6.2).
// Produced by the header reader (script/revisionheader.*), consumed by RevisionMap.
// Plain value type.
struct Revision {
    QString id;                  // `revision`
    QStringList downRevisions;   // `down_revision` in file order; empty = a base
    QStringList branchLabels;    // declared `branch_labels` (before propagation)
    QStringList dependsOn;       // `depends_on` as written (ids, partial ids or labels)

    QString longDoc;             // the module docstring, stripped
    QString doc;                 // its first paragraph: what history/log lines show
    QString createDate;          // from the docstring's "Create Date:" line, if any

    QString path;                // absolute path of the file
    int revisionLine = 0;        // 1-based lines of the header assignments, for diagnostics
    int downRevisionLine = 0;
    int upgradeLine = 0;         // `def upgrade` / `def downgrade`, 0 when absent
    int downgradeLine = 0;

    Diagnostics diagnostics;     // problems found while reading this file

    bool isBase() const { return downRevisions.isEmpty(); }
    bool isMergePoint() const { return downRevisions.size() > 1; }
};

} // namespace retort
