// The lexer and recursive-descent parser of MakoExpression (the Python expression subset).
#include "script/makoexpressionnode.h"

#include <QList>

#include <algorithm>

namespace retort::mako {

namespace {

using Kind = MakoExpression::Node::Kind;

Error failure(const QString &message)
{
    return makeError(ErrorCode::Command, message);
}

struct Token {
    enum class Type { Name, String, Number, Op, End } type = Type::End;
    QString text;     // name, operator, or the decoded string
    qint64 number = 0;
};

// Decodes the body of a (non-raw) Python string literal.
QString decodeEscapes(const QString &body)
{
    QString out;
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const QChar n = body.at(++i);
        switch (n.unicode()) {
        case '\n': break;
        case '\\': out += QLatin1Char('\\'); break;
        case '\'': out += QLatin1Char('\''); break;
        case '"': out += QLatin1Char('"'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 'a': out += QChar(7); break;
        case 'b': out += QChar(8); break;
        case 'f': out += QChar(12); break;
        case 'v': out += QChar(11); break;
        case '0': out += QChar(0); break;
        case 'x':
        case 'u':
        case 'U': {
            const int len = n == QLatin1Char('x') ? 2 : n == QLatin1Char('u') ? 4 : 8;
            bool ok = false;
            const uint code = body.mid(i + 1, len).toUInt(&ok, 16);
            if (ok && i + len < body.size() + 0) {
                const char32_t cp = code;
                out += QString::fromUcs4(&cp, 1);
                i += len;
            } else {
                out += QLatin1Char('\\');
                out += n;
            }
            break;
        }
        default:
            out += QLatin1Char('\\');
            out += n;
        }
    }
    return out;
}

class Lexer {
public:
    explicit Lexer(const QString &s) : m_s(s) {}

    Result<QList<Token>> run()
    {
        QList<Token> tokens;
        while (true) {
            skipSpace();
            if (m_newlineError)
                return failure(QStringLiteral("invalid syntax: a line break outside brackets"));
            if (m_i >= m_s.size())
                break;
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('#'))
                break;   // a comment runs to the end of the expression
            if (c.isLetter() || c == QLatin1Char('_')) {
                const int start = m_i;
                while (m_i < m_s.size() && (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == QLatin1Char('_')))
                    ++m_i;
                const QString word = m_s.mid(start, m_i - start);
                if (m_i < m_s.size() && (m_s.at(m_i) == QLatin1Char('\'') || m_s.at(m_i) == QLatin1Char('"'))) {
                    const QString prefix = word.toLower();
                    if (prefix == QLatin1String("r") || prefix == QLatin1String("u")) {
                        Result<Token> t = string(prefix == QLatin1String("r"));
                        if (!t)
                            return t.error();
                        tokens << *t;
                        continue;
                    }
                    return failure(QStringLiteral("%1-strings are not supported in templates").arg(word));
                }
                tokens << Token{Token::Type::Name, word, 0};
                continue;
            }
            if (c.isDigit()) {
                const int start = m_i;
                while (m_i < m_s.size() && (m_s.at(m_i).isDigit() || m_s.at(m_i) == QLatin1Char('_')))
                    ++m_i;
                if (m_i < m_s.size() && (m_s.at(m_i) == QLatin1Char('.') || m_s.at(m_i).isLetter()))
                    return failure(QStringLiteral("only integer numbers are supported in templates"));
                bool ok = false;
                const qint64 v = m_s.mid(start, m_i - start).remove(QLatin1Char('_')).toLongLong(&ok);
                if (!ok)
                    return failure(QStringLiteral("number out of range"));
                tokens << Token{Token::Type::Number, m_s.mid(start, m_i - start), v};
                continue;
            }
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                Result<Token> t = string(false);
                if (!t)
                    return t.error();
                tokens << *t;
                continue;
            }
            static const QStringList twoChar = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                                QStringLiteral(">=")};
            const QString two = m_s.mid(m_i, 2);
            if (twoChar.contains(two)) {
                tokens << Token{Token::Type::Op, two, 0};
                m_i += 2;
                continue;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char('['))
                ++m_depth;
            else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && m_depth > 0)
                --m_depth;
            if (QStringLiteral("()[],.:<>+-").contains(c)) {
                tokens << Token{Token::Type::Op, QString(c), 0};
                ++m_i;
                continue;
            }
            return failure(QStringLiteral("'%1' is not supported in template expressions").arg(c));
        }
        tokens << Token{Token::Type::End, {}, 0};
        return tokens;
    }

