#include "python/value.h"

#include "python/evaluator.h"
#include "python/format.h"

#include <QStringList>

#include <cmath>

namespace retort::python {

Value Value::bytes(QByteArray v)
{
    auto o = std::make_shared<BytesObject>();
    o->data = std::move(v);
    return object(Type::Bytes, o);
}

Value Value::list(ValueList items)
{
    auto o = std::make_shared<ListObject>();
    o->items = std::move(items);
    return object(Type::List, o);
}

Value Value::tuple(ValueList items)
{
    auto o = std::make_shared<TupleObject>();
    o->items = std::move(items);
    return object(Type::Tuple, o);
}

Value Value::dict()
{
    return object(Type::Dict, std::make_shared<DictObject>());
}

Value Value::set(const ValueList &items)
{
    auto o = std::make_shared<DictObject>();
    for (const Value &v : items)
        o->insert(v, Value());
    return object(Type::Set, o);
}

qint64 RangeObject::length() const
{
    if (step > 0)
        return start < stop ? (stop - start + step - 1) / step : 0;
    return start > stop ? (start - stop - step - 1) / (-step) : 0;
}

int DictObject::indexOf(const Value &key) const
{
    const size_t h = hashValue(key);
    for (auto it = m_index.constFind(h); it != m_index.cend() && it.key() == h; ++it) {
        if (equals(m_entries.at(it.value()).first, key))
            return it.value();
    }
    return -1;
}

Value *DictObject::find(const Value &key)
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_entries[i].second;
}

const Value *DictObject::find(const Value &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_entries.at(i).second;
}

void DictObject::insert(const Value &key, const Value &value)
{
    const int i = indexOf(key);
    if (i >= 0) {
        m_entries[i].second = value;
        return;
    }
    m_entries.append({key, value});
    m_index.insert(hashValue(key), int(m_entries.size() - 1));
}

bool DictObject::remove(const Value &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return false;
    m_entries.removeAt(i);
    reindex();
    return true;
}

void DictObject::clear()
{
    m_entries.clear();
    m_index.clear();
}

void DictObject::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_index.insert(hashValue(m_entries.at(i).first), i);
}

ValueList DictObject::keys() const
{
    ValueList out;
    out.reserve(m_entries.size());
    for (const auto &e : m_entries)
        out.append(e.first);
    return out;
}

ValueList DictObject::values() const
{
    ValueList out;
    out.reserve(m_entries.size());
    for (const auto &e : m_entries)
        out.append(e.second);
    return out;
}

const Value *CallArgs::keyword(const QString &name) const
{
    for (const auto &kw : kwargs)
        if (kw.first == name)
            return &kw.second;
    return nullptr;
}

bool ClassObject::isSubclassOf(const ClassObject *other) const
{
    for (const ClassObject *c = this; c; c = c->base.get())
        if (c == other)
            return true;
    return false;
}

QString ExceptionObject::message() const
{
    if (args.isEmpty())
        return {};
    if (args.size() == 1) {
        if (cls && cls->name == QLatin1String("KeyError"))
            return repr(args.first());
        return str(args.first());
    }
    return repr(Value::tuple(args));
}

// --- NativeObject defaults

Value NativeObject::getAttr(Evaluator &ev, const QString &name)
{
    return ev.raise(QStringLiteral("AttributeError"),
                    QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(), name));
}

bool NativeObject::setAttr(Evaluator &ev, const QString &name, const Value &)
{
    ev.raise(QStringLiteral("AttributeError"),
             QStringLiteral("'%1' object attribute '%2' is read-only").arg(typeName(), name));
    return false;
}

Value NativeObject::call(Evaluator &ev, CallArgs &)
{
    return ev.raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not callable").arg(typeName()));
}

Value NativeObject::getItem(Evaluator &ev, const Value &)
{
    return ev.raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not subscriptable").arg(typeName()));
}

std::optional<Value> NativeObject::binaryOp(Evaluator &, const QString &, const Value &, bool)
{
    return std::nullopt;
}

std::optional<Value> NativeObject::unaryOp(Evaluator &, const QString &)
{
    return std::nullopt;
}

bool NativeObject::iterate(Evaluator &, ValueList &)
{
    return false;
}

