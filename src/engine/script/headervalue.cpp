#include "script/headervalue.h"

namespace retort {

using python::Token;
using python::TokenKind;

namespace {

// The token closing the bracket at `open`, or `end` when it is not closed inside the range.
const Token *matching(const Token *open, const Token *end)
{
    int depth = 0;
    for (const Token *p = open; p < end; ++p) {
        if (p->kind != TokenKind::Op || p->text.size() != 1)
            continue;
        const QChar c = p->text.front();
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if ((c == u')' || c == u']' || c == u'}') && --depth == 0)
            return p;
    }
    return end;
}

// Adjacent string literals: their concatenated value. Sets *bytes when they are bytes literals.
bool strings(const Token *&p, const Token *end, QString *value, bool *bytes, bool *formatted)
{
    QString out;
    bool anyBytes = false;
    bool anyStr = false;
    bool anyF = false;
    for (; p < end && p->kind == TokenKind::String; ++p) {
        const QString prefix = python::stringPrefix(p->text);
        if (prefix.contains(QLatin1Char('f'))) {
            anyF = true;
            continue;
        }
        (prefix.contains(QLatin1Char('b')) ? anyBytes : anyStr) = true;
        const auto decoded = python::decodeStringLiteral(p->text);
        if (!decoded.ok())
            return false;
        out += *decoded;
    }
    if (anyBytes && anyStr)
        return false;   // a SyntaxError in Python
    *value = out;
    *bytes = anyBytes;
    *formatted = anyF;
    return true;
}

HeaderValue parseList(const Token *begin, const Token *end, bool forceSequence);

HeaderValue parseAtom(const Token *&p, const Token *end)
{
    if (p->kind == TokenKind::String) {
        QString value;
        bool bytes = false;
        bool formatted = false;
        if (!strings(p, end, &value, &bytes, &formatted) || formatted)
            return HeaderValue::notLiteral();
        if (bytes)
            return HeaderValue::wrongType();
        return {HeaderValue::Kind::String, {value}};
    }
    if (p->kind == TokenKind::Name) {
        const QStringView name = p->text;
        ++p;
        if (name == u"None")
            return HeaderValue::none();
        if (name == u"True" || name == u"False")
            return HeaderValue::wrongType();
        return HeaderValue::notLiteral();
    }
    if (p->kind == TokenKind::Number) {
        ++p;
        return HeaderValue::wrongType();
    }
    if (p->kind == TokenKind::Op && p->text.size() == 1) {
        const QChar c = p->text.front();
        if (c == u'(' || c == u'[' || c == u'{') {
            const Token *close = matching(p, end);
            if (close == end)
                return HeaderValue::notLiteral();
            const Token *inner = p + 1;
            p = close + 1;
            if (c == u'(') {
                if (inner == close)
                    return {HeaderValue::Kind::Sequence, {}};   // ()
                return parseList(inner, close, false);
            }
            if (c == u'[')
                return parseList(inner, close, true);
            // a set {'a', 'b'} (Alembic's to_tuple iterates it); {} is an empty dict: no items
            for (const Token *q = inner; q < close; ++q) {
                if (q->isOp(u":"))
                    return HeaderValue::wrongType();
                if (q->kind == TokenKind::Op && (q->text == u"(" || q->text == u"[" || q->text == u"{"))
                    q = matching(q, close);
            }
            if (inner == close)
                return {HeaderValue::Kind::Sequence, {}};
            HeaderValue set = parseList(inner, close, true);
            if (set.kind == HeaderValue::Kind::Sequence)
                set.items.removeDuplicates();
            return set;
        }
    }
    return HeaderValue::notLiteral();
}

// A comma-separated list: a tuple when there is a comma (or when forced: a list), else the single
// expression itself.
HeaderValue parseList(const Token *begin, const Token *end, bool forceSequence)
{
    QList<HeaderValue> elements;
    bool comma = false;
    const Token *p = begin;
    while (p < end) {
        HeaderValue element = parseAtom(p, end);
        if (element.kind == HeaderValue::Kind::NotLiteral)
            return element;
        if (p < end && !p->isOp(u","))
            return HeaderValue::notLiteral();   // 'a' + 'b', x.y, f(), 'a'[0] ...
        if (element.kind == HeaderValue::Kind::WrongType)
            return element;
        elements.append(std::move(element));
        if (p < end) {
            comma = true;
            ++p;
        }
    }
    if (elements.isEmpty())
        return forceSequence ? HeaderValue{HeaderValue::Kind::Sequence, {}} : HeaderValue::notLiteral();
    if (!comma && !forceSequence)
        return elements.first();
    HeaderValue seq{HeaderValue::Kind::Sequence, {}};
    for (const HeaderValue &e : elements) {
        if (e.kind != HeaderValue::Kind::String)
            return HeaderValue::wrongType();   // (None,), (('a', 'b'),)
        seq.items.append(e.items.first());
    }
    return seq;
}

} // namespace

HeaderValue parseHeaderValue(const Token *begin, const Token *end)
{
    if (begin >= end)
        return HeaderValue::notLiteral();
    return parseList(begin, end, false);
}

bool docstringValue(const Token *begin, const Token *end, QString *value)
{
    // strip matching outer parentheses: ("doc") is still a docstring
    while (end - begin >= 2 && begin->isOp(u"(") && matching(begin, end) == end - 1) {
        ++begin;
        --end;
    }
    if (begin >= end)
        return false;
    for (const Token *p = begin; p < end; ++p)
        if (p->kind != TokenKind::String)
            return false;
    const Token *p = begin;
    bool bytes = false;
    bool formatted = false;
    if (!strings(p, end, value, &bytes, &formatted))
        return false;
    return !bytes && !formatted;
}

} // namespace retort
