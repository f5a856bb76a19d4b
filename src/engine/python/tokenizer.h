#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>

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

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    QStringView text;   // a view into the tokenizer's source; valid while the source lives
    int line = 0;       // 1-based line of the first character
    int column = 0;     // 0-based column (in UTF-16 code units)
    int endLine = 0;    // line of the last character (multi-line strings)

    bool is(TokenKind k, QStringView t) const { return kind == k && text == t; }
    bool isOp(QStringView t) const { return kind == TokenKind::Op && text == t; }
    bool isName(QStringView t) const { return kind == TokenKind::Name && text == t; }
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

} // namespace retort::python
