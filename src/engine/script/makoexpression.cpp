#include "script/makoexpression.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace retort {

struct MakoExpression::Node {
    enum class Kind { Literal, Name, Tuple, List, Ternary, Or, And, Not, Compare, Add, Sub, Neg, Call, Attr, Subscript };
    Kind kind = Kind::Literal;
    TemplateValue value;                       // Literal
    QString name;                              // Name / Attr member / Compare operator
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const MakoExpression::Node>;
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

Result<TemplateValue> evaluateNode(const NodePtr &node, const MakoScope &scope);

Result<TemplateValue> truthValue(const NodePtr &node, const MakoScope &scope, bool *truth)
{
    Result<TemplateValue> v = evaluateNode(node, scope);
    if (v)
        *truth = v->truthy();
    return v;
}

Result<bool> compare(const QString &op, const TemplateValue &a, const TemplateValue &b)
{
    if (op == QLatin1String("==") || op == QLatin1String("is"))
        return a == b;
    if (op == QLatin1String("!=") || op == QLatin1String("is not"))
        return !(a == b);
    if (op == QLatin1String("in") || op == QLatin1String("not in")) {
        bool found = false;
        if (b.isString() && a.isString())
            found = b.text().contains(a.text());
        else if (b.isSequence())
            found = std::find(b.items().begin(), b.items().end(), a) != b.items().end();
        else
            return failure(QStringLiteral("argument of type '%1' is not iterable").arg(b.typeName()));
        return op == QLatin1String("in") ? found : !found;
    }
    int c = 0;
    if ((a.type() == TemplateValue::Type::Int || a.type() == TemplateValue::Type::Bool)
        && (b.type() == TemplateValue::Type::Int || b.type() == TemplateValue::Type::Bool))
        c = a.integerValue() < b.integerValue() ? -1 : a.integerValue() > b.integerValue() ? 1 : 0;
    else if (a.isString() && b.isString())
        c = a.text().compare(b.text());
    else
        return failure(QStringLiteral("'%1' not supported between instances of '%2' and '%3'")
                           .arg(op, a.typeName(), b.typeName()));
    if (op == QLatin1String("<")) return c < 0;
    if (op == QLatin1String("<=")) return c <= 0;
    if (op == QLatin1String(">")) return c > 0;
    return c >= 0;
}

Result<TemplateValue> callMethod(const TemplateValue &self, const QString &method, const QList<TemplateValue> &args)
{
    auto argError = [&] {
        return failure(QStringLiteral("wrong arguments for str.%1()").arg(method));
    };
    if (!self.isString())
        return failure(QStringLiteral("'%1' object has no attribute '%2'").arg(self.typeName(), method));
    const QString &s = self.text();
    if (method == QLatin1String("join")) {
        if (args.size() != 1 || !args[0].isSequence())
            return argError();
        QStringList parts;
        for (const TemplateValue &item : args[0].items()) {
            if (!item.isString())
                return failure(QStringLiteral("sequence item: expected str instance, %1 found").arg(item.typeName()));
            parts << item.text();
        }
        return TemplateValue::string(parts.join(s));
    }
    if (method == QLatin1String("upper") && args.isEmpty())
        return TemplateValue::string(s.toUpper());
    if (method == QLatin1String("lower") && args.isEmpty())
        return TemplateValue::string(s.toLower());
    if (method == QLatin1String("strip") && args.isEmpty())
        return TemplateValue::string(s.trimmed());
    if (method == QLatin1String("replace") && args.size() == 2 && args[0].isString() && args[1].isString())
        return TemplateValue::string(QString(s).replace(args[0].text(), args[1].text()));
    if ((method == QLatin1String("startswith") || method == QLatin1String("endswith")) && args.size() == 1
        && args[0].isString())
        return TemplateValue::boolean(method == QLatin1String("startswith") ? s.startsWith(args[0].text())
                                                                           : s.endsWith(args[0].text()));
    if (method == QLatin1String("split") && args.size() <= 1) {
        QStringList parts;
        if (args.isEmpty())
            parts = s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        else if (args[0].isString() && !args[0].text().isEmpty())
            parts = s.split(args[0].text());
        else
            return argError();
        return TemplateValue::stringList(parts);
    }
    return failure(QStringLiteral("str.%1() is not supported in templates").arg(method));
}

Result<TemplateValue> evaluateCall(const NodePtr &node, const MakoScope &scope)
{
    QList<TemplateValue> args;
    for (size_t i = 1; i < node->children.size(); ++i) {
        Result<TemplateValue> a = evaluateNode(node->children[i], scope);
        if (!a)
            return a;
        args << *a;
    }
    const NodePtr &callee = node->children[0];
    if (callee->kind == Kind::Attr) {
        const NodePtr &owner = callee->children[0];
        if (owner->kind == Kind::Name) {
            const TemplateValue ownerValue = scope.lookup(owner->name);
            if (owner->name == QLatin1String("context") && ownerValue.isUndefined()
                && callee->name == QLatin1String("get")) {
                if (args.isEmpty() || args.size() > 2 || !args[0].isString())
                    return failure(QStringLiteral("context.get() takes a name and an optional default"));
                const TemplateValue v = scope.context ? scope.context->variables.value(args[0].text()) : TemplateValue();
                if (v.isUndefined())
                    return args.size() == 2 ? args[1] : TemplateValue::none();
                return v;
            }
            if (owner->name == QLatin1String("config") && callee->name == QLatin1String("get_main_option")) {
                if (args.isEmpty() || args.size() > 2 || !args[0].isString())
                    return failure(QStringLiteral("config.get_main_option() takes a key and an optional default"));
                if (!scope.context || !scope.context->mainOption)
                    return failure(QStringLiteral("config.get_main_option() is not available here"));
                const std::optional<QString> v = scope.context->mainOption(args[0].text());
                if (v)
                    return TemplateValue::string(*v);
                return args.size() == 2 ? args[1] : TemplateValue::none();
            }
        }
        Result<TemplateValue> self = evaluateNode(owner, scope);
        if (!self)
            return self;
        if (self->isUndefined())
            return failure(QStringLiteral("name '%1' is undefined").arg(self->text()));
        return callMethod(*self, callee->name, args);
    }
    if (callee->kind != Kind::Name)
        return failure(QStringLiteral("only named functions can be called in templates"));
    const TemplateValue fn = scope.lookup(callee->name);
    if (fn.type() == TemplateValue::Type::Function)
        return MakoExpression::callFunction(fn.text(), args);
    if (!fn.isUndefined())
        return failure(QStringLiteral("'%1' object is not callable").arg(fn.typeName()));
    return MakoExpression::callFunction(callee->name, args);
}

Result<TemplateValue> evaluateNode(const NodePtr &node, const MakoScope &scope)
{
    switch (node->kind) {
    case Kind::Literal:
        return node->value;
    case Kind::Name:
        return scope.lookup(node->name);
    case Kind::Tuple:
    case Kind::List: {
        std::vector<TemplateValue> items;
        for (const NodePtr &child : node->children) {
            Result<TemplateValue> v = evaluateNode(child, scope);
            if (!v)
                return v;
            items.push_back(*v);
        }
        return node->kind == Kind::Tuple ? TemplateValue::tuple(std::move(items)) : TemplateValue::list(std::move(items));
    }
    case Kind::Ternary: {
        bool truth = false;
        Result<TemplateValue> cond = truthValue(node->children[0], scope, &truth);
        if (!cond)
            return cond;
        return evaluateNode(node->children[truth ? 1 : 2], scope);
    }
    case Kind::Or:
    case Kind::And: {
        bool truth = false;
        Result<TemplateValue> left = truthValue(node->children[0], scope, &truth);
        if (!left || truth == (node->kind == Kind::Or))
            return left;
        return evaluateNode(node->children[1], scope);
    }
    case Kind::Not: {
        bool truth = false;
        Result<TemplateValue> v = truthValue(node->children[0], scope, &truth);
        if (!v)
            return v;
        return TemplateValue::boolean(!truth);
    }
    case Kind::Compare: {
        Result<TemplateValue> a = evaluateNode(node->children[0], scope);
        if (!a)
            return a;
        Result<TemplateValue> b = evaluateNode(node->children[1], scope);
        if (!b)
            return b;
        Result<bool> r = compare(node->name, *a, *b);
        if (!r)
            return r.error();
        return TemplateValue::boolean(*r);
    }
    case Kind::Add:
    case Kind::Sub:
    case Kind::Neg: {
        std::vector<TemplateValue> v;
        for (const NodePtr &child : node->children) {
            Result<TemplateValue> r = evaluateNode(child, scope);
            if (!r)
                return r;
            if (r->isUndefined())
                return failure(QStringLiteral("name '%1' is undefined").arg(r->text()));
            v.push_back(*r);
        }
        auto isInt = [](const TemplateValue &x) {
            return x.type() == TemplateValue::Type::Int || x.type() == TemplateValue::Type::Bool;
        };
        if (node->kind == Kind::Neg) {
            if (!isInt(v[0]))
                return failure(QStringLiteral("bad operand type for unary -: '%1'").arg(v[0].typeName()));
            return TemplateValue::integer(-v[0].integerValue());
        }
        if (isInt(v[0]) && isInt(v[1]))
            return TemplateValue::integer(node->kind == Kind::Add ? v[0].integerValue() + v[1].integerValue()
                                                                  : v[0].integerValue() - v[1].integerValue());
        if (node->kind == Kind::Add && v[0].isString() && v[1].isString())
            return TemplateValue::string(v[0].text() + v[1].text());
        if (node->kind == Kind::Add && v[0].type() == v[1].type() && v[0].isSequence()) {
            std::vector<TemplateValue> items = v[0].items();
            items.insert(items.end(), v[1].items().begin(), v[1].items().end());
            return v[0].type() == TemplateValue::Type::List ? TemplateValue::list(std::move(items))
                                                            : TemplateValue::tuple(std::move(items));
        }
        return failure(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                           .arg(node->kind == Kind::Add ? QStringLiteral("+") : QStringLiteral("-"),
                                v[0].typeName(), v[1].typeName()));
    }
    case Kind::Call:
        return evaluateCall(node, scope);
    case Kind::Attr: {
        Result<TemplateValue> owner = evaluateNode(node->children[0], scope);
        if (!owner)
            return owner;
        return failure(QStringLiteral("attribute '%1' of '%2' is not supported in templates")
                           .arg(node->name, owner->isUndefined() ? owner->text() : owner->typeName()));
    }
    case Kind::Subscript: {
        Result<TemplateValue> owner = evaluateNode(node->children[0], scope);
        if (!owner)
            return owner;
        Result<TemplateValue> index = evaluateNode(node->children[1], scope);
        if (!index)
            return index;
        if (index->type() != TemplateValue::Type::Int)
            return failure(QStringLiteral("indices must be integers, not %1").arg(index->typeName()));
        qint64 i = index->integerValue();
        const qint64 size = owner->isString() ? owner->text().size() : qint64(owner->items().size());
        if (!owner->isString() && !owner->isSequence())
            return failure(QStringLiteral("'%1' object is not subscriptable").arg(owner->typeName()));
        if (i < 0)
            i += size;
        if (i < 0 || i >= size)
            return failure(QStringLiteral("%1 index out of range").arg(owner->typeName()));
        if (owner->isString())
            return TemplateValue::string(owner->text().mid(int(i), 1));
        return owner->items()[size_t(i)];
    }
    }
    return failure(QStringLiteral("invalid template expression"));
}

} // namespace

