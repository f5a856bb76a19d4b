#include "python/evaluator.h"
#include "python/format.h"

#include <cmath>

namespace retort::python {

// Arithmetic, comparison, ordering, attribute lookup and format() with Python's rules.
// Integers are 64-bit: overflow raises OverflowError instead of growing.

static Value overflow(Evaluator &ev)
{
    return ev.raise(QStringLiteral("OverflowError"), QStringLiteral("integer overflow (Retort's interpreter uses 64-bit integers)"));
}

static qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

static Value intOp(Evaluator &ev, const QString &op, qint64 a, qint64 b)
{
    qint64 r = 0;
    if (op == QLatin1String("+"))
        return __builtin_add_overflow(a, b, &r) ? overflow(ev) : Value::integer(r);
    if (op == QLatin1String("-"))
        return __builtin_sub_overflow(a, b, &r) ? overflow(ev) : Value::integer(r);
    if (op == QLatin1String("*"))
        return __builtin_mul_overflow(a, b, &r) ? overflow(ev) : Value::integer(r);
    if (op == QLatin1String("/")) {
        if (b == 0)
            return ev.raise(QStringLiteral("ZeroDivisionError"), QStringLiteral("division by zero"));
        return Value::floating(double(a) / double(b));
    }
    if (op == QLatin1String("//") || op == QLatin1String("%")) {
        if (b == 0)
            return ev.raise(QStringLiteral("ZeroDivisionError"), QStringLiteral("integer division or modulo by zero"));
        if (a == std::numeric_limits<qint64>::min() && b == -1)
            return op == QLatin1String("%") ? Value::integer(0) : overflow(ev);
        const qint64 q = floorDiv(a, b);
        return op == QLatin1String("//") ? Value::integer(q) : Value::integer(a - q * b);
    }
    if (op == QLatin1String("**")) {
        if (b < 0)
            return Value::floating(std::pow(double(a), double(b)));
        qint64 result = 1;
        qint64 base = a;
        qint64 e = b;
        while (e > 0) {
            if (e & 1) {
                if (__builtin_mul_overflow(result, base, &result))
                    return overflow(ev);
            }
            e >>= 1;
            if (e > 0 && __builtin_mul_overflow(base, base, &base))
                return overflow(ev);
        }
        return Value::integer(result);
    }
    if (op == QLatin1String("<<")) {
        if (b < 0)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("negative shift count"));
        if (b >= 63 || (a != 0 && (a > (std::numeric_limits<qint64>::max() >> b) || a < (std::numeric_limits<qint64>::min() >> b))))
            return a == 0 ? Value::integer(0) : overflow(ev);
        return Value::integer(a << b);
    }
    if (op == QLatin1String(">>")) {
        if (b < 0)
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("negative shift count"));
        return Value::integer(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
    }
    if (op == QLatin1String("&"))
        return Value::integer(a & b);
    if (op == QLatin1String("|"))
        return Value::integer(a | b);
    if (op == QLatin1String("^"))
        return Value::integer(a ^ b);
    return {};
}

static Value floatOp(Evaluator &ev, const QString &op, double a, double b)
{
    if (op == QLatin1String("+"))
        return Value::floating(a + b);
    if (op == QLatin1String("-"))
        return Value::floating(a - b);
    if (op == QLatin1String("*"))
        return Value::floating(a * b);
    if (op == QLatin1String("/")) {
        if (b == 0)
            return ev.raise(QStringLiteral("ZeroDivisionError"), QStringLiteral("float division by zero"));
        return Value::floating(a / b);
    }
    if (op == QLatin1String("//") || op == QLatin1String("%")) {
        if (b == 0)
            return ev.raise(QStringLiteral("ZeroDivisionError"),
                            op == QLatin1String("%") ? QStringLiteral("float modulo") : QStringLiteral("float floor division by zero"));
        double m = std::fmod(a, b);
        if (m != 0 && ((b < 0) != (m < 0)))
            m += b;
        if (op == QLatin1String("%"))
            return Value::floating(m);
        const double div = (a - m) / b;
        double fd = std::floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
        return Value::floating(div == 0 ? std::copysign(0.0, a / b) : fd);
    }
    if (op == QLatin1String("**")) {
        if (a == 0 && b < 0)
            return ev.raise(QStringLiteral("ZeroDivisionError"), QStringLiteral("0.0 cannot be raised to a negative power"));
        return Value::floating(std::pow(a, b));
    }
    return {};
}

