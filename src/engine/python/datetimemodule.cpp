#include "python/datetimemodule.h"

#include "python/evaluator.h"

#include <QRegularExpression>

#include <cmath>

namespace retort::python {

// The datetime module: the classes (constructors and classmethods such as now(), today(),
// fromisoformat(), strptime()), the instance methods of date/time/datetime, and registration.

namespace {

using Kind = DateTimeObject::Kind;

struct Fields {
    qint64 year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0;
    std::optional<qint64> offset;
    QString tzName;
};

Fields fieldsOf(const DateTimeObject &d)
{
    Fields f;
    if (d.kind != Kind::Time) {
        f.year = d.date.year();
        f.month = d.date.month();
        f.day = d.date.day();
    }
    f.hour = d.time / (3600 * kMicrosPerSecond);
    f.minute = d.time / (60 * kMicrosPerSecond) % 60;
    f.second = d.time / kMicrosPerSecond % 60;
    f.micro = d.time % kMicrosPerSecond;
    f.offset = d.offset;
    f.tzName = d.tzName;
    return f;
}

bool intArg(Evaluator &ev, const std::optional<Value> &v, qint64 &out)
{
    if (!v)
        return true;
    if (!v->isInt()) {
        ev.raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object cannot be interpreted as an integer").arg(typeName(*v)));
        return false;
    }
    out = v->toInt();
    return true;
}

bool tzArg(Evaluator &ev, const std::optional<Value> &v, Fields &f)
{
    if (!v)
        return true;
    if (v->isNone()) {
        f.offset.reset();
        f.tzName.clear();
        return true;
    }
    const TimezoneObject *tz = asTimezone(*v);
    if (!tz) {
        ev.raise(QStringLiteral("TypeError"),
                 QStringLiteral("tzinfo argument must be None or of a tzinfo subclass, not type '%1'").arg(typeName(*v)));
        return false;
    }
    f.offset = tz->offset;
    f.tzName = tz->name;
    return true;
}

// Validates like CPython's _datetimemodule and builds the value.
Value build(Evaluator &ev, Kind kind, const Fields &f)
{
    QDate date;
    if (kind != Kind::Time) {
        if (f.year < 1 || f.year > 9999)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("year %1 is out of range").arg(f.year));
        if (f.month < 1 || f.month > 12)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("month must be in 1..12"));
        if (f.day < 1 || f.day > QDate(int(f.year), int(f.month), 1).daysInMonth())
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("day is out of range for month"));
        date = QDate(int(f.year), int(f.month), int(f.day));
    }
    if (kind == Kind::Date)
        return makeDate(date);
    if (f.hour < 0 || f.hour > 23)
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("hour must be in 0..23"));
    if (f.minute < 0 || f.minute > 59)
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("minute must be in 0..59"));
    if (f.second < 0 || f.second > 59)
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("second must be in 0..59"));
    if (f.micro < 0 || f.micro > 999999)
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("microsecond must be in 0..999999"));
    const qint64 t = ((f.hour * 60 + f.minute) * 60 + f.second) * kMicrosPerSecond + f.micro;
    if (kind == Kind::Time)
        return makeTime(t, f.offset, f.tzName);
    return makeDateTime(date, t, f.offset, f.tzName);
}