private:
    void skipSpace()
    {
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('\\') && m_i + 1 < m_s.size() && m_s.at(m_i + 1) == QLatin1Char('\n')) {
                m_i += 2;
                continue;
            }
            if (!c.isSpace())
                return;
            if (c == QLatin1Char('\n') && m_depth == 0 && !m_s.mid(m_i).trimmed().isEmpty()) {
                m_newlineError = true;   // Python's eval mode: no implicit line joining outside brackets
                return;
            }
            ++m_i;
        }
    }

    Result<Token> string(bool raw)
    {
        const QChar quote = m_s.at(m_i);
        const bool triple = m_s.mid(m_i, 3) == QString(3, quote);
        const int open = triple ? 3 : 1;
        int j = m_i + open;
        while (j < m_s.size()) {
            const QChar c = m_s.at(j);
            if (c == QLatin1Char('\\')) {
                j += 2;
                continue;
            }
            if (!triple && c == QLatin1Char('\n'))
                break;
            if (c == quote && (!triple || m_s.mid(j, 3) == QString(3, quote)))
                break;
            ++j;
        }
        if (j >= m_s.size() || m_s.at(j) != quote)
            return failure(QStringLiteral("unterminated string literal"));
        const QString body = m_s.mid(m_i + open, j - m_i - open);
        m_i = j + open;
        return Token{Token::Type::String, raw ? body : decodeEscapes(body), 0};
    }

    const QString &m_s;
    int m_i = 0;
    int m_depth = 0;
    bool m_newlineError = false;
};

NodePtr makeNode(Kind kind, std::vector<NodePtr> children = {}, QString name = {})
{
    auto n = std::make_shared<MakoExpression::Node>();
    n->kind = kind;
    n->children = std::move(children);
    n->name = std::move(name);
    return n;
}

NodePtr literal(TemplateValue value)
{
    auto n = std::make_shared<MakoExpression::Node>();
    n->kind = Kind::Literal;
    n->value = std::move(value);
    return n;
}

class Parser {
public:
    explicit Parser(QList<Token> tokens) : m_t(std::move(tokens)) {}

    Result<NodePtr> parseAll()
    {
        Result<NodePtr> e = tupleOrExpr(false);
        if (!e)
            return e;
        if (peek().type != Token::Type::End)
            return failure(QStringLiteral("unexpected '%1' in template expression").arg(peek().text));
        return e;
    }

private:
    const Token &peek(int ahead = 0) const { return m_t.at(std::min<int>(m_i + ahead, m_t.size() - 1)); }
    bool isOp(const QString &op, int ahead = 0) const
    {
        return peek(ahead).type == Token::Type::Op && peek(ahead).text == op;
    }
    bool isWord(const char *w, int ahead = 0) const
    {
        return peek(ahead).type == Token::Type::Name && peek(ahead).text == QLatin1String(w);
    }
    Result<void> expectOp(const QString &op)
    {
        if (!isOp(op))
            return failure(QStringLiteral("expected '%1' in template expression").arg(op));
        ++m_i;
        return {};
    }

    // a, b, c  (a bare tuple) or a single expression.
    Result<NodePtr> tupleOrExpr(bool inBrackets)
    {
        Result<NodePtr> first = ternary();
        if (!first)
            return first;
        if (!isOp(QStringLiteral(",")))
            return first;
        std::vector<NodePtr> items{*first};
        while (isOp(QStringLiteral(","))) {
            ++m_i;
            if (peek().type == Token::Type::End || isOp(QStringLiteral(")")) || (inBrackets && isOp(QStringLiteral("]"))))
                break;
            Result<NodePtr> next = ternary();
            if (!next)
                return next;
            items.push_back(*next);
        }
        return makeNode(Kind::Tuple, std::move(items));
    }

