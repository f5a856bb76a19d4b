#include "config/pycompat.h"

#include <QByteArray>
#include <QStringList>
#include <QStringDecoder>

namespace retort::pycompat {

namespace {

// Not str.isprintable(): control, format, private use, unassigned, separators other than ' '.
bool isNonPrintable(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QString repr(const QString &text)
{
    const bool hasSingle = text.contains(QLatin1Char('\''));
    const bool hasDouble = text.contains(QLatin1Char('"'));
    const QChar quote = (hasSingle && !hasDouble) ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (c == quote || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == '\n') {
            out += QLatin1String("\\n");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u == '\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || (u >= 0x7f && u < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        } else if (!c.isSurrogate() && u != ' ' && isNonPrintable(c)) {
            out += u <= 0xff ? QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

QString pathlibNormalize(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool absolute = path.startsWith(QLatin1Char('/'));
    // POSIX keeps exactly two leading slashes; pathlib does too.
    const bool doubleRoot = path.startsWith(QLatin1String("//")) && !path.startsWith(QLatin1String("///"));
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        parts << part;
    }
    QString joined = parts.join(QLatin1Char('/'));
    if (absolute)
        return (doubleRoot ? QStringLiteral("//") : QStringLiteral("/")) + joined;
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

QString pathlibAbsolute(const QString &path, const QString &workingDir)
{
    const QString norm = pathlibNormalize(path);
    if (norm.startsWith(QLatin1Char('/')))
        return norm;
    const QString base = pathlibNormalize(workingDir);
    if (norm == QLatin1String("."))
        return base;
    return base == QLatin1String("/") ? QLatin1Char('/') + norm : base + QLatin1Char('/') + norm;
}

QString pathlibParent(const QString &path)
{
    const QString norm = pathlibNormalize(path);
    const qsizetype slash = norm.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    if (slash == 0)
        return QStringLiteral("/");
    if (slash == 1 && norm.startsWith(QLatin1String("//")))
        return QStringLiteral("//");
    return norm.left(slash);
}

Result<QString> percentFormat(const QString &value, const QHash<QString, QString> &mapping)
{
    QString out;
    const qsizetype n = value.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('%')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype start = i;
        ++i;
        if (i >= n)
            return makeError(ErrorCode::Config, QStringLiteral("ValueError: incomplete format"));
        if (value.at(i) == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        if (value.at(i) != QLatin1Char('(')) {
            return makeError(ErrorCode::Config,
                             QStringLiteral("TypeError: format requires a mapping key at index %1 "
                                            "(use '%%' for a literal '%')").arg(start));
        }
        int depth = 1;
        const qsizetype keyStart = ++i;
        while (i < n && depth > 0) {
            if (value.at(i) == QLatin1Char('('))
                ++depth;
            else if (value.at(i) == QLatin1Char(')'))
                --depth;
            ++i;
        }
        if (depth > 0)
            return makeError(ErrorCode::Config, QStringLiteral("ValueError: incomplete format key"));
        const QString key = value.mid(keyStart, i - 1 - keyStart);
        bool leftAlign = false;
        while (i < n && QStringLiteral("#0- +").contains(value.at(i))) {
            if (value.at(i) == QLatin1Char('-'))
                leftAlign = true;
            ++i;
        }
        int width = 0;
        while (i < n && value.at(i).isDigit())
            width = width * 10 + value.at(i++).digitValue();
        int precision = -1;
        if (i < n && value.at(i) == QLatin1Char('.')) {
            ++i;
            precision = 0;
            while (i < n && value.at(i).isDigit())
                precision = precision * 10 + value.at(i++).digitValue();
        }
        while (i < n && QStringLiteral("hlL").contains(value.at(i)))
            ++i;
        if (i >= n)
            return makeError(ErrorCode::Config, QStringLiteral("ValueError: incomplete format"));
        const QChar conv = value.at(i++);
        const auto it = mapping.constFind(key);
        if (it == mapping.constEnd())
            return makeError(ErrorCode::Config, QStringLiteral("KeyError: %1").arg(repr(key)));
        QString text;
        if (conv == QLatin1Char('s'))
            text = *it;
        else if (conv == QLatin1Char('r') || conv == QLatin1Char('a'))
            text = repr(*it);
        else if (QStringLiteral("diouxXeEfFgGc").contains(conv))
            return makeError(ErrorCode::Config,
                             QStringLiteral("TypeError: %%1 format: a real number is required, not str")
                                 .arg(conv));
        else
            return makeError(ErrorCode::Config,
                             QStringLiteral("ValueError: unsupported format character '%1' (0x%2) at index %3")
                                 .arg(conv).arg(conv.unicode(), 0, 16).arg(i - 1));
        if (precision >= 0)
            text.truncate(precision);
        if (text.size() < width) {
            const QString pad(width - text.size(), QLatin1Char(' '));
            text = leftAlign ? text + pad : pad + text;
        }
        out += text;
    }
    return out;
}

Result<qint64> parseInt(const QString &text)
{
    const auto fail = [&] {
        return makeError(ErrorCode::Config,
                         QStringLiteral("invalid literal for int() with base 10: %1").arg(repr(text)));
    };
    QString s = text.trimmed();
    if (s.isEmpty())
        return fail();
    bool negative = false;
    if (s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    if (s.isEmpty() || s.startsWith(QLatin1Char('_')) || s.endsWith(QLatin1Char('_'))
        || s.contains(QLatin1String("__")))
        return fail();
    s.remove(QLatin1Char('_'));
    qint64 v = 0;
    for (QChar c : s) {
        if (!c.isDigit())
            return fail();
        v = v * 10 + c.digitValue();
        if (v > (Q_INT64_C(1) << 53))
            return fail();
    }
    return negative ? -v : v;
}

QString unquote(const QString &text)
{
    if (!text.contains(QLatin1Char('%')))
        return text;
    QString out;
    QByteArray pending;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            out += QString::fromUtf8(pending);   // invalid sequences become U+FFFD, like errors="replace"
            pending.clear();
        }
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 2 < n) {
            const int hi = QStringLiteral("0123456789abcdef").indexOf(text.at(i + 1).toLower());
            const int lo = QStringLiteral("0123456789abcdef").indexOf(text.at(i + 2).toLower());
            if (hi >= 0 && lo >= 0) {
                pending.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        flush();
        out += c;
    }
    flush();
    return out;
}

QString quotePlus(const QString &text)
{
    QByteArray enc = text.toUtf8().toPercentEncoding(" ");
    enc.replace(' ', '+');
    return QString::fromLatin1(enc);
}

} // namespace retort::pycompat