const QStringList &fieldNames(Kind kind)
{
    static const QStringList date = {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day")};
    static const QStringList time = {QStringLiteral("hour"), QStringLiteral("minute"), QStringLiteral("second"),
                                     QStringLiteral("microsecond"), QStringLiteral("tzinfo")};
    static const QStringList both = date + time;
    return kind == Kind::Date ? date : kind == Kind::Time ? time : both;
}

// date(y, m, d) / time(h, m, s, us, tzinfo) / datetime(...) and .replace(...): `base` gives the
// defaults (replace) or is null (construct: the date fields are required).
Value construct(Evaluator &ev, Kind kind, CallArgs &a, const DateTimeObject *base)
{
    const QStringList &names = fieldNames(kind);
    const QString fn = base ? QStringLiteral("replace") : kind == Kind::Date ? QStringLiteral("date")
                                                        : kind == Kind::Time ? QStringLiteral("time")
                                                                             : QStringLiteral("datetime");
    QList<std::optional<Value>> p;
    QList<QPair<QString, Value>> rest;
    if (!ev.bindArgs(a, fn, names, base || kind == Kind::Time ? 0 : 3, p, nullptr, &rest))
        return {};
    for (const auto &kw : rest) {
        if (kw.first != QLatin1String("fold"))
            return ev.raise(QStringLiteral("TypeError"),
                            QStringLiteral("%1() got an unexpected keyword argument '%2'").arg(fn, kw.first));
    }
    Fields f = base ? fieldsOf(*base) : Fields();
    qint64 *slots[] = {&f.year, &f.month, &f.day, &f.hour, &f.minute, &f.second, &f.micro};
    const int first = kind == Kind::Time ? 3 : 0;
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i) == QLatin1String("tzinfo")) {
            if (!tzArg(ev, p.at(i), f))
                return {};
        } else if (!intArg(ev, p.at(i), *slots[first + i])) {
            return {};
        }
    }
    return build(ev, kind, f);
}

// fromisoformat(): the formats Python 3.11 accepts for ordinary timestamps.
std::optional<Fields> parseIso(const QString &text, Kind kind)
{
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})"));
    static const QRegularExpression timeRe(QStringLiteral(
        "^(\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?"
        "(Z|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2}(?:\\.\\d{1,6})?)?)?)?$"));
    Fields f;
    QString rest = text;
    if (kind != Kind::Time) {
        const auto m = dateRe.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        f.year = m.captured(1).toInt();
        f.month = m.captured(2).toInt();
        f.day = m.captured(3).toInt();
        rest = text.mid(m.capturedEnd());
        if (kind == Kind::Date)
            return rest.isEmpty() ? std::optional<Fields>(f) : std::nullopt;
        if (rest.isEmpty())
            return f;
        rest = rest.mid(1);   // any one separator character
    }
    const auto m = timeRe.match(rest);
    if (!m.hasMatch())
        return std::nullopt;
    f.hour = m.captured(1).toInt();
    f.minute = m.captured(2).toInt();
    f.second = m.captured(3).toInt();
    if (!m.captured(4).isEmpty())
        f.micro = (m.captured(4) + QStringLiteral("00000")).left(6).toInt();
    const QString tz = m.captured(5);
    if (tz == QLatin1String("Z")) {
        f.offset = 0;
    } else if (!tz.isEmpty()) {
        const QString digits = tz.mid(1).remove(QLatin1Char(':'));
        qint64 off = (digits.mid(0, 2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60 + digits.mid(4, 2).toInt()) * kMicrosPerSecond;
        if (digits.size() > 7)
            off += (digits.mid(7) + QStringLiteral("00000")).left(6).toInt();
        f.offset = tz.startsWith(QLatin1Char('-')) ? -off : off;
    }
    return f;
}

