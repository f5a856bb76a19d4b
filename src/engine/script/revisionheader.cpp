#include "script/revisionheader.h"

#include "script/headervalue.h"

#include <QFileInfo>
#include <QVarLengthArray>

namespace retort {

using python::Token;
using python::TokenKind;

namespace {

enum Var { RevisionVar, DownRevisionVar, BranchLabelsVar, DependsOnVar, VarCount };
constexpr QStringView VarNames[VarCount] = {u"revision", u"down_revision", u"branch_labels", u"depends_on"};

int varIndex(QStringView name)
{
    for (int i = 0; i < VarCount; ++i)
        if (name == VarNames[i])
            return i;
    return -1;
}

struct VarState {
    bool seen = false;
    int line = 0;
    HeaderValue value;
};

bool isCompoundKeyword(QStringView w)
{
    static constexpr QStringView words[] = {u"if", u"elif", u"else", u"for", u"while", u"with", u"def",
                                            u"class", u"try", u"except", u"finally", u"async"};
    for (QStringView k : words)
        if (w == k)
            return true;
    return false;
}

bool isAugmentedAssign(const Token &t)
{
    return t.kind == TokenKind::Op && t.text.size() >= 2 && t.text.back() == u'='
        && t.text != u"==" && t.text != u"!=" && t.text != u"<=" && t.text != u">=";
}

// Single-character operator tests without string comparisons (hot in the statement loops).
inline char16_t opChar(const Token &t)
{
    return (t.kind == TokenKind::Op && t.text.size() == 1) ? t.text.front().unicode() : u'\0';
}

inline bool isOp(const Token &t, char16_t c)
{
    return opChar(t) == c;
}

inline bool isOpenBracket(const Token &t)
{
    const char16_t c = opChar(t);
    return c == u'(' || c == u'[' || c == u'{';
}

inline bool isCloseBracket(const Token &t)
{
    const char16_t c = opChar(t);
    return c == u')' || c == u']' || c == u'}';
}

// Reads the statements of one module. One instance per file.
class HeaderReader {
public:
    HeaderReader(const QString &source, const QString &path, Revision &rev)
        : m_source(source), m_path(path), m_rev(rev) {}
    void run();

private:
    using Line = QVarLengthArray<Token, 96>;
    void topLevelLine(const Line &line, bool first);
    void blockLine(const Line &line);
    void statement(const Token *b, const Token *e);
    void importStatement(const Token *b, const Token *e);
    void assign(int var, int line, HeaderValue value);
    void recordDef(const Token *b, const Token *e);
    void error(int line, const QString &message);
    bool restIsIrrelevant(QStringView rest) const;
    bool finishFromPlainText(QStringView rest, int firstLine);
    void finish();

    const QString &m_source;
    const QString &m_path;
    Revision &m_rev;
    VarState m_vars[VarCount];
    bool m_blockIsDefOrClass = true;
    bool m_syntaxError = false;   // later problems are consequences: not reported
};

void HeaderReader::error(int line, const QString &message)
{
    m_rev.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, m_path, line, 0, message});
}

void HeaderReader::assign(int var, int line, HeaderValue value)
{
    m_vars[var].seen = true;
    m_vars[var].line = line;
    m_vars[var].value = std::move(value);
}

bool HeaderReader::finishFromPlainText(QStringView rest, int firstLine)
{
    // After `def upgrade(...):` the usual file holds only indented body lines, comments, blank lines
    // and `def downgrade(...):`. Then nothing can rebind a header variable and the body need not be
    // tokenized: the only thing left to learn is the line of `def downgrade`. Any other line
    // starting at column 0 (a statement, a decorator, a string's continuation) -> full tokenizing.
    int line = firstLine;
    int downgrade = 0;
    qsizetype pos = 0;
    while (pos < rest.size()) {
        qsizetype end = rest.indexOf(u'\n', pos);
        if (end < 0)
            end = rest.size();
        const QStringView text = rest.mid(pos, end - pos);
        if (!text.isEmpty() && !text.front().isSpace() && text.front() != u'#') {
            const bool isDef = text.startsWith(u"def downgrade")
                               && (text.size() == 13 || !(text.at(13).isLetterOrNumber() || text.at(13) == u'_'));
            if (!isDef || downgrade != 0)
                return false;
            downgrade = line;
        }
        pos = end + 1;
        ++line;
    }
    if (downgrade == 0)
        return false;
    m_rev.downgradeLine = downgrade;
    finish();
    return true;
}

