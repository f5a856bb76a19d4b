// The parser: tokens in, the module and its simple statements (compound statements:
// parsercompound.cpp; expressions: parserexpr.cpp, parserdisplays.cpp; literals: fstring.cpp).
#include "python/parser.h"
#include "python/parserimpl.h"

namespace retort::python {

Parser::Parser(std::vector<Token> tokens, QString path, int lineOffset)
    : m_tokens(std::move(tokens)), m_path(std::move(path)), m_lineOffset(lineOffset)
{
    m_end.kind = TokenKind::EndMarker;
    m_end.line = m_tokens.empty() ? 1 : m_tokens.back().line;
    // about 200 bytes of nodes per token in revision files; small for f-string fields
    m_arena = new NodeArena(std::clamp<size_t>(m_tokens.size() * 200, 2048, 64 * 1024));
}

Parser::~Parser()
{
    // trade the parser's reference for one per node still allocated from the arena
    m_arena->release(NodeArena::ParserReference - m_arena->allocated());
}

bool logicalTokens(QStringView source, std::vector<Token> &tokens, Error &error)
{
    Tokenizer tokenizer(source);
    tokens.reserve(size_t(source.size() / 4 + 16)); // a token per 4.7 characters in revision files
    Token t;
    while (tokenizer.next(t)) {
        if (t.kind != TokenKind::Comment && t.kind != TokenKind::Nl)
            tokens.push_back(t);
    }
    if (!tokenizer.failed())
        return true;
    error = tokenizer.error();
    return false;
}

bool Parser::expectOp(QStringView op)
{
    if (acceptOp(op))
        return true;
    fail(QStringLiteral("SyntaxError: expected '%1'").arg(op.toString()));
    return false;
}

bool Parser::expectKeyword(QStringView kw)
{
    if (acceptKeyword(kw))
        return true;
    fail(QStringLiteral("SyntaxError: expected '%1'").arg(kw.toString()));
    return false;
}

std::nullptr_t Parser::fail(const QString &message, int atLine)
{
    if (!m_error)
        m_error = makeError(ErrorCode::Parse, message, m_path, atLine > 0 ? atLine : line());
    return nullptr;
}

ExprPtr Parser::makeExpr(ExprKind kind, int line) const
{
    auto e = std::allocate_shared<Expr>(ArenaAllocator<Expr>(m_arena));
    e->kind = kind;
    e->line = line;
    return e;
}

StmtPtr Parser::makeStmt(StmtKind kind, int line) const
{
    auto s = std::allocate_shared<Stmt>(ArenaAllocator<Stmt>(m_arena));
    s->kind = kind;
    s->line = line;
    return s;
}

Result<ModulePtr> Parser::module()
{
    auto mod = std::make_shared<Module>();
    mod->path = m_path;
    while (!failed() && peek().kind != TokenKind::EndMarker) {
        if (peek().kind == TokenKind::Newline) {
            next();
            continue;
        }
        if (peek().kind == TokenKind::Indent) {
            fail(QStringLiteral("IndentationError: unexpected indent"));
            break;
        }
        statement(mod->body);
    }
    if (m_error)
        return *m_error;
    if (!mod->body.isEmpty() && mod->body.first()->kind == StmtKind::Expr) {
        const Expr &v = *mod->body.first()->value;
        if (v.kind == ExprKind::Constant && v.constKind == ConstKind::Str)
            mod->docstring = v.strValue;
    }
    return ModulePtr(mod);
}

Result<ExprPtr> Parser::singleExpression()
{
    while (peek().kind == TokenKind::Newline || peek().kind == TokenKind::Indent)
        next();
    ExprPtr e = testListStarExpr();
    while (!failed() && (peek().kind == TokenKind::Newline || peek().kind == TokenKind::Dedent))
        next();
    if (!failed() && peek().kind != TokenKind::EndMarker)
        fail(QStringLiteral("SyntaxError: invalid syntax"));
    if (m_error)
        return *m_error;
    return e;
}

bool Parser::statement(Block &out)
{
    const Token &t = peek();
    const int ln = line();
    if (t.kind == TokenKind::Name) {
        StmtPtr s;
        if (sameText(t.text, u"if"))
            s = ifStatement();
        else if (sameText(t.text, u"while"))
            s = whileStatement();
        else if (sameText(t.text, u"for"))
            s = forStatement();
        else if (sameText(t.text, u"try"))
            s = tryStatement();
        else if (sameText(t.text, u"with"))
            s = withStatement();
        else if (sameText(t.text, u"def")) {
            next();
            s = functionDef({}, ln);
        } else if (sameText(t.text, u"class")) {
            next();
            s = classDef({}, ln);
        } else if (sameText(t.text, u"async")) {
            { fail(QStringLiteral("unsupported construct: async")); return false; }
        } else {
            return simpleStatements(out);
        }
        if (!s)
            return false;
        out.append(std::move(s));
        return true;
    }
    if (t.isOp(u"@")) {
        QList<ExprPtr> decorators;
        while (acceptOp(u"@")) {
            ExprPtr d = test();
            if (!d)
                return false;
            decorators.append(std::move(d));
            if (peek().kind != TokenKind::Newline)
                { fail(QStringLiteral("SyntaxError: invalid syntax")); return false; }
            next();
        }
        const int defLine = line();
        StmtPtr s;
        if (acceptKeyword(u"def"))
            s = functionDef(decorators, defLine);
        else if (acceptKeyword(u"class"))
            s = classDef(decorators, defLine);
        else
            { fail(QStringLiteral("SyntaxError: invalid syntax")); return false; }
        if (!s)
            return false;
        out.append(std::move(s));
        return true;
    }
    return simpleStatements(out);
}

bool Parser::simpleStatements(Block &out)
{
    for (;;) {
        StmtPtr s = simpleStatement();
        if (!s)
            return false;
        out.append(std::move(s));
        if (acceptOp(u";")) {
            if (peek().kind == TokenKind::Newline)
                break;
            continue;
        }
        break;
    }
    if (peek().kind == TokenKind::Newline) {
        next();
        return true;
    }
    if (peek().kind == TokenKind::EndMarker)
        return true;
    fail(QStringLiteral("SyntaxError: invalid syntax"));
    return false;
}

StmtPtr Parser::simpleStatement()
{
    const int ln = line();
    const Token &t = peek();
    if (t.kind == TokenKind::Name) {
        const QStringView w = t.text;
        if (sameText(w, u"pass") || sameText(w, u"break") || sameText(w, u"continue")) {
            next();
            return makeStmt(sameText(w, u"pass") ? StmtKind::Pass
                            : sameText(w, u"break") ? StmtKind::Break : StmtKind::Continue, ln);
        }
        if (sameText(w, u"return")) {
            next();
            auto s = makeStmt(StmtKind::Return, ln);
            if (atExpressionStart() && !(s->value = testListStarExpr()))
                return nullptr;
            return s;
        }
        if (sameText(w, u"raise")) {
            next();
            auto s = makeStmt(StmtKind::Raise, ln);
            if (atExpressionStart()) {
                if (!(s->value = test()))
                    return nullptr;
                if (acceptKeyword(u"from") && !(s->target = test()))
                    return nullptr;
            }
            return s;
        }
        if (sameText(w, u"global") || sameText(w, u"nonlocal")) {
            next();
            auto s = makeStmt(sameText(w, u"global") ? StmtKind::Global : StmtKind::Nonlocal, ln);
            do {
                if (peek().kind != TokenKind::Name)
                    return fail(QStringLiteral("SyntaxError: invalid syntax"));
                s->identifiers.append(next().text.toString());
            } while (acceptOp(u","));
            return s;
        }
        if (sameText(w, u"del")) {
            next();
            auto s = makeStmt(StmtKind::Delete, ln);
            do {
                ExprPtr t = binary(0);
                if (!t || !checkTarget(t, false))
                    return nullptr;
                s->targets.append(std::move(t));
            } while (acceptOp(u",") && atExpressionStart());
            return s;
        }
        if (sameText(w, u"assert")) {
            next();
            auto s = makeStmt(StmtKind::Assert, ln);
            if (!(s->test = test()))
                return nullptr;
            if (acceptOp(u",") && !(s->value = test()))
                return nullptr;
            return s;
        }
        if (sameText(w, u"import"))
            return importStatement();
        if (sameText(w, u"from"))
            return fromImportStatement();
        if (sameText(w, u"yield"))
            return fail(QStringLiteral("unsupported construct: yield"));
    }
    return expressionStatement();
}

static bool isAugmentedOp(const Token &t)
{
    static constexpr QStringView ops[] = {u"+=", u"-=", u"*=", u"/=", u"//=", u"%=", u"**=",
                                          u"<<=", u">>=", u"&=", u"|=", u"^=", u"@="};
    if (t.kind != TokenKind::Op || t.text.size() < 2 || t.text.back() != u'=')
        return false;
    for (QStringView op : ops) {
        if (sameText(t.text, op))
            return true;
    }
    return false;
}

StmtPtr Parser::expressionStatement()
{
    const int ln = line();
    ExprPtr first = testListStarExpr();
    if (!first)
        return nullptr;
    if (atOp(u"=")) {
        auto s = makeStmt(StmtKind::Assign, ln);
        ExprPtr value = std::move(first);
        while (acceptOp(u"=")) {
            if (!checkTarget(value))
                return nullptr;
            s->targets.append(std::move(value));
            if (atKeyword(u"yield"))
                return fail(QStringLiteral("unsupported construct: yield"));
            if (!(value = testListStarExpr()))
                return nullptr;
        }
        s->value = std::move(value);
        return s;
    }
    if (isAugmentedOp(peek())) {
        const QString op = next().text.toString();
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute
            && first->kind != ExprKind::Subscript)
            return fail(QStringLiteral("SyntaxError: 'tuple' is an illegal expression for augmented assignment"), ln);
        auto s = makeStmt(StmtKind::AugAssign, ln);
        s->target = std::move(first);
        s->op = op.left(op.size() - 1);
        if (!(s->value = testListStarExpr()))
            return nullptr;
        return s;
    }
    if (atOp(u":")) {
        next();
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute
            && first->kind != ExprKind::Subscript)
            return fail(QStringLiteral("SyntaxError: only single target (not tuple) can be annotated"), ln);
        auto s = makeStmt(StmtKind::AnnAssign, ln);
        s->target = std::move(first);
        if (!(s->annotation = test()))
            return nullptr;
        if (acceptOp(u"=") && !(s->value = testListStarExpr()))
            return nullptr;
        return s;
    }
    auto s = makeStmt(StmtKind::Expr, ln);
    s->value = std::move(first);
    return s;
}

