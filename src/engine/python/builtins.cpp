#include "python/evaluator.h"
#include "python/format.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace retort::python {

// Python's builtin functions and the constructors of the builtin types.

namespace {

Value typeError(Evaluator &ev, const QString &message)
{
    return ev.raise(QStringLiteral("TypeError"), message);
}

bool noKwargs(Evaluator &ev, const CallArgs &a, const char *name)
{
    if (a.kwargs.isEmpty())
        return true;
    typeError(ev, QStringLiteral("%1() takes no keyword arguments").arg(QLatin1String(name)));
    return false;
}

bool argCount(Evaluator &ev, const CallArgs &a, const char *name, int min, int max)
{
    if (a.args.size() >= min && a.args.size() <= max)
        return true;
    if (min == max)
        typeError(ev, QStringLiteral("%1() takes exactly %2 argument%3 (%4 given)")
                          .arg(QLatin1String(name)).arg(min).arg(min == 1 ? "" : "s").arg(a.args.size()));
    else if (a.args.size() < min)
        typeError(ev, QStringLiteral("%1 expected at least %2 argument%3, got %4")
                          .arg(QLatin1String(name)).arg(min).arg(min == 1 ? "" : "s").arg(a.args.size()));
    else
        typeError(ev, QStringLiteral("%1 expected at most %2 argument%3, got %4")
                          .arg(QLatin1String(name)).arg(max).arg(max == 1 ? "" : "s").arg(a.args.size()));
    return false;
}

// Sorts in place with Python's stable sort; key may be None. Returns false when a comparison raised.
bool sortValues(Evaluator &ev, ValueList &items, const Value &key, bool reverse)
{
    ValueList keys = items;
    if (!key.isNone()) {
        for (int i = 0; i < items.size(); ++i) {
            keys[i] = ev.callFunction(key, {items.at(i)});
            if (ev.hasException())
                return false;
        }
    }
    QList<int> idx(items.size());
    for (int i = 0; i < idx.size(); ++i)
        idx[i] = i;
    bool failed = false;
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
        if (failed)
            return false;
        const int c = reverse ? ev.order(keys.at(b), keys.at(a)) : ev.order(keys.at(a), keys.at(b));
        if (ev.hasException()) {
            failed = true;
            return false;
        }
        return c < 0;
    });
    if (failed)
        return false;
    ValueList out;
    out.reserve(items.size());
    for (int i : idx)
        out.append(items.at(i));
    items = out;
    return true;
}

Value minMax(Evaluator &ev, CallArgs &a, bool isMax)
{
    const char *name = isMax ? "max" : "min";
    QList<std::optional<Value>> kw;
    CallArgs kwOnly;
    kwOnly.kwargs = a.kwargs;
    if (!ev.bindArgs(kwOnly, QLatin1String(name), {QStringLiteral("key"), QStringLiteral("default")}, 0, kw))
        return {};
    ValueList items;
    if (a.args.size() == 1) {
        if (!ev.iterate(a.args.first(), items))
            return {};
    } else if (a.args.size() > 1) {
        items = a.args;
    } else {
        return typeError(ev, QStringLiteral("%1 expected at least 1 argument, got 0").arg(QLatin1String(name)));
    }
    if (items.isEmpty()) {
        if (kw.at(1))
            return *kw.at(1);
        return ev.raise(QStringLiteral("ValueError"), QStringLiteral("%1() arg is an empty sequence").arg(QLatin1String(name)));
    }
    const Value key = kw.at(0).value_or(Value());
    Value best = items.first();
    Value bestKey = key.isNone() ? best : ev.callFunction(key, {best});
    for (int i = 1; i < items.size() && !ev.hasException(); ++i) {
        Value k = key.isNone() ? items.at(i) : ev.callFunction(key, {items.at(i)});
        if (ev.hasException())
            return {};
        const int c = ev.order(k, bestKey);
        if (ev.hasException())
            return {};
        if (isMax ? c > 0 : c < 0) {
            best = items.at(i);
            bestKey = k;
        }
    }
    return ev.hasException() ? Value() : best;
}

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

