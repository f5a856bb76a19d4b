#pragma once

#include "script/migrationplan.h"

#include <QJsonObject>
#include <QString>

namespace retort {

// A MigrationPlan for people (`retort plan`) and for tools (JSON). Pure functions; thread-safe.
namespace planformat {

// Numbered steps, each with its version-table effect, then the heads before/after; when a relative
// step reached a fork or merge, the alternatives to choose from.
QString toText(const RevisionMap &map, const MigrationPlan &plan);
QJsonObject toJson(const RevisionMap &map, const MigrationPlan &plan);
QJsonObject stepJson(const MigrationStep &step);
QString directionName(StepDirection direction);

} // namespace planformat
} // namespace retort
