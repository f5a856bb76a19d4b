#include "script/revisionnaming.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace retort {

namespace {

Error pyError(const QString &message)
{
    return makeError(ErrorCode::Command, message);
}

QString twoDigits(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

bool isWordChar(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c);
}

// Pads `body` (after `sign`/`prefix`) to `width` the way printf-style formatting does.
QString pad(const QString &sign, const QString &body, int width, bool left, bool zero)
{
    const int len = int(sign.size() + body.size());
    if (width <= len)
        return sign + body;
    const QString fill(width - len, zero && !left ? QLatin1Char('0') : QLatin1Char(' '));
    if (left)
        return sign + body + fill;
    if (zero)
        return sign + fill + body;
    return fill + sign + body;
}

bool isCased(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Letter_Uppercase || cat == QChar::Letter_Lowercase || cat == QChar::Letter_Titlecase;
}

bool isCaseIgnorable(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format
        || cat == QChar::Letter_Modifier || cat == QChar::Symbol_Modifier || c == U'\'' || c == U'.' || c == U':'
        || c == U'\u00B7' || c == U'\u2018' || c == U'\u2019' || c == U'\u2024' || c == U'\uFE52' || c == U'\uFF07'
        || c == U'\uFF0E';
}

// Python's str.lower(): full case mapping plus its final-sigma rule for U+03A3.
QString pythonLower(const QString &text)
{
    const QList<uint> cps = text.toUcs4();
    QString out;
    for (int i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (c == U'\u03A3') {
            int j = i - 1;
            while (j >= 0 && isCaseIgnorable(cps[j]))
                --j;
            bool finalSigma = j >= 0 && isCased(cps[j]);
            if (finalSigma) {
                int k = i + 1;
                while (k < cps.size() && isCaseIgnorable(cps[k]))
                    ++k;
                finalSigma = k == cps.size() || !isCased(cps[k]);
            }
            out += finalSigma ? QChar(0x03C2) : QChar(0x03C3);
            continue;
        }
        out += QString::fromUcs4(&c, 1).toLower();
    }
    return out;
}

} // namespace

