#pragma once

// Helpers of the graph and panel tests: opening a project the way the GUI does (tolerant), writing
// synthetic projects of any size, saving screenshots into the build folder.

#include "commands/project.h"

#include <QString>

#include <memory>

class QWidget;

namespace retort::test {

// Opens the project whose alembic.ini is in dir (tolerant, like the GUI); null on failure (the
// error goes to *error).
std::shared_ptr<const Project> openProject(const QString &dir, QString *error = nullptr);

// Writes an Alembic project with `revisions` revision files into dir: a main line with a feature
// branch of 2-3 parallel chains forking off every ~20 revisions and merged back, a branch label on
// the first revision of each chain of every third of the first 40 features (labels propagate to
// all descendants, so real projects keep them few), a depends_on link every ~150 revisions, messages of varied length
// (some far too long for one line). Deterministic. Returns false on a write error.
bool writeSyntheticProject(const QString &dir, int revisions);

// Saves w.grab() to <build>/screenshots/<name> and returns the path (empty on failure).
QString saveScreenshot(QWidget &w, const QString &name);

// Resident set size of this process in MiB (Linux /proc/self/status), -1 if unknown.
double residentMemoryMiB();

} // namespace retort::test
