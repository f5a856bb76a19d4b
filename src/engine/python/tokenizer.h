#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace retort::python {

// Tokens of Python 3 source, as Python's own `tokenize` module produces them (3.11 rules: an
// f-string is one String token; the parser splits it). The revision-header reader and the
// body parser/interpreter are both built on this one tokenizer.
enum class TokenKind {
    Name,       // identifiers and keywords (the parser tells them apart)
    Number,     // 1, 0x1f, 1_000, 1.5e3, 2j
    String,     // the whole literal, prefix and quotes included: 'a', r"\d", f'{x}', """doc"""
    Op,         // operators and delimiters: ( ) [ ] { } , : . ; @ = -> += ** // ... etc.
    Newline,    // end of a logical line
    Nl,         // a line break that does not end a logical line (inside brackets, blank lines)
    Comment,    // '# ...' up to the end of the line
    Indent,
    Dedent,
    EndMarker,
};

// Equality of two short texts, inlined: the parser compares token texts with operator and keyword
// literals hundreds of times per file, and the out-of-line QStringView comparison dominated.
inline bool sameText(QStringView a, QStringView b) noexcept
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const QChar *x = a.data();
    const QChar *y = b.data();
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    QStringView text;   // a view into the tokenizer's source; valid while the source lives
    int line = 0;       // 1-based line of the first character
    int column = 0;     // 0-based column (in UTF-16 code units)
    int endLine = 0;    // line of the last character (multi-line strings)

    bool is(TokenKind k, QStringView t) const { return kind == k && sameText(text, t); }
    bool isOp(QStringView t) const { return kind == TokenKind::Op && sameText(text, t); }
    bool isName(QStringView t) const { return kind == TokenKind::Name && sameText(text, t); }
};

// Incremental tokenizer over one source text: next() yields the tokens tokenize() would return,
// one at a time, so a reader can stop early (the revision-header reader does). Not thread-safe;
// one instance per thread. The source must outlive the tokenizer and its tokens.
class Tokenizer {
public:
    explicit Tokenizer(QStringView source);

    // Writes the next token; false after EndMarker was produced or on an error (see error()).
    bool next(Token &token);
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    // The part of the source not yet consumed (from the current position).
    QStringView rest() const { return m_src.mid(m_pos); }

private:
    enum class State { LineStart, BlankLineEnd, Dedents, InLine, Eof, Done };
    bool fail(const QString &message, int line);
    void make(Token &t, TokenKind kind, qsizetype start, qsizetype end, int line, int col);
    bool lineStart(Token &t);
    bool inLine(Token &t);
    bool eof(Token &t);
    bool string(Token &t, qsizetype start, qsizetype quote);
    qsizetype number(qsizetype p) const;
    qsizetype digits(qsizetype p) const;
    qsizetype newlineLength(qsizetype p) const;

    QStringView m_src;
    const QChar *m_s = nullptr;
    qsizetype m_len = 0;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    State m_state = State::LineStart;
    bool m_continued = false;      // after a backslash line continuation
    bool m_newlineDone = false;    // implicit NEWLINE at EOF already produced
    bool m_wsOnlyLastLine = false; // the source ends in a whitespace-only line without a break
    int m_pendingDedents = 0;
    int m_dedentColumn = 0;
    struct Bracket { char16_t ch; int line; };
    // inline storage: a tokenizer per file, and nesting rarely goes deeper than these
    QVarLengthArray<Bracket, 16> m_brackets;
    QVarLengthArray<int, 16> m_indents;    // columns, tab size 8 (tokenize.py)
    QVarLengthArray<int, 16> m_altIndents; // columns, tab size 1 (the compiler's TabError check)
    bool m_failed = false;
    Error m_error;
};

// Tokenizes a whole module. The source string must outlive the returned tokens (they view it).
// Errors (unterminated string, bad dedent, unbalanced brackets, stray characters) carry the
// 1-based line; Error::file is left empty for the caller to fill in.
Result<QList<Token>> tokenize(const QString &source);

// The value of one String token's text (prefixes r/u/b/f in any case, single/double/triple
// quotes, all escape sequences, implicit line continuation). f-strings are rejected with an
// error: their value depends on evaluation.
Result<QString> decodeStringLiteral(QStringView tokenText);

// The prefix letters of a String token, lowercased ("", "r", "f", "rb" ...).
QString stringPrefix(QStringView tokenText);

// The same prefix as flags, without allocating (the parser reads one per string literal).
struct StringPrefix {
    qsizetype length = 0;   // letters before the opening quote
    bool raw = false;       // r / R
    bool bytes = false;     // b / B
    bool formatted = false; // f / F
};
StringPrefix stringPrefixFlags(QStringView tokenText);

} // namespace retort::python