bool HeaderReader::restIsIrrelevant(QStringView rest) const
{
    // Nothing after this point can rebind a header variable or redefine upgrade/downgrade when
    // none of the names occur in the text at all ("revision" also covers down_revision).
    return !rest.contains(u"revision") && !rest.contains(u"branch_labels") && !rest.contains(u"depends_on")
        && !rest.contains(u"upgrade") && !rest.contains(u"downgrade");
}

void HeaderReader::run()
{
    python::Tokenizer tokenizer(m_source);
    Line line;
    Token t;
    int level = 0;          // indentation depth of the current logical line
    bool first = true;      // the next top-level statement is the module's first
    bool checkedRest = false;
    bool triedPlainText = false;
    while (tokenizer.next(t)) {
        switch (t.kind) {
        case TokenKind::Indent: ++level; continue;
        case TokenKind::Dedent: --level; continue;
        case TokenKind::Nl:
        case TokenKind::Comment: continue;
        case TokenKind::EndMarker: break;
        case TokenKind::Newline:
            if (!line.isEmpty()) {
                if (level == 0) {
                    topLevelLine(line, first);
                    first = false;
                } else if (level == 1 && !m_blockIsDefOrClass) {
                    blockLine(line);
                }
                line.clear();
            }
            if (!triedPlainText && level == 0 && m_vars[RevisionVar].seen && m_vars[DownRevisionVar].seen
                && m_rev.upgradeLine && !m_rev.downgradeLine) {
                triedPlainText = true;
                if (finishFromPlainText(tokenizer.rest(), t.line + 1))
                    return;
            }
            if (!checkedRest && m_vars[RevisionVar].seen && m_vars[DownRevisionVar].seen && m_rev.upgradeLine
                && m_rev.downgradeLine) {
                checkedRest = true;
                if (restIsIrrelevant(tokenizer.rest())) {
                    finish();
                    return;
                }
            }
            continue;
        default:
            if (level == 0 || (level == 1 && !m_blockIsDefOrClass))
                line.append(t);
            continue;
        }
        break;
    }
    if (tokenizer.failed()) {
        const Error &e = tokenizer.error();
        m_syntaxError = true;
        error(e.line, QStringLiteral("syntax error: %1").arg(e.message));
    }
    finish();
}

void HeaderReader::topLevelLine(const Line &line, bool first)
{
    const Token *b = line.data();
    const Token *e = b + line.size();
    if (b->kind == TokenKind::Name && isCompoundKeyword(b->text)) {
        recordDef(b, e);
        m_blockIsDefOrClass = b->text == u"def" || b->text == u"class" || b->text == u"async";
        if (b->text == u"async" && e - b > 1 && b[1].text != u"def")
            m_blockIsDefOrClass = false;
        if (!m_blockIsDefOrClass) {
            // `if x: revision = 'a'` -- a conditional assignment on the header line itself
            for (const Token *p = b + 1; p + 1 < e; ++p) {
                const int var = p->kind == TokenKind::Name ? varIndex(p->text) : -1;
                if (var >= 0 && (isOp(p[-1], u':') || isOp(p[-1], u';'))
                    && (isOp(p[1], u'=') || isOp(p[1], u':') || isAugmentedAssign(p[1])))
                    assign(var, p->line, HeaderValue::notLiteral());
            }
        }
        return;
    }
    if (isOp(*b, u'@')) {
        m_blockIsDefOrClass = true;
        return;
    }
    if (b->kind == TokenKind::Name && (b->text == u"match" || b->text == u"case") && isOp(*(e - 1), u':')
        && e - b > 2) {
        m_blockIsDefOrClass = false;
        return;
    }
    // simple statements separated by top-level ';'
    int depth = 0;
    const Token *start = b;
    for (const Token *p = b; p <= e; ++p) {
        if (p < e) {
            if (isOpenBracket(*p))
                ++depth;
            else if (isCloseBracket(*p))
                --depth;
            if (depth != 0 || !isOp(*p, u';'))
                continue;
        }
        if (start < p) {
            if (first && start == b) {
                QString doc;
                if (docstringValue(start, p, &doc)) {
                    m_rev.longDoc = pythonStrip(doc);
                    m_rev.doc = firstParagraph(m_rev.longDoc);
                }
            }
            statement(start, p);
        }
        start = p + 1;
    }
}