Value NativeObject::enter(Evaluator &ev)
{
    return ev.raise(QStringLiteral("TypeError"),
                    QStringLiteral("'%1' object does not support the context manager protocol").arg(typeName()));
}

void NativeObject::exit(Evaluator &, bool)
{
}

QString NativeObject::repr() const
{
    return QStringLiteral("<%1 object>").arg(typeName());
}

// --- generic value functions

QString typeName(const Value &v)
{
    switch (v.type) {
    case Type::None: return QStringLiteral("NoneType");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Int: return QStringLiteral("int");
    case Type::Float: return QStringLiteral("float");
    case Type::Str: return QStringLiteral("str");
    case Type::Bytes: return QStringLiteral("bytes");
    case Type::List: return QStringLiteral("list");
    case Type::Tuple: return QStringLiteral("tuple");
    case Type::Dict: return QStringLiteral("dict");
    case Type::Set: return QStringLiteral("set");
    case Type::Range: return QStringLiteral("range");
    case Type::Function: return QStringLiteral("function");
    case Type::Builtin: return QStringLiteral("builtin_function_or_method");
    case Type::Module: return QStringLiteral("module");
    case Type::Class: return QStringLiteral("type");
    case Type::Exception: return v.as<ExceptionObject>()->cls->name;
    case Type::Native: return v.as<NativeObject>()->typeName();
    }
    return {};
}

static QString joinRepr(const ValueList &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const Value &v : items)
        parts << repr(v);
    return parts.join(QStringLiteral(", "));
}

QString repr(const Value &v)
{
    switch (v.type) {
    case Type::None: return QStringLiteral("None");
    case Type::Bool: return v.b ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Int: return QString::number(v.i);
    case Type::Float: return floatRepr(v.f);
    case Type::Str: return stringRepr(v.s);
    case Type::Bytes: return bytesRepr(v.as<BytesObject>()->data);
    case Type::List: return QLatin1Char('[') + joinRepr(v.as<ListObject>()->items) + QLatin1Char(']');
    case Type::Tuple: {
        const ValueList &items = v.as<TupleObject>()->items;
        if (items.size() == 1)
            return QLatin1Char('(') + repr(items.first()) + QStringLiteral(",)");
        return QLatin1Char('(') + joinRepr(items) + QLatin1Char(')');
    }
    case Type::Dict: {
        QStringList parts;
        for (const auto &e : v.as<DictObject>()->entries())
            parts << repr(e.first) + QStringLiteral(": ") + repr(e.second);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case Type::Set: {
        const auto *d = v.as<DictObject>();
        if (d->size() == 0)
            return QStringLiteral("set()");
        return QLatin1Char('{') + joinRepr(d->keys()) + QLatin1Char('}');
    }
    case Type::Range: {
        const auto *r = v.as<RangeObject>();
        if (r->step == 1)
            return QStringLiteral("range(%1, %2)").arg(r->start).arg(r->stop);
        return QStringLiteral("range(%1, %2, %3)").arg(r->start).arg(r->stop).arg(r->step);
    }
    case Type::Function:
        return QStringLiteral("<function %1>").arg(v.as<FunctionObject>()->name);
    case Type::Builtin:
        return QStringLiteral("<built-in function %1>").arg(v.as<BuiltinObject>()->name);
    case Type::Module:
        return QStringLiteral("<module '%1'>").arg(v.as<ModuleObject>()->name);
    case Type::Class:
        return QStringLiteral("<class '%1'>").arg(v.as<ClassObject>()->qualifiedName());
    case Type::Exception: {
        const auto *e = v.as<ExceptionObject>();
        return e->cls->name + QLatin1Char('(') + joinRepr(e->args) + QLatin1Char(')');
    }
    case Type::Native:
        return v.as<NativeObject>()->repr();
    }
    return {};
}

QString str(const Value &v)
{
    switch (v.type) {
    case Type::Str: return v.s;
    case Type::Exception: return v.as<ExceptionObject>()->message();
    case Type::Native: return v.as<NativeObject>()->strValue();
    default: return repr(v);
    }
}

bool truthy(const Value &v)
{
    switch (v.type) {
    case Type::None: return false;
    case Type::Bool: return v.b;
    case Type::Int: return v.i != 0;
    case Type::Float: return v.f != 0;
    case Type::Str: return !v.s.isEmpty();
    case Type::Bytes: return !v.as<BytesObject>()->data.isEmpty();
    case Type::List: return !v.as<ListObject>()->items.isEmpty();
    case Type::Tuple: return !v.as<TupleObject>()->items.isEmpty();
    case Type::Dict:
    case Type::Set: return v.as<DictObject>()->size() > 0;
    case Type::Range: return v.as<RangeObject>()->length() > 0;
    case Type::Native: {
        const auto *n = v.as<NativeObject>();
        if (auto t = n->truth())
            return *t;
        if (auto l = n->length())
            return *l > 0;
        return true;
    }
    default: return true;
    }
}

static bool listEquals(const ValueList &a, const ValueList &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (!equals(a.at(i), b.at(i)))
            return false;
    return true;
}

bool equals(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type == Type::Float || b.type == Type::Float)
            return a.toDouble() == b.toDouble();
        return a.toInt() == b.toInt();
    }
    if (a.type == Type::Native) {
        if (auto r = a.as<NativeObject>()->equalTo(b))
            return *r;
    } else if (b.type == Type::Native) {
        if (auto r = b.as<NativeObject>()->equalTo(a))
            return *r;
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Type::None: return true;
    case Type::Str: return a.s == b.s;
    case Type::Bytes: return a.as<BytesObject>()->data == b.as<BytesObject>()->data;
    case Type::List: return listEquals(a.as<ListObject>()->items, b.as<ListObject>()->items);
    case Type::Tuple: return listEquals(a.as<TupleObject>()->items, b.as<TupleObject>()->items);
    case Type::Dict: {
        const auto *x = a.as<DictObject>();
        const auto *y = b.as<DictObject>();
        if (x->size() != y->size())
            return false;
        for (const auto &e : x->entries()) {
            const Value *other = y->find(e.first);
            if (!other || !equals(e.second, *other))
                return false;
        }
        return true;
    }
    case Type::Set: {
        const auto *x = a.as<DictObject>();
        const auto *y = b.as<DictObject>();
        if (x->size() != y->size())
            return false;
        for (const auto &e : x->entries())
            if (!y->find(e.first))
                return false;
        return true;
    }
    case Type::Range: {
        const auto *x = a.as<RangeObject>();
        const auto *y = b.as<RangeObject>();
        return x->start == y->start && x->stop == y->stop && x->step == y->step;
    }
    default:
        return a.obj == b.obj;
    }
}

