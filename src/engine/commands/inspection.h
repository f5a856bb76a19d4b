#pragma once

#include "commands/project.h"
#include "script/migrationplan.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace retort {

// The read-only commands (reference §2.8–§2.13): their exact Alembic text, and a JSON form with a
// documented, stable schema (docs/cli-json.md). Pure functions of a Project and, where a command
// needs the database, the version-table rows the caller read. Thread-safe.
namespace inspection {

Result<QString> headsText(const Project &project, bool verbose, bool resolveDependencies);
Result<QJsonObject> headsJson(const Project &project, bool resolveDependencies);

Result<QString> branchesText(const Project &project, bool verbose);
Result<QJsonObject> branchesJson(const Project &project);

// `rows` are the database's rows; `indicateCurrent` marks them " (current)" (history -i).
Result<QString> historyText(const Project &project, const QString &range, bool verbose,
                            const QStringList &rows, bool indicateCurrent);
Result<QJsonObject> historyJson(const Project &project, const QString &range, const QStringList &rows,
                                bool indicateCurrent);

// `displayUrl` is the masked URL for the verbose header. checkHeads: Alembic's --check-heads.
Result<QString> currentText(const Project &project, const QStringList &rows, bool verbose,
                            const QString &displayUrl, bool checkHeads);
Result<QJsonObject> currentJson(const Project &project, const QStringList &rows, const QString &displayUrl,
                                bool checkHeads);

// `show REV`; REV "current" shows the rows.
Result<QString> showText(const Project &project, const QString &revision, const QStringList &rows);
Result<QJsonObject> showJson(const Project &project, const QString &revision, const QStringList &rows);

// Whether the revision's body runs in the built-in interpreter; the reasons (file:line) when it
// needs the project's own Python. Reads and parses the file.
struct InterpreterSupport {
    bool supported = true;
    QList<Diagnostic> reasons;
};
InterpreterSupport interpreterSupport(const RevisionMap &map, int index);
// Fails, before anything runs, when a step of the plan needs the project's Python, naming every
// such revision with its reasons (file:line).
Result<void> checkPlanRunsNatively(const RevisionMap &map, const MigrationPlan &plan);

// One revision as JSON (the shared object of every --json output).
QJsonObject revisionJson(const RevisionMap &map, int index);

} // namespace inspection
} // namespace retort