// A statement directly inside a top-level if/try/with/for/while block: Python runs it on import,
// but whether it runs depends on the condition, so a header variable set there cannot be read.
void HeaderReader::blockLine(const Line &line)
{
    const Token *b = line.data();
    const Token *e = b + line.size();
    if (b->kind == TokenKind::Name && (b->text == u"def" || b->text == u"async")) {
        recordDef(b, e);
        return;
    }
    if (b->kind != TokenKind::Name || e - b < 2)
        return;
    const int var = varIndex(b->text);
    if (var >= 0 && (isOp(b[1], u'=') || isOp(b[1], u':') || isAugmentedAssign(b[1])))
        assign(var, b->line, HeaderValue::notLiteral());
}

void HeaderReader::recordDef(const Token *b, const Token *e)
{
    const Token *d = b;
    if (d->text == u"async" && e - d > 1)
        ++d;
    if (!d->isName(u"def") || e - d < 2 || d[1].kind != TokenKind::Name)
        return;
    if (d[1].text == u"upgrade")
        m_rev.upgradeLine = d->line;
    else if (d[1].text == u"downgrade")
        m_rev.downgradeLine = d->line;
}

void HeaderReader::statement(const Token *b, const Token *e)
{
    if (b->isName(u"import") || b->isName(u"from")) {
        importStatement(b, e);
        return;
    }
    // split on top-level '='
    QVarLengthArray<const Token *, 4> equals;
    int depth = 0;
    for (const Token *p = b; p < e; ++p) {
        if (isOpenBracket(*p))
            ++depth;
        else if (isCloseBracket(*p))
            --depth;
        else if (depth == 0 && isOp(*p, u'='))
            equals.append(p);
    }
    if (equals.isEmpty()) {
        // `revision += 'x'` rebinds with a computed value; `revision: str` alone binds nothing
        if (e - b >= 2 && b->kind == TokenKind::Name && isAugmentedAssign(b[1])) {
            const int var = varIndex(b->text);
            if (var >= 0)
                assign(var, b->line, HeaderValue::notLiteral());
        }
        return;
    }
    const Token *valueBegin = equals.last() + 1;
    HeaderValue value;
    bool parsed = false;
    const Token *targetBegin = b;
    for (const Token *eq : equals) {
        const Token *tb = targetBegin;
        const Token *te = eq;
        targetBegin = eq + 1;
        // NAME  or  NAME ':' annotation
        if (tb < te && tb->kind == TokenKind::Name && (te - tb == 1 || isOp(tb[1], u':'))) {
            const int var = varIndex(tb->text);
            if (var < 0)
                continue;
            if (!parsed) {
                value = parseHeaderValue(valueBegin, e);
                parsed = true;
            }
            assign(var, tb->line, value);
            continue;
        }
        // tuple/list unpacking, starred or parenthesised targets: a bound header name is unknown
        for (const Token *p = tb; p < te; ++p) {
            if (p->kind != TokenKind::Name)
                continue;
            const int var = varIndex(p->text);
            if (var < 0)
                continue;
            const bool before = p == tb || isOp(p[-1], u',') || isOp(p[-1], u'(') || isOp(p[-1], u'[')
                || isOp(p[-1], u'*');
            const bool after = p + 1 == te || isOp(p[1], u',') || isOp(p[1], u')') || isOp(p[1], u']');
            if (before && after)
                assign(var, p->line, HeaderValue::notLiteral());
        }
    }
}

// `import x as revision`, `from m import down_revision`: the value comes from running other code.
void HeaderReader::importStatement(const Token *b, const Token *e)
{
    const Token *p = b;
    if (b->isName(u"from")) {
        while (p < e && !p->isName(u"import"))
            ++p;
    }
    // items separated by ',' (parentheses ignored): the bound name follows 'as', else it is the
    // item's first name
    const Token *itemStart = p + 1;
    for (const Token *q = p + 1; q <= e; ++q) {
        if (q < e && !isOp(*q, u','))
            continue;
        const Token *s = itemStart;
        const Token *t = q;
        while (s < t && isOp(*s, u'('))
            ++s;
        while (t > s && isOp(t[-1], u')'))
            --t;
        const Token *bound = nullptr;
        for (const Token *r = s; r < t; ++r)
            if (r->isName(u"as") && r + 1 < t)
                bound = r + 1;
        if (!bound && s < t && s->kind == TokenKind::Name)
            bound = s;   // `import a.b` binds a; `from m import a` binds a
        if (bound) {
            const int var = varIndex(bound->text);
            if (var >= 0)
                assign(var, bound->line, HeaderValue::notLiteral());
        }
        itemStart = q + 1;
    }
}