    Result<NodePtr> ternary()
    {
        if (isWord("lambda"))
            return failure(QStringLiteral("lambda is not supported in templates"));
        Result<NodePtr> body = orExpr();
        if (!body || !isWord("if"))
            return body;
        ++m_i;
        Result<NodePtr> cond = orExpr();
        if (!cond)
            return cond;
        if (!isWord("else"))
            return failure(QStringLiteral("expected 'else' in conditional expression"));
        ++m_i;
        Result<NodePtr> other = ternary();
        if (!other)
            return other;
        return makeNode(Kind::Ternary, {*cond, *body, *other});
    }

    Result<NodePtr> orExpr()
    {
        Result<NodePtr> left = andExpr();
        while (left && isWord("or")) {
            ++m_i;
            Result<NodePtr> right = andExpr();
            if (!right)
                return right;
            left = makeNode(Kind::Or, {*left, *right});
        }
        return left;
    }

    Result<NodePtr> andExpr()
    {
        Result<NodePtr> left = notExpr();
        while (left && isWord("and")) {
            ++m_i;
            Result<NodePtr> right = notExpr();
            if (!right)
                return right;
            left = makeNode(Kind::And, {*left, *right});
        }
        return left;
    }

    Result<NodePtr> notExpr()
    {
        if (isWord("not")) {
            ++m_i;
            Result<NodePtr> inner = notExpr();
            if (!inner)
                return inner;
            return makeNode(Kind::Not, {*inner});
        }
        return comparison();
    }

    Result<NodePtr> comparison()
    {
        Result<NodePtr> left = additive();
        while (left) {
            QString op;
            if (peek().type == Token::Type::Op
                && QStringList{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral(">"),
                               QStringLiteral("<="), QStringLiteral(">=")}.contains(peek().text)) {
                op = peek().text;
                ++m_i;
            } else if (isWord("is")) {
                ++m_i;
                op = QStringLiteral("is");
                if (isWord("not")) {
                    ++m_i;
                    op = QStringLiteral("is not");
                }
            } else if (isWord("in")) {
                ++m_i;
                op = QStringLiteral("in");
            } else if (isWord("not") && isWord("in", 1)) {
                m_i += 2;
                op = QStringLiteral("not in");
            } else {
                break;
            }
            Result<NodePtr> right = additive();
            if (!right)
                return right;
            left = makeNode(Kind::Compare, {*left, *right}, op);
        }
        return left;
    }

    Result<NodePtr> additive()
    {
        Result<NodePtr> left = unary();
        while (left && (isOp(QStringLiteral("+")) || isOp(QStringLiteral("-")))) {
            const Kind kind = isOp(QStringLiteral("+")) ? Kind::Add : Kind::Sub;
            ++m_i;
            Result<NodePtr> right = unary();
            if (!right)
                return right;
            left = makeNode(kind, {*left, *right});
        }
        return left;
    }

    Result<NodePtr> unary()
    {
        if (isOp(QStringLiteral("-"))) {
            ++m_i;
            Result<NodePtr> inner = unary();
            if (!inner)
                return inner;
            return makeNode(Kind::Neg, {*inner});
        }
        return postfix();
    }

