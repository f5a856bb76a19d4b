#include "python/evaluator.h"
#include "python/format.h"

#include <cmath>

namespace retort::python {

// str.format() and the % operator on strings.

namespace {

// Resolves "0", "name", "0.attr", "name[key]" against the call arguments.
Value resolveField(Evaluator &ev, const QString &field, const CallArgs &args, int &autoIndex, bool &manual)
{
    int i = 0;
    while (i < field.size() && field.at(i) != u'.' && field.at(i) != u'[')
        ++i;
    const QString head = field.left(i);
    Value v;
    if (head.isEmpty()) {
        if (manual)
            return ev.raise(QStringLiteral("ValueError"),
                            QStringLiteral("cannot switch from manual field specification to automatic field numbering"));
        if (autoIndex >= args.args.size())
            return ev.raise(QStringLiteral("IndexError"),
                            QStringLiteral("Replacement index %1 out of range for positional args tuple").arg(autoIndex));
        v = args.args.at(autoIndex++);
    } else {
        bool isNumber = false;
        const int index = head.toInt(&isNumber);
        if (isNumber) {
            if (autoIndex > 0)
                return ev.raise(QStringLiteral("ValueError"),
                                QStringLiteral("cannot switch from automatic field numbering to manual field specification"));
            manual = true;
            if (index >= args.args.size())
                return ev.raise(QStringLiteral("IndexError"),
                                QStringLiteral("Replacement index %1 out of range for positional args tuple").arg(index));
            v = args.args.at(index);
        } else {
            const Value *kw = args.keyword(head);
            if (!kw) {
                auto e = std::make_shared<ExceptionObject>();
                e->cls = ev.builtinClass(QStringLiteral("KeyError"));
                e->args.append(Value::string(head));
                return ev.raiseException(Value::object(Type::Exception, e));
            }
            v = *kw;
        }
    }
    while (i < field.size()) {
        if (field.at(i) == u'.') {
            int j = i + 1;
            while (j < field.size() && field.at(j) != u'.' && field.at(j) != u'[')
                ++j;
            v = ev.getAttr(v, field.mid(i + 1, j - i - 1));
            i = j;
        } else {
            const int close = field.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("Missing ']' in format string"));
            const QString key = field.mid(i + 1, close - i - 1);
            bool isNumber = false;
            const qint64 n = key.toLongLong(&isNumber);
            v = ev.getItem(v, isNumber ? Value::integer(n) : Value::string(key));
            i = close + 1;
        }
        if (ev.hasException())
            return {};
    }
    return v;
}

Value formatImpl(Evaluator &ev, const QString &format, const CallArgs &args, int &autoIndex, bool &manual, int depth)
{
    QString out;
    const int n = format.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = format.at(i);
        if (c == u'}') {
            if (i + 1 < n && format.at(i + 1) == u'}') {
                out += u'}';
                ++i;
                continue;
            }
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("Single '}' encountered in format string"));
        }
        if (c != u'{') {
            out += c;
            continue;
        }
        if (i + 1 < n && format.at(i + 1) == u'{') {
            out += u'{';
            ++i;
            continue;
        }
        // find the matching '}'
        int j = i + 1;
        int nest = 1;
        for (; j < n; ++j) {
            if (format.at(j) == u'{')
                ++nest;
            else if (format.at(j) == u'}' && --nest == 0)
                break;
        }
        if (j >= n)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("expected '}' before end of string"));
        const QString field = format.mid(i + 1, j - i - 1);
        i = j;
        int k = 0;
        int bracket = 0;
        while (k < field.size()) {
            const QChar d = field.at(k);
            if (d == u'[')
                ++bracket;
            else if (d == u']')
                --bracket;
            else if (bracket == 0 && (d == u'!' || d == u':'))
                break;
            ++k;
        }
        const QString name = field.left(k);
        QChar conversion;
        QString spec;
        if (k < field.size() && field.at(k) == u'!') {
            if (k + 1 >= field.size())
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("end of string while looking for conversion specifier"));
            conversion = field.at(k + 1);
            k += 2;
            if (k < field.size() && field.at(k) != u':')
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("expected ':' after conversion specifier"));
        }
        if (k < field.size() && field.at(k) == u':')
            spec = field.mid(k + 1);
        Value v = resolveField(ev, name, args, autoIndex, manual);
        if (ev.hasException())
            return {};
        if (conversion == u'r' || conversion == u'a')
            v = Value::string(repr(v));
        else if (conversion == u's')
            v = Value::string(str(v));
        else if (!conversion.isNull())
            return ev.raise(QStringLiteral("ValueError"),
                            QStringLiteral("Unknown conversion specifier %1").arg(conversion));
        if (spec.contains(QLatin1Char('{'))) {
            if (depth > 1)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("Max string recursion exceeded"));
            Value s = formatImpl(ev, spec, args, autoIndex, manual, depth + 1);
            if (ev.hasException())
                return {};
            spec = s.s;
        }
        Value f = ev.formatValue(v, spec);
        if (ev.hasException())
            return {};
        out += f.s;
    }
    return Value::string(out);
}

} // namespace

Value formatString(Evaluator &ev, const QString &format, const CallArgs &args)
{
    int autoIndex = 0;
    bool manual = false;
    return formatImpl(ev, format, args, autoIndex, manual, 0);
}