bool hasForbiddenChars(const QString &id, QString *chars)
{
    // Alembic forbids @ - + (and : since 1.17.1) in revision ids; message lists them sorted
    QStringList found;
    for (QChar c : {QChar(u'+'), QChar(u'-'), QChar(u':'), QChar(u'@')})
        if (id.contains(c))
            found << QString(c);
    *chars = found.join(QStringLiteral(", "));
    return !found.isEmpty();
}

void HeaderReader::finish()
{
    for (int i = 0; i < VarCount; ++i) {
        const VarState &v = m_vars[i];
        if (!v.seen)
            continue;
        const QString name = VarNames[i].toString();
        switch (v.value.kind) {
        case HeaderValue::Kind::NotLiteral:
            error(v.line, notLiteralMessage(name));
            continue;
        case HeaderValue::Kind::WrongType:
            error(v.line, i == RevisionVar ? QStringLiteral("revision must be a string")
                                           : QStringLiteral("%1 must be None, a string, or a tuple or list of "
                                                            "strings").arg(name));
            continue;
        default:
            break;
        }
        if (i == RevisionVar) {
            m_rev.revisionLine = v.line;
            if (v.value.kind != HeaderValue::Kind::String) {
                error(v.line, QStringLiteral("revision must be a string"));
                continue;
            }
            m_rev.id = v.value.items.first();
            QString chars;
            if (hasForbiddenChars(m_rev.id, &chars))
                error(v.line, QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                                  .arg(chars, m_rev.id));
            continue;
        }
        const QStringList items = v.value.items;   // None: empty
        if (i == DownRevisionVar) {
            m_rev.downRevisionLine = v.line;
            m_rev.downRevisions = items;
        } else if (i == BranchLabelsVar) {
            m_rev.branchLabels = items;
        } else {
            m_rev.dependsOn = items;
        }
    }
    if (!m_vars[RevisionVar].seen) {
        // Alembic's legacy fallback: the file name is the id (`([a-f0-9]+)\.py$`, matched at the start)
        const QString name = QFileInfo(m_path).fileName();
        bool hex = name.size() > 3 && name.endsWith(QLatin1String(".py"));
        for (qsizetype i = 0; hex && i < name.size() - 3; ++i) {
            const QChar c = name.at(i);
            hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        }
        if (hex) {
            m_rev.id = name.left(name.size() - 3);
        } else if (!m_syntaxError) {
            error(0, QStringLiteral("Could not determine revision id from filename %1. Be sure the 'revision' "
                                    "variable is declared inside the script (please see 'Upgrading from "
                                    "Alembic 0.1 to 0.2' in the documentation).")
                         .arg(name));
        }
    }
    if (!m_vars[DownRevisionVar].seen && !m_syntaxError)
        error(0, QStringLiteral("down_revision is not defined; Alembic cannot load a revision without it "
                                "(write down_revision = None for a base revision)"));
    if (!m_rev.longDoc.isEmpty()) {
        for (QStringView line : QStringView(m_rev.longDoc).split(u'\n')) {
            const QStringView t = line.trimmed();
            if (t.startsWith(u"Create Date:")) {
                m_rev.createDate = t.mid(12).trimmed().toString();
                break;
            }
        }
    }
}

bool isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x1c && u <= 0x1f);
}

} // namespace

QString notLiteralMessage(QStringView variable)
{
    return QStringLiteral("%1 is not a literal value; Retort reads revision headers without running them")
        .arg(variable);
}

QString pythonStrip(QStringView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isPythonSpace(text[b]))
        ++b;
    while (e > b && isPythonSpace(text[e - 1]))
        --e;
    return text.mid(b, e - b).toString();
}

QString firstParagraph(const QString &longDoc)
{
    const qsizetype i = longDoc.indexOf(QLatin1String("\n\n"));
    return i < 0 ? longDoc : longDoc.left(i);
}

Revision readRevisionSource(const QString &source, const QString &path)
{
    Revision rev;
    rev.path = path;
    HeaderReader reader(source, path, rev);
    reader.run();
    return rev;
}

} // namespace retort