// datetime.strptime(): the numeric directives, month/day names, %p, %z and %%.
std::optional<Fields> parseStrptime(const QString &text, const QString &format, QString &error)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    Fields f;
    f.year = 1900;
    int pos = 0;
    bool pm = false, twelve = false;
    auto number = [&](int maxDigits, qint64 &out) {
        int n = 0;
        qint64 v = 0;
        while (n < maxDigits && pos < text.size() && text.at(pos).isDigit()) {
            v = v * 10 + text.at(pos).digitValue();
            ++pos;
            ++n;
        }
        out = v;
        return n > 0;
    };
    for (int i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%') || i + 1 >= format.size()) {
            if (c.isSpace()) {
                while (pos < text.size() && text.at(pos).isSpace())
                    ++pos;
                continue;
            }
            if (pos >= text.size() || text.at(pos) != c)
                return std::nullopt;
            ++pos;
            continue;
        }
        const char d = format.at(++i).toLatin1();
        bool ok = true;
        qint64 ignored = 0;
        switch (d) {
        case 'Y': ok = number(4, f.year); break;
        case 'y': ok = number(2, f.year); f.year += f.year < 69 ? 2000 : 1900; break;
        case 'm': ok = number(2, f.month); break;
        case 'd': ok = number(2, f.day); break;
        case 'H': ok = number(2, f.hour); break;
        case 'I': ok = number(2, f.hour); twelve = true; break;
        case 'M': ok = number(2, f.minute); break;
        case 'S': ok = number(2, f.second); break;
        case 'j': ok = number(3, ignored); break;
        case 'f': {
            const int start = pos;
            ok = number(6, f.micro);
            for (int k = pos - start; k < 6; ++k)
                f.micro *= 10;
            break;
        }
        case 'p': {
            const QString w = text.mid(pos, 2).toLower();
            ok = w == QLatin1String("am") || w == QLatin1String("pm");
            pm = w == QLatin1String("pm");
            pos += 2;
            break;
        }
        case 'b': case 'B': case 'h': case 'a': case 'A': {
            const bool month = d == 'b' || d == 'B' || d == 'h';
            ok = false;
            for (int k = 0; k < (month ? 12 : 7) && !ok; ++k) {
                const QString full = QString::fromLatin1(month ? months[k] : days[k]);
                static const char *const longMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                                         "august", "september", "october", "november", "december"};
                for (const QString &name : {month ? QString::fromLatin1(longMonths[k]) : full, full.left(3)}) {
                    if (text.mid(pos, name.size()).toLower() == name) {
                        pos += int(name.size());
                        if (month)
                            f.month = k + 1;
                        ok = true;
                        break;
                    }
                }
            }
            break;
        }
        case 'z': {
            static const QRegularExpression z(QStringLiteral("^(Z|[+-]\\d{2}:?\\d{2})"));
            const auto m = z.match(text.mid(pos));
            ok = m.hasMatch();
            if (ok) {
                const QString t = m.captured(1);
                const QString digits = t.mid(1).remove(QLatin1Char(':'));
                const qint64 off = t == QLatin1String("Z") ? 0 : (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * kMicrosPerSecond;
                f.offset = t.startsWith(QLatin1Char('-')) ? -off : off;
                pos += int(t.size());
            }
            break;
        }
        case '%': ok = pos < text.size() && text.at(pos) == QLatin1Char('%'); ++pos; break;
        default:
            error = QStringLiteral("'%1' is a bad directive in format '%2'").arg(QLatin1Char(d)).arg(format);
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    if (pos < text.size()) {
        error = QStringLiteral("unconverted data remains: %1").arg(text.mid(pos));
        return std::nullopt;
    }
    if (twelve)
        f.hour = f.hour % 12 + (pm ? 12 : 0);
    return f;
}

Value now(std::optional<qint64> offset, bool utc)
{
    const QDateTime n = utc || offset ? QDateTime::currentDateTimeUtc() : QDateTime::currentDateTime();
    QDateTime local = n;
    if (offset)
        local = n.addMSecs(*offset / 1000);
    return makeDateTime(local.date(), qint64(local.time().msecsSinceStartOfDay()) * 1000, offset);
}

Value fromTimestamp(Evaluator &ev, const Value &ts, std::optional<qint64> offset, bool utc)
{
    if (!ts.isNumber())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object cannot be interpreted as an integer").arg(typeName(ts)));
    const qint64 micros = qint64(std::nearbyint(ts.toDouble() * double(kMicrosPerSecond)));
    QDateTime t = QDateTime::fromMSecsSinceEpoch(micros / 1000, utc || offset ? Qt::UTC : Qt::LocalTime);
    if (offset)
        t = t.addMSecs(*offset / 1000);
    return makeDateTime(t.date(), qint64(t.time().msecsSinceStartOfDay()) * 1000 + micros % 1000, offset);
}

