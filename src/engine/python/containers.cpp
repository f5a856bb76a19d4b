#include "python/evaluator.h"

namespace retort::python {

// Methods of list, tuple, dict, set and bytes, as bound builtins.

namespace {

Value keyError(Evaluator &ev, const Value &key)
{
    auto e = std::make_shared<ExceptionObject>();
    e->cls = ev.builtinClass(QStringLiteral("KeyError"));
    e->args.append(key);
    return ev.raiseException(Value::object(Type::Exception, e));
}

bool count(Evaluator &ev, const CallArgs &a, const QString &name, int min, int max)
{
    if (!a.kwargs.isEmpty()) {
        ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1() takes no keyword arguments").arg(name));
        return false;
    }
    if (a.args.size() < min || a.args.size() > max) {
        ev.raise(QStringLiteral("TypeError"), QStringLiteral("%1() takes %2 arguments (%3 given)")
                                                  .arg(name).arg(min == max ? QString::number(min) : QStringLiteral("%1 to %2").arg(min).arg(max))
                                                  .arg(a.args.size()));
        return false;
    }
    return true;
}

bool hashable(Evaluator &ev, const Value &v)
{
    if (isHashable(v))
        return true;
    ev.raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(v)));
    return false;
}

BuiltinFn listMethod(const Value &self, const QString &name)
{
    auto *list = self.as<ListObject>();
    auto keep = self.obj;   // keep the list alive with the bound method
    const QString full = QStringLiteral("list.") + name;
    if (name == QLatin1String("append"))
        return [list, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 1))
                return {};
            list->items.append(a.args.first());
            return {};
        };
    if (name == QLatin1String("extend"))
        return [list, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 1))
                return {};
            ValueList items;
            if (!ev.iterate(a.args.first(), items))
                return {};
            list->items += items;
            return {};
        };
    if (name == QLatin1String("insert"))
        return [list, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 2, 2))
                return {};
            qint64 i = a.args.first().toInt();
            const qint64 n = list->items.size();
            if (i < 0)
                i = std::max<qint64>(0, i + n);
            list->items.insert(std::min(i, n), a.args.at(1));
            return {};
        };
    if (name == QLatin1String("pop"))
        return [list, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 0, 1))
                return {};
            if (list->items.isEmpty())
                return ev.raise(QStringLiteral("IndexError"), QStringLiteral("pop from empty list"));
            qint64 i = a.args.isEmpty() ? -1 : a.args.first().toInt();
            if (i < 0)
                i += list->items.size();
            if (i < 0 || i >= list->items.size())
                return ev.raise(QStringLiteral("IndexError"), QStringLiteral("pop index out of range"));
            return list->items.takeAt(i);
        };
    if (name == QLatin1String("remove"))
        return [list, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 1))
                return {};
            for (int i = 0; i < list->items.size(); ++i) {
                if (equals(list->items.at(i), a.args.first())) {
                    list->items.removeAt(i);
                    return {};
                }
            }
            return ev.raise(QStringLiteral("ValueError"), QStringLiteral("list.remove(x): x not in list"));
        };
    if (name == QLatin1String("clear"))
        return [list, keep](Evaluator &, CallArgs &) -> Value {
            list->items.clear();
            return {};
        };
    if (name == QLatin1String("copy"))
        return [list, keep](Evaluator &, CallArgs &) { return Value::list(list->items); };
    if (name == QLatin1String("reverse"))
        return [list, keep](Evaluator &, CallArgs &) -> Value {
            std::reverse(list->items.begin(), list->items.end());
            return {};
        };
    if (name == QLatin1String("sort"))
        return [list, keep](Evaluator &ev, CallArgs &a) -> Value {
            if (!a.args.isEmpty())
                return ev.raise(QStringLiteral("TypeError"), QStringLiteral("sort() takes no positional arguments"));
            CallArgs call;
            call.args.append(Value::list(list->items));
            call.kwargs = a.kwargs;
            Value sorted = ev.call(ev.builtin(QStringLiteral("sorted")), call);
            if (ev.hasException())
                return {};
            list->items = sorted.as<ListObject>()->items;
            return {};
        };
    return {};
}

