#include "script/makotemplate.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace retort {

struct MakoTemplate::Node {
    enum class Kind { Text, Expression, If, For };
    Kind kind = Kind::Text;
    int line = 0;
    QString text;                 // Text
    MakoExpression expression;    // Expression; For: the iterable
    QStringList filters;          // Expression
    QStringList targets;          // For: loop variable names
    struct Branch {
        bool hasCondition = false;   // false: `% else:`
        MakoExpression condition;
        std::vector<Node> body;
    };
    std::vector<Branch> branches; // If
    std::vector<Node> body;       // For
};

namespace {

using Node = MakoTemplate::Node;

class TemplateParser {
public:
    TemplateParser(const QString &text, const QString &path) : m_s(text), m_path(path) {}

    Result<std::vector<Node>> run()
    {
        static const QRegularExpression coding(QStringLiteral("^#.*coding[:=]\\s*([-\\w.]+).*\\r?\\n"));
        const QRegularExpressionMatch cm = coding.match(m_s);
        if (cm.hasMatch()) {
            m_pos = int(cm.capturedLength());
            m_line = 2;
        }
        m_stack.push_back(Frame{});
        while (m_pos < m_s.size()) {
            Result<void> step = next();
            if (!step)
                return step.error();
        }
        if (m_stack.size() > 1)
            return error(m_stack.back().line, QStringLiteral("Unterminated control keyword: '%1'").arg(m_stack.back().keyword));
        return std::move(m_stack.back().nodes);
    }

private:
    struct Frame {
        QString keyword;        // "if" / "for"; empty for the top level
        int line = 0;
        Node node;              // the If / For node being built
        std::vector<Node> nodes;   // top level only
    };

    Error error(int line, const QString &message) const
    {
        return makeError(ErrorCode::Command, QStringLiteral("Template syntax error: ") + message, m_path, line);
    }
    Error unsupported(int line, const QString &what) const
    {
        return makeError(ErrorCode::Command,
                         QStringLiteral("Template syntax not supported: %1 (Retort renders the subset of Mako "
                                        "that script.py.mako files use)").arg(what),
                         m_path, line);
    }

    // Where new nodes go: the top level, the current branch of an if, or a for body.
    std::vector<Node> &target()
    {
        Frame &f = m_stack.back();
        if (f.keyword.isEmpty())
            return f.nodes;
        if (f.keyword == QLatin1String("if"))
            return f.node.branches.back().body;
        return f.node.body;
    }

    void appendText(const QString &text)
    {
        if (text.isEmpty())
            return;
        std::vector<Node> &nodes = target();
        if (!nodes.empty() && nodes.back().kind == Node::Kind::Text) {
            nodes.back().text += text;
            return;
        }
        Node n;
        n.kind = Node::Kind::Text;
        n.text = text;
        n.line = m_line;
        nodes.push_back(std::move(n));
    }

    bool atLineStart(int pos) const { return pos == 0 || m_s.at(pos - 1) == QLatin1Char('\n'); }

    void advance(int to)
    {
        for (int i = m_pos; i < to && i < m_s.size(); ++i)
            if (m_s.at(i) == QLatin1Char('\n'))
                ++m_line;
        m_pos = to;
    }

    Result<void> next()
    {
        if (m_s.mid(m_pos, 2) == QLatin1String("${"))
            return expression();
        if (atLineStart(m_pos)) {
            static const QRegularExpression control(
                QStringLiteral("\\G[\\t ]*(%(?!%)|##)[\\t ]*((?:(?:\\\\\\r?\\n)|[^\\r\\n])*)(?:\\r?\\n|\\z)"));
            const QRegularExpressionMatch m = control.match(m_s, m_pos, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const int line = m_line;
                advance(int(m.capturedEnd(0)));
                if (m.captured(1) == QLatin1String("##"))
                    return {};
                return controlLine(m.captured(2), line);
            }
        }
        if (m_s.mid(m_pos, 7) == QLatin1String("<%text>")) {
            const int end = int(m_s.indexOf(QLatin1String("</%text>"), m_pos + 7));
            if (end < 0)
                return error(m_line, QStringLiteral("Unclosed tag: <%text>"));
            const QString body = m_s.mid(m_pos + 7, end - m_pos - 7);
            advance(end + 8);
            appendText(body);
            return {};
        }
        if (m_s.mid(m_pos, 6) == QLatin1String("<%doc>")) {
            const int end = int(m_s.indexOf(QLatin1String("</%doc>"), m_pos + 6));
            if (end < 0)
                return error(m_line, QStringLiteral("Unclosed tag: <%doc>"));
            advance(end + 7);
            return {};
        }
        if (isTagStart(m_pos))
            return unsupported(m_line, describeTag(m_pos));
        return text();
    }

