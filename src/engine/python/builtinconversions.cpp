// The constructors of the builtin types (int, float, str, dict, list, bytes, range, type ...) and
// the numeric and character conversions (abs, round, divmod, pow, ord, chr, hex/oct/bin).
#include "python/builtinparts.h"
#include "python/format.h"

#include <cmath>

namespace retort::python::builtins {

namespace {

Value toInt(Evaluator &ev, CallArgs &a)
{
    QList<std::optional<Value>> p;
    if (!ev.bindArgs(a, QStringLiteral("int"), {QStringLiteral("x"), QStringLiteral("base")}, 0, p))
        return {};
    if (!p.at(0))
        return Value::integer(0);
    const Value &x = *p.at(0);
    if (p.at(1) && !x.isStr())
        return typeError(ev, QStringLiteral("int() can't convert non-string with explicit base"));
    if (x.isInt())
        return Value::integer(x.toInt());
    if (x.type == Type::Float) {
        if (std::isnan(x.f))
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("cannot convert float NaN to integer"));
        if (std::isinf(x.f))
            return ev.raise(QStringLiteral("OverflowError"), QStringLiteral("cannot convert float infinity to integer"));
        if (std::fabs(x.f) >= 9.2233720368547758e18)
            return ev.raise(QStringLiteral("OverflowError"), QStringLiteral("integer overflow (Retort's interpreter uses 64-bit integers)"));
        return Value::integer(qint64(std::trunc(x.f)));
    }
    if (x.isStr()) {
        int base = p.at(1) ? int(p.at(1)->toInt()) : 10;
        QString t = x.s.trimmed();
        bool negative = false;
        if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
            negative = t.startsWith(QLatin1Char('-'));
            t.remove(0, 1);
        }
        const QString lower = t.toLower();
        auto strip = [&](const char *prefix, int b) {
            if (lower.startsWith(QLatin1String(prefix)) && (base == b || base == 0)) {
                t = t.mid(2);
                base = b;
            }
        };
        strip("0x", 16);
        strip("0o", 8);
        strip("0b", 2);
        if (base == 0)
            base = 10;
        bool ok = !t.isEmpty() && !t.startsWith(QLatin1Char('_')) && !t.endsWith(QLatin1Char('_'))
                  && !t.contains(QLatin1String("__"));
        t.remove(QLatin1Char('_'));
        const qulonglong v = ok ? t.toULongLong(&ok, base) : 0;
        if (!ok || v > quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0))
            return ev.raise(QStringLiteral("ValueError"),
                            QStringLiteral("invalid literal for int() with base %1: %2").arg(base).arg(repr(x)));
        return Value::integer(negative ? qint64(0 - v) : qint64(v));
    }
    return typeError(ev, QStringLiteral("int() argument must be a string, a bytes-like object or a real number, not '%1'")
                             .arg(typeName(x)));
}

Value toFloat(Evaluator &ev, CallArgs &a)
{
    if (!noKwargs(ev, a, "float") || !argCount(ev, a, "float", 0, 1))
        return {};
    if (a.args.isEmpty())
        return Value::floating(0);
    const Value &x = a.args.first();
    if (x.isNumber())
        return Value::floating(x.toDouble());
    if (x.isStr()) {
        QString t = x.s.trimmed().toLower();
        t.remove(QLatin1Char('_'));
        QString u = t;
        if (u.startsWith(QLatin1Char('+')) || u.startsWith(QLatin1Char('-')))
            u.remove(0, 1);
        if (u == QLatin1String("inf") || u == QLatin1String("infinity"))
            return Value::floating(t.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY);
        if (u == QLatin1String("nan"))
            return Value::floating(NAN);
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok)
            return Value::floating(d);
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("could not convert string to float: %1").arg(repr(x)));
    }
    return typeError(ev, QStringLiteral("float() argument must be a string or a real number, not '%1'").arg(typeName(x)));
}

Value toStr(Evaluator &ev, CallArgs &a)
{
    if (a.args.isEmpty() && a.kwargs.isEmpty())
        return Value::string(QString());
    QList<std::optional<Value>> p;
    if (!ev.bindArgs(a, QStringLiteral("str"), {QStringLiteral("object"), QStringLiteral("encoding"), QStringLiteral("errors")}, 0, p))
        return {};
    const Value x = p.at(0).value_or(Value::string(QString()));
    if (p.at(1) || p.at(2)) {
        if (x.type != Type::Bytes)
            return typeError(ev, QStringLiteral("decoding str is not supported"));
        return Value::string(QString::fromUtf8(x.as<BytesObject>()->data));
    }
    return Value::string(str(x));
}

