#pragma once

#include "python/tokenizer.h"

#include <QString>
#include <QStringList>

namespace retort {

// The static value of one revision-header assignment's right-hand side, read from its tokens
// (comments and NL already removed) without evaluating anything. Used by the header reader.
// Pure functions; thread-safe.
struct HeaderValue {
    enum class Kind {
        None,         // None
        String,       // 'a', "a" 'b' (implicit concatenation), ('a')
        Sequence,     // ('a', 'b'), ['a'], ('a',), {'a'}, (), [] -- strings only
        NotLiteral,   // a name, a call, an f-string, an operator ...: needs running the file
        WrongType,    // a literal that is not None/str/sequence of str (1, True, b'x', (('a',),))
    };
    Kind kind = Kind::NotLiteral;
    QStringList items;   // String: one item; Sequence: the items in source order

    static HeaderValue none() { return {Kind::None, {}}; }
    static HeaderValue notLiteral() { return {Kind::NotLiteral, {}}; }
    static HeaderValue wrongType() { return {Kind::WrongType, {}}; }
};

// Parses the expression in [begin, end). An empty range is NotLiteral.
HeaderValue parseHeaderValue(const python::Token *begin, const python::Token *end);

// The value of a docstring statement: only (parenthesised, implicitly concatenated) plain string
// literals qualify, as for Python's module __doc__. Returns false when the statement is anything
// else (an f-string, bytes, a call ...).
bool docstringValue(const python::Token *begin, const python::Token *end, QString *value);

} // namespace retort
