#include "python/format.h"

#include <QList>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace retort::python {

QString floatRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    QString sci = QString::fromLatin1(buf, int(res.ptr - buf));
    bool negative = sci.startsWith(QLatin1Char('-'));
    if (negative)
        sci.remove(0, 1);
    const int ePos = sci.indexOf(QLatin1Char('e'));
    QString digits = sci.left(ePos);
    digits.remove(QLatin1Char('.'));
    const int exponent = sci.mid(ePos + 1).toInt();
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    const int decpt = exponent + 1;
    QString out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out = QStringLiteral("0.") + QString(-decpt, QLatin1Char('0')) + digits;
        } else if (decpt >= digits.size()) {
            out = digits + QString(decpt - digits.size(), QLatin1Char('0')) + QStringLiteral(".0");
        } else {
            out = digits.left(decpt) + QLatin1Char('.') + digits.mid(decpt);
        }
    } else {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        const int e = decpt - 1;
        out += QLatin1Char('e');
        out += QLatin1Char(e < 0 ? '-' : '+');
        out += QString::number(std::abs(e)).rightJustified(2, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + out : out;
}

static void appendEscaped(QString &out, char32_t c)
{
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else if (c < 0x10000)
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

QString stringRepr(const QString &value)
{
    const QChar quote = value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('"'))
                            ? QLatin1Char('"') : QLatin1Char('\'');
    QString out = quote;
    const QList<uint> ucs = value.toUcs4();
    for (uint c : ucs) {
        if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (c == quote.unicode())
            out += QLatin1Char('\\') + quote;
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c < 0x20 || c == 0x7f)
            appendEscaped(out, c);
        else if (c < 0x7f)
            out += QChar(char16_t(c));
        else if (QChar::isPrint(c) && c != 0xa0 && c != 0xad)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        else
            appendEscaped(out, c);
    }
    out += quote;
    return out;
}

QString bytesRepr(const QByteArray &value)
{
    const char quote = value.contains('\'') && !value.contains('"') ? '"' : '\'';
    QString out = QStringLiteral("b") + QLatin1Char(quote);
    for (char ch : value) {
        const uchar c = uchar(ch);
        if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (c == uchar(quote))
            out += QStringLiteral("\\") + QLatin1Char(quote);
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c < 0x20 || c >= 0x7f)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(char(c));
    }
    out += QLatin1Char(quote);
    return out;
}

bool parseFormatSpec(const QString &spec, FormatSpec &out, QString *message)
{
    out = FormatSpec();
    int i = 0;
    const int n = spec.size();
    auto isAlign = [](QChar c) { return c == u'<' || c == u'>' || c == u'^' || c == u'='; };
    if (n >= 2 && isAlign(spec.at(1))) {
        out.fill = spec.at(0);
        out.align = spec.at(1);
        i = 2;
    } else if (n >= 1 && isAlign(spec.at(0))) {
        out.align = spec.at(0);
        i = 1;
    }
    if (i < n && (spec.at(i) == u'+' || spec.at(i) == u'-' || spec.at(i) == u' '))
        out.sign = spec.at(i++);
    if (i < n && spec.at(i) == u'#') {
        out.alternate = true;
        ++i;
    }
    if (i < n && spec.at(i) == u'0') {
        out.zero = true;
        ++i;
    }
    int start = i;
    while (i < n && spec.at(i).isDigit())
        ++i;
    if (i > start)
        out.width = spec.mid(start, i - start).toInt();
    if (i < n && (spec.at(i) == u',' || spec.at(i) == u'_'))
        out.grouping = spec.at(i++);
    if (i < n && spec.at(i) == u'.') {
        ++i;
        start = i;
        while (i < n && spec.at(i).isDigit())
            ++i;
        if (i == start) {
            if (message)
                *message = QStringLiteral("ValueError: Format specifier missing precision");
            return false;
        }
        out.precision = spec.mid(start, i - start).toInt();
    }
    if (i < n)
        out.type = spec.at(i++);
    if (i < n) {
        if (message)
            *message = QStringLiteral("ValueError: Invalid format specifier");
        return false;
    }
    if (out.zero && out.align.isNull()) {
        out.fill = QLatin1Char('0');
        out.align = QLatin1Char('=');
    }
    return true;
}

static QString group(const QString &digits, QChar sep, int every)
{
    if (sep.isNull())
        return digits;
    QString out;
    const int n = digits.size();
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % every == 0)
            out += sep;
        out += digits.at(i);
    }
    return out;
}

// Pads sign + body to the width; '=' puts the padding between the sign/prefix and the digits.
static QString pad(const QString &prefix, const QString &body, const FormatSpec &spec, QChar defAlign)
{
    const QChar align = spec.align.isNull() ? defAlign : spec.align;
    const int len = int(prefix.size() + body.size());
    if (spec.width <= len)
        return prefix + body;
    const int fill = spec.width - len;
    if (align == u'<')
        return prefix + body + QString(fill, spec.fill);
    if (align == u'^')
        return QString(fill / 2, spec.fill) + prefix + body + QString(fill - fill / 2, spec.fill);
    if (align == u'=')
        return prefix + QString(fill, spec.fill) + body;
    return QString(fill, spec.fill) + prefix + body;
}

