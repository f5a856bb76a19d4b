#pragma once
// Internal to the script writer: the syntax tree of MakoExpression, shared by its parser
// (makoexpressionparser.cpp) and its evaluator (makoexpression.cpp). Not a public header.

#include "script/makoexpression.h"

#include <memory>
#include <vector>

namespace retort {

struct MakoExpression::Node {
    enum class Kind { Literal, Name, Tuple, List, Ternary, Or, And, Not, Compare, Add, Sub, Neg, Call, Attr, Subscript };
    Kind kind = Kind::Literal;
    TemplateValue value;                       // Literal
    QString name;                              // Name / Attr member / Compare operator
    std::vector<std::shared_ptr<const Node>> children;
};

namespace mako {

using NodePtr = std::shared_ptr<const MakoExpression::Node>;

// Parses one expression; errors carry a message only.
Result<NodePtr> parseExpression(const QString &source);

} // namespace mako

} // namespace retort