    bool isTagStart(int pos) const
    {
        const QString two = m_s.mid(pos, 2);
        const QString three = m_s.mid(pos, 3);
        return two == QLatin1String("<%") || two == QLatin1String("<&") || three == QLatin1String("</%")
            || three == QLatin1String("</&");
    }

    QString describeTag(int pos) const
    {
        static const QRegularExpression tag(QStringLiteral("\\G</?%(\\w+)"));
        const QRegularExpressionMatch m = tag.match(m_s, pos, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            return QStringLiteral("<%%1> tags").arg(m.captured(1));
        if (m_s.mid(pos, 3) == QLatin1String("<%!"))
            return QStringLiteral("<%! %> module-level Python blocks");
        if (m_s.mid(pos, 2) == QLatin1String("<%"))
            return QStringLiteral("<% %> Python blocks");
        return QStringLiteral("<& &> calls");
    }

    Result<void> text()
    {
        const int start = m_pos;
        int i = m_pos;
        QString out;
        while (i < m_s.size()) {
            const QChar c = m_s.at(i);
            if (c == QLatin1Char('$') && i + 1 < m_s.size() && m_s.at(i + 1) == QLatin1Char('{'))
                break;
            if (c == QLatin1Char('<') && isTagStart(i))
                break;
            if (c == QLatin1Char('\\')) {
                const int nl = (m_s.mid(i + 1, 2) == QLatin1String("\r\n")) ? 3
                             : (i + 1 < m_s.size() && m_s.at(i + 1) == QLatin1Char('\n')) ? 2 : 0;
                if (nl) {   // an escaped newline is thrown away
                    i += nl;
                    break;
                }
            }
            if (i > 0 && m_s.at(i - 1) == QLatin1Char('\n') && controlAhead(i))
                break;
            out += c;
            ++i;
        }
        if (i == start) {
            // Mako's zero-length text match skips one character (how "%%" at a line start loses a "%").
            advance(m_pos + 1);
            return {};
        }
        appendText(out);
        advance(i);
        return {};
    }

    bool controlAhead(int pos) const
    {
        int j = pos;
        while (j < m_s.size() && (m_s.at(j) == QLatin1Char(' ') || m_s.at(j) == QLatin1Char('\t')))
            ++j;
        return j < m_s.size() && (m_s.at(j) == QLatin1Char('%') || m_s.mid(j, 2) == QLatin1String("##"));
    }

    // Scans Python text from m_pos up to one of `stops` at nesting level 0, skipping strings and
    // comments like Mako's parse_until_text. Returns the text and sets *stop.
    Result<QString> untilStop(const QString &stops, QChar *stop)
    {
        int depth = 0;
        int i = m_pos;
        while (i < m_s.size()) {
            const QChar c = m_s.at(i);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                const bool triple = m_s.mid(i, 3) == QString(3, c);
                const int q = triple ? 3 : 1;
                int j = i + q;
                while (j < m_s.size() && !(m_s.mid(j, q) == QString(q, c))) {
                    if (m_s.at(j) == QLatin1Char('\\'))
                        ++j;
                    ++j;
                }
                i = std::min<int>(j + q, m_s.size());
                continue;
            }
            if (c == QLatin1Char('#')) {
                const int nl = int(m_s.indexOf(QLatin1Char('\n'), i));
                if (nl >= 0) {
                    i = nl + 1;
                    continue;
                }
            }
            if (depth == 0 && stops.contains(c)) {
                *stop = c;
                const QString text = m_s.mid(m_pos, i - m_pos);
                advance(i + 1);
                return text;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
                --depth;
            ++i;
        }
        return error(m_line, QStringLiteral("Expected: %1").arg(stops == QLatin1String("|}") ? QStringLiteral("\\|,}")
                                                                                             : QStringLiteral("}")));
    }

    Result<void> expression()
    {
        const int line = m_line;
        advance(m_pos + 2);
        QChar stop;
        Result<QString> source = untilStop(QStringLiteral("|}"), &stop);
        if (!source)
            return source.error();
        QString filterText;
        if (stop == QLatin1Char('|')) {
            Result<QString> f = untilStop(QStringLiteral("}"), &stop);
            if (!f)
                return f.error();
            filterText = f->trimmed();
        }
        Result<MakoExpression> expr = MakoExpression::parse(QString(*source).replace(QLatin1String("\r\n"), QLatin1String("\n")));
        if (!expr)
            return error(line, expr.error().message + QStringLiteral(" in ${%1}").arg(source->trimmed()));
        Node n;
        n.kind = Node::Kind::Expression;
        n.line = line;
        n.expression = *expr;
        if (!filterText.isEmpty()) {
            for (const QString &f : filterText.split(QLatin1Char(','))) {
                const QString name = f.trimmed();
                static const QRegularExpression ident(QStringLiteral("^[A-Za-z_]\\w*$"));
                if (!ident.match(name).hasMatch())
                    return unsupported(line, QStringLiteral("the filter expression '%1'").arg(name));
                n.filters << name;
            }
        }
        target().push_back(std::move(n));
        return {};
    }

    Result<void> controlLine(QString text, int line)
    {
        text.replace(QRegularExpression(QStringLiteral("\\\\\\r?\\n")), QStringLiteral(" "));
        static const QRegularExpression keywordRe(QStringLiteral("^(end)?(\\w+)\\s*(.*)$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = keywordRe.match(text);
        if (!m.hasMatch())
            return error(line, QStringLiteral("Invalid control line: '%1'").arg(text));
        const bool isEnd = m.capturedLength(1) > 0;
        const QString keyword = m.captured(2);
        QString rest = m.captured(3).trimmed();
        if (isEnd) {
            if (m_stack.size() == 1)
                return error(line, QStringLiteral("No starting keyword '%1' for '%2'").arg(keyword, text));
            if (m_stack.back().keyword != keyword)
                return error(line, QStringLiteral("Keyword '%1' doesn't match keyword '%2'").arg(text, m_stack.back().keyword));
            Frame done = std::move(m_stack.back());
            m_stack.pop_back();
            target().push_back(std::move(done.node));
            return {};
        }
        if (keyword != QLatin1String("if") && keyword != QLatin1String("elif") && keyword != QLatin1String("else")
            && keyword != QLatin1String("for"))
            return unsupported(line, QStringLiteral("'% %1' control lines").arg(keyword));
        if (!rest.endsWith(QLatin1Char(':')))
            return error(line, QStringLiteral("expected ':' at the end of '% %1'").arg(text.trimmed()));
        rest.chop(1);
        rest = rest.trimmed();
        if (keyword == QLatin1String("else") || keyword == QLatin1String("elif")) {
            if (m_stack.back().keyword != QLatin1String("if"))
                return error(line, QStringLiteral("Keyword '%1' not a legal ternary for keyword '%2'")
                                       .arg(keyword, m_stack.back().keyword));
            Node::Branch branch;
            if (keyword == QLatin1String("elif")) {
                Result<MakoExpression> cond = MakoExpression::parse(rest);
                if (!cond)
                    return error(line, cond.error().message);
                branch.hasCondition = true;
                branch.condition = *cond;
            } else if (!rest.isEmpty()) {
                return error(line, QStringLiteral("invalid syntax: '%1'").arg(text));
            }
            m_stack.back().node.branches.push_back(std::move(branch));
            return {};
        }
        Frame frame;
        frame.keyword = keyword;
        frame.line = line;
        frame.node.line = line;
        if (keyword == QLatin1String("if")) {
            Result<MakoExpression> cond = MakoExpression::parse(rest);
            if (!cond)
                return error(line, cond.error().message);
            frame.node.kind = Node::Kind::If;
            Node::Branch branch;
            branch.hasCondition = true;
            branch.condition = *cond;
            frame.node.branches.push_back(std::move(branch));
        } else {
            static const QRegularExpression forRe(QStringLiteral("^\\(?\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*,?\\s*\\)?\\s+in\\s+(.+)$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch fm = forRe.match(rest);
            if (!fm.hasMatch())
                return unsupported(line, QStringLiteral("the loop '% for %1:'").arg(rest));
            Result<MakoExpression> iterable = MakoExpression::parse(fm.captured(2));
            if (!iterable)
                return error(line, iterable.error().message);
            frame.node.kind = Node::Kind::For;
            frame.node.expression = *iterable;
            for (const QString &t : fm.captured(1).split(QLatin1Char(',')))
                frame.node.targets << t.trimmed();
        }
        m_stack.push_back(std::move(frame));
        return {};
    }

    const QString &m_s;
    QString m_path;
    int m_pos = 0;
    int m_line = 1;
    std::vector<Frame> m_stack;
};

class Renderer {
public:
    Renderer(const TemplateContext &context, const QString &path) : m_context(context), m_path(path) {}

    Result<void> render(const std::vector<Node> &nodes, QHash<QString, TemplateValue> &locals, QString &out)
    {
        const MakoScope scope{&m_context, &locals};
        for (const Node &n : nodes) {
            switch (n.kind) {
            case Node::Kind::Text:
                out += n.text;
                break;
            case Node::Kind::Expression: {
                Result<QString> text = expression(n, scope);
                if (!text)
                    return text.error();
                out += *text;
                break;
            }
            case Node::Kind::If:
                for (const Node::Branch &b : n.branches) {
                    bool take = true;
                    if (b.hasCondition) {
                        Result<TemplateValue> cond = b.condition.evaluate(scope);
                        if (!cond)
                            return failed(n.line, cond.error().message);
                        take = cond->truthy();
                    }
                    if (take) {
                        Result<void> r = render(b.body, locals, out);
                        if (!r)
                            return r;
                        break;
                    }
                }
                break;
            case Node::Kind::For: {
                Result<TemplateValue> seq = n.expression.evaluate(scope);
                if (!seq)
                    return failed(n.line, seq.error().message);
                if (seq->isUndefined())
                    return failed(n.line, QStringLiteral("name '%1' is undefined").arg(seq->text()));
                std::vector<TemplateValue> items;
                if (seq->isSequence())
                    items = seq->items();
                else if (seq->isString())
                    for (const QChar c : seq->text())
                        items.push_back(TemplateValue::string(QString(c)));
                else
                    return failed(n.line, QStringLiteral("'%1' object is not iterable").arg(seq->typeName()));
                for (const TemplateValue &item : items) {
                    QHash<QString, TemplateValue> inner = locals;
                    if (n.targets.size() == 1) {
                        inner.insert(n.targets.first(), item);
                    } else {
                        if (!item.isSequence() || int(item.items().size()) != n.targets.size())
                            return failed(n.line, QStringLiteral("cannot unpack %1 into %2 names")
                                                      .arg(item.repr()).arg(n.targets.size()));
                        for (int t = 0; t < n.targets.size(); ++t)
                            inner.insert(n.targets.at(t), item.items()[size_t(t)]);
                    }
                    Result<void> r = render(n.body, inner, out);
                    if (!r)
                        return r;
                }
                break;
            }
            }
        }
        return {};
    }

private:
    Error failed(int line, const QString &message) const
    {
        return makeError(ErrorCode::Command, QStringLiteral("Template rendering failed: ") + message, m_path, line);
    }

    Result<QString> expression(const Node &n, const MakoScope &scope) const
    {
        Result<TemplateValue> value = n.expression.evaluate(scope);
        if (!value)
            return failed(n.line, value.error().message);
        QStringList filters;
        if (!n.filters.contains(QStringLiteral("n")))
            filters << QStringLiteral("str");
        for (const QString &f : n.filters)
            if (f != QLatin1String("n"))
                filters << f;
        TemplateValue v = *value;
        for (const QString &f : filters) {
            Result<TemplateValue> r = applyFilter(f, v, scope);
            if (!r)
                return failed(n.line, r.error().message);
            v = *r;
        }
        if (v.isUndefined())
            return failed(n.line, QStringLiteral("name '%1' is undefined").arg(v.text()));
        if (!v.isString())
            return failed(n.line, QStringLiteral("expected str instance, %1 found").arg(v.typeName()));
        return v.text();
    }

    static QString escapeMarkup(const QString &s)
    {
        QString out;
        for (const QChar c : s) {
            switch (c.unicode()) {
            case '&': out += QLatin1String("&amp;"); break;
            case '<': out += QLatin1String("&lt;"); break;
            case '>': out += QLatin1String("&gt;"); break;
            case '"': out += QLatin1String("&#34;"); break;
            case '\'': out += QLatin1String("&#39;"); break;
            default: out += c;
            }
        }
        return out;
    }

    Result<TemplateValue> applyFilter(const QString &name, const TemplateValue &v, const MakoScope &scope) const
    {
        if (v.isUndefined())
            return makeError(ErrorCode::Command, QStringLiteral("name '%1' is undefined").arg(v.text()));
        if (name == QLatin1String("str") || name == QLatin1String("unicode"))
            return TemplateValue::string(v.str());
        if (name == QLatin1String("trim"))
            return TemplateValue::string(v.str().trimmed());
        if (name == QLatin1String("h") || name == QLatin1String("x"))
            return TemplateValue::string(escapeMarkup(v.str()));
        if (name == QLatin1String("u"))
            return TemplateValue::string(QString::fromLatin1(v.str().toUtf8().toPercentEncoding(" ")).replace(
                QLatin1Char(' '), QLatin1Char('+')));
        const TemplateValue fn = scope.lookup(name);
        if (fn.type() == TemplateValue::Type::Function)
            return MakoExpression::callFunction(fn.text(), {v});
        if (fn.isUndefined())
            return MakoExpression::callFunction(name, {v});
        return makeError(ErrorCode::Command, QStringLiteral("'%1' object is not callable").arg(fn.typeName()));
    }

    const TemplateContext &m_context;
    QString m_path;
};

} // namespace

Result<MakoTemplate> MakoTemplate::parse(const QString &text, const QString &path)
{
    Result<std::vector<Node>> nodes = TemplateParser(text, path).run();
    if (!nodes)
        return nodes.error();
    MakoTemplate t;
    t.m_nodes = std::make_shared<const std::vector<Node>>(std::move(*nodes));
    t.m_path = path;
    return t;
}

Result<MakoTemplate> MakoTemplate::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()), path);
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    static const QRegularExpression coding(QStringLiteral("^#.*coding[:=]\\s*([-\\w.]+)"));
    const int firstNl = int(bytes.indexOf('\n'));
    const QRegularExpressionMatch m = coding.match(QString::fromLatin1(bytes.left(firstNl < 0 ? bytes.size() : firstNl)));
    QString encoding = m.hasMatch() ? m.captured(1).toLower().replace(QLatin1Char('_'), QLatin1Char('-'))
                                    : QStringLiteral("utf-8");
    QString text;
    if (encoding == QLatin1String("latin-1") || encoding == QLatin1String("latin1")
        || encoding == QLatin1String("iso-8859-1") || encoding == QLatin1String("iso8859-1")) {
        text = QString::fromLatin1(bytes);
    } else if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8")) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(bytes);
        if (decoder.hasError())
            return makeError(ErrorCode::Command,
                             QStringLiteral("Unicode decode operation of encoding 'utf-8' failed"), path);
    } else {
        return makeError(ErrorCode::Command,
                         QStringLiteral("Template encoding '%1' is not supported (use utf-8)").arg(m.captured(1)), path, 1);
    }
    return parse(text, path);
}

Result<QString> MakoTemplate::render(const TemplateContext &context) const
{
    QString out;
    if (!m_nodes)
        return out;
    QHash<QString, TemplateValue> locals;
    Result<void> r = Renderer(context, m_path).render(*m_nodes, locals, out);
    if (!r)
        return r.error();
    return out;
}

} // namespace retort