static Value repeat(Evaluator &ev, const Value &seq, qint64 n)
{
    if (n < 0)
        n = 0;
    if (seq.isStr()) {
        if (n * seq.s.size() > 100'000'000)
            return ev.raise(QStringLiteral("MemoryError"), QStringLiteral("string too large"));
        return Value::string(seq.s.repeated(int(n)));
    }
    const ValueList &items = *sequenceItems(seq);
    ValueList out;
    for (qint64 i = 0; i < n; ++i)
        out += items;
    return seq.type == Type::List ? Value::list(out) : Value::tuple(out);
}

Value Evaluator::binary(const QString &op, const Value &a, const Value &b)
{
    if (a.type == Type::Native) {
        if (auto r = a.as<NativeObject>()->binaryOp(*this, op, b, false))
            return *r;
        if (hasException())
            return {};
    }
    if (b.type == Type::Native) {
        if (auto r = b.as<NativeObject>()->binaryOp(*this, op, a, true))
            return *r;
        if (hasException())
            return {};
    }
    if (a.isInt() && b.isInt()) {
        if (a.type == Type::Bool && b.type == Type::Bool && (op == QLatin1String("&") || op == QLatin1String("|") || op == QLatin1String("^"))) {
            Value r = intOp(*this, op, a.toInt(), b.toInt());
            return Value::boolean(r.i != 0);
        }
        return intOp(*this, op, a.toInt(), b.toInt());
    }
    if (a.isNumber() && b.isNumber()) {
        Value r = floatOp(*this, op, a.toDouble(), b.toDouble());
        if (r.type != Type::None || hasException())
            return r;
    }
    if (op == QLatin1String("%")) {
        if (a.isStr())
            return percentFormat(*this, a.s, b);
    }
    if (op == QLatin1String("+")) {
        if (a.isStr() && b.isStr())
            return Value::string(a.s + b.s);
        if (a.type == Type::List && b.type == Type::List)
            return Value::list(a.as<ListObject>()->items + b.as<ListObject>()->items);
        if (a.type == Type::Tuple && b.type == Type::Tuple)
            return Value::tuple(a.as<TupleObject>()->items + b.as<TupleObject>()->items);
        if (a.type == Type::Bytes && b.type == Type::Bytes)
            return Value::bytes(a.as<BytesObject>()->data + b.as<BytesObject>()->data);
        if (a.isStr() || a.type == Type::List || a.type == Type::Tuple)
            return raise(QStringLiteral("TypeError"), QStringLiteral("can only concatenate %1 (not \"%2\") to %1")
                                                          .arg(typeName(a), typeName(b)));
    }
    if (op == QLatin1String("*")) {
        if ((a.isStr() || sequenceItems(a)) && b.isInt())
            return repeat(*this, a, b.toInt());
        if ((b.isStr() || sequenceItems(b)) && a.isInt())
            return repeat(*this, b, a.toInt());
    }
    if (a.type == Type::Set && b.type == Type::Set) {
        const auto *x = a.as<DictObject>();
        const auto *y = b.as<DictObject>();
        ValueList out;
        if (op == QLatin1String("|")) {
            out = x->keys();
            for (const Value &v : y->keys())
                if (!x->find(v))
                    out.append(v);
        } else if (op == QLatin1String("&")) {
            for (const Value &v : x->keys())
                if (y->find(v))
                    out.append(v);
        } else if (op == QLatin1String("-")) {
            for (const Value &v : x->keys())
                if (!y->find(v))
                    out.append(v);
        } else if (op == QLatin1String("^")) {
            for (const Value &v : x->keys())
                if (!y->find(v))
                    out.append(v);
            for (const Value &v : y->keys())
                if (!x->find(v))
                    out.append(v);
        }
        if (!op.isEmpty() && QStringLiteral("|&-^").contains(op))
            return Value::set(out);
    }
    if (a.type == Type::Dict && b.type == Type::Dict && op == QLatin1String("|")) {
        Value d = Value::dict();
        for (const auto &e : a.as<DictObject>()->entries())
            d.as<DictObject>()->insert(e.first, e.second);
        for (const auto &e : b.as<DictObject>()->entries())
            d.as<DictObject>()->insert(e.first, e.second);
        return d;
    }
    return raise(QStringLiteral("TypeError"),
                 QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'").arg(op, typeName(a), typeName(b)));
}

static bool contains(Evaluator &ev, const Value &container, const Value &item, bool &ok)
{
    ok = true;
    switch (container.type) {
    case Type::Str:
        if (!item.isStr()) {
            ev.raise(QStringLiteral("TypeError"),
                     QStringLiteral("'in <string>' requires string as left operand, not %1").arg(typeName(item)));
            ok = false;
            return false;
        }
        return container.s.contains(item.s);
    case Type::Bytes:
        if (item.type == Type::Bytes)
            return container.as<BytesObject>()->data.contains(item.as<BytesObject>()->data);
        return item.isInt() && container.as<BytesObject>()->data.contains(char(item.toInt()));
    case Type::List:
    case Type::Tuple:
        for (const Value &v : *sequenceItems(container))
            if (equals(v, item))
                return true;
        return false;
    case Type::Dict:
    case Type::Set:
        if (!isHashable(item)) {
            ev.raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(item)));
            ok = false;
            return false;
        }
        return container.as<DictObject>()->find(item) != nullptr;
    case Type::Range: {
        if (!item.isNumber())
            return false;
        const auto *r = container.as<RangeObject>();
        const double x = item.toDouble();
        if (x != std::floor(x))
            return false;
        const qint64 v = qint64(x);
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return false;
        return (v - r->start) % r->step == 0;
    }
    default: {
        ValueList items;
        if (!ev.iterate(container, items)) {
            ok = false;
            return false;
        }
        for (const Value &v : items)
            if (equals(v, item))
                return true;
        return false;
    }
    }
}

