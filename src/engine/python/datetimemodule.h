#pragma once

#include "python/value.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

namespace retort::python {

// The datetime module's values: date, time, datetime (naive, or aware with a fixed UTC offset:
// timezone.utc / timezone(timedelta(...))), timedelta and timezone. Immutable, with Python's
// str/repr/isoformat/strftime, arithmetic and ordering. The bindings turn date/time/datetime into
// ops::SqlValue (QDate/QTime/QDateTime; QTime keeps milliseconds). Values belong to the
// Interpreter's thread.

constexpr qint64 kMicrosPerSecond = 1000000;
constexpr qint64 kMicrosPerDay = 86400 * kMicrosPerSecond;

// timezone(offset[, name]); timezone.utc is the zero offset without a name.
class TimezoneObject : public NativeObject {
public:
    explicit TimezoneObject(qint64 offsetMicros, QString name = {}) : offset(offsetMicros), name(std::move(name)) {}
    QString typeName() const override { return QStringLiteral("datetime.timezone"); }
    Value getAttr(Evaluator &ev, const QString &name) override;
    QString repr() const override;
    QString strValue() const override;
    std::optional<bool> equalTo(const Value &other) const override;
    std::optional<size_t> hash() const override { return std::hash<qint64>()(offset); }

    qint64 offset;   // microseconds east of UTC
    QString name;
};

class TimeDeltaObject : public NativeObject {
public:
    explicit TimeDeltaObject(qint64 micros) : micros(micros) {}
    QString typeName() const override { return QStringLiteral("datetime.timedelta"); }
    Value getAttr(Evaluator &ev, const QString &name) override;
    std::optional<Value> binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected) override;
    std::optional<Value> unaryOp(Evaluator &ev, const QString &op) override;
    QString repr() const override;
    QString strValue() const override;
    std::optional<bool> equalTo(const Value &other) const override;
    std::optional<size_t> hash() const override { return std::hash<qint64>()(micros); }
    std::optional<bool> truth() const override { return micros != 0; }

    qint64 days() const;           // Python's normalized fields: days may be negative,
    qint64 seconds() const;        // 0 <= seconds < 86400, 0 <= microseconds < 1000000
    qint64 microseconds() const;

    qint64 micros;   // the whole duration
};

class DateTimeObject : public NativeObject {
public:
    enum class Kind { Date, Time, DateTime };
    DateTimeObject(Kind kind, QDate date, qint64 timeMicros, std::optional<qint64> offset = std::nullopt, QString tzName = {})
        : kind(kind), date(date), time(timeMicros), offset(offset), tzName(std::move(tzName)) {}
    QString typeName() const override;
    Value getAttr(Evaluator &ev, const QString &name) override;
    std::optional<Value> binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected) override;
    std::optional<Value> formatWith(Evaluator &ev, const QString &spec) override;
    QString repr() const override;
    QString strValue() const override;
    std::optional<bool> equalTo(const Value &other) const override;
    std::optional<size_t> hash() const override;

    QString isoformat(const QString &sep = QStringLiteral("T"), const QString &timespec = QStringLiteral("auto")) const;
    QString strftime(const QString &format) const;
    // Microseconds since 0001-01-01 (UTC for aware datetimes); for ordering and subtraction.
    qint64 absoluteMicros() const;
    QDateTime toQDateTime() const;
    QTime toQTime() const;

    Kind kind;
    QDate date;                     // Date, DateTime
    qint64 time = 0;                // Time, DateTime: microseconds since midnight
    std::optional<qint64> offset;   // aware: microseconds east of UTC
    QString tzName;                 // timezone(offset, name)
};

// Value constructors (also used by the bindings for database values).
Value makeDate(const QDate &date);
Value makeDateTime(const QDate &date, qint64 timeMicros, std::optional<qint64> offset = std::nullopt,
                   const QString &tzName = {});
Value makeTime(qint64 timeMicros, std::optional<qint64> offset = std::nullopt, const QString &tzName = {});
Value makeTimeDelta(qint64 micros);
Value makeTimezone(qint64 offsetMicros, const QString &name = {});
// The DateTimeObject behind v, or null.
DateTimeObject *asDateTime(const Value &v);
TimeDeltaObject *asTimeDelta(const Value &v);
TimezoneObject *asTimezone(const Value &v);
// "+HH:MM[:SS[.ffffff]]" for a UTC offset (isoformat), with `separator` between the fields.
QString formatOffset(qint64 offsetMicros, const QString &separator = QStringLiteral(":"));

// Registers the datetime module (datetimemodule.cpp).
void installDateTimeModule(Evaluator &ev);

} // namespace retort::python