bool Parser::checkTarget(const ExprPtr &target, bool allowStar)
{
    switch (target->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return true;
    case ExprKind::Starred:
        if (allowStar)
            return checkTarget(target->a, false);
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
        for (const ExprPtr &e : target->items)
            if (!checkTarget(e, allowStar))
                return false;
        return true;
    default:
        break;
    }
    fail(QStringLiteral("SyntaxError: cannot assign to expression"), target->line);
    return false;
}

QString Parser::dottedName()
{
    if (peek().kind != TokenKind::Name) {
        fail(QStringLiteral("SyntaxError: invalid syntax"));
        return {};
    }
    QString name = next().text.toString();
    while (atOp(u".") && peek(1).kind == TokenKind::Name) {
        next();
        name += QLatin1Char('.') + next().text.toString();
    }
    return name;
}

StmtPtr Parser::importStatement()
{
    auto s = makeStmt(StmtKind::Import, line());
    next();
    do {
        ImportAlias alias;
        alias.line = line();
        alias.name = dottedName();
        if (failed())
            return nullptr;
        if (acceptKeyword(u"as")) {
            if (peek().kind != TokenKind::Name)
                return fail(QStringLiteral("SyntaxError: invalid syntax"));
            alias.asName = m_names.intern(next().text);
        }
        s->names.append(std::move(alias));
    } while (acceptOp(u","));
    return s;
}