Value percentFormat(Evaluator &ev, const QString &format, const Value &argsValue)
{
    ValueList args;
    const bool isTuple = argsValue.type == Type::Tuple;
    const bool isMapping = argsValue.type == Type::Dict;
    if (isTuple)
        args = argsValue.as<TupleObject>()->items;
    else
        args.append(argsValue);
    int next = 0;
    bool usedMapping = false;
    QString out;
    const int n = format.size();
    auto nextArg = [&](Value &v) -> bool {
        if (next >= args.size()) {
            ev.raise(QStringLiteral("TypeError"), QStringLiteral("not enough arguments for format string"));
            return false;
        }
        v = args.at(next++);
        return true;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = format.at(i);
        if (c != u'%') {
            out += c;
            continue;
        }
        if (++i >= n)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("incomplete format"));
        Value v;
        bool haveValue = false;
        if (format.at(i) == u'(') {
            const int close = format.indexOf(QLatin1Char(')'), i);
            if (close < 0)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("incomplete format key"));
            if (!isMapping)
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("format requires a mapping"));
            v = ev.getItem(argsValue, Value::string(format.mid(i + 1, close - i - 1)));
            if (ev.hasException())
                return {};
            haveValue = true;
            usedMapping = true;
            i = close + 1;
        }
        FormatSpec spec;
        bool left = false;
        bool zero = false;
        for (; i < n; ++i) {
            const QChar f = format.at(i);
            if (f == u'-')
                left = true;
            else if (f == u'+')
                spec.sign = QLatin1Char('+');
            else if (f == u' ' && spec.sign != u'+')
                spec.sign = QLatin1Char(' ');
            else if (f == u'#')
                spec.alternate = true;
            else if (f == u'0')
                zero = true;
            else
                break;
        }
        auto number = [&](int &target) -> bool {
            if (i < n && format.at(i) == u'*') {
                Value w;
                if (!nextArg(w))
                    return false;
                if (!w.isInt()) {
                    ev.raise(QStringLiteral("TypeError"), QStringLiteral("* wants int"));
                    return false;
                }
                target = int(w.toInt());
                ++i;
                return true;
            }
            int start = i;
            while (i < n && format.at(i).isDigit())
                ++i;
            if (i > start)
                target = format.mid(start, i - start).toInt();
            return true;
        };
        if (!number(spec.width))
            return {};
        if (i < n && format.at(i) == u'.') {
            ++i;
            spec.precision = 0;
            if (!number(spec.precision))
                return {};
        }
        while (i < n && (format.at(i) == u'h' || format.at(i) == u'l' || format.at(i) == u'L'))
            ++i;
        if (i >= n)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("incomplete format"));
        const QChar conv = format.at(i);
        if (conv == u'%') {
            out += u'%';
            continue;
        }
        if (!haveValue && !nextArg(v))
            return {};
        if (spec.width >= 0 && spec.width < 0)
            spec.width = -1;
        spec.align = left ? QLatin1Char('<') : QLatin1Char('>');
        QString piece;
        QString message;
        bool ok = true;
        if (conv == u's' || conv == u'r' || conv == u'a') {
            const QString text = conv == u's' ? str(v) : repr(v);
            FormatSpec s = spec;
            s.sign = QChar();
            ok = formatStr(text, s, piece, &message);
        } else if (conv == u'd' || conv == u'i' || conv == u'u' || conv == u'x' || conv == u'X' || conv == u'o' || conv == u'c') {
            if (conv == u'c') {
                if (v.isStr() && v.s.size() == 1) {
                    ok = formatStr(v.s, spec, piece, &message);
                } else if (v.isInt()) {
                    spec.type = QLatin1Char('c');
                    ok = formatInt(v.toInt(), spec, piece, &message);
                } else {
                    return ev.raise(QStringLiteral("TypeError"), QStringLiteral("%c requires int or char"));
                }
            } else {
                if (!v.isNumber())
                    return ev.raise(QStringLiteral("TypeError"),
                                    QStringLiteral("%1 format: %2 is required, not %3")
                                        .arg(QLatin1Char('%') + conv)
                                        .arg(conv == u'x' || conv == u'X' || conv == u'o' ? QStringLiteral("an integer") : QStringLiteral("a real number"),
                                             typeName(v)));
                if (zero && !left) {
                    spec.fill = QLatin1Char('0');
                    spec.align = QLatin1Char('=');
                }
                spec.type = conv == u'i' || conv == u'u' ? QLatin1Char('d') : conv;
                const qint64 iv = v.type == Type::Float ? qint64(std::trunc(v.f)) : v.toInt();
                const int precision = spec.precision;
                spec.precision = -1;
                ok = formatInt(iv, spec, piece, &message);
                Q_UNUSED(precision);
            }
        } else if (QStringLiteral("eEfFgG").contains(conv)) {
            if (!v.isNumber())
                return ev.raise(QStringLiteral("TypeError"),
                                QStringLiteral("must be real number, not %1").arg(typeName(v)));
            if (zero && !left) {
                spec.fill = QLatin1Char('0');
                spec.align = QLatin1Char('=');
            }
            spec.type = conv;
            ok = formatFloat(v.toDouble(), spec, piece, &message);
        } else {
            return ev.raise(QStringLiteral("ValueError"),
                            QStringLiteral("unsupported format character '%1' (0x%2) at index %3")
                                .arg(conv).arg(conv.unicode(), 0, 16).arg(i));
        }
        if (!ok)
            return ev.raise(QStringLiteral("ValueError"), message.section(QLatin1String(": "), 1));
        out += piece;
    }
    if (!usedMapping && !isMapping && next < args.size())
        return ev.raise(QStringLiteral("TypeError"), QStringLiteral("not all arguments converted during string formatting"));
    return Value::string(out);
}

} // namespace retort::python