Value roundValue(Evaluator &ev, CallArgs &a)
{
    QList<std::optional<Value>> p;
    if (!ev.bindArgs(a, QStringLiteral("round"), {QStringLiteral("number"), QStringLiteral("ndigits")}, 1, p))
        return {};
    const Value x = *p.at(0);
    const bool hasDigits = p.at(1) && !p.at(1)->isNone();
    if (!x.isNumber())
        return typeError(ev, QStringLiteral("type %1 doesn't define __round__ method").arg(typeName(x)));
    if (x.isInt()) {
        if (!hasDigits || p.at(1)->toInt() >= 0)
            return Value::integer(x.toInt());
        qint64 m = 1;
        for (qint64 i = 0; i < -p.at(1)->toInt() && i < 18; ++i)
            m *= 10;
        const qint64 v = x.toInt();
        qint64 q = v / m;
        qint64 r = v % m;
        if (r < 0) {
            r += m;
            --q;
        }
        if (2 * r > m || (2 * r == m && (q & 1)))
            ++q;
        return Value::integer(q * m);
    }
    if (!hasDigits) {
        if (!std::isfinite(x.f))
            return ev.raise(std::isnan(x.f) ? QStringLiteral("ValueError") : QStringLiteral("OverflowError"),
                            std::isnan(x.f) ? QStringLiteral("cannot convert float NaN to integer")
                                            : QStringLiteral("cannot convert float infinity to integer"));
        return Value::integer(qint64(std::nearbyint(x.f)));
    }
    const qint64 n = p.at(1)->toInt();
    if (!std::isfinite(x.f))
        return x;
    if (n >= 0) {
        const QString s = formatFloatC(x.f, QLatin1Char('f'), int(std::min<qint64>(n, 300)), false);
        return Value::floating(s.toDouble());
    }
    const double m = std::pow(10.0, double(-n));
    const double y = std::nearbyint(x.f / m) * m;
    return Value::floating(y);
}

Value toDict(Evaluator &ev, CallArgs &a)
{
    if (!argCount(ev, a, "dict", 0, 1))
        return {};
    Value d = Value::dict();
    auto *dict = d.as<DictObject>();
    if (!a.args.isEmpty()) {
        const Value &src = a.args.first();
        if (src.type == Type::Dict) {
            for (const auto &e : src.as<DictObject>()->entries())
                dict->insert(e.first, e.second);
        } else {
            ValueList items;
            if (!ev.iterate(src, items))
                return {};
            for (int i = 0; i < items.size(); ++i) {
                ValueList pair;
                if (!ev.iterate(items.at(i), pair))
                    return {};
                if (pair.size() != 2)
                    return ev.raise(QStringLiteral("ValueError"),
                                    QStringLiteral("dictionary update sequence element #%1 has length %2; 2 is required")
                                        .arg(i).arg(pair.size()));
                if (!isHashable(pair.first()))
                    return typeError(ev, QStringLiteral("unhashable type: '%1'").arg(typeName(pair.first())));
                dict->insert(pair.at(0), pair.at(1));
            }
        }
    }
    for (const auto &kw : a.kwargs)
        dict->insert(Value::string(kw.first), kw.second);
    return d;
}

void setCtor(Evaluator &ev, const QString &cls, BuiltinFn fn)
{
    ev.builtinClass(cls)->ctor = std::move(fn);
}

} // namespace