static QString signFor(bool negative, const FormatSpec &spec)
{
    if (negative)
        return QStringLiteral("-");
    if (spec.sign == u'+')
        return QStringLiteral("+");
    if (spec.sign == u' ')
        return QStringLiteral(" ");
    return {};
}

bool formatInt(qint64 value, const FormatSpec &spec, QString &out, QString *message)
{
    const QChar t = spec.type;
    if (t == u'e' || t == u'E' || t == u'f' || t == u'F' || t == u'g' || t == u'G' || t == u'%')
        return formatFloat(double(value), spec, out, message);
    if (spec.precision >= 0) {
        if (message)
            *message = QStringLiteral("ValueError: Precision not allowed in integer format specifier");
        return false;
    }
    const bool negative = value < 0;
    const quint64 mag = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits;
    QString prefix;
    int every = 3;
    if (t.isNull() || t == u'd' || t == u'n') {
        digits = QString::number(mag);
    } else if (t == u'x' || t == u'X') {
        digits = QString::number(mag, 16);
        if (t == u'X')
            digits = digits.toUpper();
        if (spec.alternate)
            prefix = t == u'X' ? QStringLiteral("0X") : QStringLiteral("0x");
        every = 4;
    } else if (t == u'o') {
        digits = QString::number(mag, 8);
        if (spec.alternate)
            prefix = QStringLiteral("0o");
        every = 4;
    } else if (t == u'b') {
        digits = QString::number(mag, 2);
        if (spec.alternate)
            prefix = QStringLiteral("0b");
        every = 4;
    } else if (t == u'c') {
        out = pad({}, QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1), spec, QLatin1Char('<'));
        return true;
    } else {
        if (message)
            *message = QStringLiteral("ValueError: Unknown format code '%1' for object of type 'int'").arg(t);
        return false;
    }
    digits = group(digits, spec.grouping, every);
    out = pad(signFor(negative, spec) + prefix, digits, spec, QLatin1Char('>'));
    return true;
}

QString formatFloatC(double value, QChar type, int precision, bool alternate)
{
    char fmt[16];
    std::snprintf(fmt, sizeof fmt, "%%%s.*%c", alternate ? "#" : "", char(type.unicode()));
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, precision, value);
    return QString::fromLatin1(buf);
}

bool formatFloat(double value, const FormatSpec &spec, QString &out, QString *message)
{
    QChar t = spec.type;
    QString body;
    const bool negative = std::signbit(value) && !std::isnan(value);
    const double mag = std::fabs(value);
    if (t.isNull()) {
        if (spec.precision < 0) {
            body = floatRepr(mag);
        } else {
            body = formatFloatC(mag, QLatin1Char('g'), spec.precision == 0 ? 1 : spec.precision, spec.alternate);
            if (std::isfinite(mag) && !body.contains(QLatin1Char('.')) && !body.contains(QLatin1Char('e')))
                body += QStringLiteral(".0");
        }
    } else if (t == u'e' || t == u'E' || t == u'f' || t == u'F' || t == u'g' || t == u'G') {
        body = formatFloatC(mag, t, spec.precision < 0 ? 6 : spec.precision, spec.alternate);
    } else if (t == u'n') {
        body = formatFloatC(mag, QLatin1Char('g'), spec.precision < 0 ? 6 : spec.precision, spec.alternate);
    } else if (t == u'%') {
        body = formatFloatC(mag * 100, QLatin1Char('f'), spec.precision < 0 ? 6 : spec.precision, spec.alternate)
               + QLatin1Char('%');
    } else {
        if (message)
            *message = QStringLiteral("ValueError: Unknown format code '%1' for object of type 'float'").arg(t);
        return false;
    }
    if (!spec.grouping.isNull() && std::isfinite(mag)) {
        int end = 0;
        while (end < body.size() && body.at(end).isDigit())
            ++end;
        body = group(body.left(end), spec.grouping, 3) + body.mid(end);
    }
    out = pad(signFor(negative, spec), body, spec, QLatin1Char('>'));
    return true;
}

bool formatStr(const QString &value, const FormatSpec &spec, QString &out, QString *message)
{
    if (!spec.type.isNull() && spec.type != u's') {
        if (message)
            *message = QStringLiteral("ValueError: Unknown format code '%1' for object of type 'str'").arg(spec.type);
        return false;
    }
    if (!spec.sign.isNull()) {
        if (message)
            *message = QStringLiteral("ValueError: Sign not allowed in string format specifier");
        return false;
    }
    if (spec.align == u'=') {
        if (message)
            *message = QStringLiteral("ValueError: '=' alignment not allowed in string format specifier");
        return false;
    }
    QString body = spec.precision >= 0 ? value.left(spec.precision) : value;
    out = pad({}, body, spec, QLatin1Char('<'));
    return true;
}

} // namespace retort::python
