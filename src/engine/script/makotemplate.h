#pragma once

#include "core/result.h"
#include "script/makoexpression.h"
#include "script/templatevalue.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace retort {

// A renderer for the subset of Mako that script.py.mako files use (reference §6.3), producing
// the same text Mako 1.x does for it: `${expr}` and `${expr | filter,n}` (default filter str,
// `n` turns it off; filters str/unicode/trim/h/x/u and context functions such as `comma`),
// `% if/elif/else/endif` and `% for ... in ...:`/`% endfor` control lines (leading blanks and the
// newline consumed), `##` comment lines, `<%doc>` comments, `<%text>` literal blocks, `\` line
// continuations, `%%` at a line start, the first-line coding comment. Expressions are the Python
// subset of MakoExpression. Python blocks (`<% %>`, `<%! %>`), `<%def>`/`<%include>`/other tags
// and other control keywords are errors naming the template line.
//
// parse() once, render() any number of times; immutable and thread-safe after parse().
class MakoTemplate {
public:
    MakoTemplate() = default;

    // Errors: ErrorCode::Command, file = path, line = the template line.
    static Result<MakoTemplate> parse(const QString &text, const QString &path = {});
    // Reads the file like Mako (UTF-8 unless a coding comment says latin-1; a UTF-8 BOM is dropped).
    static Result<MakoTemplate> load(const QString &path);

    // Render errors ("Template rendering failed: name 'x' is undefined") carry file and line.
    Result<QString> render(const TemplateContext &context) const;

    QString path() const { return m_path; }

    struct Node;

private:
    std::shared_ptr<const std::vector<Node>> m_nodes;
    QString m_path;
};

} // namespace retort
