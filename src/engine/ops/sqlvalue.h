#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <variant>

namespace retort::ops {

// A Python value that ends up in SQL: None, bool, int, float, str, bytes, and the datetime module's
// date/time/datetime (SQLAlchemy 2.0 renders those as quoted ISO strings; 1.4 refuses them offline).
// Plain value type; thread-safe to copy.
using SqlValue = std::variant<std::monostate, bool, qint64, double, QString, QByteArray, QDate, QTime,
                              QDateTime>;

inline bool isNone(const SqlValue &v) { return std::holds_alternative<std::monostate>(v); }

} // namespace retort::ops
