// The parser's compound statements: blocks, if/while/for/try/with, def and class, parameter lists
// (simple statements and the module: parser.cpp; expressions: parserexpr.cpp, parserdisplays.cpp).
#include "python/parserimpl.h"

namespace retort::python {

bool Parser::block(Block &out)
{
    if (!expectOp(u":"))
        return false;
    if (peek().kind != TokenKind::Newline)
        return simpleStatements(out);
    next();
    if (peek().kind != TokenKind::Indent) {
        fail(QStringLiteral("IndentationError: expected an indented block"));
        return false;
    }
    next();
    while (!failed() && peek().kind != TokenKind::Dedent && peek().kind != TokenKind::EndMarker) {
        if (peek().kind == TokenKind::Newline) {
            next();
            continue;
        }
        if (peek().kind == TokenKind::Indent) {
            fail(QStringLiteral("IndentationError: unexpected indent"));
            return false;
        }
        statement(out);
    }
    if (peek().kind == TokenKind::Dedent)
        next();
    return !failed();
}

StmtPtr Parser::ifStatement()
{
    auto s = makeStmt(StmtKind::If, line());
    next(); // if / elif
    if (!(s->test = test()) || !block(s->body))
        return nullptr;
    if (atKeyword(u"elif")) {
        StmtPtr elif = ifStatement();
        if (!elif)
            return nullptr;
        s->orelse.append(std::move(elif));
    } else if (acceptKeyword(u"else")) {
        if (!block(s->orelse))
            return nullptr;
    }
    return s;
}

StmtPtr Parser::whileStatement()
{
    auto s = makeStmt(StmtKind::While, line());
    next();
    if (!(s->test = test()) || !block(s->body))
        return nullptr;
    if (acceptKeyword(u"else") && !block(s->orelse))
        return nullptr;
    return s;
}

StmtPtr Parser::forStatement()
{
    auto s = makeStmt(StmtKind::For, line());
    next();
    if (!(s->target = exprList()) || !checkTarget(s->target) || !expectKeyword(u"in"))
        return nullptr;
    if (!(s->test = testListStarExpr()) || !block(s->body))
        return nullptr;
    if (acceptKeyword(u"else") && !block(s->orelse))
        return nullptr;
    return s;
}

StmtPtr Parser::tryStatement()
{
    auto s = makeStmt(StmtKind::Try, line());
    next();
    if (!block(s->body))
        return nullptr;
    while (atKeyword(u"except")) {
        ExceptHandler h;
        h.line = line();
        next();
        if (atOp(u"*"))
            return fail(QStringLiteral("unsupported construct: except*"));
        if (!atOp(u":")) {
            if (!(h.type = test()))
                return nullptr;
            if (atOp(u",")) { // except A, B: is a Python 2 form
                return fail(QStringLiteral("SyntaxError: multiple exception types must be parenthesized"));
            }
            if (acceptKeyword(u"as")) {
                if (peek().kind != TokenKind::Name)
                    return fail(QStringLiteral("SyntaxError: invalid syntax"));
                h.name = next().text.toString();
            }
        }
        if (!block(h.body))
            return nullptr;
        s->handlers.append(std::move(h));
    }
    if (!s->handlers.isEmpty() && acceptKeyword(u"else") && !block(s->orelse))
        return nullptr;
    if (acceptKeyword(u"finally") && !block(s->finalbody))
        return nullptr;
    if (s->handlers.isEmpty() && s->finalbody.isEmpty())
        return fail(QStringLiteral("SyntaxError: expected 'except' or 'finally' block"));
    return s;
}

StmtPtr Parser::withStatement()
{
    auto s = makeStmt(StmtKind::With, line());
    next();
    // "with (a as b, c as d):" is accepted by Python 3.9+; handle the parenthesized form.
    bool parens = false;
    if (atOp(u"(")) {
        int depth = 0;
        int i = 0;
        for (;; ++i) {
            const Token &t = peek(i);
            if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Newline)
                break;
            if (t.isOp(u"(") || t.isOp(u"[") || t.isOp(u"{"))
                ++depth;
            else if (t.isOp(u")") || t.isOp(u"]") || t.isOp(u"}")) {
                if (--depth == 0)
                    break;
            }
        }
        parens = peek(i).isOp(u")") && peek(i + 1).isOp(u":");
        // only a parenthesized item list if it contains a top-level 'as' or ','
        if (parens) {
            bool itemList = false;
            int d = 0;
            for (int k = 1; k < i; ++k) {
                const Token &t = peek(k);
                if (t.isOp(u"(") || t.isOp(u"[") || t.isOp(u"{"))
                    ++d;
                else if (t.isOp(u")") || t.isOp(u"]") || t.isOp(u"}"))
                    --d;
                else if (d == 0 && (t.isName(u"as") || t.isOp(u",")))
                    itemList = true;
            }
            parens = itemList;
        }
        if (parens)
            next();
    }
    do {
        if (parens && atOp(u")"))
            break;
        WithItem item;
        if (!(item.context = test()))
            return nullptr;
        if (acceptKeyword(u"as")) {
            if (!(item.target = binary(0)) || !checkTarget(item.target, false))
                return nullptr;
        }
        s->items.append(std::move(item));
    } while (acceptOp(u","));
    if (parens && !expectOp(u")"))
        return nullptr;
    if (!block(s->body))
        return nullptr;
    return s;
}

