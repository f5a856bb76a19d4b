#include "python/parserimpl.h"

#include <cmath>
#include <limits>

namespace retort::python {

static bool isKeyword(QStringView w)
{
    static const QSet<QString> keywords = {
        QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("True"), QStringLiteral("and"),
        QStringLiteral("as"), QStringLiteral("assert"), QStringLiteral("async"), QStringLiteral("await"),
        QStringLiteral("break"), QStringLiteral("class"), QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("except"),
        QStringLiteral("finally"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("global"),
        QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"), QStringLiteral("or"),
        QStringLiteral("pass"), QStringLiteral("raise"), QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield")};
    return keywords.contains(w.toString());
}

bool Parser::atExpressionStart() const
{
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::Name:
        return !isKeyword(t.text) || t.text == u"not" || t.text == u"lambda" || t.text == u"None"
               || t.text == u"True" || t.text == u"False" || t.text == u"await";
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Op:
        return t.text == u"(" || t.text == u"[" || t.text == u"{" || t.text == u"-" || t.text == u"+"
               || t.text == u"~" || t.text == u"*" || t.text == u"...";
    default:
        return false;
    }
}

ExprPtr Parser::testListStarExpr()
{
    const int ln = line();
    ExprPtr first = starOrTest();
    if (!first || !atOp(u","))
        return first;
    auto tuple = makeExpr(ExprKind::Tuple, ln);
    tuple->items.append(first);
    while (acceptOp(u",")) {
        if (!atExpressionStart())
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        tuple->items.append(e);
    }
    return tuple;
}

ExprPtr Parser::testList()
{
    const int ln = line();
    ExprPtr first = test();
    if (!first || !atOp(u","))
        return first;
    auto tuple = makeExpr(ExprKind::Tuple, ln);
    tuple->items.append(first);
    while (acceptOp(u",")) {
        if (!atExpressionStart())
            break;
        ExprPtr e = test();
        if (!e)
            return nullptr;
        tuple->items.append(e);
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
    tuple->items.append(first);
    while (acceptOp(u",")) {
        if (!atExpressionStart())
            break;
        ExprPtr e = one();
        if (!e)
            return nullptr;
        tuple->items.append(e);
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
    e->b = body;
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
    e->items.append(first);
    while (acceptKeyword(u"or")) {
        ExprPtr v = andTest();
        if (!v)
            return nullptr;
        e->items.append(v);
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
    e->items.append(first);
    while (acceptKeyword(u"and")) {
        ExprPtr v = notTest();
        if (!v)
            return nullptr;
        e->items.append(v);
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
            && (t.text == u"<" || t.text == u">" || t.text == u"==" || t.text == u">="
                || t.text == u"<=" || t.text == u"!=")) {
            op = next().text.toString();
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
            cmp->a = first;
        }
        ExprPtr right = binary(0);
        if (!right)
            return nullptr;
        cmp->ops.append(op);
        cmp->items.append(right);
    }
    return cmp ? cmp : first;
}

ExprPtr Parser::binary(int level)
{
    static const QList<QList<QStringView>> levels = {
        {u"|"}, {u"^"}, {u"&"}, {u"<<", u">>"}, {u"+", u"-"}, {u"*", u"/", u"//", u"%", u"@"}};
    if (level >= levels.size())
        return factor();
    const int ln = line();
    ExprPtr left = binary(level + 1);
    while (left) {
        const Token &t = peek();
        if (t.kind != TokenKind::Op || !levels.at(level).contains(t.text))
            break;
        auto e = makeExpr(ExprKind::BinOp, ln);
        e->name = next().text.toString();
        e->a = left;
        if (!(e->b = binary(level + 1)))
            return nullptr;
        left = e;
    }
    return left;
}

ExprPtr Parser::factor()
{
    const Token &t = peek();
    if (t.isOp(u"-") || t.isOp(u"+") || t.isOp(u"~")) {
        auto e = makeExpr(ExprKind::UnaryOp, line());
        e->name = next().text.toString();
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
    e->a = base;
    if (!(e->b = factor()))
        return nullptr;
    return e;
}

ExprPtr Parser::primary()
{
    ExprPtr e = atom();
    while (e) {
        if (atOp(u"(")) {
            e = callTrailer(e);
        } else if (atOp(u"[")) {
            e = subscriptTrailer(e);
        } else if (atOp(u".")) {
            next();
            if (peek().kind != TokenKind::Name)
                return fail(QStringLiteral("SyntaxError: invalid syntax"));
            auto a = makeExpr(ExprKind::Attribute, e->line);
            a->a = e;
            a->name = next().text.toString();
            e = a;
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
    call->a = func;
    bool seenKeyword = false;
    while (!atOp(u")")) {
        const int ln = line();
        if (acceptOp(u"**")) {
            Keyword kw;
            kw.line = ln;
            if (!(kw.value = test()))
                return nullptr;
            call->keywords.append(kw);
            seenKeyword = true;
        } else if (atOp(u"*")) {
            ExprPtr s = starOrTest();
            if (!s)
                return nullptr;
            call->items.append(s);
        } else if (peek().kind == TokenKind::Name && atOp(u"=", 1)) {
            Keyword kw;
            kw.line = ln;
            kw.name = next().text.toString();
            next();
            if (!(kw.value = test()))
                return nullptr;
            call->keywords.append(kw);
            seenKeyword = true;
        } else {
            ExprPtr arg = test();
            if (!arg)
                return nullptr;
            if (atKeyword(u"for")) {
                auto gen = makeExpr(ExprKind::GeneratorExp, parenLine);
                gen->a = arg;
                if (!comprehensionClauses(gen->generators))
                    return nullptr;
                arg = gen;
            } else if (seenKeyword) {
                return fail(QStringLiteral("SyntaxError: positional argument follows keyword argument"), ln);
            }
            call->items.append(arg);
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
    s->a = lower;
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
    sub->a = value;
    ExprPtr first = sliceItem();
    if (!first)
        return nullptr;
    if (atOp(u",")) {
        auto tuple = makeExpr(ExprKind::Tuple, tupleLine);
        tuple->items.append(first);
        while (acceptOp(u",") && !atOp(u"]")) {
            ExprPtr e = sliceItem();
            if (!e)
                return nullptr;
            tuple->items.append(e);
        }
        first = tuple;
    }
    sub->b = first;
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
            c.ifs.append(cond);
        }
        out.append(c);
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
        if (t.text == u"None" || t.text == u"True" || t.text == u"False") {
            auto e = makeExpr(ExprKind::Constant, ln);
            e->constKind = t.text == u"None" ? ConstKind::None
                           : t.text == u"True" ? ConstKind::True : ConstKind::False;
            next();
            return e;
        }
        if (isKeyword(t.text))
            return fail(QStringLiteral("SyntaxError: invalid syntax"));
        auto e = makeExpr(ExprKind::Name, ln);
        e->name = next().text.toString();
        return e;
    }
    case TokenKind::Number:
        return number(next());
    case TokenKind::String:
        return strings();
    case TokenKind::Op:
        if (t.text == u"(")
            return parenthesized();
        if (t.text == u"[")
            return listDisplay();
        if (t.text == u"{")
            return braceDisplay();
        if (t.text == u"...") {
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
        gen->a = first;
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
    tuple->items.append(first);
    while (acceptOp(u",")) {
        if (atOp(u")"))
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        tuple->items.append(e);
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
        comp->a = first;
        if (!comprehensionClauses(comp->generators) || !expectOp(u"]"))
            return nullptr;
        return comp;
    }
    list->items.append(first);
    while (acceptOp(u",")) {
        if (atOp(u"]"))
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        list->items.append(e);
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
            comp->a = key;
            comp->b = value;
            if (!comprehensionClauses(comp->generators) || !expectOp(u"}"))
                return nullptr;
            return comp;
        }
        auto dict = makeExpr(ExprKind::Dict, ln);
        dict->items.append(key);
        dict->values.append(value);
        while (acceptOp(u",")) {
            if (atOp(u"}"))
                break;
            if (!dictEntry(key, value))
                return nullptr;
            dict->items.append(key);
            dict->values.append(value);
        }
        if (!expectOp(u"}"))
            return nullptr;
        return dict;
    }
    if (atKeyword(u"for")) {
        auto comp = makeExpr(ExprKind::SetComp, ln);
        comp->a = key;
        if (!comprehensionClauses(comp->generators) || !expectOp(u"}"))
            return nullptr;
        return comp;
    }
    auto set = makeExpr(ExprKind::Set, ln);
    set->items.append(key);
    while (acceptOp(u",")) {
        if (atOp(u"}"))
            break;
        ExprPtr e = starOrTest();
        if (!e)
            return nullptr;
        set->items.append(e);
    }
    if (!expectOp(u"}"))
        return nullptr;
    return set;
}

ExprPtr Parser::number(const Token &token)
{
    const int ln = token.line + m_lineOffset;
    QString text = token.text.toString();
    text.remove(QLatin1Char('_'));
    auto e = makeExpr(ExprKind::Constant, ln);
    const QString lower = text.toLower();
    if (lower.endsWith(QLatin1Char('j')))
        return fail(QStringLiteral("unsupported construct: complex number literal"), ln);
    int base = 10;
    QString digits = lower;
    if (lower.startsWith(QLatin1String("0x")))
        base = 16;
    else if (lower.startsWith(QLatin1String("0o")))
        base = 8;
    else if (lower.startsWith(QLatin1String("0b")))
        base = 2;
    if (base != 10)
        digits = lower.mid(2);
    const bool isFloat = base == 10
                         && (lower.contains(QLatin1Char('.')) || lower.contains(QLatin1Char('e')));
    if (isFloat) {
        bool ok = false;
        e->constKind = ConstKind::Float;
        e->floatValue = lower.toDouble(&ok);
        if (!ok) {
            if (lower.contains(QLatin1Char('e')))
                e->floatValue = std::numeric_limits<double>::infinity(); // 1e999
            else
                return fail(QStringLiteral("SyntaxError: invalid decimal literal"), ln);
        }
        return e;
    }
    bool ok = false;
    const qulonglong v = digits.toULongLong(&ok, base);
    if (!ok || v > qulonglong(std::numeric_limits<qint64>::max()))
        return fail(QStringLiteral("unsupported construct: integer literal does not fit in 64 bits"), ln);
    e->constKind = ConstKind::Int;
    e->intValue = qint64(v);
    return e;
}

ExprPtr Parser::strings()
{
    const int ln = line();
    QList<ExprPtr> parts;
    bool anyF = false;
    bool anyBytes = false;
    bool anyText = false;
    QByteArray bytes;
    while (peek().kind == TokenKind::String) {
        const Token t = next();
        const QString prefix = stringPrefix(t.text);
        const int tline = t.line + m_lineOffset;
        if (prefix.contains(QLatin1Char('b')))
            anyBytes = true;
        else
            anyText = true;
        if (anyBytes && anyText)
            return fail(QStringLiteral("SyntaxError: cannot mix bytes and nonbytes literals"), tline);
        if (prefix.contains(QLatin1Char('f'))) {
            anyF = true;
            if (!fstringParts(t, parts))
                return nullptr;
            continue;
        }
        auto value = decodeStringLiteral(t.text);
        if (!value)
            return fail(QStringLiteral("SyntaxError: ") + value.error().message, tline);
        if (anyBytes)
            bytes += value->toLatin1();
        else
            appendLiteral(parts, value.value(), tline);
    }
    if (anyBytes) {
        auto e = makeExpr(ExprKind::Constant, ln);
        e->constKind = ConstKind::Bytes;
        e->bytesValue = bytes;
        return e;
    }
    if (!anyF) {
        auto e = makeExpr(ExprKind::Constant, ln);
        e->constKind = ConstKind::Str;
        if (!parts.isEmpty())
            e->strValue = parts.first()->strValue;
        return e;
    }
    auto e = makeExpr(ExprKind::JoinedStr, ln);
    for (const ExprPtr &p : parts)
        if (p->kind != ExprKind::Constant || !p->strValue.isEmpty())
            e->items.append(p);
    return e;
}

void appendLiteral(QList<ExprPtr> &parts, const QString &text, int line)
{
    if (!parts.isEmpty() && parts.last()->kind == ExprKind::Constant) {
        parts.last()->strValue += text;
        return;
    }
    if (text.isEmpty() && !parts.isEmpty())
        return;
    auto e = std::make_shared<Expr>();
    e->kind = ExprKind::Constant;
    e->constKind = ConstKind::Str;
    e->strValue = text;
    e->line = line;
    parts.append(e);
}

} // namespace retort::python