StmtPtr Parser::fromImportStatement()
{
    auto s = makeStmt(StmtKind::ImportFrom, line());
    next();
    while (atOp(u".") || atOp(u"...")) {
        s->level += next().text.size();
    }
    if (!atKeyword(u"import")) {
        s->name = dottedName();
        if (failed())
            return nullptr;
    }
    if (!expectKeyword(u"import"))
        return nullptr;
    if (acceptOp(u"*")) {
        s->names.append(ImportAlias{QStringLiteral("*"), {}, s->line});
        return s;
    }
    const bool parens = acceptOp(u"(");
    do {
        if (parens && atOp(u")"))
            break;
        if (peek().kind != TokenKind::Name)
            return fail(QStringLiteral("SyntaxError: invalid syntax"));
        ImportAlias alias;
        alias.line = line();
        alias.name = m_names.intern(next().text);
        if (acceptKeyword(u"as")) {
            if (peek().kind != TokenKind::Name)
                return fail(QStringLiteral("SyntaxError: invalid syntax"));
            alias.asName = m_names.intern(next().text);
        }
        s->names.append(std::move(alias));
    } while (acceptOp(u","));
    if (parens && !expectOp(u")"))
        return nullptr;
    return s;
}

Result<ModulePtr> parseModule(const QString &source, const QString &path)
{
    std::vector<Token> tokens;
    Error e;
    if (!logicalTokens(source, tokens, e)) {
        e.file = path;
        e.code = ErrorCode::Parse;
        if (!e.message.startsWith(QLatin1String("SyntaxError")) && !e.message.contains(QLatin1String("Error:")))
            e.message = QStringLiteral("SyntaxError: ") + e.message;
        return e;
    }
    Parser parser(std::move(tokens), path);
    return parser.module();
}

Result<ExprPtr> parseExpression(const QString &source, const QString &path, int firstLine)
{
    std::vector<Token> tokens;
    Error e;
    if (!logicalTokens(source, tokens, e)) {
        e.file = path;
        e.code = ErrorCode::Parse;
        e.line += firstLine - 1;
        if (!e.message.startsWith(QLatin1String("SyntaxError")))
            e.message = QStringLiteral("SyntaxError: ") + e.message;
        return e;
    }
    Parser parser(std::move(tokens), path, firstLine - 1);
    return parser.singleExpression();
}

} // namespace retort::python
