#include "python/parser.h"
#include "python/parserimpl.h"

#include <limits>

namespace retort::python {

// Literals: numbers, strings (adjacent ones joined) and f-strings. The tokenizer hands over an
// f-string as one literal (3.11 rules); it is split here into literal parts and replacement
// fields {expr[=][!conv][:spec]}, the spec itself an f-string.

// A short run of decimal digits (no '_', '.', 'e', prefix), the usual literal: its value without
// the string copies below. Up to 18 digits always fits in qint64.
static bool smallDecimal(QStringView text, qint64 &value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (QChar c : text) {
        const char16_t d = c.unicode();
        if (d < u'0' || d > u'9')
            return false;
        v = v * 10 + (d - u'0');
    }
    value = v;
    return true;
}

ExprPtr Parser::number(const Token &token)
{
    const int ln = token.line + m_lineOffset;
    if (qint64 v = 0; smallDecimal(token.text, v)) {
        auto e = makeExpr(ExprKind::Constant, ln);
        e->constKind = ConstKind::Int;
        e->intValue = v;
        return e;
    }
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
    const StringPrefix firstPrefix = stringPrefixFlags(peek().text);
    if (peek(1).kind != TokenKind::String && !firstPrefix.formatted && !firstPrefix.bytes) {
        // one plain literal, by far the most common: its value is the constant's
        const Token &t = next();
        auto value = decodeStringLiteral(t.text);
        if (!value)
            return fail(QStringLiteral("SyntaxError: ") + value.error().message, ln);
        auto e = makeExpr(ExprKind::Constant, ln);
        e->constKind = ConstKind::Str;
        e->strValue = std::move(value.value());
        return e;
    }
    QList<ExprPtr> parts;
    bool anyF = false;
    bool anyBytes = false;
    bool anyText = false;
    QByteArray bytes;
    while (peek().kind == TokenKind::String) {
        const Token t = next();
        const StringPrefix prefix = stringPrefixFlags(t.text);
        const int tline = t.line + m_lineOffset;
        if (prefix.bytes)
            anyBytes = true;
        else
            anyText = true;
        if (anyBytes && anyText)
            return fail(QStringLiteral("SyntaxError: cannot mix bytes and nonbytes literals"), tline);
        if (prefix.formatted) {
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



bool Parser::fstringParts(const Token &token, QList<ExprPtr> &parts)
{
    const QStringView text = token.text;
    int p = 0;
    while (p < text.size() && text.at(p) != u'\'' && text.at(p) != u'"')
        ++p;
    const QString prefix = text.left(p).toString().toLower();
    const QChar q = text.at(p);
    const bool triple = text.size() - p >= 6 && text.at(p + 1) == q && text.at(p + 2) == q;
    const int ql = triple ? 3 : 1;
    const QStringView body = text.mid(p + ql, text.size() - p - 2 * ql);
    const QString quote = QString(ql, q);
    Q_UNUSED(quote);
    return fstringBody(body, prefix.contains(QLatin1Char('r')), q, token.line + m_lineOffset, parts, 0);
}

static int countLines(QStringView s)
{
    return int(s.count(u'\n'));
}

bool Parser::fstringBody(QStringView body, bool raw, QChar quote, int line, QList<ExprPtr> &parts,
                         int depth)
{
    QString lit;
    int litLine = line;
    auto flush = [&]() -> bool {
        if (lit.isEmpty())
            return true;
        QString decoded = lit;
        if (!raw) {
            // Decode escapes through the ordinary string decoder, with a quote that cannot clash.
            const bool hasSingle = lit.contains(u'\'');
            const QString wrapped = hasSingle || lit.contains(u'\n')
                                        ? QStringLiteral("'''") + lit + QStringLiteral(" '''")
                                        : QLatin1Char('\'') + lit + QLatin1Char('\'');
            auto value = decodeStringLiteral(wrapped);
            if (!value) {
                fail(QStringLiteral("SyntaxError: ") + value.error().message, litLine);
                return false;
            }
            decoded = value.value();
            if (wrapped.startsWith(QLatin1String("'''")))
                decoded.chop(1);
        }
        appendLiteral(parts, decoded, litLine);
        lit.clear();
        return true;
    };
    Q_UNUSED(quote);

    int i = 0;
    const int n = body.size();
    while (i < n) {
        const QChar c = body.at(i);
        if (c == u'{') {
            if (i + 1 < n && body.at(i + 1) == u'{') {
                lit += u'{';
                i += 2;
                continue;
            }
            if (!flush())
                return false;
            if (depth >= 2) {
                fail(QStringLiteral("SyntaxError: f-string: expressions nested too deeply"), line);
                return false;
            }
            const int fieldLine = line + countLines(body.left(i));
            // find the end of the expression
            int j = i + 1;
            int nest = 0;
            QChar inString;
            for (; j < n; ++j) {
                const QChar d = body.at(j);
                if (!inString.isNull()) {
                    if (d == inString)
                        inString = QChar();
                    continue;
                }
                if (d == u'\'' || d == u'"') {
                    inString = d;
                } else if (d == u'(' || d == u'[' || d == u'{') {
                    ++nest;
                } else if (d == u')' || d == u']' || (d == u'}' && nest > 0)) {
                    --nest;
                } else if (nest == 0) {
                    if (d == u'}' || d == u':')
                        break;
                    if (d == u'!' && j + 1 < n && body.at(j + 1) != u'=')
                        break;
                    if (d == u'=' && j + 1 < n && body.at(j + 1) != u'='
                        && !QStringView(u"=!<>").contains(body.at(j - 1)))
                        break;
                }
            }
            if (j >= n) {
                fail(QStringLiteral("SyntaxError: f-string: expecting '}'"), fieldLine);
                return false;
            }
            const QString exprText = body.mid(i + 1, j - i - 1).toString();
            if (exprText.trimmed().isEmpty()) {
                fail(QStringLiteral("SyntaxError: f-string: empty expression not allowed"), fieldLine);
                return false;
            }
            auto value = parseExpression(QLatin1Char('(') + exprText + QLatin1Char(')'), m_path, fieldLine);
            if (!value) {
                if (!m_error) {
                    m_error = value.error();
                    if (m_error->message.startsWith(QLatin1String("SyntaxError: ")))
                        m_error->message.insert(13, QStringLiteral("f-string: "));
                }
                return false;
            }
            auto field = makeExpr(ExprKind::FormattedValue, fieldLine);
            field->a = value.value();
            bool debug = false;
            if (body.at(j) == u'=') {
                debug = true;
                ++j;
                int k = j;
                while (k < n && body.at(k).isSpace())
                    ++k;
                appendLiteral(parts, body.mid(i + 1, k - i - 1).toString(), fieldLine);
                j = k;
            }
            if (j < n && body.at(j) == u'!') {
                if (j + 1 >= n || !QStringView(u"rsa").contains(body.at(j + 1))) {
                    fail(QStringLiteral("SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'"), fieldLine);
                    return false;
                }
                field->conversion = body.at(j + 1);
                j += 2;
            }
            if (j < n && body.at(j) == u':') {
                int k = j + 1;
                int braces = 0;
                for (; k < n; ++k) {
                    if (body.at(k) == u'{')
                        ++braces;
                    else if (body.at(k) == u'}') {
                        if (braces == 0)
                            break;
                        --braces;
                    }
                }
                QList<ExprPtr> specParts;
                if (!fstringBody(body.mid(j + 1, k - j - 1), raw, quote, fieldLine, specParts, depth + 1))
                    return false;
                auto spec = makeExpr(ExprKind::JoinedStr, fieldLine);
                for (const ExprPtr &p : specParts)
                    if (p->kind != ExprKind::Constant || !p->strValue.isEmpty())
                        spec->items.append(p);
                field->c = spec;
                j = k;
            }
            if (j >= n || body.at(j) != u'}') {
                fail(QStringLiteral("SyntaxError: f-string: expecting '}'"), fieldLine);
                return false;
            }
            if (debug && field->conversion.isNull() && !field->c)
                field->conversion = u'r';
            parts.append(field);
            i = j + 1;
            litLine = line + countLines(body.left(i));
            continue;
        }
        if (c == u'}') {
            if (i + 1 < n && body.at(i + 1) == u'}') {
                lit += u'}';
                i += 2;
                continue;
            }
            fail(QStringLiteral("SyntaxError: f-string: single '}' is not allowed"), line + countLines(body.left(i)));
            return false;
        }
        if (c == u'\\' && !raw && i + 1 < n && body.at(i + 1) != u'{' && body.at(i + 1) != u'}') {
            lit += c;
            lit += body.at(i + 1);
            i += 2;
            continue;
        }
        lit += c;
        ++i;
    }
    return flush();
}

} // namespace retort::python
