#pragma once

#include "core/result.h"
#include "script/templatevalue.h"

#include <QHash>
#include <QString>

#include <memory>

namespace retort {

// Where a template expression looks names up: loop variables of `% for` first, then the
// template's context; names found in neither are Mako's UNDEFINED. Not owning.
struct MakoScope {
    const TemplateContext *context = nullptr;
    const QHash<QString, TemplateValue> *locals = nullptr;
    TemplateValue lookup(const QString &name) const;
};

// One Python expression of the subset script.py.mako files use, parsed once and evaluated per
// render: literals (str with escapes and implicit concatenation, int, None/True/False), names,
// tuples/lists, `a if c else b`, and/or/not, comparisons (== != < <= > >= is, is not, in, not in),
// + and %-free arithmetic on ints, subscripts, calls of repr/str/len/bool/int/sorted/list/tuple
// and of context functions (comma), str methods (join, upper, lower, strip, replace, startswith,
// endswith, split), `context.get(name[, default])` and `config.get_main_option(key[, default])`.
// Anything else is a parse or evaluation error whose message names the construct (the caller adds
// the template line). Immutable after parse(); evaluate() is const and thread-safe.
class MakoExpression {
public:
    MakoExpression() = default;

    // Parses `source` (the text between `${` and the filters, or after `% if`). Errors carry a
    // message only (ErrorCode::Command); the caller adds file and line.
    static Result<MakoExpression> parse(const QString &source);

    Result<TemplateValue> evaluate(const MakoScope &scope) const;

    // Applies a Python builtin / context function by name (used for `| filter` too).
    static Result<TemplateValue> callFunction(const QString &name, const QList<TemplateValue> &args);

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace retort
