#include "python/datetimemodule.h"

#include "python/evaluator.h"

namespace retort::python {

// The datetime values' behaviour: attributes and methods, text forms, arithmetic, ordering.
// (The module, constructors and parsing are in datetimemodule.cpp.)

namespace {

constexpr qint64 kOrdinalJulianOffset = 1721425;   // QDate::toJulianDay() of ordinal 0 (0000-12-31)

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

QString two(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

const char *const kDayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char *const kMonthNames[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};

QString timeText(qint64 micros, const QString &timespec)
{
    const qint64 h = micros / (3600 * kMicrosPerSecond);
    const qint64 m = micros / (60 * kMicrosPerSecond) % 60;
    const qint64 s = micros / kMicrosPerSecond % 60;
    const qint64 us = micros % kMicrosPerSecond;
    if (timespec == QLatin1String("hours"))
        return two(h);
    if (timespec == QLatin1String("minutes"))
        return two(h) + QLatin1Char(':') + two(m);
    QString out = two(h) + QLatin1Char(':') + two(m) + QLatin1Char(':') + two(s);
    if (timespec == QLatin1String("milliseconds"))
        return out + QStringLiteral(".%1").arg(us / 1000, 3, 10, QLatin1Char('0'));
    if (timespec == QLatin1String("microseconds") || (timespec == QLatin1String("auto") && us))
        return out + QStringLiteral(".%1").arg(us, 6, 10, QLatin1Char('0'));
    return out;
}

Value method(const QString &name, BuiltinFn fn)
{
    return Evaluator::makeBuiltin(name, std::move(fn));
}

bool validYear(const QDate &d)
{
    return d.isValid() && d.year() >= 1 && d.year() <= 9999;
}

Value outOfRange(Evaluator &ev)
{
    return ev.raise(QStringLiteral("OverflowError"), QStringLiteral("date value out of range"));
}

} // namespace

QString formatOffset(qint64 offsetMicros, const QString &separator)
{
    const QChar sign = offsetMicros < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const qint64 a = offsetMicros < 0 ? -offsetMicros : offsetMicros;
    QString s = sign + two(a / (3600 * kMicrosPerSecond)) + separator + two(a / (60 * kMicrosPerSecond) % 60);
    if (a % (60 * kMicrosPerSecond)) {
        s += separator + two(a / kMicrosPerSecond % 60);
        if (a % kMicrosPerSecond)
            s += QStringLiteral(".%1").arg(a % kMicrosPerSecond, 6, 10, QLatin1Char('0'));
    }
    return s;
}

Value makeDate(const QDate &date)
{
    return Value::object(Type::Native, std::make_shared<DateTimeObject>(DateTimeObject::Kind::Date, date, 0));
}

Value makeDateTime(const QDate &date, qint64 timeMicros, std::optional<qint64> offset, const QString &tzName)
{
    return Value::object(Type::Native,
                         std::make_shared<DateTimeObject>(DateTimeObject::Kind::DateTime, date, timeMicros, offset, tzName));
}

Value makeTime(qint64 timeMicros, std::optional<qint64> offset, const QString &tzName)
{
    return Value::object(Type::Native,
                         std::make_shared<DateTimeObject>(DateTimeObject::Kind::Time, QDate(), timeMicros, offset, tzName));
}

Value makeTimeDelta(qint64 micros)
{
    return Value::object(Type::Native, std::make_shared<TimeDeltaObject>(micros));
}

Value makeTimezone(qint64 offsetMicros, const QString &name)
{
    return Value::object(Type::Native, std::make_shared<TimezoneObject>(offsetMicros, name));
}

DateTimeObject *asDateTime(const Value &v)
{
    return v.type == Type::Native ? dynamic_cast<DateTimeObject *>(v.as<NativeObject>()) : nullptr;
}

TimeDeltaObject *asTimeDelta(const Value &v)
{
    return v.type == Type::Native ? dynamic_cast<TimeDeltaObject *>(v.as<NativeObject>()) : nullptr;
}

TimezoneObject *asTimezone(const Value &v)
{
    return v.type == Type::Native ? dynamic_cast<TimezoneObject *>(v.as<NativeObject>()) : nullptr;
}

// --- timezone

Value TimezoneObject::getAttr(Evaluator &ev, const QString &attr)
{
    const qint64 off = offset;
    const QString text = strValue();
    if (attr == QLatin1String("utcoffset"))
        return method(attr, [off](Evaluator &, CallArgs &) { return makeTimeDelta(off); });
    if (attr == QLatin1String("tzname"))
        return method(attr, [text](Evaluator &, CallArgs &) { return Value::string(text); });
    if (attr == QLatin1String("dst"))
        return method(attr, [](Evaluator &, CallArgs &) { return Value(); });
    return NativeObject::getAttr(ev, attr);
}

QString TimezoneObject::repr() const
{
    if (offset == 0 && name.isEmpty())
        return QStringLiteral("datetime.timezone.utc");
    QString s = QStringLiteral("datetime.timezone(") + TimeDeltaObject(offset).repr();
    if (!name.isEmpty())
        s += QStringLiteral(", '%1'").arg(name);
    return s + QLatin1Char(')');
}

QString TimezoneObject::strValue() const
{
    if (!name.isEmpty())
        return name;
    if (offset == 0)
        return QStringLiteral("UTC");
    return QStringLiteral("UTC") + formatOffset(offset);
}

std::optional<bool> TimezoneObject::equalTo(const Value &other) const
{
    const TimezoneObject *o = asTimezone(other);
    return o && o->offset == offset;
}

// --- timedelta

qint64 TimeDeltaObject::days() const { return floorDiv(micros, kMicrosPerDay); }
qint64 TimeDeltaObject::seconds() const { return floorMod(micros, kMicrosPerDay) / kMicrosPerSecond; }
qint64 TimeDeltaObject::microseconds() const { return floorMod(micros, kMicrosPerSecond); }

Value TimeDeltaObject::getAttr(Evaluator &ev, const QString &name)
{
    if (name == QLatin1String("days"))
        return Value::integer(days());
    if (name == QLatin1String("seconds"))
        return Value::integer(seconds());
    if (name == QLatin1String("microseconds"))
        return Value::integer(microseconds());
    if (name == QLatin1String("total_seconds")) {
        const qint64 m = micros;
        return method(name, [m](Evaluator &, CallArgs &) { return Value::floating(double(m) / double(kMicrosPerSecond)); });
    }
    return NativeObject::getAttr(ev, name);
}

std::optional<Value> TimeDeltaObject::binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected)
{
    if (const TimeDeltaObject *o = asTimeDelta(other)) {
        const qint64 a = reflected ? o->micros : micros;
        const qint64 b = reflected ? micros : o->micros;
        if (op == QLatin1String("+"))
            return makeTimeDelta(a + b);
        if (op == QLatin1String("-"))
            return makeTimeDelta(a - b);
        if (op == QLatin1String("/") || op == QLatin1String("//") || op == QLatin1String("%")) {
            if (b == 0)
                return ev.raise(QStringLiteral("ZeroDivisionError"), QStringLiteral("integer division or modulo by zero"));
            if (op == QLatin1String("/"))
                return Value::floating(double(a) / double(b));
            if (op == QLatin1String("//"))
                return Value::integer(floorDiv(a, b));
            return makeTimeDelta(floorMod(a, b));
        }
        if (op == QLatin1String("<")) return Value::boolean(a < b);
        if (op == QLatin1String("<=")) return Value::boolean(a <= b);
        if (op == QLatin1String(">")) return Value::boolean(a > b);
        if (op == QLatin1String(">=")) return Value::boolean(a >= b);
        return std::nullopt;
    }
    if (other.isNumber() && other.type != Type::Bool) {
        if (op == QLatin1String("*")) {
            if (other.isInt())
                return makeTimeDelta(micros * other.toInt());
            return makeTimeDelta(qint64(std::nearbyint(double(micros) * other.f)));   // round half to even
        }
        if (!reflected && (op == QLatin1String("/") || op == QLatin1String("//"))) {
            if (other.toDouble() == 0)
                return ev.raise(QStringLiteral("ZeroDivisionError"), QStringLiteral("division by zero"));
            if (op == QLatin1String("//")) {
                if (!other.isInt())
                    return std::nullopt;
                return makeTimeDelta(floorDiv(micros, other.toInt()));
            }
            return makeTimeDelta(qint64(std::nearbyint(double(micros) / other.toDouble())));
        }
    }
    return std::nullopt;
}

std::optional<Value> TimeDeltaObject::unaryOp(Evaluator &, const QString &op)
{
    if (op == QLatin1String("-"))
        return makeTimeDelta(-micros);
    if (op == QLatin1String("+"))
        return makeTimeDelta(micros);
    return std::nullopt;
}

QString TimeDeltaObject::repr() const
{
    QStringList args;
    if (days())
        args << QStringLiteral("days=%1").arg(days());
    if (seconds())
        args << QStringLiteral("seconds=%1").arg(seconds());
    if (microseconds())
        args << QStringLiteral("microseconds=%1").arg(microseconds());
    if (args.isEmpty())
        args << QStringLiteral("0");
    return QStringLiteral("datetime.timedelta(%1)").arg(args.join(QStringLiteral(", ")));
}

QString TimeDeltaObject::strValue() const
{
    const qint64 s = seconds();
    QString out = QStringLiteral("%1:%2:%3").arg(s / 3600).arg(two(s / 60 % 60), two(s % 60));
    if (const qint64 d = days())
        out = QStringLiteral("%1 day%2, ").arg(d).arg(d == 1 || d == -1 ? "" : "s") + out;
    if (microseconds())
        out += QStringLiteral(".%1").arg(microseconds(), 6, 10, QLatin1Char('0'));
    return out;
}

std::optional<bool> TimeDeltaObject::equalTo(const Value &other) const
{
    const TimeDeltaObject *o = asTimeDelta(other);
    return o && o->micros == micros;
}

// --- date / time / datetime

QString DateTimeObject::typeName() const
{
    switch (kind) {
    case Kind::Date: return QStringLiteral("datetime.date");
    case Kind::Time: return QStringLiteral("datetime.time");
    case Kind::DateTime: break;
    }
    return QStringLiteral("datetime.datetime");
}

qint64 DateTimeObject::absoluteMicros() const
{
    const qint64 days = kind == Kind::Time ? 0 : date.toJulianDay() - kOrdinalJulianOffset - 1;
    return days * kMicrosPerDay + time - offset.value_or(0);
}

QDateTime DateTimeObject::toQDateTime() const
{
    const QTime t = toQTime();
    if (offset)
        return QDateTime(date, t, Qt::OffsetFromUTC, int(*offset / kMicrosPerSecond));
    return QDateTime(date, t);
}

QTime DateTimeObject::toQTime() const
{
    return QTime::fromMSecsSinceStartOfDay(int(time / 1000));
}

QString DateTimeObject::isoformat(const QString &sep, const QString &timespec) const
{
    const QString d = QStringLiteral("%1-%2-%3").arg(date.year(), 4, 10, QLatin1Char('0')).arg(two(date.month()), two(date.day()));
    if (kind == Kind::Date)
        return d;
    QString t = timeText(time, timespec);
    if (offset)
        t += formatOffset(*offset);
    return kind == Kind::Time ? t : d + sep + t;
}

QString DateTimeObject::strftime(const QString &format) const
{
    const QDate day = kind == Kind::Time ? QDate(1900, 1, 1) : date;
    const qint64 h = time / (3600 * kMicrosPerSecond);
    const qint64 m = time / (60 * kMicrosPerSecond) % 60;
    const qint64 s = time / kMicrosPerSecond % 60;
    const int wd = day.dayOfWeek() - 1;   // Monday 0
    const int yday = day.dayOfYear() - 1;
    QString out;
    for (int i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%') || i + 1 >= format.size()) {
            out += c;
            continue;
        }
        const char d = format.at(++i).toLatin1();
        switch (d) {
        case 'Y': out += QString::number(day.year()); break;
        case 'y': out += two(day.year() % 100); break;
        case 'm': out += two(day.month()); break;
        case 'd': out += two(day.day()); break;
        case 'e': out += QStringLiteral("%1").arg(day.day(), 2); break;
        case 'H': out += two(h); break;
        case 'I': out += two(h % 12 == 0 ? 12 : h % 12); break;
        case 'p': out += h < 12 ? QStringLiteral("AM") : QStringLiteral("PM"); break;
        case 'M': out += two(m); break;
        case 'S': out += two(s); break;
        case 'f': out += QStringLiteral("%1").arg(time % kMicrosPerSecond, 6, 10, QLatin1Char('0')); break;
        case 'j': out += QStringLiteral("%1").arg(yday + 1, 3, 10, QLatin1Char('0')); break;
        case 'a': out += QString::fromLatin1(kDayNames[wd]).left(3); break;
        case 'A': out += QString::fromLatin1(kDayNames[wd]); break;
        case 'w': out += QString::number((wd + 1) % 7); break;
        case 'u': out += QString::number(wd + 1); break;
        case 'b': case 'h': out += QString::fromLatin1(kMonthNames[day.month() - 1]).left(3); break;
        case 'B': out += QString::fromLatin1(kMonthNames[day.month() - 1]); break;
        case 'U': out += two((yday + 7 - (wd + 1) % 7) / 7); break;
        case 'W': out += two((yday + 7 - wd) / 7); break;
        case 'z': if (offset) out += formatOffset(*offset, QString()); break;
        case 'Z': if (offset) out += TimezoneObject(*offset, tzName).strValue(); break;
        case 'c': out += strftime(QStringLiteral("%a %b %e %H:%M:%S %Y")); break;
        case 'x': out += strftime(QStringLiteral("%m/%d/%y")); break;
        case 'X': out += strftime(QStringLiteral("%H:%M:%S")); break;
        case 'F': out += strftime(QStringLiteral("%Y-%m-%d")); break;
        case 'T': out += strftime(QStringLiteral("%H:%M:%S")); break;
        case '%': out += QLatin1Char('%'); break;
        default: out += QLatin1Char('%'); out += QLatin1Char(d); break;
        }
    }
    return out;
}