BuiltinFn sequenceMethod(const Value &self, const QString &name)
{
    const QString full = typeName(self) + QLatin1Char('.') + name;
    if (name == QLatin1String("index"))
        return [self, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 3))
                return {};
            const ValueList &items = *sequenceItems(self);
            for (int i = 0; i < items.size(); ++i)
                if (equals(items.at(i), a.args.first()))
                    return Value::integer(i);
            return ev.raise(QStringLiteral("ValueError"),
                            self.type == Type::List ? QStringLiteral("%1 is not in list").arg(repr(a.args.first()))
                                                    : QStringLiteral("tuple.index(x): x not in tuple"));
        };
    if (name == QLatin1String("count"))
        return [self, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 1))
                return {};
            qint64 c = 0;
            for (const Value &v : *sequenceItems(self))
                if (equals(v, a.args.first()))
                    ++c;
            return Value::integer(c);
        };
    return {};
}

BuiltinFn dictMethod(const Value &self, const QString &name)
{
    auto *dict = self.as<DictObject>();
    auto keep = self.obj;
    const QString full = QStringLiteral("dict.") + name;
    if (name == QLatin1String("get"))
        return [dict, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 2) || !hashable(ev, a.args.first()))
                return {};
            const Value *v = dict->find(a.args.first());
            return v ? *v : (a.args.size() > 1 ? a.args.at(1) : Value());
        };
    if (name == QLatin1String("keys"))
        return [dict, keep](Evaluator &, CallArgs &) { return Value::list(dict->keys()); };
    if (name == QLatin1String("values"))
        return [dict, keep](Evaluator &, CallArgs &) { return Value::list(dict->values()); };
    if (name == QLatin1String("items"))
        return [dict, keep](Evaluator &, CallArgs &) {
            ValueList out;
            for (const auto &e : dict->entries())
                out.append(Value::tuple({e.first, e.second}));
            return Value::list(out);
        };
    if (name == QLatin1String("pop"))
        return [dict, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 2) || !hashable(ev, a.args.first()))
                return {};
            const Value *v = dict->find(a.args.first());
            if (!v) {
                if (a.args.size() > 1)
                    return a.args.at(1);
                return keyError(ev, a.args.first());
            }
            Value r = *v;
            dict->remove(a.args.first());
            return r;
        };
    if (name == QLatin1String("popitem"))
        return [dict, keep](Evaluator &ev, CallArgs &) -> Value {
            if (dict->size() == 0)
                return ev.raise(QStringLiteral("KeyError"), QStringLiteral("popitem(): dictionary is empty"));
            const auto e = dict->entries().last();
            dict->remove(e.first);
            return Value::tuple({e.first, e.second});
        };
    if (name == QLatin1String("setdefault"))
        return [dict, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 2) || !hashable(ev, a.args.first()))
                return {};
            if (const Value *v = dict->find(a.args.first()))
                return *v;
            const Value d = a.args.size() > 1 ? a.args.at(1) : Value();
            dict->insert(a.args.first(), d);
            return d;
        };
    if (name == QLatin1String("update"))
        return [dict, keep](Evaluator &ev, CallArgs &a) -> Value {
            CallArgs copy = a;
            Value other = ev.call(Value::object(Type::Class, ev.builtinClass(QStringLiteral("dict"))), copy);
            if (ev.hasException())
                return {};
            for (const auto &e : other.as<DictObject>()->entries())
                dict->insert(e.first, e.second);
            return {};
        };
    if (name == QLatin1String("copy"))
        return [dict, keep](Evaluator &, CallArgs &) {
            Value d = Value::dict();
            for (const auto &e : dict->entries())
                d.as<DictObject>()->insert(e.first, e.second);
            return d;
        };
    if (name == QLatin1String("clear"))
        return [dict, keep](Evaluator &, CallArgs &) -> Value {
            dict->clear();
            return {};
        };
    return {};
}

