#include "config/dotenv.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace retort {

namespace {

bool isInlineSpace(QChar c)
{
    return c.isSpace() && c != QLatin1Char('\n') && c != QLatin1Char('\r');
}

// Cursor over the text that knows its line number.
struct Reader {
    const QString &text;
    qsizetype pos = 0;
    int line = 1;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return pos + ahead < text.size() ? text.at(pos + ahead) : QChar();
    }
    QChar take()
    {
        const QChar c = text.at(pos++);
        if (c == QLatin1Char('\n'))
            ++line;
        return c;
    }
    void skipInlineSpace()
    {
        while (!atEnd() && isInlineSpace(peek()))
            take();
    }
    void skipRestOfLine()
    {
        while (!atEnd() && peek() != QLatin1Char('\n'))
            take();
        if (!atEnd())
            take();
    }
    bool atLineEnd() const { return atEnd() || peek() == QLatin1Char('\n'); }
};

QString expand(const QString &value, const QProcessEnvironment &env, const QHash<QString, QString> &earlier)
{
    static const QRegularExpression var(QStringLiteral("\\$\\{([^}:]*)(?::-([^}]*))?\\}"));
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (env.contains(name))
            out += env.value(name);
        else if (earlier.contains(name))
            out += earlier.value(name);
        else
            out += m.captured(2);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

} // namespace

Result<DotEnv> DotEnv::load(const QString &path, const QProcessEnvironment &environment)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()), path);
    return parse(QString::fromUtf8(f.readAll()), path, environment);
}

DotEnv DotEnv::parse(const QString &input, const QString &fileName, const QProcessEnvironment &environment)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    DotEnv env;
    env.m_fileName = fileName;
    QHash<QString, QString> defined;
    Reader r{text};

    while (!r.atEnd()) {
        // blank space (also blank lines) before a statement
        while (!r.atEnd() && r.peek().isSpace())
            r.take();
        if (r.atEnd())
            break;
        const int startLine = r.line;
        if (r.peek() == QLatin1Char('#')) {
            r.skipRestOfLine();
            continue;
        }
        const auto fail = [&] {
            env.m_diagnostics.append(Diagnostic{Diagnostic::Severity::Warning, fileName, startLine, 0,
                                                QStringLiteral("could not parse statement starting at line %1")
                                                    .arg(startLine)});
            while (r.line == startLine && !r.atEnd())
                r.take();
        };
        if (text.mid(r.pos, 6) == QLatin1String("export") && isInlineSpace(r.peek(6))) {
            r.pos += 6;
            r.skipInlineSpace();
        }
        QString key;
        if (r.peek() == QLatin1Char('\'')) {
            r.take();
            while (!r.atEnd() && r.peek() != QLatin1Char('\'') && r.peek() != QLatin1Char('\n'))
                key += r.take();
            if (r.peek() != QLatin1Char('\'') || key.isEmpty()) {
                fail();
                continue;
            }
            r.take();
        } else {
            while (!r.atEnd() && r.peek() != QLatin1Char('=') && r.peek() != QLatin1Char('#')
                   && !r.peek().isSpace())
                key += r.take();
        }
        if (key.isEmpty()) {
            fail();
            continue;
        }
        r.skipInlineSpace();
        if (r.atLineEnd() || r.peek() == QLatin1Char('#')) {
            // "KEY" without a value: python-dotenv yields None; nothing is defined
            r.skipRestOfLine();
            continue;
        }
        if (r.peek() != QLatin1Char('=')) {
            fail();
            continue;
        }
        r.take();
        r.skipInlineSpace();

        QString value;
        bool expandable = true;
        const QChar quote = r.peek();
        if (quote == QLatin1Char('\'') || quote == QLatin1Char('"')) {
            r.take();
            bool closed = false;
            while (!r.atEnd()) {
                QChar c = r.take();
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\\') && !r.atEnd()) {
                    const QChar n = r.peek();
                    if (quote == QLatin1Char('\'')) {
                        if (n == QLatin1Char('\\') || n == QLatin1Char('\'')) {
                            value += r.take();
                            continue;
                        }
                    } else {
                        static const QHash<QChar, QChar> escapes = {
                            {QLatin1Char('\\'), QLatin1Char('\\')}, {QLatin1Char('\''), QLatin1Char('\'')},
                            {QLatin1Char('"'), QLatin1Char('"')},   {QLatin1Char('a'), QChar(7)},
                            {QLatin1Char('b'), QChar(8)},          {QLatin1Char('f'), QChar(12)},
                            {QLatin1Char('n'), QLatin1Char('\n')}, {QLatin1Char('r'), QLatin1Char('\r')},
                            {QLatin1Char('t'), QLatin1Char('\t')}, {QLatin1Char('v'), QChar(11)}};
                        if (escapes.contains(n)) {
                            r.take();
                            value += escapes.value(n);
                            continue;
                        }
                    }
                }
                value += c;
            }
            if (!closed) {
                r.pos = text.size();
                env.m_diagnostics.append(Diagnostic{Diagnostic::Severity::Warning, fileName, startLine, 0,
                                                    QStringLiteral("could not parse statement starting at line %1: "
                                                                   "unterminated quoted value")
                                                        .arg(startLine)});
                continue;
            }
            expandable = quote == QLatin1Char('"');
            r.skipInlineSpace();
            if (r.peek() == QLatin1Char('#')) {
                r.skipRestOfLine();
            } else if (!r.atLineEnd()) {
                fail();
                continue;
            } else {
                r.skipRestOfLine();
            }
        } else {
            QString rest;
            while (!r.atLineEnd())
                rest += r.take();
            r.skipRestOfLine();
            // re.sub(r"\s+#.*", "", value).rstrip()
            static const QRegularExpression comment(QStringLiteral("\\s+#.*$"));
            rest.remove(comment);
            value = rest;
            while (!value.isEmpty() && value.back().isSpace())
                value.chop(1);
        }
        if (expandable)
            value = expand(value, environment, defined);
        defined.insert(key, value);
        env.m_values.append({key, value});
        env.m_lines.append(startLine);
    }
    return env;
}

bool DotEnv::contains(const QString &key) const
{
    return value(key).has_value();
}

std::optional<QString> DotEnv::value(const QString &key) const
{
    for (qsizetype i = m_values.size() - 1; i >= 0; --i)
        if (m_values.at(i).first == key)
            return m_values.at(i).second;
    return std::nullopt;
}

int DotEnv::line(const QString &key) const
{
    for (qsizetype i = m_values.size() - 1; i >= 0; --i)
        if (m_values.at(i).first == key)
            return m_lines.at(i);
    return 0;
}

} // namespace retort