QString DateTimeObject::repr() const
{
    QList<qint64> fields;
    if (kind != Kind::Time)
        fields << date.year() << date.month() << date.day();
    if (kind != Kind::Date) {
        fields << time / (3600 * kMicrosPerSecond) << time / (60 * kMicrosPerSecond) % 60
               << time / kMicrosPerSecond % 60 << time % kMicrosPerSecond;
        for (int i = 0; i < 2 && fields.last() == 0; ++i)
            fields.removeLast();
    }
    QStringList parts;
    for (qint64 f : fields)
        parts << QString::number(f);
    QString s = typeName() + QLatin1Char('(') + parts.join(QStringLiteral(", "));
    if (offset)
        s += QStringLiteral(", tzinfo=") + TimezoneObject(*offset, tzName).repr();
    return s + QLatin1Char(')');
}

QString DateTimeObject::strValue() const
{
    return isoformat(QStringLiteral(" "));
}

std::optional<Value> DateTimeObject::formatWith(Evaluator &, const QString &spec)
{
    return Value::string(strftime(spec));
}

std::optional<bool> DateTimeObject::equalTo(const Value &other) const
{
    const DateTimeObject *o = asDateTime(other);
    if (!o || o->kind != kind || o->offset.has_value() != offset.has_value())
        return false;
    return o->absoluteMicros() == absoluteMicros();
}