TemplateValue MakoScope::lookup(const QString &name) const
{
    if (locals) {
        auto it = locals->constFind(name);
        if (it != locals->constEnd())
            return *it;
    }
    if (context) {
        auto it = context->variables.constFind(name);
        if (it != context->variables.constEnd())
            return *it;
    }
    return TemplateValue::undefined(name);
}

Result<MakoExpression> MakoExpression::parse(const QString &source)
{
    Result<QList<Token>> tokens = Lexer(source).run();
    if (!tokens)
        return tokens.error();
    Result<NodePtr> root = Parser(*tokens).parseAll();
    if (!root)
        return root.error();
    MakoExpression e;
    e.m_root = *root;
    return e;
}

Result<TemplateValue> MakoExpression::evaluate(const MakoScope &scope) const
{
    if (!m_root)
        return failure(QStringLiteral("empty template expression"));
    return evaluateNode(m_root, scope);
}

Result<TemplateValue> MakoExpression::callFunction(const QString &name, const QList<TemplateValue> &args)
{
    static const QStringList known = {QStringLiteral("repr"), QStringLiteral("str"), QStringLiteral("unicode"),
                                      QStringLiteral("bool"), QStringLiteral("len"), QStringLiteral("int"),
                                      QStringLiteral("list"), QStringLiteral("tuple"), QStringLiteral("sorted"),
                                      QStringLiteral("comma")};
    if (!known.contains(name))
        return failure(QStringLiteral("function '%1' is not available in templates").arg(name));
    for (const TemplateValue &a : args)
        if (a.isUndefined() && name != QLatin1String("bool"))
            return failure(QStringLiteral("name '%1' is undefined").arg(a.text()));
    auto arity = [&](int n) -> bool { return args.size() == n; };
    if (name == QLatin1String("repr") && arity(1))
        return TemplateValue::string(args[0].repr());
    if ((name == QLatin1String("str") || name == QLatin1String("unicode")) && arity(1))
        return TemplateValue::string(args[0].str());
    if (name == QLatin1String("bool") && arity(1))
        return TemplateValue::boolean(args[0].truthy());
    if (name == QLatin1String("len") && arity(1)) {
        if (args[0].isString())
            return TemplateValue::integer(args[0].text().size());
        if (args[0].isSequence())
            return TemplateValue::integer(qint64(args[0].items().size()));
        return failure(QStringLiteral("object of type '%1' has no len()").arg(args[0].typeName()));
    }
    if (name == QLatin1String("int") && arity(1)) {
        if (args[0].type() == TemplateValue::Type::Int || args[0].type() == TemplateValue::Type::Bool)
            return TemplateValue::integer(args[0].integerValue());
        bool ok = false;
        const qint64 v = args[0].isString() ? args[0].text().trimmed().toLongLong(&ok) : 0;
        if (!ok)
            return failure(QStringLiteral("invalid literal for int(): %1").arg(args[0].repr()));
        return TemplateValue::integer(v);
    }
    if ((name == QLatin1String("list") || name == QLatin1String("tuple") || name == QLatin1String("sorted")) && arity(1)) {
        std::vector<TemplateValue> items;
        if (args[0].isSequence())
            items = args[0].items();
        else if (args[0].isString())
            for (const QChar c : args[0].text())
                items.push_back(TemplateValue::string(QString(c)));
        else
            return failure(QStringLiteral("'%1' object is not iterable").arg(args[0].typeName()));
        if (name == QLatin1String("sorted")) {
            for (const TemplateValue &i : items)
                if (!i.isString())
                    return failure(QStringLiteral("sorted() of non-str items is not supported in templates"));
            std::sort(items.begin(), items.end(),
                      [](const TemplateValue &a, const TemplateValue &b) { return a.text() < b.text(); });
        }
        return name == QLatin1String("tuple") ? TemplateValue::tuple(std::move(items))
                                              : TemplateValue::list(std::move(items));
    }
    if (name == QLatin1String("comma") && arity(1)) {
        const std::optional<QString> s = formatAsComma(args[0]);
        if (!s)
            return failure(QStringLiteral("Don't know how to comma-format %1").arg(args[0].repr()));
        return TemplateValue::string(*s);
    }
    return failure(QStringLiteral("%1() takes 1 argument (%2 given)").arg(name).arg(args.size()));
}

} // namespace retort
