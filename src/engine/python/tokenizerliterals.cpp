#include "python/tokenizer.h"

// String-literal values of String tokens (decodeStringLiteral, stringPrefix). Part of the
// tokenizer module (tokenizer.cmake); split from tokenizer.cpp by concern. Reentrant.

namespace retort::python {

namespace {

inline bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
inline bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
inline bool isQuote(char16_t c) { return c == u'\'' || c == u'"'; }

} // namespace

QString stringPrefix(QStringView tokenText)
{
    qsizetype i = 0;
    while (i < tokenText.size() && !isQuote(tokenText[i].unicode()))
        ++i;
    return tokenText.left(i).toString().toLower();
}

StringPrefix stringPrefixFlags(QStringView tokenText)
{
    StringPrefix prefix;
    qsizetype i = 0;
    for (; i < tokenText.size() && !isQuote(tokenText[i].unicode()); ++i) {
        switch (tokenText[i].unicode() | 0x20) {
        case u'r': prefix.raw = true; break;
        case u'b': prefix.bytes = true; break;
        case u'f': prefix.formatted = true; break;
        default: break;
        }
    }
    prefix.length = i;
    return prefix;
}

Result<QString> decodeStringLiteral(QStringView text)
{
    const StringPrefix prefix = stringPrefixFlags(text);
    const qsizetype i = prefix.length;
    if (i >= text.size())
        return makeError(ErrorCode::Parse, QStringLiteral("not a string literal: %1").arg(text));
    if (prefix.formatted)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("an f-string has no value without running it: %1").arg(text));
    const bool raw = prefix.raw;
    const bool bytes = prefix.bytes;
    const QChar q = text[i];
    const qsizetype ql = (text.size() - i >= 6 && text[i + 1] == q && text[i + 2] == q) ? 3 : 1;
    if (text.size() - i < 2 * ql || text.back() != q)
        return makeError(ErrorCode::Parse, QStringLiteral("unterminated string literal: %1").arg(text));
    const QStringView body = text.mid(i + ql, text.size() - i - 2 * ql);

    // the usual literal has nothing to decode: one copy (indexOf scans with SIMD)
    if (!bytes && !body.isEmpty() && !body.contains(u'\\') && !body.contains(u'\r'))
        return body.toString();

    QString out;
    out.reserve(body.size());
    auto hexValue = [&](qsizetype from, int count, char32_t &value) -> bool {
        if (from + count > body.size())
            return false;
        value = 0;
        for (int k = 0; k < count; ++k) {
            const char16_t h = body[from + k].unicode();
            if (!isHexDigit(h))
                return false;
            value = value * 16 + (isDigit(h) ? h - u'0' : (h | 0x20) - u'a' + 10);
        }
        return true;
    };
    for (qsizetype p = 0; p < body.size(); ++p) {
        if (!bytes) {   // copy the run up to the next backslash or carriage return in one go
            qsizetype q = p;
            while (q < body.size() && body[q] != u'\\' && body[q] != u'\r')
                ++q;
            if (q > p) {
                out += body.mid(p, q - p);
                p = q;
                if (p >= body.size())
                    break;
            }
        }
        const char16_t c = body[p].unicode();
        if (bytes && c >= 0x80)
            return makeError(ErrorCode::Parse, QStringLiteral("bytes can only contain ASCII literal characters"));
        if (c == u'\r') {   // source line breaks read as "\n", like Python's universal newlines
            if (p + 1 < body.size() && body[p + 1] == u'\n')
                ++p;
            out += QLatin1Char('\n');
            continue;
        }
        if (c != u'\\' || p + 1 >= body.size()) {
            out += body[p];
            continue;
        }
        const char16_t e = body[p + 1].unicode();
        if (raw) {   // the backslash stays; a line break after it is still normalised
            out += QLatin1Char('\\');
            continue;
        }
        ++p;
        switch (e) {
        case u'\n': break;
        case u'\r':
            if (p + 1 < body.size() && body[p + 1] == u'\n')
                ++p;
            break;
        case u'\\': out += QLatin1Char('\\'); break;
        case u'\'': out += QLatin1Char('\''); break;
        case u'"': out += QLatin1Char('"'); break;
        case u'a': out += QChar(0x07); break;
        case u'b': out += QChar(0x08); break;
        case u'f': out += QChar(0x0c); break;
        case u'n': out += QLatin1Char('\n'); break;
        case u'r': out += QLatin1Char('\r'); break;
        case u't': out += QLatin1Char('\t'); break;
        case u'v': out += QChar(0x0b); break;
        case u'0': case u'1': case u'2': case u'3': case u'4': case u'5': case u'6': case u'7': {
            uint v = 0;
            int k = 0;
            while (k < 3 && p < body.size() && body[p] >= u'0' && body[p] <= u'7') {
                v = v * 8 + (body[p].unicode() - u'0');
                ++p;
                ++k;
            }
            --p;
            if (bytes)
                v &= 0xff;
            const char32_t cp = v;
            out += QString::fromUcs4(&cp, 1);
            break;
        }
        case u'x': {
            char32_t v = 0;
            if (!hexValue(p + 1, 2, v))
                return makeError(ErrorCode::Parse, QStringLiteral("truncated \\xXX escape in %1").arg(text));
            out += QChar(char16_t(v));
            p += 2;
            break;
        }
        case u'u':
        case u'U': {
            if (bytes) {
                out += QLatin1Char('\\');
                out += QChar(e);
                break;
            }
            const int n = e == u'u' ? 4 : 8;
            char32_t v = 0;
            if (!hexValue(p + 1, n, v) || v > 0x10ffff)
                return makeError(ErrorCode::Parse,
                                 QStringLiteral("truncated or illegal \\%1 escape in %2").arg(QChar(e)).arg(text));
            out += QString::fromUcs4(&v, 1);
            p += n;
            break;
        }
        case u'N':
            if (!bytes)
                return makeError(ErrorCode::Parse,
                                 QStringLiteral("\\N{...} escapes are not supported: %1").arg(text));
            Q_FALLTHROUGH();
        default:
            out += QLatin1Char('\\');
            out += QChar(e);
            break;
        }
    }
    return out;
}

} // namespace retort::python
