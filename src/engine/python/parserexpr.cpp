#include "python/parserimpl.h"

#include <initializer_list>
#include <iterator>

namespace retort::python {

// Python's keywords, by length: a Name token is checked against at most eight of them.
static bool isKeyword(QStringView w)
{
    auto any = [w](std::initializer_list<QStringView> words) {
        for (QStringView k : words) {
            if (sameText(w, k))
                return true;
        }
        return false;
    };
    switch (w.size()) {
    case 2: return any({u"as", u"if", u"in", u"is", u"or"});
    case 3: return any({u"and", u"def", u"del", u"for", u"not", u"try"});
    case 4: return any({u"None", u"True", u"elif", u"else", u"from", u"pass", u"with"});
    case 5: return any({u"False", u"async", u"await", u"break", u"class", u"raise", u"while", u"yield"});
    case 6: return any({u"assert", u"except", u"global", u"import", u"lambda", u"return"});
    case 7: return any({u"finally"});
    case 8: return any({u"continue", u"nonlocal"});
    default: return false;
    }
}

// The binary operators of the levels between comparison and factor, loosest first:
// | ^ & (<< >>) (+ -) (* / // % @). -1 for any other token.
static int binaryLevel(const Token &t)
{
    if (t.kind != TokenKind::Op || t.text.size() > 2)
        return -1;
    const char16_t c = t.text[0].unicode();
    if (t.text.size() == 2) {
        if (t.text[1].unicode() != c)
            return -1;
        return c == u'<' || c == u'>' ? 3 : c == u'/' ? 5 : -1;
    }
    switch (c) {
    case u'|': return 0;
    case u'^': return 1;
    case u'&': return 2;
    case u'+': case u'-': return 4;
    case u'*': case u'/': case u'%': case u'@': return 5;
    default: return -1;
    }
}

// The text of an operator token as a QString without allocating (static literal data) for the
// operators the tree stores; anything else is copied.
static QString operatorName(QStringView op)
{
    static constexpr QStringView known[] = {u"|", u"^", u"&", u"<<", u">>", u"+", u"-", u"*", u"/",
                                            u"//", u"%", u"@", u"~", u"<", u">", u"==", u">=",
                                            u"<=", u"!="};
    static const QString names[] = {
        QStringLiteral("|"), QStringLiteral("^"), QStringLiteral("&"), QStringLiteral("<<"),
        QStringLiteral(">>"), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"),
        QStringLiteral("/"), QStringLiteral("//"), QStringLiteral("%"), QStringLiteral("@"),
        QStringLiteral("~"), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("=="),
        QStringLiteral(">="), QStringLiteral("<="), QStringLiteral("!=")};
    static_assert(std::size(known) == std::size(names));
    for (size_t i = 0; i < std::size(known); ++i) {
        if (sameText(op, known[i]))
            return names[i];
    }
    return op.toString();
}

// A plain operand (name, number, one string) right before a delimiter that no expression level
// continues with: test() can take the atom without descending through the ten levels.
bool Parser::atSimpleOperand() const
{
    const Token &t = peek();
    if (t.kind == TokenKind::Name) {
        if (isKeyword(t.text) && !sameText(t.text, u"None") && !sameText(t.text, u"True")
            && !sameText(t.text, u"False"))
            return false;
    } else if (t.kind != TokenKind::Number && t.kind != TokenKind::String) {
        return false;
    }
    const Token &after = peek(1);
    if (after.kind == TokenKind::Newline)
        return true;
    if (after.kind != TokenKind::Op || after.text.size() != 1)
        return false;
    switch (after.text[0].unicode()) {
    case u',': case u')': case u']': case u'}': case u':': case u'=':
        return true;
    default:
        return false;
    }
}

bool Parser::atExpressionStart() const
{
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::Name:
        return !isKeyword(t.text) || sameText(t.text, u"not") || sameText(t.text, u"lambda") || sameText(t.text, u"None")
               || sameText(t.text, u"True") || sameText(t.text, u"False") || sameText(t.text, u"await");
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Op:
        return sameText(t.text, u"(") || sameText(t.text, u"[") || sameText(t.text, u"{") || sameText(t.text, u"-") || sameText(t.text, u"+")
               || sameText(t.text, u"~") || sameText(t.text, u"*") || sameText(t.text, u"...");
    default:
        return false;
    }
}