QString CreateDate::str() const
{
    const QDate d = wallClock.date();
    const QTime t = wallClock.time();
    QString s = QStringLiteral("%1-%2-%3 %4:%5:%6")
                    .arg(d.year(), 4, 10, QLatin1Char('0'))
                    .arg(twoDigits(d.month()), twoDigits(d.day()), twoDigits(t.hour()), twoDigits(t.minute()),
                         twoDigits(t.second()));
    if (microsecond)
        s += QStringLiteral(".%1").arg(microsecond, 6, 10, QLatin1Char('0'));
    if (aware) {
        const int abs = std::abs(offsetSeconds);
        s += (offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+')) + twoDigits(abs / 3600) + QLatin1Char(':')
           + twoDigits(abs % 3600 / 60);
        if (abs % 60)
            s += QLatin1Char(':') + twoDigits(abs % 60);
    }
    return s;
}

QString CreateDate::repr() const
{
    const QDate d = wallClock.date();
    const QTime t = wallClock.time();
    QStringList parts{QString::number(d.year()), QString::number(d.month()), QString::number(d.day()),
                      QString::number(t.hour()), QString::number(t.minute())};
    if (t.second() || microsecond)
        parts << QString::number(t.second());
    if (microsecond)
        parts << QString::number(microsecond);
    if (aware)
        parts << QStringLiteral("tzinfo=zoneinfo.ZoneInfo(key=%1)")
                     .arg(TemplateValue::string(QString::fromUtf8(wallClock.timeZone().id())).repr());
    return QStringLiteral("datetime.datetime(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString RevisionNaming::newRevisionId()
{
    return QUuid::createUuid().toString(QUuid::Id128).right(12);
}

Result<void> RevisionNaming::verifyRevisionId(const QString &id)
{
    QList<QChar> illegal;
    for (const QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char(':'), QLatin1Char('@')})   // sorted
        if (id.contains(c))
            illegal << c;
    if (illegal.isEmpty())
        return {};
    QStringList chars;
    for (const QChar c : illegal)
        chars << QString(c);
    return makeError(ErrorCode::Command, QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                                             .arg(chars.join(QStringLiteral(", ")), id));
}

QString RevisionNaming::slug(const QString &message, int truncateLength)
{
    QStringList words;
    const QList<uint> codePoints = message.toUcs4();
    QString word;
    for (const uint c : codePoints) {
        if (isWordChar(char32_t(c))) {
            const char32_t cp = c;
            word += QString::fromUcs4(&cp, 1);
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    const QString slug = pythonLower(words.join(QLatin1Char('_')));
    const QList<uint> ucs = slug.toUcs4();
    if (ucs.size() <= truncateLength)
        return slug;
    const int keep = std::max(0, truncateLength);
    QString cut = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), keep);
    const int underscore = int(cut.lastIndexOf(QLatin1Char('_')));
    if (underscore >= 0)
        cut.truncate(underscore);
    return cut + QLatin1Char('_');
}

Result<CreateDate> RevisionNaming::createDate(const QString &timezone, std::chrono::system_clock::time_point now)
{
    const qint64 us = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    const qint64 seconds = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
    CreateDate date;
    date.microsecond = int(us - seconds * 1000000);
    date.epoch = seconds;
    const qint64 msecs = seconds * 1000 + date.microsecond / 1000;
    if (timezone.isEmpty()) {
        date.wallClock = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime);
        return date;
    }
    QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(timezone.toUpper().toUtf8());
    if (!zone.isValid())
        return makeError(ErrorCode::Command, QStringLiteral("Can't locate timezone: %1").arg(timezone));
    date.wallClock = QDateTime::fromMSecsSinceEpoch(msecs, zone);
    date.aware = true;
    date.offsetSeconds = date.wallClock.offsetFromUtc();
    return date;
}

Result<QString> RevisionNaming::fileName(const QString &fileTemplate, const QString &revisionId,
                                         const QString &message, int truncateSlugLength, const CreateDate &date)
{
    const QDate d = date.wallClock.date();
    const QTime t = date.wallClock.time();
    const QHash<QString, TemplateValue> tokens = {
        {QStringLiteral("rev"), TemplateValue::string(revisionId)},
        {QStringLiteral("slug"), TemplateValue::string(slug(message, truncateSlugLength))},
        {QStringLiteral("epoch"), TemplateValue::integer(date.epoch)},
        {QStringLiteral("year"), TemplateValue::integer(d.year())},
        {QStringLiteral("month"), TemplateValue::integer(d.month())},
        {QStringLiteral("day"), TemplateValue::integer(d.day())},
        {QStringLiteral("hour"), TemplateValue::integer(t.hour())},
        {QStringLiteral("minute"), TemplateValue::integer(t.minute())},
        {QStringLiteral("second"), TemplateValue::integer(t.second())},
    };
    Result<QString> name = percentFormat(fileTemplate, tokens);
    if (!name) {
        Error e = name.error();
        e.message = QStringLiteral("file_template %1: %2").arg(TemplateValue::string(fileTemplate).repr(), e.message);
        if (e.message.contains(QLatin1String("KeyError")))
            e.message += QStringLiteral(" (tokens: rev, slug, epoch, year, month, day, hour, minute, second)");
        return e;
    }
    return *name + QStringLiteral(".py");
}

Result<QString> RevisionNaming::percentFormat(const QString &format, const QHash<QString, TemplateValue> &mapping)
{
    QString out;
    const int n = int(format.size());
    int i = 0;
    while (i < n) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%')) {
            out += c;
            ++i;
            continue;
        }
        const int specStart = i;
        ++i;
        if (i >= n)
            return pyError(QStringLiteral("ValueError: incomplete format"));
        if (format.at(i) == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        if (format.at(i) != QLatin1Char('('))
            return pyError(QStringLiteral("TypeError: format requires a mapping key at index %1 (write %(rev)s)").arg(specStart));
        int depth = 1;
        const int keyStart = ++i;
        while (i < n && depth > 0) {
            if (format.at(i) == QLatin1Char('('))
                ++depth;
            else if (format.at(i) == QLatin1Char(')'))
                --depth;
            ++i;
        }
        if (depth > 0)
            return pyError(QStringLiteral("ValueError: incomplete format key"));
        const QString key = format.mid(keyStart, i - 1 - keyStart);
        QString flags;
        while (i < n && QStringLiteral("#0- +").contains(format.at(i)))
            flags += format.at(i++);
        int width = 0;
        if (i < n && format.at(i) == QLatin1Char('*'))
            return pyError(QStringLiteral("TypeError: * wants int"));
        while (i < n && format.at(i).isDigit())
            width = width * 10 + format.at(i++).digitValue();
        int precision = -1;
        if (i < n && format.at(i) == QLatin1Char('.')) {
            ++i;
            precision = 0;
            while (i < n && format.at(i).isDigit())
                precision = precision * 10 + format.at(i++).digitValue();
        }
        while (i < n && QStringLiteral("hlL").contains(format.at(i)))
            ++i;
        if (i >= n)
            return pyError(QStringLiteral("ValueError: incomplete format"));
        const QChar conv = format.at(i);
        const int convIndex = i;
        ++i;
        if (!mapping.contains(key))
            return pyError(QStringLiteral("KeyError: %1").arg(TemplateValue::string(key).repr()));
        const TemplateValue &value = mapping.value(key);
        const bool left = flags.contains(QLatin1Char('-'));
        const bool zero = flags.contains(QLatin1Char('0'));
        const bool isInt = value.type() == TemplateValue::Type::Int || value.type() == TemplateValue::Type::Bool;
        switch (conv.unicode()) {
        case 's':
        case 'r':
        case 'a': {
            QString s = conv == QLatin1Char('s') ? value.str() : value.repr();
            if (precision >= 0)
                s.truncate(precision);
            out += pad({}, s, width, left, false);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            if (!isInt)
                return pyError(QStringLiteral("TypeError: %%1 format: %2 is required, not %3")
                                   .arg(conv)
                                   .arg(conv == QLatin1Char('x') || conv == QLatin1Char('X') || conv == QLatin1Char('o')
                                            ? QStringLiteral("an integer")
                                            : QStringLiteral("a real number"),
                                        value.typeName()));
            const qint64 v = value.integerValue();
            const int base = (conv == QLatin1Char('x') || conv == QLatin1Char('X')) ? 16 : conv == QLatin1Char('o') ? 8 : 10;
            QString digits = QString::number(v < 0 ? -v : v, base);
            if (conv == QLatin1Char('X'))
                digits = digits.toUpper();
            if (precision > digits.size())
                digits = QString(precision - digits.size(), QLatin1Char('0')) + digits;
            QString sign = v < 0 ? QStringLiteral("-")
                         : flags.contains(QLatin1Char('+')) ? QStringLiteral("+")
                         : flags.contains(QLatin1Char(' ')) ? QStringLiteral(" ")
                                                            : QString();
            if (flags.contains(QLatin1Char('#')) && base != 10)
                sign += base == 16 ? (conv == QLatin1Char('X') ? QStringLiteral("0X") : QStringLiteral("0x")) : QStringLiteral("0o");
            out += pad(sign, digits, width, left, zero);
            break;
        }
        case 'c': {
            QString s;
            if (isInt) {
                const char32_t cp = char32_t(value.integerValue());
                s = QString::fromUcs4(&cp, 1);
            } else if (value.isString() && value.text().size() == 1) {
                s = value.text();
            } else {
                return pyError(QStringLiteral("TypeError: %c requires int or char"));
            }
            out += pad({}, s, width, left, false);
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
            if (!isInt)
                return pyError(QStringLiteral("TypeError: must be real number, not %1").arg(value.typeName()));
            const double v = double(value.integerValue());
            QString digits = QString::number(std::fabs(v), char(conv.toLatin1()), precision < 0 ? 6 : precision);
            const QString sign = v < 0 ? QStringLiteral("-")
                               : flags.contains(QLatin1Char('+')) ? QStringLiteral("+")
                               : flags.contains(QLatin1Char(' ')) ? QStringLiteral(" ")
                                                                  : QString();
            out += pad(sign, digits, width, left, zero);
            break;
        }
        default:
            return pyError(QStringLiteral("ValueError: unsupported format character '%1' (0x%2) at index %3")
                               .arg(conv)
                               .arg(conv.unicode(), 0, 16)
                               .arg(convIndex));
        }
    }
    return out;
}

} // namespace retort