StmtPtr Parser::functionDef(QList<ExprPtr> decorators, int ln)
{
    auto s = makeStmt(StmtKind::FunctionDef, ln);
    s->decorators = std::move(decorators);
    if (peek().kind != TokenKind::Name)
        return fail(QStringLiteral("SyntaxError: invalid syntax"));
    s->name = next().text.toString();
    if (!expectOp(u"("))
        return nullptr;
    if (!(s->params = parameters(false)))
        return nullptr;
    if (!expectOp(u")"))
        return nullptr;
    if (acceptOp(u"->") && !(s->returns = test()))
        return nullptr;
    if (!block(s->body))
        return nullptr;
    s->scope = computeScope(*s->params, s->body);
    return s;
}

StmtPtr Parser::classDef(QList<ExprPtr> decorators, int ln)
{
    auto s = makeStmt(StmtKind::ClassDef, ln);
    s->decorators = std::move(decorators);
    if (peek().kind != TokenKind::Name)
        return fail(QStringLiteral("SyntaxError: invalid syntax"));
    s->name = next().text.toString();
    if (acceptOp(u"(")) {
        while (!atOp(u")")) {
            const bool keyword = peek().kind == TokenKind::Name && atOp(u"=", 1); // metaclass=...
            if (keyword) {
                next();
                next();
            }
            ExprPtr base = test();
            if (!base)
                return nullptr;
            if (!keyword)
                s->bases.append(std::move(base));
            if (!acceptOp(u","))
                break;
        }
        if (!expectOp(u")"))
            return nullptr;
    }
    if (!block(s->body))
        return nullptr;
    return s;
}

std::shared_ptr<Parameters> Parser::parameters(bool lambda)
{
    auto p = std::allocate_shared<Parameters>(ArenaAllocator<Parameters>(m_arena));
    const QStringView close = lambda ? u":" : u")";
    bool seenStar = false;
    bool seenDefault = false;
    auto param = [&](Parameter &out) -> bool {
        if (peek().kind != TokenKind::Name) {
            fail(QStringLiteral("SyntaxError: invalid syntax"));
            return false;
        }
        out.line = line();
        out.name = m_names.intern(next().text);
        if (!lambda && acceptOp(u":") && !(out.annotation = test()))
            return false;
        return true;
    };
    while (!atOp(close)) {
        if (acceptOp(u"**")) {
            p->hasVarKwargs = true;
            if (!param(p->varKwargs))
                return nullptr;
            acceptOp(u",");
            break;
        }
        if (acceptOp(u"*")) {
            if (seenStar)
                return fail(QStringLiteral("SyntaxError: * argument may appear only once"));
            seenStar = true;
            if (!atOp(u",")) {
                p->hasVarArgs = true;
                if (!param(p->varArgs))
                    return nullptr;
            }
        } else if (acceptOp(u"/")) {
            p->positionalOnly = p->positional.size();
        } else {
            Parameter par;
            if (!param(par))
                return nullptr;
            if (acceptOp(u"=")) {
                if (!(par.defaultValue = test()))
                    return nullptr;
                if (!seenStar)
                    seenDefault = true;
            } else if (!seenStar && seenDefault) {
                return fail(QStringLiteral("SyntaxError: non-default argument follows default argument"));
            }
            (seenStar ? p->keywordOnly : p->positional).append(std::move(par));
        }
        if (!acceptOp(u","))
            break;
    }
    return p;
}

} // namespace retort::python