std::optional<size_t> DateTimeObject::hash() const
{
    return std::hash<qint64>()(absoluteMicros()) ^ size_t(kind);
}

std::optional<Value> DateTimeObject::binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected)
{
    if (const TimeDeltaObject *td = asTimeDelta(other)) {
        const bool add = op == QLatin1String("+");
        if (kind == Kind::Time || (!add && (op != QLatin1String("-") || reflected)))
            return std::nullopt;
        if (kind == Kind::Date) {   // only the timedelta's days count
            const qint64 days = add ? td->days() : -td->days();
            const QDate d = date.addDays(days);
            return validYear(d) ? makeDate(d) : outOfRange(ev);
        }
        const qint64 local = absoluteMicros() + offset.value_or(0) + (add ? td->micros : -td->micros);
        const QDate d = QDate::fromJulianDay(floorDiv(local, kMicrosPerDay) + kOrdinalJulianOffset + 1);
        if (!validYear(d))
            return outOfRange(ev);
        return makeDateTime(d, floorMod(local, kMicrosPerDay), offset, tzName);
    }
    const DateTimeObject *o = asDateTime(other);
    if (!o)
        return std::nullopt;
    const DateTimeObject &a = reflected ? *o : *this;
    const DateTimeObject &b = reflected ? *this : *o;
    static const QStringList ordering = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
    const bool orders = ordering.contains(op);
    if (!orders && op != QLatin1String("-"))
        return std::nullopt;
    if (a.kind != b.kind) {   // only datetime.__lt__ etc. raise for a date; the rest is NotImplemented
        const bool dateAndDateTime = (a.kind == Kind::Time) == (b.kind == Kind::Time);
        if (!orders || !dateAndDateTime)
            return std::nullopt;
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("can't compare datetime.datetime to datetime.date"));
    }
    if (a.offset.has_value() != b.offset.has_value()) {
        return ev.raise(QStringLiteral("TypeError"), orders
                            ? QStringLiteral("can't compare offset-naive and offset-aware %1s").arg(a.kind == Kind::Time ? "time" : "datetime")
                            : QStringLiteral("can't subtract offset-naive and offset-aware datetimes"));
    }
    const qint64 x = a.absoluteMicros();
    const qint64 y = b.absoluteMicros();
    if (op == QLatin1String("-"))
        return a.kind == Kind::Time ? std::nullopt : std::optional<Value>(makeTimeDelta(x - y));
    if (op == QLatin1String("<")) return Value::boolean(x < y);
    if (op == QLatin1String("<=")) return Value::boolean(x <= y);
    if (op == QLatin1String(">")) return Value::boolean(x > y);
    return Value::boolean(x >= y);
}

} // namespace retort::python
