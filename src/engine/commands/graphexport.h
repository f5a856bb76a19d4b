#pragma once

#include "script/revisionmap.h"
#include "script/revisionset.h"

#include <QJsonObject>
#include <QString>

namespace retort {

// The revision graph as text for other tools: Graphviz DOT, Mermaid flowchart, JSON. Edges point
// from parent to child (the upgrade direction); depends_on edges are dashed. `applied` (may be
// null) marks revisions the database has applied; `current` the database's current heads.
// Pure functions; thread-safe.
namespace graphexport {

QString toDot(const RevisionMap &map, const RevisionSet *applied = nullptr, const RevisionSet *current = nullptr);
QString toMermaid(const RevisionMap &map, const RevisionSet *applied = nullptr, const RevisionSet *current = nullptr);
QJsonObject toJson(const RevisionMap &map, const RevisionSet *applied = nullptr, const RevisionSet *current = nullptr);

} // namespace graphexport
} // namespace retort
