#pragma once

#include <QByteArray>
#include <QString>

namespace retort::python {

// Python's text forms of scalars, byte for byte: repr() of float, str and bytes, and the
// format-spec mini-language of format()/str.format()/f-strings for int, float and str.
// Pure functions; thread-safe.

QString floatRepr(double value);            // repr(1.0) == "1.0", repr(1e16) == "1e+16"
QString stringRepr(const QString &value);   // repr('it\'s') == "\"it's\""
QString bytesRepr(const QByteArray &value); // repr(b'a\x00') == "b'a\\x00'"

struct FormatSpec {
    QChar fill = QLatin1Char(' ');
    QChar align;        // '<', '>', '^', '=' or null (default)
    QChar sign;         // '+', '-', ' ' or null
    bool alternate = false;
    bool zero = false;
    int width = -1;
    QChar grouping;     // ',', '_' or null
    int precision = -1;
    QChar type;         // null, 's', 'd', 'f', 'e', 'g', '%', 'x', ...
};

// Parses a format spec; returns false (with message) for an invalid one.
bool parseFormatSpec(const QString &spec, FormatSpec &out, QString *message);

// Each returns false with a Python-like message when the spec does not apply to the type
// ("Unknown format code 'd' for object of type 'str'").
bool formatInt(qint64 value, const FormatSpec &spec, QString &out, QString *message);
bool formatFloat(double value, const FormatSpec &spec, QString &out, QString *message);
bool formatStr(const QString &value, const FormatSpec &spec, QString &out, QString *message);

// printf-style conversion of one float for '%' formatting and format(): type in "eEfFgG".
QString formatFloatC(double value, QChar type, int precision, bool alternate);

} // namespace retort::python