static bool identical(const Value &a, const Value &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Type::None: return true;
    case Type::Bool: return a.b == b.b;
    case Type::Int: return a.i == b.i;
    case Type::Float: return a.f == b.f;
    case Type::Str: return a.s == b.s;
    default: return a.obj == b.obj;
    }
}

Value Evaluator::compare(const QString &op, const Value &a, const Value &b)
{
    if (op == QLatin1String("is"))
        return Value::boolean(identical(a, b));
    if (op == QLatin1String("is not"))
        return Value::boolean(!identical(a, b));
    if (op == QLatin1String("in") || op == QLatin1String("not in")) {
        bool ok = true;
        const bool r = contains(*this, b, a, ok);
        if (!ok)
            return {};
        return Value::boolean(op == QLatin1String("in") ? r : !r);
    }
    if (a.type == Type::Native) {
        if (auto r = a.as<NativeObject>()->binaryOp(*this, op, b, false))
            return *r;
        if (hasException())
            return {};
    }
    if (b.type == Type::Native) {
        static const QHash<QString, QString> mirrored = {
            {QStringLiteral("<"), QStringLiteral(">")}, {QStringLiteral(">"), QStringLiteral("<")},
            {QStringLiteral("<="), QStringLiteral(">=")}, {QStringLiteral(">="), QStringLiteral("<=")},
            {QStringLiteral("=="), QStringLiteral("==")}, {QStringLiteral("!="), QStringLiteral("!=")}};
        if (auto r = b.as<NativeObject>()->binaryOp(*this, mirrored.value(op, op), a, false))
            return *r;
        if (hasException())
            return {};
    }
    if (op == QLatin1String("=="))
        return Value::boolean(equals(a, b));
    if (op == QLatin1String("!="))
        return Value::boolean(!equals(a, b));
    if (a.type == Type::Set && b.type == Type::Set) {
        const auto *x = a.as<DictObject>();
        const auto *y = b.as<DictObject>();
        auto subset = [](const DictObject *p, const DictObject *q) {
            for (const Value &v : p->keys())
                if (!q->find(v))
                    return false;
            return true;
        };
        if (op == QLatin1String("<="))
            return Value::boolean(subset(x, y));
        if (op == QLatin1String(">="))
            return Value::boolean(subset(y, x));
        if (op == QLatin1String("<"))
            return Value::boolean(x->size() < y->size() && subset(x, y));
        return Value::boolean(y->size() < x->size() && subset(y, x));
    }
    const int c = order(a, b);
    if (hasException()) {
        takeException();
        return raise(QStringLiteral("TypeError"),
                     QStringLiteral("'%1' not supported between instances of '%2' and '%3'").arg(op, typeName(a), typeName(b)));
    }
    if (op == QLatin1String("<"))
        return Value::boolean(c < 0);
    if (op == QLatin1String("<="))
        return Value::boolean(c <= 0);
    if (op == QLatin1String(">"))
        return Value::boolean(c > 0);
    return Value::boolean(c >= 0);
}

