#pragma once

#include "core/diagnostic.h"
#include "python/ast.h"

#include <QString>

namespace retort::python {

// Whether a revision script stays inside what the built-in interpreter runs, decided before
// anything runs (parse only; cheap enough for every file when a project opens). A script that
// imports anything outside the supported modules (alembic op/context, sqlalchemy except the ORM,
// sqlmodel, typing, __future__, os, logging, datetime, uuid, json), defines classes, uses
// decorators or the ORM, or calls open/exec/eval, "needs the project's Python": supported is
// false and each reason is a Diagnostic (Warning) with its line. Pure functions; thread-safe.
struct StaticCheckResult {
    bool supported = true;
    QList<Diagnostic> reasons;
};

StaticCheckResult staticCheck(const QString &source, const QString &path);
StaticCheckResult staticCheck(const Module &module);

// The reasons as the "needs the project's Python" messages list them: one indented
// "  message (file:line)" per line.
QString formatReasons(const QList<Diagnostic> &reasons);

// True for module names scripts may import ("sqlalchemy.dialects.postgresql", "typing" ...).
bool isSupportedModule(const QString &dottedName);

} // namespace retort::python