class DateTimeClass : public NativeObject {
public:
    enum class Which { Date, Time, DateTime, TimeDelta, Timezone };
    explicit DateTimeClass(Which which) : m_which(which) {}
    QString typeName() const override
    {
        static const char *const names[] = {"datetime.date", "datetime.time", "datetime.datetime", "datetime.timedelta",
                                            "datetime.timezone"};
        return QLatin1String(names[int(m_which)]);
    }
    QString repr() const override { return QStringLiteral("<class '%1'>").arg(typeName()); }
    Value call(Evaluator &ev, CallArgs &a) override;
    Value getAttr(Evaluator &ev, const QString &name) override;

private:
    Kind kind() const { return m_which == Which::Date ? Kind::Date : m_which == Which::Time ? Kind::Time : Kind::DateTime; }
    Which m_which;
};

Value timedeltaCall(Evaluator &ev, CallArgs &a)
{
    static const QStringList names = {QStringLiteral("days"), QStringLiteral("seconds"), QStringLiteral("microseconds"),
                                      QStringLiteral("milliseconds"), QStringLiteral("minutes"), QStringLiteral("hours"),
                                      QStringLiteral("weeks")};
    static const double scale[] = {double(kMicrosPerDay), double(kMicrosPerSecond), 1.0, 1000.0,
                                   60.0 * double(kMicrosPerSecond), 3600.0 * double(kMicrosPerSecond),
                                   7.0 * double(kMicrosPerDay)};
    QList<std::optional<Value>> p;
    if (!ev.bindArgs(a, QStringLiteral("timedelta"), names, 0, p))
        return {};
    qint64 exact = 0;
    long double fractional = 0;
    for (int i = 0; i < names.size(); ++i) {
        if (!p.at(i))
            continue;
        const Value &v = *p.at(i);
        if (!v.isNumber())
            return ev.raise(QStringLiteral("TypeError"),
                            QStringLiteral("unsupported type for timedelta %1 component: %2").arg(names.at(i), typeName(v)));
        if (v.type == Type::Float)
            fractional += (long double)v.f * (long double)scale[i];
        else
            exact += v.toInt() * qint64(scale[i]);
    }
    return makeTimeDelta(exact + qint64(std::nearbyint(double(fractional))));   // round half to even
}

Value timezoneCall(Evaluator &ev, CallArgs &a)
{
    QList<std::optional<Value>> p;
    if (!ev.bindArgs(a, QStringLiteral("timezone"), {QStringLiteral("offset"), QStringLiteral("name")}, 1, p))
        return {};
    const TimeDeltaObject *td = asTimeDelta(*p.at(0));
    if (!td)
        return ev.raise(QStringLiteral("TypeError"),
                        QStringLiteral("timezone() argument 1 must be datetime.timedelta, not %1").arg(typeName(*p.at(0))));
    if (td->micros <= -kMicrosPerDay || td->micros >= kMicrosPerDay)
        return ev.raise(QStringLiteral("ValueError"),
                        QStringLiteral("offset must be a timedelta strictly between -timedelta(hours=24) and "
                                       "timedelta(hours=24), not %1.").arg(td->repr()));
    return makeTimezone(td->micros, p.at(1) && p.at(1)->isStr() ? p.at(1)->s : QString());
}

Value DateTimeClass::call(Evaluator &ev, CallArgs &a)
{
    if (m_which == Which::TimeDelta)
        return timedeltaCall(ev, a);
    if (m_which == Which::Timezone)
        return timezoneCall(ev, a);
    return construct(ev, kind(), a, nullptr);
}

std::optional<qint64> tzOffset(Evaluator &ev, const CallArgs &a, int index, const QString &keyword, bool &ok)
{
    ok = true;
    const Value *v = a.args.size() > index ? &a.args.at(index) : a.keyword(keyword);
    if (!v || v->isNone())
        return std::nullopt;
    Fields f;
    ok = tzArg(ev, *v, f);
    return f.offset;
}

