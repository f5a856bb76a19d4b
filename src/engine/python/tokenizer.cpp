#include "python/tokenizer.h"

#include <array>

namespace retort::python {

namespace {

constexpr int TabSize = 8;

inline bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
inline bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
inline bool isAsciiLetter(char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; }

// ASCII identifier characters [A-Za-z0-9_], one table lookup per character of a name.
constexpr auto asciiIdentTable = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return table;
}();
inline bool isQuote(char16_t c) { return c == u'\'' || c == u'"'; }

// Python's str.isidentifier() rules, approximated with Qt's Unicode tables.
bool isIdentStart(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(char16_t(c)) || c == u'_';
    return QChar::isLetter(c) || QChar::category(c) == QChar::Number_Letter;
}

bool isIdentChar(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(char16_t(c)) || isDigit(char16_t(c)) || c == u'_';
    return QChar::isLetterOrNumber(c) || QChar::isMark(c)
        || QChar::category(c) == QChar::Punctuation_Connector;
}

// Valid string prefixes (tokenize._all_string_prefixes): b r u f br rb fr rf, any case.
bool isPrefixLetter(char16_t c)
{
    switch (c | 0x20) {
    case u'b': case u'r': case u'u': case u'f': return true;
    default: return false;
    }
}

bool isValidPair(char16_t a, char16_t b)
{
    a |= 0x20;
    b |= 0x20;
    return (a == u'b' && b == u'r') || (a == u'r' && b == u'b') || (a == u'f' && b == u'r')
        || (a == u'r' && b == u'f');
}

QString charDescription(char32_t c)
{
    return QStringLiteral("invalid character '%1' (U+%2)")
        .arg(QString::fromUcs4(&c, 1))
        .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

} // namespace

Tokenizer::Tokenizer(QStringView source)
    : m_src(source), m_s(source.data()), m_len(source.size())
{
    m_indents.append(0);
    m_altIndents.append(0);
}

bool Tokenizer::fail(const QString &message, int line)
{
    m_failed = true;
    m_error = makeError(ErrorCode::Parse, message, QString(), line);
    m_state = State::Done;
    return false;
}

inline void Tokenizer::make(Token &t, TokenKind kind, qsizetype start, qsizetype end, int line, int col)
{
    t.kind = kind;
    t.text = QStringView(m_s + start, end - start);
    t.line = line;
    t.column = col;
    t.endLine = m_line;
}

inline qsizetype Tokenizer::newlineLength(qsizetype p) const
{
    if (p >= m_len)
        return 0;
    const char16_t c = m_s[p].unicode();
    if (c == u'\n')
        return 1;
    if (c == u'\r')
        return (p + 1 < m_len && m_s[p + 1].unicode() == u'\n') ? 2 : 1;
    return 0;
}

bool Tokenizer::next(Token &t)
{
    for (;;) {
        switch (m_state) {
        case State::LineStart:
            if (lineStart(t))
                return true;
            if (m_failed)
                return false;
            break;
        case State::BlankLineEnd: {
            // the NL after a comment-only line (its text is the line break, "" at EOF)
            const qsizetype n = newlineLength(m_pos);
            const int line = m_line;
            const int col = int(m_pos - m_lineStart);
            const qsizetype start = m_pos;
            m_pos += n;
            make(t, TokenKind::Nl, start, m_pos, line, col);
            if (n) {
                ++m_line;
                m_lineStart = m_pos;
            }
            t.endLine = line;
            m_state = State::LineStart;
            return true;
        }
        case State::Dedents:
            if (m_pendingDedents > 0) {
                --m_pendingDedents;
                make(t, TokenKind::Dedent, m_pos, m_pos, m_line, int(m_pos - m_lineStart));
                return true;
            }
            m_state = State::InLine;
            break;
        case State::InLine:
            if (inLine(t))
                return true;
            if (m_failed)
                return false;
            break;
        case State::Eof:
            return eof(t);
        case State::Done:
            return false;
        }
    }
}

// Start of a physical line: indentation, blank and comment-only lines (tokenize.py's
// "new statement" branch), or a continuation line inside brackets / after a backslash.
bool Tokenizer::lineStart(Token &t)
{
    if (!m_brackets.isEmpty() || m_continued) {
        if (m_pos >= m_len) {
            if (!m_brackets.isEmpty())
                return fail(QStringLiteral("'%1' was never closed").arg(QChar(m_brackets.last().ch)),
                            m_brackets.last().line);
            return fail(QStringLiteral("unexpected EOF while parsing"), m_line > 1 ? m_line - 1 : 1);
        }
        m_continued = false;
        m_state = State::InLine;
        return false;
    }
    if (m_pos >= m_len) {
        m_state = State::Eof;
        return false;
    }
    int col = 0;
    int alt = 0;
    qsizetype p = m_pos;
    for (; p < m_len; ++p) {
        const char16_t c = m_s[p].unicode();
        if (c == u' ') {
            ++col;
            ++alt;
        } else if (c == u'\t') {
            col = (col / TabSize + 1) * TabSize;
            ++alt;
        } else if (c == u'\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    if (p >= m_len) {
        // a whitespace-only last line without a line break: tokenize.py stops right there
        m_pos = p;
        m_newlineDone = true;
        m_wsOnlyLastLine = true;
        m_state = State::Eof;
        return false;
    }
    const char16_t c = m_s[p].unicode();
    if (c == u'#') {
        qsizetype e = p;
        while (e < m_len && m_s[e].unicode() != u'\n' && m_s[e].unicode() != u'\r')
            ++e;
        make(t, TokenKind::Comment, p, e, m_line, int(p - m_lineStart));
        m_pos = e;
        m_state = State::BlankLineEnd;
        return true;
    }
    if (const qsizetype n = newlineLength(p)) {
        make(t, TokenKind::Nl, p, p + n, m_line, int(p - m_lineStart));
        m_pos = p + n;
        ++m_line;
        m_lineStart = m_pos;
        return true;
    }
    m_pos = p;
    static const QString tabError = QStringLiteral("inconsistent use of tabs and spaces in indentation");
    if (col == m_indents.last()) {
        if (alt != m_altIndents.last())
            return fail(tabError, m_line);
        m_state = State::InLine;
        return false;
    }
    if (col > m_indents.last()) {
        if (alt <= m_altIndents.last())
            return fail(tabError, m_line);
        m_indents.append(col);
        m_altIndents.append(alt);
        make(t, TokenKind::Indent, m_lineStart, p, m_line, 0);
        m_state = State::InLine;
        return true;
    }
    int dedents = 0;
    while (col < m_indents.last()) {
        m_indents.removeLast();
        m_altIndents.removeLast();
        ++dedents;
    }
    if (col != m_indents.last())
        return fail(QStringLiteral("unindent does not match any outer indentation level"), m_line);
    if (alt != m_altIndents.last())
        return fail(tabError, m_line);
    m_pendingDedents = dedents;
    m_state = State::Dedents;
    return false;
}

bool Tokenizer::eof(Token &t)
{
    const bool endsWithBreak = m_len > 0
        && (m_s[m_len - 1].unicode() == u'\n' || m_s[m_len - 1].unicode() == u'\r');
    if (!m_newlineDone) {
        m_newlineDone = true;
        if (m_len > 0 && !endsWithBreak) {
            // tokenize.py adds NEWLINE '' unless the last line is a comment-only line
            qsizetype p = m_lineStart;
            while (p < m_len && (m_s[p] == u' ' || m_s[p] == u'\t' || m_s[p] == u'\f'))
                ++p;
            if (p < m_len && m_s[p].unicode() != u'#') {
                make(t, TokenKind::Newline, m_len, m_len, m_line, int(m_len - m_lineStart));
                return true;
            }
        }
    }
    const int endLine = m_line + ((m_len > 0 && !endsWithBreak && !m_wsOnlyLastLine) ? 1 : 0);
    if (m_indents.size() > 1) {
        m_indents.removeLast();
        m_altIndents.removeLast();
        make(t, TokenKind::Dedent, m_len, m_len, endLine, 0);
        t.endLine = endLine;
        return true;
    }
    make(t, TokenKind::EndMarker, m_len, m_len, endLine, 0);
    t.endLine = endLine;
    m_state = State::Done;
    return true;
}

qsizetype Tokenizer::digits(qsizetype p) const
{
    // [0-9](?:_?[0-9])*
    if (p >= m_len || !isDigit(m_s[p].unicode()))
        return -1;
    ++p;
    while (p < m_len) {
        const char16_t c = m_s[p].unicode();
        if (isDigit(c))
            ++p;
        else if (c == u'_' && p + 1 < m_len && isDigit(m_s[p + 1].unicode()))
            p += 2;
        else
            break;
    }
    return p;
}

// The end of the NUMBER starting at p, following tokenize.py's ordered alternation
// Imagnumber | Floatnumber | Intnumber.
qsizetype Tokenizer::number(qsizetype p) const
{
    auto at = [this](qsizetype i) -> char16_t { return i < m_len ? m_s[i].unicode() : u'\0'; };
    auto exponent = [&](qsizetype e) -> qsizetype {
        if ((at(e) | 0x20) != u'e')
            return -1;
        ++e;
        if (at(e) == u'+' || at(e) == u'-')
            ++e;
        return digits(e);
    };
    auto floatNumber = [&](qsizetype s) -> qsizetype {
        const qsizetype d = digits(s);
        if (d >= 0 && at(d) == u'.') {   // Pointfloat, digits first
            qsizetype e = d + 1;
            const qsizetype f = digits(e);
            if (f >= 0)
                e = f;
            const qsizetype x = exponent(e);
            return x >= 0 ? x : e;
        }
        if (d < 0 && at(s) == u'.') {    // Pointfloat, '.' first
            const qsizetype f = digits(s + 1);
            if (f < 0)
                return -1;
            const qsizetype x = exponent(f);
            return x >= 0 ? x : f;
        }
        if (d >= 0)                       // Expfloat
            return exponent(d);
        return -1;
    };
    // Imagnumber
    const qsizetype d = digits(p);
    if (d >= 0 && (at(d) | 0x20) == u'j')
        return d + 1;
    const qsizetype f = floatNumber(p);
    if (f >= 0 && (at(f) | 0x20) == u'j')
        return f + 1;
    if (f >= 0)
        return f;
    // Intnumber
    if (at(p) == u'0') {
        const char16_t x = at(p + 1) | 0x20;
        auto run = [&](auto accept) -> qsizetype {
            qsizetype e = p + 2;
            qsizetype last = -1;
            for (;;) {
                if (accept(at(e))) {
                    last = ++e;
                } else if (at(e) == u'_' && accept(at(e + 1))) {
                    e += 2;
                    last = e;
                } else {
                    break;
                }
            }
            return last;
        };
        qsizetype r = -1;
        if (x == u'x')
            r = run([](char16_t c) { return isHexDigit(c); });
        else if (x == u'b')
            r = run([](char16_t c) { return c == u'0' || c == u'1'; });
        else if (x == u'o')
            r = run([](char16_t c) { return c >= u'0' && c <= u'7'; });
        if (r >= 0)
            return r;
        qsizetype e = p + 1;   // 0(?:_?0)*
        for (;;) {
            if (at(e) == u'0')
                ++e;
            else if (at(e) == u'_' && at(e + 1) == u'0')
                e += 2;
            else
                break;
        }
        return e;
    }
    return d;   // [1-9](?:_?[0-9])*
}

bool Tokenizer::string(Token &t, qsizetype start, qsizetype quote)
{
    const char16_t q = m_s[quote].unicode();
    const int startLine = m_line;
    const int startCol = int(start - m_lineStart);
    const bool triple = quote + 2 < m_len && m_s[quote + 1].unicode() == q && m_s[quote + 2].unicode() == q;
    qsizetype p = quote + (triple ? 3 : 1);
    for (;;) {
        // skip the plain characters in one tight loop; the rest below handles the four specials
        while (p < m_len) {
            const char16_t c = m_s[p].unicode();
            if (c == q || c == u'\\' || c == u'\n' || c == u'\r')
                break;
            ++p;
        }
        if (p >= m_len) {
            if (triple) {
                const char16_t last = m_s[m_len - 1].unicode();
                const bool endsWithBreak = last == u'\n' || last == u'\r';
                const int detected = endsWithBreak && m_line > 1 ? m_line - 1 : m_line;
                return fail(QStringLiteral("unterminated triple-quoted string literal (detected at line %1)")
                                .arg(detected),
                            startLine);
            }
            return fail(QStringLiteral("unterminated string literal (detected at line %1)").arg(m_line),
                        startLine);
        }
        const char16_t c = m_s[p].unicode();
        if (c == u'\\') {
            ++p;
            if (const qsizetype n = newlineLength(p)) {
                p += n;
                ++m_line;
                m_lineStart = p;
            } else if (p < m_len) {
                ++p;
            }
            continue;
        }
        if (const qsizetype n = newlineLength(p)) {
            if (!triple)
                return fail(QStringLiteral("unterminated string literal (detected at line %1)").arg(m_line),
                            startLine);
            p += n;
            ++m_line;
            m_lineStart = p;
            continue;
        }
        if (c == q) {
            if (!triple) {
                ++p;
                break;
            }
            if (p + 2 < m_len && m_s[p + 1].unicode() == q && m_s[p + 2].unicode() == q) {
                p += 3;
                break;
            }
        }
        ++p;
    }
    make(t, TokenKind::String, start, p, startLine, startCol);
    m_pos = p;
    return true;
}

bool Tokenizer::inLine(Token &t)
{
    while (m_pos < m_len) {
        const char16_t c = m_s[m_pos].unicode();
        if (c != u' ' && c != u'\t' && c != u'\f')
            break;
        ++m_pos;
    }
    if (m_pos >= m_len) {
        if (!m_brackets.isEmpty())
            return fail(QStringLiteral("'%1' was never closed").arg(QChar(m_brackets.last().ch)),
                        m_brackets.last().line);
        m_state = State::Eof;
        return false;
    }
    const qsizetype start = m_pos;
    const int col = int(start - m_lineStart);
    const char16_t c = m_s[start].unicode();

    if (const qsizetype n = newlineLength(start)) {
        make(t, m_brackets.isEmpty() ? TokenKind::Newline : TokenKind::Nl, start, start + n, m_line, col);
        m_pos = start + n;
        ++m_line;
        m_lineStart = m_pos;
        m_state = State::LineStart;
        return true;
    }
    if (c == u'#') {
        qsizetype e = start;
        while (e < m_len && m_s[e].unicode() != u'\n' && m_s[e].unicode() != u'\r')
            ++e;
        make(t, TokenKind::Comment, start, e, m_line, col);
        m_pos = e;
        return true;
    }
    if (c == u'\\') {
        if (const qsizetype n = newlineLength(start + 1)) {
            m_pos = start + 1 + n;
            ++m_line;
            m_lineStart = m_pos;
            m_continued = true;
            m_state = State::LineStart;
            return false;
        }
        if (start + 1 >= m_len)
            return fail(QStringLiteral("unexpected EOF while parsing"), m_line);
        return fail(QStringLiteral("unexpected character after line continuation character"), m_line);
    }
    if (isDigit(c) || (c == u'.' && start + 1 < m_len && isDigit(m_s[start + 1].unicode()))) {
        m_pos = number(start);
        make(t, TokenKind::Number, start, m_pos, m_line, col);
        return true;
    }
    if (isQuote(c))
        return string(t, start, start);
    if (isPrefixLetter(c) && start + 1 < m_len) {
        const char16_t c1 = m_s[start + 1].unicode();
        if (isQuote(c1))
            return string(t, start, start + 1);
        if (start + 2 < m_len && isQuote(m_s[start + 2].unicode()) && isValidPair(c, c1))
            return string(t, start, start + 2);
    }
    if (c >= 0x80 || isAsciiLetter(c) || c == u'_') {
        auto codePoint = [this](qsizetype p, int &width) -> char32_t {
            const QChar ch = m_s[p];
            if (ch.isHighSurrogate() && p + 1 < m_len && m_s[p + 1].isLowSurrogate()) {
                width = 2;
                return QChar::surrogateToUcs4(ch, m_s[p + 1]);
            }
            width = 1;
            return ch.unicode();
        };
        int w = 1;
        const char32_t first = codePoint(start, w);
        if (!isIdentStart(first))
            return fail(charDescription(first), m_line);
        qsizetype p = start + w;
        while (p < m_len) {
            const char16_t u = m_s[p].unicode();
            if (u < 0x80) {
                if (asciiIdentTable[u]) {
                    ++p;
                    continue;
                }
                break;
            }
            const char32_t cp = codePoint(p, w);
            if (!isIdentChar(cp))
                break;
            p += w;
        }
        make(t, TokenKind::Name, start, p, m_line, col);
        m_pos = p;
        return true;
    }
    // operators: the longest of token.EXACT_TOKEN_TYPES starting here
    auto at = [this, start](qsizetype i) -> char16_t {
        return start + i < m_len ? m_s[start + i].unicode() : u'\0';
    };
    int len = 0;
    switch (c) {
    case u'(': case u'[': case u'{':
        m_brackets.append({c, m_line});
        len = 1;
        break;
    case u')': case u']': case u'}': {
        if (m_brackets.isEmpty())
            return fail(QStringLiteral("unmatched '%1'").arg(QChar(c)), m_line);
        const Bracket open = m_brackets.last();
        const char16_t expected = open.ch == u'(' ? u')' : open.ch == u'[' ? u']' : u'}';
        if (c != expected) {
            QString msg = QStringLiteral("closing parenthesis '%1' does not match opening parenthesis '%2'")
                              .arg(QChar(c), QChar(open.ch));
            if (open.line != m_line)
                msg += QStringLiteral(" on line %1").arg(open.line);
            return fail(msg, m_line);
        }
        m_brackets.removeLast();
        len = 1;
        break;
    }
    case u',': case u';': case u'~':
        len = 1;
        break;
    case u'.':
        len = (at(1) == u'.' && at(2) == u'.') ? 3 : 1;
        break;
    case u'-':
        len = (at(1) == u'>' || at(1) == u'=') ? 2 : 1;
        break;
    case u'*': case u'/': case u'<': case u'>':   // ** **= *= // //= /= << <<= <= >> >>= >=
        if (at(1) == c)
            len = at(2) == u'=' ? 3 : 2;
        else
            len = at(1) == u'=' ? 2 : 1;
        break;
    case u'!':   // only != (a lone ! is not a Python 3.11 token)
        len = at(1) == u'=' ? 2 : 0;
        break;
    case u'=': case u':': case u'+': case u'%': case u'&': case u'@': case u'^': case u'|':
        len = at(1) == u'=' ? 2 : 1;
        break;
    default:
        break;
    }
    if (len > 0) {
        m_pos = start + len;
        make(t, TokenKind::Op, start, m_pos, m_line, col);
        return true;
    }
    int w = 1;
    char32_t cp = c;
    if (QChar(c).isHighSurrogate() && start + 1 < m_len && m_s[start + 1].isLowSurrogate()) {
        cp = QChar::surrogateToUcs4(m_s[start], m_s[start + 1]);
        w = 2;
    }
    Q_UNUSED(w);
    return fail(charDescription(cp), m_line);
}

Result<QList<Token>> tokenize(const QString &source)
{
    Tokenizer tokenizer(source);
    QList<Token> tokens;
    tokens.reserve(source.size() / 5 + 16);
    Token t;
    while (tokenizer.next(t))
        tokens.append(t);
    if (tokenizer.failed())
        return tokenizer.error();
    return tokens;
}

} // namespace retort::python