void installBuiltinFunctions(Evaluator &ev)
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

    def(QStringLiteral("print"), [](Evaluator &ev, CallArgs &a) -> Value {
        QString sep = QStringLiteral(" ");
        QString end = QStringLiteral("\n");
        for (const auto &kw : a.kwargs) {
            if (kw.first == QLatin1String("sep") && !kw.second.isNone())
                sep = str(kw.second);
            else if (kw.first == QLatin1String("end") && !kw.second.isNone())
                end = str(kw.second);
            else if (kw.first != QLatin1String("file") && kw.first != QLatin1String("flush") && kw.first != QLatin1String("sep") && kw.first != QLatin1String("end"))
                return typeError(ev, QStringLiteral("'%1' is an invalid keyword argument for print()").arg(kw.first));
        }
        QStringList parts;
        for (const Value &v : a.args)
            parts << str(v);
        ev.print(parts.join(sep) + end);
        return {};
    });
    def(QStringLiteral("len"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!noKwargs(ev, a, "len") || !argCount(ev, a, "len", 1, 1))
            return {};
        const Value &x = a.args.first();
        switch (x.type) {
        case Type::Str: return Value::integer(x.s.toUcs4().size());
        case Type::Bytes: return Value::integer(x.as<BytesObject>()->data.size());
        case Type::List:
        case Type::Tuple: return Value::integer(sequenceItems(x)->size());
        case Type::Dict:
        case Type::Set: return Value::integer(x.as<DictObject>()->size());
        case Type::Range: return Value::integer(x.as<RangeObject>()->length());
        case Type::Native:
            if (auto n = x.as<NativeObject>()->length())
                return Value::integer(*n);
            break;
        default: break;
        }
        return typeError(ev, QStringLiteral("object of type '%1' has no len()").arg(typeName(x)));
    });
    def(QStringLiteral("repr"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "repr", 1, 1))
            return {};
        return Value::string(repr(a.args.first()));
    });
    def(QStringLiteral("ascii"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "ascii", 1, 1))
            return {};
        return Value::string(repr(a.args.first()));
    });
    def(QStringLiteral("enumerate"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("enumerate"), {QStringLiteral("iterable"), QStringLiteral("start")}, 1, p))
            return {};
        ValueList items;
        if (!ev.iterate(*p.at(0), items))
            return {};
        qint64 i = p.at(1) ? p.at(1)->toInt() : 0;
        ValueList out;
        for (const Value &v : items)
            out.append(Value::tuple({Value::integer(i++), v}));
        return Value::list(out);
    });
    def(QStringLiteral("zip"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<ValueList> lists;
        qsizetype n = std::numeric_limits<qsizetype>::max();
        for (const Value &v : a.args) {
            ValueList items;
            if (!ev.iterate(v, items))
                return {};
            n = std::min(n, items.size());
            lists.append(items);
        }
        if (const Value *strict = a.keyword(QStringLiteral("strict")); strict && truthy(*strict)) {
            for (const ValueList &l : lists)
                if (l.size() != n)
                    return ev.raise(QStringLiteral("ValueError"), QStringLiteral("zip() arguments have different lengths"));
        }
        ValueList out;
        if (lists.isEmpty())
            return Value::list();
        for (qsizetype i = 0; i < n; ++i) {
            ValueList row;
            for (const ValueList &l : lists)
                row.append(l.at(i));
            out.append(Value::tuple(row));
        }
        return Value::list(out);
    });
    def(QStringLiteral("sorted"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!argCount(ev, a, "sorted", 1, 1))
            return {};
        CallArgs kw;
        kw.kwargs = a.kwargs;
        if (!ev.bindArgs(kw, QStringLiteral("sorted"), {QStringLiteral("key"), QStringLiteral("reverse")}, 0, p))
            return {};
        ValueList items;
        if (!ev.iterate(a.args.first(), items))
            return {};
        if (!sortValues(ev, items, p.at(0).value_or(Value()), p.at(1) && truthy(*p.at(1))))
            return {};
        return Value::list(items);
    });
    def(QStringLiteral("reversed"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "reversed", 1, 1))
            return {};
        if (a.args.first().type == Type::Set || a.args.first().type == Type::Dict) {
            if (a.args.first().type == Type::Set)
                return typeError(ev, QStringLiteral("'set' object is not reversible"));
        }
        ValueList items;
        if (!ev.iterate(a.args.first(), items))
            return {};
        std::reverse(items.begin(), items.end());
        return Value::list(items);
    });
    def(QStringLiteral("min"), [](Evaluator &ev, CallArgs &a) { return minMax(ev, a, false); });
    def(QStringLiteral("max"), [](Evaluator &ev, CallArgs &a) { return minMax(ev, a, true); });
    def(QStringLiteral("sum"), [](Evaluator &ev, CallArgs &a) -> Value {
        QList<std::optional<Value>> p;
        if (!ev.bindArgs(a, QStringLiteral("sum"), {QStringLiteral("iterable"), QStringLiteral("start")}, 1, p))
            return {};
        ValueList items;
        if (!ev.iterate(*p.at(0), items))
            return {};
        Value total = p.at(1).value_or(Value::integer(0));
        if (total.isStr())
            return typeError(ev, QStringLiteral("sum() can't sum strings [use ''.join(seq) instead]"));
        for (const Value &v : items) {
            total = ev.binary(QStringLiteral("+"), total, v);
            if (ev.hasException())
                return {};
        }
        return total;
    });
    for (const bool isAll : {false, true}) {
        def(isAll ? QStringLiteral("all") : QStringLiteral("any"), [isAll](Evaluator &ev, CallArgs &a) -> Value {
            if (!argCount(ev, a, isAll ? "all" : "any", 1, 1))
                return {};
            ValueList items;
            if (!ev.iterate(a.args.first(), items))
                return {};
            for (const Value &v : items)
                if (truthy(v) != isAll)
                    return Value::boolean(!isAll);
            return Value::boolean(isAll);
        });
    }
    def(QStringLiteral("isinstance"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "isinstance", 2, 2))
            return {};
        const Value &c = a.args.at(1);
        if (c.type != Type::Class && c.type != Type::Tuple && c.type != Type::Native)
            return typeError(ev, QStringLiteral("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        if (c.type == Type::Native)   // sa types and other natives: compare by type name
            return Value::boolean(typeName(a.args.at(0)) == c.as<NativeObject>()->typeName());
        return Value::boolean(ev.isInstance(a.args.at(0), c));
    });
    def(QStringLiteral("issubclass"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "issubclass", 2, 2))
            return {};
        if (a.args.at(0).type != Type::Class)
            return typeError(ev, QStringLiteral("issubclass() arg 1 must be a class"));
        const auto *c = a.args.at(0).as<ClassObject>();
        ValueList targets = a.args.at(1).type == Type::Tuple ? a.args.at(1).as<TupleObject>()->items : ValueList{a.args.at(1)};
        for (const Value &t : targets)
            if (t.type == Type::Class && c->isSubclassOf(t.as<ClassObject>()))
                return Value::boolean(true);
        return Value::boolean(false);
    });
    def(QStringLiteral("hasattr"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "hasattr", 2, 2))
            return {};
        if (!a.args.at(1).isStr())
            return typeError(ev, QStringLiteral("hasattr(): attribute name must be string"));
        const bool r = ev.hasAttr(a.args.at(0), a.args.at(1).s);
        return ev.hasException() ? Value() : Value::boolean(r);
    });
    def(QStringLiteral("getattr"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "getattr", 2, 3))
            return {};
        if (!a.args.at(1).isStr())
            return typeError(ev, QStringLiteral("getattr(): attribute name must be string"));
        Value v = ev.getAttr(a.args.at(0), a.args.at(1).s);
        if (ev.hasException() && a.args.size() == 3
            && ev.exception().as<ExceptionObject>()->cls->name == QLatin1String("AttributeError")) {
            ev.takeException();
            return a.args.at(2);
        }
        return v;
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
    def(QStringLiteral("map"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "map", 2, 100))
            return {};
        QList<ValueList> lists;
        qsizetype n = std::numeric_limits<qsizetype>::max();
        for (int i = 1; i < a.args.size(); ++i) {
            ValueList items;
            if (!ev.iterate(a.args.at(i), items))
                return {};
            n = std::min(n, items.size());
            lists.append(items);
        }
        ValueList out;
        for (qsizetype i = 0; i < n; ++i) {
            ValueList args;
            for (const ValueList &l : lists)
                args.append(l.at(i));
            Value v = ev.callFunction(a.args.first(), args);
            if (ev.hasException())
                return {};
            out.append(v);
        }
        return Value::list(out);
    });
    def(QStringLiteral("filter"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "filter", 2, 2))
            return {};
        ValueList items;
        if (!ev.iterate(a.args.at(1), items))
            return {};
        ValueList out;
        for (const Value &v : items) {
            Value keep = a.args.first().isNone() ? v : ev.callFunction(a.args.first(), {v});
            if (ev.hasException())
                return {};
            if (truthy(keep))
                out.append(v);
        }
        return Value::list(out);
    });
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
    def(QStringLiteral("hash"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "hash", 1, 1))
            return {};
        if (!isHashable(a.args.first()))
            return typeError(ev, QStringLiteral("unhashable type: '%1'").arg(typeName(a.args.first())));
        return Value::integer(qint64(hashValue(a.args.first()) >> 1));
    });
    def(QStringLiteral("id"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "id", 1, 1))
            return {};
        return Value::integer(qint64(quintptr(a.args.first().obj.get())) ^ qint64(hashValue(a.args.first()) >> 1));
    });
    def(QStringLiteral("callable"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "callable", 1, 1))
            return {};
        const Type t = a.args.first().type;
        return Value::boolean(t == Type::Function || t == Type::Builtin || t == Type::Class || t == Type::Native);
    });
    def(QStringLiteral("format"), [](Evaluator &ev, CallArgs &a) -> Value {
        if (!argCount(ev, a, "format", 1, 2))
            return {};
        return ev.formatValue(a.args.first(), a.args.size() > 1 ? str(a.args.at(1)) : QString());
    });
    for (const char *n : {"open", "exec", "eval", "compile", "input", "__import__", "globals", "locals", "vars",
                          "setattr", "delattr", "iter", "next", "super", "property", "staticmethod", "classmethod"}) {
        const QString name = QLatin1String(n);
        def(name, [name](Evaluator &ev, CallArgs &) -> Value {
            return ev.raise(QStringLiteral("NotImplementedError"),
                            QStringLiteral("%1() is not supported by Retort's built-in interpreter").arg(name));
        });
    }
    auto ellipsis = std::make_shared<ModuleObject>();
    ellipsis->name = QStringLiteral("Ellipsis");
    ev.setBuiltin(QStringLiteral("Ellipsis"), Value::object(Type::Module, ellipsis));
}

} // namespace retort::python