bool isHashable(const Value &v)
{
    switch (v.type) {
    case Type::List:
    case Type::Dict:
    case Type::Set:
        return false;
    case Type::Tuple:
        for (const Value &item : v.as<TupleObject>()->items)
            if (!isHashable(item))
                return false;
        return true;
    default:
        return true;
    }
}

size_t hashValue(const Value &v)
{
    switch (v.type) {
    case Type::None: return 0x5f3759df;
    case Type::Bool:
    case Type::Int: return std::hash<qint64>()(v.toInt());
    case Type::Float: {
        double ip;
        if (std::modf(v.f, &ip) == 0.0 && std::fabs(v.f) < 9.2e18)
            return std::hash<qint64>()(qint64(v.f));
        return std::hash<double>()(v.f);
    }
    case Type::Str: return qHash(v.s);
    case Type::Bytes: return qHash(v.as<BytesObject>()->data);
    case Type::Tuple: {
        size_t h = 0x345678;
        for (const Value &item : v.as<TupleObject>()->items)
            h = h * 1000003 ^ hashValue(item);
        return h;
    }
    case Type::Range: return std::hash<qint64>()(v.as<RangeObject>()->start);
    case Type::Native:
        if (auto h = v.as<NativeObject>()->hash())
            return *h;
        return std::hash<const void *>()(v.obj.get());
    default: return std::hash<const void *>()(v.obj.get());
    }
}

const ValueList *sequenceItems(const Value &v)
{
    if (v.type == Type::List)
        return &v.as<ListObject>()->items;
    if (v.type == Type::Tuple)
        return &v.as<TupleObject>()->items;
    return nullptr;
}

} // namespace retort::python