ExprPtr Parser::testListStarExpr()
{
    return commaTuple(&Parser::starOrTest);
}

ExprPtr Parser::testList()
{
    return commaTuple(&Parser::test);
}

// element ("," element)* [","] : the element itself, or a Tuple at the first element's line.
ExprPtr Parser::commaTuple(ExprPtr (Parser::*element)())
{
    const int ln = line();
    ExprPtr first = (this->*element)();
    if (!first || !atOp(u","))
        return first;
    auto tuple = makeExpr(ExprKind::Tuple, ln);
    tuple->items.append(std::move(first));
    while (acceptOp(u",")) {
        if (!atExpressionStart())
            break;
        ExprPtr e = (this->*element)();
        if (!e)
            return nullptr;
        tuple->items.append(std::move(e));
    }
    return tuple;
}

ExprPtr Parser::exprList()
{
    const int ln = line();
    auto one = [this]() -> ExprPtr {
        if (atOp(u"*")) {
            const int l = line();
            next();
            ExprPtr v = binary(0);
            if (!v)
                return nullptr;
            auto s = makeExpr(ExprKind::Starred, l);
            s->a = v;
            return s;
        }
        return binary(0);
    };
    ExprPtr first = one();
    if (!first || !atOp(u","))
        return first;
    auto tuple = makeExpr(ExprKind::Tuple, ln);
    tuple->items.append(std::move(first));
    while (acceptOp(u",")) {
        if (!atExpressionStart())
            break;
        ExprPtr e = one();
        if (!e)
            return nullptr;
        tuple->items.append(std::move(e));
    }
    return tuple;
}

ExprPtr Parser::starOrTest()
{
    if (atOp(u"*")) {
        const int ln = line();
        next();
        ExprPtr v = binary(0);
        if (!v)
            return nullptr;
        auto s = makeExpr(ExprKind::Starred, ln);
        s->a = v;
        return s;
    }
    return test();
}

ExprPtr Parser::test()
{
    if (atSimpleOperand())
        return atom();
    if (atKeyword(u"lambda"))
        return lambdaExpr();
    if (atKeyword(u"yield"))
        return fail(QStringLiteral("unsupported construct: yield"));
    const int ln = line();
    ExprPtr body = orTest();
    if (!body || !atKeyword(u"if"))
        return body;
    next();
    auto e = makeExpr(ExprKind::IfExp, ln);
    e->b = std::move(body);
    if (!(e->a = orTest()) || !expectKeyword(u"else") || !(e->c = test()))
        return nullptr;
    return e;
}

ExprPtr Parser::lambdaExpr()
{
    auto e = makeExpr(ExprKind::Lambda, line());
    next();
    if (!(e->params = parameters(true)) || !expectOp(u":") || !(e->a = test()))
        return nullptr;
    return e;
}

ExprPtr Parser::orTest()
{
    const int ln = line();
    ExprPtr first = andTest();
    if (!first || !atKeyword(u"or"))
        return first;
    auto e = makeExpr(ExprKind::BoolOp, ln);
    e->name = QStringLiteral("or");
    e->items.append(std::move(first));
    while (acceptKeyword(u"or")) {
        ExprPtr v = andTest();
        if (!v)
            return nullptr;
        e->items.append(std::move(v));
    }
    return e;
}

ExprPtr Parser::andTest()
{
    const int ln = line();
    ExprPtr first = notTest();
    if (!first || !atKeyword(u"and"))
        return first;
    auto e = makeExpr(ExprKind::BoolOp, ln);
    e->name = QStringLiteral("and");
    e->items.append(std::move(first));
    while (acceptKeyword(u"and")) {
        ExprPtr v = notTest();
        if (!v)
            return nullptr;
        e->items.append(std::move(v));
    }
    return e;
}

ExprPtr Parser::notTest()
{
    if (atKeyword(u"not")) {
        auto e = makeExpr(ExprKind::UnaryOp, line());
        next();
        e->name = QStringLiteral("not");
        if (!(e->a = notTest()))
            return nullptr;
        return e;
    }
    return comparison();
}