    Result<NodePtr> postfix()
    {
        Result<NodePtr> node = primary();
        while (node) {
            if (isOp(QStringLiteral("("))) {
                ++m_i;
                std::vector<NodePtr> children{*node};
                while (!isOp(QStringLiteral(")"))) {
                    if (peek().type == Token::Type::Name && isOp(QStringLiteral("="), 1))
                        return failure(QStringLiteral("keyword arguments are not supported in templates"));
                    Result<NodePtr> arg = ternary();
                    if (!arg)
                        return arg;
                    children.push_back(*arg);
                    if (isOp(QStringLiteral(",")))
                        ++m_i;
                    else if (!isOp(QStringLiteral(")")))
                        return failure(QStringLiteral("expected ',' or ')' in call"));
                }
                ++m_i;
                node = makeNode(Kind::Call, std::move(children));
            } else if (isOp(QStringLiteral("."))) {
                ++m_i;
                if (peek().type != Token::Type::Name)
                    return failure(QStringLiteral("expected a name after '.'"));
                const QString member = peek().text;
                ++m_i;
                node = makeNode(Kind::Attr, {*node}, member);
            } else if (isOp(QStringLiteral("["))) {
                ++m_i;
                if (isOp(QStringLiteral(":")) || isOp(QStringLiteral(":"), 1))
                    return failure(QStringLiteral("slices are not supported in templates"));
                Result<NodePtr> index = ternary();
                if (!index)
                    return index;
                Result<void> close = expectOp(QStringLiteral("]"));
                if (!close)
                    return close.error();
                node = makeNode(Kind::Subscript, {*node, *index});
            } else {
                break;
            }
        }
        return node;
    }

    Result<NodePtr> primary()
    {
        const Token t = peek();
        switch (t.type) {
        case Token::Type::String: {
            QString text;
            while (peek().type == Token::Type::String) {   // implicit concatenation
                text += peek().text;
                ++m_i;
            }
            return literal(TemplateValue::string(text));
        }
        case Token::Type::Number:
            ++m_i;
            return literal(TemplateValue::integer(t.number));
        case Token::Type::Name: {
            static const QStringList reserved = {QStringLiteral("if"), QStringLiteral("else"), QStringLiteral("and"),
                                                 QStringLiteral("or"), QStringLiteral("for"), QStringLiteral("in"),
                                                 QStringLiteral("is"), QStringLiteral("await"), QStringLiteral("yield")};
            if (reserved.contains(t.text))
                return failure(QStringLiteral("unexpected '%1' in template expression").arg(t.text));
            ++m_i;
            if (t.text == QLatin1String("None"))
                return literal(TemplateValue::none());
            if (t.text == QLatin1String("True") || t.text == QLatin1String("False"))
                return literal(TemplateValue::boolean(t.text == QLatin1String("True")));
            return makeNode(Kind::Name, {}, t.text);
        }
        case Token::Type::Op:
            if (t.text == QLatin1String("[")) {
                ++m_i;
                std::vector<NodePtr> items;
                while (!isOp(QStringLiteral("]"))) {
                    Result<NodePtr> item = ternary();
                    if (!item)
                        return item;
                    if (isWord("for"))
                        return failure(QStringLiteral("comprehensions are not supported in templates"));
                    items.push_back(*item);
                    if (isOp(QStringLiteral(",")))
                        ++m_i;
                    else if (!isOp(QStringLiteral("]")))
                        return failure(QStringLiteral("expected ',' or ']' in list"));
                }
                ++m_i;
                return makeNode(Kind::List, std::move(items));
            }
            if (t.text == QLatin1String("(")) {
                ++m_i;
                if (isOp(QStringLiteral(")"))) {
                    ++m_i;
                    return makeNode(Kind::Tuple);
                }
                Result<NodePtr> inner = tupleOrExpr(false);
                if (!inner)
                    return inner;
                if (isWord("for"))
                    return failure(QStringLiteral("generator expressions are not supported in templates"));
                Result<void> closed = expectOp(QStringLiteral(")"));
                if (!closed)
                    return closed.error();
                return inner;   // parenthesised expression or tuple
            }
            return failure(QStringLiteral("unexpected '%1' in template expression").arg(t.text));
        case Token::Type::End:
            return failure(QStringLiteral("empty or incomplete template expression"));
        }
        return failure(QStringLiteral("invalid template expression"));
    }

    QList<Token> m_t;
    int m_i = 0;
};

} // namespace

Result<NodePtr> parseExpression(const QString &source)
{
    Result<QList<Token>> tokens = Lexer(source).run();
    if (!tokens)
        return tokens.error();
    return Parser(*tokens).parseAll();
}

} // namespace retort::mako