void installConversions(Evaluator &ev)
{
    auto def = [&ev](const QString &name, BuiltinFn fn) { ev.setBuiltin(name, Evaluator::makeBuiltin(name, std::move(fn))); };

    setCtor(ev, QStringLiteral("int"), toInt);
    setCtor(ev, QStringLiteral("float"), toFloat);
    setCtor(ev, QStringLiteral("str"), toStr);
    setCtor(ev, QStringLiteral("dict"), toDict);
    setCtor(ev, QStringLiteral("bool"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!noKwargs(ev, a, "bool") || !argCount(ev, a, "bool", 0, 1))
            return {};
        return Value::boolean(!a.args.isEmpty() && truthy(a.args.first()));
    });
    for (const char *n : {"list", "tuple", "set", "frozenset"}) {
        const QString name = QLatin1String(n);
        setCtor(ev, name, [name](Evaluator &ev, CallArgs &a) -> Value {
            if (!noKwargs(ev, a, name.toLatin1().constData()) || !argCount(ev, a, name.toLatin1().constData(), 0, 1))
                return {};
            ValueList items;
            if (!a.args.isEmpty() && !ev.iterate(a.args.first(), items))
                return {};
            if (name == QLatin1String("list"))
                return Value::list(items);
            if (name == QLatin1String("tuple"))
                return Value::tuple(items);
            for (const Value &v : items)
                if (!isHashable(v))
                    return typeError(ev, QStringLiteral("unhashable type: '%1'").arg(typeName(v)));
            return Value::set(items);
        });
    }
    setCtor(ev, QStringLiteral("bytes"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (a.args.isEmpty())
            return Value::bytes({});
        const Value &x = a.args.first();
        if (x.isStr())
            return Value::bytes(x.s.toUtf8());
        ValueList items;
        if (!ev.iterate(x, items))
            return {};
        QByteArray out;
        for (const Value &v : items) {
            if (!v.isInt() || v.toInt() < 0 || v.toInt() > 255)
                return ev.raise(QStringLiteral("ValueError"), QStringLiteral("bytes must be in range(0, 256)"));
            out.append(char(v.toInt()));
        }
        return Value::bytes(out);
    });
    setCtor(ev, QStringLiteral("range"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!noKwargs(ev, a, "range") || !argCount(ev, a, "range", 1, 3))
            return {};
        for (const Value &v : a.args)
            if (!v.isInt())
                return typeError(ev, QStringLiteral("'%1' object cannot be interpreted as an integer").arg(typeName(v)));
        auto r = std::make_shared<RangeObject>();
        if (a.args.size() == 1) {
            r->stop = a.args.at(0).toInt();
        } else {
            r->start = a.args.at(0).toInt();
            r->stop = a.args.at(1).toInt();
            if (a.args.size() == 3)
                r->step = a.args.at(2).toInt();
        }
        if (r->step == 0)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("range() arg 3 must not be zero"));
        return Value::object(Type::Range, r);
    });
    setCtor(ev, QStringLiteral("type"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "type", 1, 1))
            return {};
        const Value &x = a.args.first();
        if (x.type == Type::Exception)
            return Value::object(Type::Class, x.as<ExceptionObject>()->cls);
        if (auto c = ev.builtinClass(typeName(x)))
            return Value::object(Type::Class, c);
        auto c = std::make_shared<ClassObject>();
        c->name = typeName(x);
        c->base = ev.builtinClass(QStringLiteral("object"));
        return Value::object(Type::Class, c);
    });
    def(QStringLiteral("abs"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "abs", 1, 1))
            return {};
        const Value &x = a.args.first();
        if (x.type == Type::Float)
            return Value::floating(std::fabs(x.f));
        if (x.isInt()) {
            if (x.toInt() == std::numeric_limits<qint64>::min())
                return ev.raise(QStringLiteral("OverflowError"), QStringLiteral("integer overflow (Retort's interpreter uses 64-bit integers)"));
            return Value::integer(std::llabs(x.toInt()));
        }
        return typeError(ev, QStringLiteral("bad operand type for abs(): '%1'").arg(typeName(x)));
    });
    def(QStringLiteral("round"), roundValue);
    def(QStringLiteral("divmod"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "divmod", 2, 2))
            return {};
        Value q = ev.binary(QStringLiteral("//"), a.args.at(0), a.args.at(1));
        if (ev.hasException())
            return {};
        Value r = ev.binary(QStringLiteral("%"), a.args.at(0), a.args.at(1));
        if (ev.hasException())
            return {};
        return Value::tuple({q, r});
    });
    def(QStringLiteral("pow"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "pow", 2, 2))
            return {};
        return ev.binary(QStringLiteral("**"), a.args.at(0), a.args.at(1));
    });
    def(QStringLiteral("ord"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "ord", 1, 1))
            return {};
        const Value &x = a.args.first();
        if (!x.isStr() || x.s.toUcs4().size() != 1)
            return typeError(ev, QStringLiteral("ord() expected a character, but string of length %1 found").arg(x.isStr() ? x.s.toUcs4().size() : 0));
        return Value::integer(x.s.toUcs4().first());
    });
    def(QStringLiteral("chr"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "chr", 1, 1))
            return {};
        if (!a.args.first().isInt())
            return typeError(ev, QStringLiteral("an integer is required"));
        const qint64 c = a.args.first().toInt();
        if (c < 0 || c > 0x10ffff)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("chr() arg not in range(0x110000)"));
        const char32_t ch = char32_t(c);
        return Value::string(QString::fromUcs4(&ch, 1));
    });
    for (const char *n : {"hex", "oct", "bin"}) {
        const QString name = QLatin1String(n);
        def(name, [name](Evaluator &ev, CallArgs &a) -> Value {
            if (!argCount(ev, a, name.toLatin1().constData(), 1, 1))
                return {};
            if (!a.args.first().isInt())
                return typeError(ev, QStringLiteral("'%1' object cannot be interpreted as an integer").arg(typeName(a.args.first())));
            FormatSpec spec;
            spec.alternate = true;
            spec.type = name == QLatin1String("hex") ? QLatin1Char('x') : name == QLatin1String("oct") ? QLatin1Char('o') : QLatin1Char('b');
            QString out;
            formatInt(a.args.first().toInt(), spec, out, nullptr);
            return Value::string(out);
        });
    }
}

} // namespace retort::python::builtins
