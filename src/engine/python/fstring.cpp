#include "python/parser.h"
#include "python/parserimpl.h"

namespace retort::python {

// f-strings: the tokenizer hands over the whole literal (3.11 rules); it is split here into
// literal parts and replacement fields {expr[=][!conv][:spec]}, the spec itself an f-string.

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
