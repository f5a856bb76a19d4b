// The builtins over iterables: enumerate, zip, sorted, reversed, min, max, sum, any, all, map, filter.
#include "python/builtinparts.h"

#include <algorithm>

namespace retort::python::builtins {

namespace {

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

} // namespace

void installIteration(Evaluator &ev)
{
    auto def = [&ev](const QString &name, BuiltinFn fn) { ev.setBuiltin(name, Evaluator::makeBuiltin(name, std::move(fn))); };

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
}

} // namespace retort::python::builtins
