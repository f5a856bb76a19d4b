#pragma once

#include "core/result.h"
#include "python/ast.h"

#include <QString>

namespace retort::python {

// Parses a whole module into a syntax tree (every node with its line). Errors are
// ErrorCode::Parse with file = path, the 1-based line and a Python-like message
// ("SyntaxError: invalid syntax", "SyntaxError: expected ':'" ...). Reentrant; thread-safe.
Result<ModulePtr> parseModule(const QString &source, const QString &path);

// Parses one expression (used for f-string fields; also handy in tests). firstLine is the line
// the text starts at in its file.
Result<ExprPtr> parseExpression(const QString &source, const QString &path, int firstLine = 1);

// A compact, deterministic text form of a tree (one node per parenthesis, with lines), used by
// the tests to compare against Python's own `ast` module (tests/data/python/astdump.py).
QString dumpModule(const Module &module);
QString dumpExpr(const Expr &expr);

} // namespace retort::python