ExprPtr Parser::comparison()
{
    const int ln = line();
    ExprPtr first = binary(0);
    if (!first)
        return nullptr;
    ExprPtr cmp;
    for (;;) {
        QString op;
        const Token &t = peek();
        if (t.kind == TokenKind::Op
            && (sameText(t.text, u"<") || sameText(t.text, u">") || sameText(t.text, u"==") || sameText(t.text, u">=")
                || sameText(t.text, u"<=") || sameText(t.text, u"!="))) {
            op = operatorName(next().text);
        } else if (t.isName(u"in")) {
            next();
            op = QStringLiteral("in");
        } else if (t.isName(u"not") && peek(1).isName(u"in")) {
            next();
            next();
            op = QStringLiteral("not in");
        } else if (t.isName(u"is")) {
            next();
            op = acceptKeyword(u"not") ? QStringLiteral("is not") : QStringLiteral("is");
        } else if (t.isOp(u"<>")) {
            return fail(QStringLiteral("SyntaxError: invalid syntax"));
        } else {
            break;
        }
        if (!cmp) {
            cmp = makeExpr(ExprKind::Compare, ln);
            cmp->a = std::move(first);
        }
        ExprPtr right = binary(0);
        if (!right)
            return nullptr;
        cmp->ops.append(op);
        cmp->items.append(std::move(right));
    }
    if (cmp)
        return cmp;
    return first;
}

// Precedence climbing over the six binary levels (see binaryLevel): the same left-associative
// trees, each BinOp at the line of its left operand's first token, as one recursive function per
// level would build, without ten calls per operand.
ExprPtr Parser::binary(int minLevel)
{
    const int ln = line();
    ExprPtr left = factor();
    while (left) {
        const int level = binaryLevel(peek());
        if (level < minLevel)
            break;
        auto e = makeExpr(ExprKind::BinOp, ln);
        e->name = operatorName(next().text);
        e->a = std::move(left);
        if (!(e->b = binary(level + 1)))
            return nullptr;
        left = std::move(e);
    }
    return left;
}

ExprPtr Parser::factor()
{
    const Token &t = peek();
    if (t.isOp(u"-") || t.isOp(u"+") || t.isOp(u"~")) {
        auto e = makeExpr(ExprKind::UnaryOp, line());
        e->name = operatorName(next().text);
        if (!(e->a = factor()))
            return nullptr;
        return e;
    }
    return power();
}

ExprPtr Parser::power()
{
    const int ln = line();
    if (atKeyword(u"await"))
        return fail(QStringLiteral("unsupported construct: await"));
    ExprPtr base = primary();
    if (!base || !atOp(u"**"))
        return base;
    next();
    auto e = makeExpr(ExprKind::BinOp, ln);
    e->name = QStringLiteral("**");
    e->a = std::move(base);
    if (!(e->b = factor()))
        return nullptr;
    return e;
}

ExprPtr Parser::primary()
{
    ExprPtr e = atom();
    while (e) {
        if (atOp(u"(")) {
            e = callTrailer(std::move(e));
        } else if (atOp(u"[")) {
            e = subscriptTrailer(std::move(e));
        } else if (atOp(u".")) {
            next();
            if (peek().kind != TokenKind::Name)
                return fail(QStringLiteral("SyntaxError: invalid syntax"));
            auto a = makeExpr(ExprKind::Attribute, e->line);
            a->a = std::move(e);
            a->name = m_names.intern(next().text);
            e = std::move(a);
        } else {
            break;
        }
    }
    return e;
}

ExprPtr Parser::callTrailer(ExprPtr func)
{
    const int parenLine = line();
    next(); // (
    auto call = makeExpr(ExprKind::Call, func->line);
    call->a = std::move(func);
    bool seenKeyword = false;
    while (!atOp(u")")) {
        const int ln = line();
        if (acceptOp(u"**")) {
            Keyword kw;
            kw.line = ln;
            if (!(kw.value = test()))
                return nullptr;
            call->keywords.append(std::move(kw));
            seenKeyword = true;
        } else if (atOp(u"*")) {
            ExprPtr s = starOrTest();
            if (!s)
                return nullptr;
            call->items.append(std::move(s));
        } else if (peek().kind == TokenKind::Name && atOp(u"=", 1)) {
            Keyword kw;
            kw.line = ln;
            kw.name = m_names.intern(next().text);
            next();
            if (!(kw.value = test()))
                return nullptr;
            call->keywords.append(std::move(kw));
            seenKeyword = true;
        } else {
            ExprPtr arg = test();
            if (!arg)
                return nullptr;
            if (atKeyword(u"for")) {
                auto gen = makeExpr(ExprKind::GeneratorExp, parenLine);
                gen->a = std::move(arg);
                if (!comprehensionClauses(gen->generators))
                    return nullptr;
                arg = std::move(gen);
            } else if (seenKeyword) {
                return fail(QStringLiteral("SyntaxError: positional argument follows keyword argument"), ln);
            }
            call->items.append(std::move(arg));
        }
        if (!acceptOp(u","))
            break;
    }
    if (!expectOp(u")"))
        return nullptr;
    return call;
}