Value DateTimeClass::getAttr(Evaluator &ev, const QString &name)
{
    const Kind k = kind();
    auto fn = [&](BuiltinFn f) { return Evaluator::makeBuiltin(name, std::move(f)); };
    if (m_which == Which::Timezone && name == QLatin1String("utc"))
        return makeTimezone(0);
    if (m_which == Which::TimeDelta || m_which == Which::Timezone)
        return NativeObject::getAttr(ev, name);
    if (name == QLatin1String("fromisoformat")) {
        return fn([k](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("fromisoformat: argument must be str"));
            auto f = parseIso(a.args.first().s, k);
            if (!f)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("Invalid isoformat string: %1").arg(python::repr(a.args.first())));
            return build(ev, k, *f);
        });
    }
    if (k == Kind::Time)
        return NativeObject::getAttr(ev, name);
    if (name == QLatin1String("today"))
        return fn([k](Evaluator &, CallArgs &) -> Value {
            const Value n = now(std::nullopt, false);
            return k == Kind::Date ? makeDate(asDateTime(n)->date) : n;
        });
    if (name == QLatin1String("fromordinal"))
        return fn([k](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isInt())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("fromordinal() takes an integer"));
            const QDate d = QDate::fromJulianDay(a.args.first().toInt() + 1721425);
            if (a.args.first().toInt() < 1 || !d.isValid() || d.year() > 9999)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("ordinal must be >= 1"));
            return k == Kind::Date ? makeDate(d) : makeDateTime(d, 0);
        });
    if (name == QLatin1String("fromtimestamp") || name == QLatin1String("utcfromtimestamp")) {
        const bool utc = name.startsWith(QLatin1String("utc"));
        return fn([k, utc](Evaluator &ev, CallArgs &a) -> Value {
            bool ok = true;
            const auto offset = utc ? std::nullopt : tzOffset(ev, a, 1, QStringLiteral("tz"), ok);
            if (!ok || a.args.isEmpty())
                return ok ? ev.raise(QStringLiteral("TypeError"), QStringLiteral("fromtimestamp() missing the timestamp")) : Value();
            const Value v = fromTimestamp(ev, a.args.first(), offset, utc);
            return k == Kind::Date && !ev.hasException() ? makeDate(asDateTime(v)->date) : v;
        });
    }
    if (k == Kind::Date)
        return NativeObject::getAttr(ev, name);
    if (name == QLatin1String("now"))
        return fn([](Evaluator &ev, CallArgs &a) -> Value {
            bool ok = true;
            const auto offset = tzOffset(ev, a, 0, QStringLiteral("tz"), ok);
            return ok ? now(offset, false) : Value();
        });
    if (name == QLatin1String("utcnow"))
        return fn([](Evaluator &, CallArgs &) { return now(std::nullopt, true); });
    if (name == QLatin1String("combine"))
        return fn([](Evaluator &ev, CallArgs &a) -> Value {
            const DateTimeObject *d = a.args.size() >= 2 ? asDateTime(a.args.at(0)) : nullptr;
            const DateTimeObject *t = a.args.size() >= 2 ? asDateTime(a.args.at(1)) : nullptr;
            if (!d || !t || d->kind == Kind::Time || t->kind != Kind::Time)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("combine() takes a date and a time"));
            return makeDateTime(d->date, t->time, t->offset, t->tzName);
        });
    if (name == QLatin1String("strptime"))
        return fn([](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 2 || !a.args.at(0).isStr() || !a.args.at(1).isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("strptime() argument 1 must be str"));
            QString error;
            auto f = parseStrptime(a.args.at(0).s, a.args.at(1).s, error);
            if (!f)
                return ev.raise(QStringLiteral("ValueError"), !error.isEmpty() ? error
                                : QStringLiteral("time data %1 does not match format %2").arg(python::repr(a.args.at(0)), python::repr(a.args.at(1))));
            return build(ev, Kind::DateTime, *f);
        });
    return NativeObject::getAttr(ev, name);
}

Value makeClass(DateTimeClass::Which which)
{
    return Value::object(Type::Native, std::make_shared<DateTimeClass>(which));
}

} // namespace