BuiltinFn setMethod(const Value &self, const QString &name)
{
    auto *set = self.as<DictObject>();
    auto keep = self.obj;
    const QString full = QStringLiteral("set.") + name;
    if (name == QLatin1String("add"))
        return [set, keep, full](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 1) || !hashable(ev, a.args.first()))
                return {};
            set->insert(a.args.first(), Value());
            return {};
        };
    if (name == QLatin1String("discard") || name == QLatin1String("remove"))
        return [set, keep, full, strict = name == QLatin1String("remove")](Evaluator &ev, CallArgs &a) -> Value {
            if (!count(ev, a, full, 1, 1) || !hashable(ev, a.args.first()))
                return {};
            if (!set->remove(a.args.first()) && strict)
                return keyError(ev, a.args.first());
            return {};
        };
    if (name == QLatin1String("pop"))
        return [set, keep](Evaluator &ev, CallArgs &) -> Value {
            if (set->size() == 0)
                return ev.raise(QStringLiteral("KeyError"), QStringLiteral("pop from an empty set"));
            const Value v = set->entries().first().first;
            set->remove(v);
            return v;
        };
    if (name == QLatin1String("clear"))
        return [set, keep](Evaluator &, CallArgs &) -> Value {
            set->clear();
            return {};
        };
    if (name == QLatin1String("copy"))
        return [set, keep](Evaluator &, CallArgs &) { return Value::set(set->keys()); };
    if (name == QLatin1String("update"))
        return [set, keep](Evaluator &ev, CallArgs &a) -> Value {
            for (const Value &other : a.args) {
                ValueList items;
                if (!ev.iterate(other, items))
                    return {};
                for (const Value &v : items) {
                    if (!hashable(ev, v))
                        return {};
                    set->insert(v, Value());
                }
            }
            return {};
        };
    static const QHash<QString, QString> ops = {
        {QStringLiteral("union"), QStringLiteral("|")}, {QStringLiteral("intersection"), QStringLiteral("&")},
        {QStringLiteral("difference"), QStringLiteral("-")}, {QStringLiteral("symmetric_difference"), QStringLiteral("^")},
        {QStringLiteral("issubset"), QStringLiteral("<=")}, {QStringLiteral("issuperset"), QStringLiteral(">=")}};
    if (ops.contains(name))
        return [self, op = ops.value(name)](Evaluator &ev, CallArgs &a) -> Value {
            Value result = self;
            if (op == QLatin1String("|") || op == QLatin1String("&") || op == QLatin1String("-") || op == QLatin1String("^"))
                result = Value::set(self.as<DictObject>()->keys());
            for (const Value &other : a.args) {
                ValueList items;
                if (!ev.iterate(other, items))
                    return {};
                const Value otherSet = Value::set(items);
                if (op == QLatin1String("<=") || op == QLatin1String(">="))
                    return ev.compare(op, self, otherSet);
                result = ev.binary(op, result, otherSet);
                if (ev.hasException())
                    return {};
            }
            return result;
        };
    if (name == QLatin1String("isdisjoint"))
        return [set, keep](Evaluator &ev, CallArgs &a) -> Value {
            ValueList items;
            if (a.args.size() != 1 || !ev.iterate(a.args.first(), items))
                return ev.hasException() ? Value() : ev.raise(QStringLiteral("TypeError"), QStringLiteral("isdisjoint() takes exactly one argument"));
            for (const Value &v : items)
                if (isHashable(v) && set->find(v))
                    return Value::boolean(false);
            return Value::boolean(true);
        };
    return {};
}

} // namespace

Value containerAttribute(Evaluator &ev, const Value &self, const QString &name)
{
    BuiltinFn fn;
    switch (self.type) {
    case Type::List:
        fn = listMethod(self, name);
        if (!fn)
            fn = sequenceMethod(self, name);
        break;
    case Type::Tuple:
        fn = sequenceMethod(self, name);
        break;
    case Type::Dict:
        fn = dictMethod(self, name);
        break;
    case Type::Set:
        fn = setMethod(self, name);
        break;
    case Type::Bytes:
        if (name == QLatin1String("decode")) {
            const QByteArray data = self.as<BytesObject>()->data;
            fn = [data](Evaluator &, CallArgs &) { return Value::string(QString::fromUtf8(data)); };
        }
        break;
    default:
        break;
    }
    if (!fn)
        return ev.raise(QStringLiteral("AttributeError"),
                        QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(self), name));
    return Evaluator::makeBuiltin(typeName(self) + QLatin1Char('.') + name, fn);
}

} // namespace retort::python