ExprPtr Parser::sliceItem()
{
    const int ln = line();
    ExprPtr lower;
    if (!atOp(u":")) {
        lower = starOrTest();
        if (!lower || !atOp(u":"))
            return lower;
    }
    auto s = makeExpr(ExprKind::Slice, ln);
    s->a = std::move(lower);
    next(); // :
    if (!atOp(u":") && !atOp(u"]") && !atOp(u",") && !(s->b = test()))
        return nullptr;
    if (acceptOp(u":") && !atOp(u"]") && !atOp(u",") && !(s->c = test()))
        return nullptr;
    return s;
}

ExprPtr Parser::subscriptTrailer(ExprPtr value)
{
    const int tupleLine = peek(1).line + m_lineOffset;
    next(); // [
    auto sub = makeExpr(ExprKind::Subscript, value->line);
    sub->a = std::move(value);
    ExprPtr first = sliceItem();
    if (!first)
        return nullptr;
    if (atOp(u",")) {
        auto tuple = makeExpr(ExprKind::Tuple, tupleLine);
        tuple->items.append(std::move(first));
        while (acceptOp(u",") && !atOp(u"]")) {
            ExprPtr e = sliceItem();
            if (!e)
                return nullptr;
            tuple->items.append(std::move(e));
        }
        first = std::move(tuple);
    }
    sub->b = std::move(first);
    if (!expectOp(u"]"))
        return nullptr;
    return sub;
}

bool Parser::comprehensionClauses(QList<Comprehension> &out)
{
    while (atKeyword(u"for")) {
        next();
        Comprehension c;
        if (!(c.target = exprList()) || !checkTarget(c.target) || !expectKeyword(u"in"))
            return false;
        if (!(c.iter = orTest()))
            return false;
        while (acceptKeyword(u"if")) {
            ExprPtr cond = orTest();
            if (!cond)
                return false;
            c.ifs.append(std::move(cond));
        }
        out.append(std::move(c));
    }
    if (atKeyword(u"async")) {
        fail(QStringLiteral("unsupported construct: async comprehension"));
        return false;
    }
    return true;
}

ExprPtr Parser::atom()
{
    const Token &t = peek();
    const int ln = line();
    switch (t.kind) {
    case TokenKind::Name: {
        if (sameText(t.text, u"None") || sameText(t.text, u"True") || sameText(t.text, u"False")) {
            auto e = makeExpr(ExprKind::Constant, ln);
            e->constKind = sameText(t.text, u"None") ? ConstKind::None
                           : sameText(t.text, u"True") ? ConstKind::True : ConstKind::False;
            next();
            return e;
        }
        if (isKeyword(t.text))
            return fail(QStringLiteral("SyntaxError: invalid syntax"));
        auto e = makeExpr(ExprKind::Name, ln);
        e->name = m_names.intern(next().text);
        return e;
    }
    case TokenKind::Number:
        return number(next());
    case TokenKind::String:
        return strings();
    case TokenKind::Op:
        if (sameText(t.text, u"("))
            return parenthesized();
        if (sameText(t.text, u"["))
            return listDisplay();
        if (sameText(t.text, u"{"))
            return braceDisplay();
        if (sameText(t.text, u"...")) {
            next();
            auto e = makeExpr(ExprKind::Constant, ln);
            e->constKind = ConstKind::Ellipsis;
            return e;
        }
        break;
    case TokenKind::Indent:
        return fail(QStringLiteral("IndentationError: unexpected indent"));
    default:
        break;
    }
    return fail(QStringLiteral("SyntaxError: invalid syntax"));
}

} // namespace retort::python
