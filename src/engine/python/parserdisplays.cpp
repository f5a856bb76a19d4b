// The parser's bracketed displays: parenthesized expressions and tuples, generator expressions,
// list / set / dict displays and their comprehensions (the other expression levels: parserexpr.cpp).
#include "python/parserimpl.h"

namespace retort::python {

ExprPtr Parser::parenthesized()
{
    const int ln = line();
    next(); // (
    if (acceptOp(u")"))
        return makeExpr(ExprKind::Tuple, ln);
    if (atKeyword(u"yield"))
        return fail(QStringLiteral("unsupported construct: yield"));
    ExprPtr first = starOrTest();
    if (!first)
        return nullptr;
    if (atOp(u":=") )
        return fail(QStringLiteral("unsupported construct: assignment expression (:=)"));
    if (atKeyword(u"for")) {
        auto gen = makeExpr(ExprKind::GeneratorExp, ln);
        gen->a = std::move(first);
        if (!comprehensionClauses(gen->generators) || !expectOp(u")"))
            return nullptr;
        return gen;
    }
    if (acceptOp(u")")) {
        if (first->kind == ExprKind::Starred)
            return fail(QStringLiteral("SyntaxError: cannot use starred expression here"), ln);
        return first;
    }
    auto tuple = makeExpr(ExprKind::Tuple, ln);
    tuple->items.append(std::move(first));
    while (acceptOp(u",")) {
        if (atOp(u")"))
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        tuple->items.append(std::move(e));
    }
    if (!expectOp(u")"))
        return nullptr;
    return tuple;
}

ExprPtr Parser::listDisplay()
{
    const int ln = line();
    next(); // [
    auto list = makeExpr(ExprKind::List, ln);
    if (acceptOp(u"]"))
        return list;
    ExprPtr first = starOrTest();
    if (!first)
        return nullptr;
    if (atKeyword(u"for")) {
        auto comp = makeExpr(ExprKind::ListComp, ln);
        comp->a = std::move(first);
        if (!comprehensionClauses(comp->generators) || !expectOp(u"]"))
            return nullptr;
        return comp;
    }
    list->items.append(std::move(first));
    while (acceptOp(u",")) {
        if (atOp(u"]"))
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        list->items.append(std::move(e));
    }
    if (!expectOp(u"]"))
        return nullptr;
    return list;
}

ExprPtr Parser::braceDisplay()
{
    const int ln = line();
    next(); // {
    if (acceptOp(u"}"))
        return makeExpr(ExprKind::Dict, ln);
    auto dictEntry = [this](ExprPtr &key, ExprPtr &value) -> bool {
        if (acceptOp(u"**")) {
            key = nullptr;
            value = binary(0);
            return value != nullptr;
        }
        if (!(key = test()) || !expectOp(u":"))
            return false;
        value = test();
        return value != nullptr;
    };
    // Decide between dict and set from the first entry.
    const bool doubleStar = atOp(u"**");
    ExprPtr key;
    ExprPtr value;
    if (doubleStar) {
        if (!dictEntry(key, value))
            return nullptr;
    } else {
        key = starOrTest();
        if (!key)
            return nullptr;
        if (acceptOp(u":")) {
            if (!(value = test()))
                return nullptr;
        }
    }
    if (doubleStar || value) {
        if (value && key && atKeyword(u"for")) {
            auto comp = makeExpr(ExprKind::DictComp, ln);
            comp->a = std::move(key);
            comp->b = std::move(value);
            if (!comprehensionClauses(comp->generators) || !expectOp(u"}"))
                return nullptr;
            return comp;
        }
        auto dict = makeExpr(ExprKind::Dict, ln);
        dict->items.append(std::move(key));
        dict->values.append(std::move(value));
        while (acceptOp(u",")) {
            if (atOp(u"}"))
                break;
            if (!dictEntry(key, value))
                return nullptr;
            dict->items.append(std::move(key));
            dict->values.append(std::move(value));
        }
        if (!expectOp(u"}"))
            return nullptr;
        return dict;
    }
    if (atKeyword(u"for")) {
        auto comp = makeExpr(ExprKind::SetComp, ln);
        comp->a = std::move(key);
        if (!comprehensionClauses(comp->generators) || !expectOp(u"}"))
            return nullptr;
        return comp;
    }
    auto set = makeExpr(ExprKind::Set, ln);
    set->items.append(std::move(key));
    while (acceptOp(u",")) {
        if (atOp(u"}"))
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        set->items.append(std::move(e));
    }
    if (!expectOp(u"}"))
        return nullptr;
    return set;
}

} // namespace retort::python