Value DateTimeObject::getAttr(Evaluator &ev, const QString &name)
{
    const Fields f = fieldsOf(*this);
    const DateTimeObject self = *this;
    auto fn = [&](BuiltinFn b) { return Evaluator::makeBuiltin(name, std::move(b)); };
    const bool hasDate = kind != Kind::Time;
    const bool hasTime = kind != Kind::Date;
    if (hasDate && name == QLatin1String("year")) return Value::integer(f.year);
    if (hasDate && name == QLatin1String("month")) return Value::integer(f.month);
    if (hasDate && name == QLatin1String("day")) return Value::integer(f.day);
    if (hasTime && name == QLatin1String("hour")) return Value::integer(f.hour);
    if (hasTime && name == QLatin1String("minute")) return Value::integer(f.minute);
    if (hasTime && name == QLatin1String("second")) return Value::integer(f.second);
    if (hasTime && name == QLatin1String("microsecond")) return Value::integer(f.micro);
    if (hasTime && name == QLatin1String("fold")) return Value::integer(0);
    if (hasTime && name == QLatin1String("tzinfo"))
        return offset ? makeTimezone(*offset, tzName) : Value();
    if (hasTime && name == QLatin1String("utcoffset"))
        return fn([self](Evaluator &, CallArgs &) { return self.offset ? makeTimeDelta(*self.offset) : Value(); });
    if (hasTime && name == QLatin1String("tzname"))
        return fn([self](Evaluator &, CallArgs &) {
            return self.offset ? Value::string(TimezoneObject(*self.offset, self.tzName).strValue()) : Value();
        });
    if (name == QLatin1String("isoformat"))
        return fn([self](Evaluator &ev, CallArgs &a) -> Value {
            const QStringList names = self.kind == Kind::DateTime ? QStringList{QStringLiteral("sep"), QStringLiteral("timespec")}
                                      : self.kind == Kind::Time   ? QStringList{QStringLiteral("timespec")}
                                                                  : QStringList{};
            QList<std::optional<Value>> p;
            if (!ev.bindArgs(a, QStringLiteral("isoformat"), names, 0, p))
                return {};
            const int ts = self.kind == Kind::DateTime ? 1 : 0;
            const QString sep = self.kind == Kind::DateTime && p.at(0) ? str(*p.at(0)) : QStringLiteral("T");
            const QString timespec = !names.isEmpty() && p.at(ts) ? str(*p.at(ts)) : QStringLiteral("auto");
            static const QStringList specs = {QStringLiteral("auto"), QStringLiteral("hours"), QStringLiteral("minutes"),
                                              QStringLiteral("seconds"), QStringLiteral("milliseconds"),
                                              QStringLiteral("microseconds")};
            if (!specs.contains(timespec))
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("Unknown timespec value"));
            return Value::string(self.isoformat(sep, timespec));
        });
    if (name == QLatin1String("strftime") || name == QLatin1String("__format__"))
        return fn([self](Evaluator &ev, CallArgs &a) -> Value {
            if (a.args.size() != 1 || !a.args.first().isStr())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("strftime() argument 1 must be str"));
            return Value::string(a.args.first().s.isEmpty() ? QString() : self.strftime(a.args.first().s));
        });
    if (name == QLatin1String("replace"))
        return fn([self](Evaluator &ev, CallArgs &a) { return construct(ev, self.kind, a, &self); });
    if (hasDate) {
        if (name == QLatin1String("weekday"))
            return fn([self](Evaluator &, CallArgs &) { return Value::integer(self.date.dayOfWeek() - 1); });
        if (name == QLatin1String("isoweekday"))
            return fn([self](Evaluator &, CallArgs &) { return Value::integer(self.date.dayOfWeek()); });
        if (name == QLatin1String("toordinal"))
            return fn([self](Evaluator &, CallArgs &) { return Value::integer(self.date.toJulianDay() - 1721425); });
        if (name == QLatin1String("ctime"))
            return fn([self](Evaluator &, CallArgs &) { return Value::string(self.strftime(QStringLiteral("%c"))); });
        if (name == QLatin1String("isocalendar"))
            return fn([self](Evaluator &, CallArgs &) {
                int year = 0;
                const int week = self.date.weekNumber(&year);
                return Value::tuple({Value::integer(year), Value::integer(week), Value::integer(self.date.dayOfWeek())});
            });
    }
    if (kind == Kind::DateTime) {
        if (name == QLatin1String("date"))
            return fn([self](Evaluator &, CallArgs &) { return makeDate(self.date); });
        if (name == QLatin1String("time"))
            return fn([self](Evaluator &, CallArgs &) { return makeTime(self.time); });
        if (name == QLatin1String("timetz"))
            return fn([self](Evaluator &, CallArgs &) { return makeTime(self.time, self.offset, self.tzName); });
        if (name == QLatin1String("timestamp"))
            return fn([self](Evaluator &, CallArgs &) {
                const qint64 epoch = QDate(1970, 1, 1).toJulianDay() - 1721426;
                if (self.offset)
                    return Value::floating(double(self.absoluteMicros() - epoch * kMicrosPerDay) / double(kMicrosPerSecond));
                const qint64 ms = QDateTime(self.date, self.toQTime()).toMSecsSinceEpoch();
                return Value::floating(double(ms - ms % 1000) / 1000.0 + double(self.time % kMicrosPerSecond) / double(kMicrosPerSecond));
            });
        if (name == QLatin1String("astimezone"))
            return fn([self](Evaluator &ev, CallArgs &a) -> Value {
                bool ok = true;
                std::optional<qint64> target = tzOffset(ev, a, 0, QStringLiteral("tz"), ok);
                if (!ok)
                    return {};
                const qint64 epochDays = QDate(1970, 1, 1).toJulianDay() - 1721426;
                qint64 utc = self.absoluteMicros();
                if (!self.offset)   // naive: local time
                    utc -= qint64(QDateTime(self.date, self.toQTime()).offsetFromUtc()) * kMicrosPerSecond;
                QString tzName;
                if (!target) {   // the local zone at that instant, as a fixed offset
                    const QDateTime at = QDateTime::fromMSecsSinceEpoch((utc - epochDays * kMicrosPerDay) / 1000);
                    target = qint64(at.offsetFromUtc()) * kMicrosPerSecond;
                    tzName = at.timeZoneAbbreviation();
                } else if (const Value *tz = a.args.isEmpty() ? a.keyword(QStringLiteral("tz")) : &a.args.first()) {
                    tzName = asTimezone(*tz)->name;
                }
                const qint64 local = utc + *target;
                qint64 days = local / kMicrosPerDay;
                if (local % kMicrosPerDay < 0)
                    --days;
                return makeDateTime(QDate::fromJulianDay(days + 1721426), local - days * kMicrosPerDay, target, tzName);
            });
    }
    return NativeObject::getAttr(ev, name);
}

void installDateTimeModule(Evaluator &ev)
{
    using W = DateTimeClass::Which;
    Value m = Evaluator::makeModule(QStringLiteral("datetime"));
    Evaluator::setModuleAttr(m, QStringLiteral("date"), makeClass(W::Date));
    Evaluator::setModuleAttr(m, QStringLiteral("time"), makeClass(W::Time));
    Evaluator::setModuleAttr(m, QStringLiteral("datetime"), makeClass(W::DateTime));
    Evaluator::setModuleAttr(m, QStringLiteral("timedelta"), makeClass(W::TimeDelta));
    Evaluator::setModuleAttr(m, QStringLiteral("timezone"), makeClass(W::Timezone));
    Evaluator::setModuleAttr(m, QStringLiteral("UTC"), makeTimezone(0));
    Evaluator::setModuleAttr(m, QStringLiteral("MINYEAR"), Value::integer(1));
    Evaluator::setModuleAttr(m, QStringLiteral("MAXYEAR"), Value::integer(9999));
    ev.registerModule(QStringLiteral("datetime"), m);
}

} // namespace retort::python