int Evaluator::order(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type != Type::Float && b.type != Type::Float)
            return a.toInt() < b.toInt() ? -1 : a.toInt() > b.toInt() ? 1 : 0;
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.isStr() && b.isStr()) {
        const int c = QString::compare(a.s, b.s);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    if (a.type == Type::Bytes && b.type == Type::Bytes) {
        const int c = a.as<BytesObject>()->data.compare(b.as<BytesObject>()->data);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    if ((a.type == Type::List && b.type == Type::List) || (a.type == Type::Tuple && b.type == Type::Tuple)) {
        const ValueList &x = *sequenceItems(a);
        const ValueList &y = *sequenceItems(b);
        for (int i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (equals(x.at(i), y.at(i)))
                continue;
            return order(x.at(i), y.at(i));
        }
        return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    if (a.type == Type::Native) {   // natives with an ordering (dates ...)
        auto *n = a.as<NativeObject>();
        const auto less = n->binaryOp(*this, QStringLiteral("<"), b, false);
        const auto greater = less && !hasException() ? n->binaryOp(*this, QStringLiteral(">"), b, false) : std::nullopt;
        if (hasException())
            return 0;
        if (less && greater)
            return truthy(*less) ? -1 : truthy(*greater) ? 1 : 0;
    }
    raise(QStringLiteral("TypeError"),
          QStringLiteral("'<' not supported between instances of '%1' and '%2'").arg(typeName(a), typeName(b)));
    return 0;
}

bool Evaluator::isInstance(const Value &v, const Value &classOrTuple)
{
    if (classOrTuple.type == Type::Tuple) {
        for (const Value &c : classOrTuple.as<TupleObject>()->items)
            if (isInstance(v, c))
                return true;
        return false;
    }
    if (classOrTuple.type != Type::Class)
        return false;
    const auto *cls = classOrTuple.as<ClassObject>();
    if (v.type == Type::Exception)
        return v.as<ExceptionObject>()->cls->isSubclassOf(cls);
    if (cls->name == QLatin1String("object"))
        return true;
    std::shared_ptr<ClassObject> own = builtinClass(typeName(v));
    return own && own->isSubclassOf(cls);
}

Value Evaluator::formatValue(const Value &v, const QString &spec)
{
    if (spec.isEmpty())
        return Value::string(str(v));
    if (v.type == Type::Native) {   // obj.__format__(spec): dates take strftime formats
        if (auto formatted = v.as<NativeObject>()->formatWith(*this, spec))
            return *formatted;
        if (hasException())
            return {};
    }
    FormatSpec fs;
    QString message;
    if (!parseFormatSpec(spec, fs, &message))
        return raise(QStringLiteral("ValueError"), message.section(QLatin1String(": "), 1));
    QString out;
    bool ok;
    if (v.type == Type::Bool && fs.type.isNull())
        ok = formatInt(v.toInt(), fs, out, &message);
    else if (v.isInt())
        ok = formatInt(v.toInt(), fs, out, &message);
    else if (v.type == Type::Float)
        ok = formatFloat(v.f, fs, out, &message);
    else if (v.isStr())
        ok = formatStr(v.s, fs, out, &message);
    else if (v.type == Type::Native || v.type == Type::None || v.type == Type::List || v.type == Type::Tuple || v.type == Type::Dict)
        return raise(QStringLiteral("TypeError"),
                     QStringLiteral("unsupported format string passed to %1.__format__").arg(typeName(v)));
    else
        ok = formatStr(str(v), fs, out, &message);
    if (!ok)
        return raise(QStringLiteral("ValueError"), message.section(QLatin1String(": "), 1));
    return Value::string(out);
}

Value Evaluator::getAttr(const Value &object, const QString &name)
{
    switch (object.type) {
    case Type::Str:
        return stringAttribute(*this, object, name);
    case Type::List:
    case Type::Dict:
    case Type::Set:
    case Type::Tuple:
    case Type::Bytes:
        return containerAttribute(*this, object, name);
    case Type::Module: {
        const auto *m = object.as<ModuleObject>();
        auto it = m->attrs.constFind(name);
        if (it != m->attrs.cend())
            return it.value();
        auto sub = m_modules.constFind(m->name + QLatin1Char('.') + name);
        if (sub != m_modules.cend())
            return sub.value();
        return raise(QStringLiteral("AttributeError"), QStringLiteral("module '%1' has no attribute '%2'").arg(m->name, name));
    }
    case Type::Native:
        return object.as<NativeObject>()->getAttr(*this, name);
    case Type::Exception:
        if (name == QLatin1String("args"))
            return Value::tuple(object.as<ExceptionObject>()->args);
        break;
    case Type::Class:
        if (name == QLatin1String("__name__"))
            return Value::string(object.as<ClassObject>()->name);
        break;
    case Type::Function:
        if (name == QLatin1String("__name__"))
            return Value::string(object.as<FunctionObject>()->name);
        break;
    case Type::Float:
        if (name == QLatin1String("is_integer")) {
            const double f = object.f;
            return makeBuiltin(QStringLiteral("float.is_integer"),
                               [f](Evaluator &, CallArgs &) { return Value::boolean(std::isfinite(f) && f == std::floor(f)); });
        }
        if (name == QLatin1String("real"))
            return object;
        if (name == QLatin1String("imag"))
            return Value::floating(0);
        break;
    case Type::Int:
    case Type::Bool:
        if (name == QLatin1String("real") || name == QLatin1String("numerator"))
            return Value::integer(object.toInt());
        if (name == QLatin1String("imag"))
            return Value::integer(0);
        if (name == QLatin1String("denominator"))
            return Value::integer(1);
        if (name == QLatin1String("bit_length")) {
            const qint64 v = object.toInt();
            return makeBuiltin(QStringLiteral("int.bit_length"), [v](Evaluator &, CallArgs &) {
                quint64 m = v < 0 ? quint64(0) - quint64(v) : quint64(v);
                int bits = 0;
                while (m) {
                    ++bits;
                    m >>= 1;
                }
                return Value::integer(bits);
            });
        }
        break;
    default:
        break;
    }
    return raise(QStringLiteral("AttributeError"),
                 QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(object), name));
}

bool Evaluator::hasAttr(const Value &object, const QString &name)
{
    if (hasException())
        return false;
    getAttr(object, name);
    if (!hasException())
        return true;
    const Value e = takeException();
    if (e.as<ExceptionObject>()->cls->name != QLatin1String("AttributeError"))
        m_exception = e;
    return false;
}

} // namespace retort::python
