#include "python/evaluator.h"

namespace retort::python {

// Expressions: evaluation of every ExprKind, calls, comprehensions, f-strings, subscripts.

#define PY_TRY(var, expr)     \
    Value var = (expr);       \
    if (hasException())       \
        return {}

Value Evaluator::eval(const Expr &e, const std::shared_ptr<Env> &env)
{
    switch (e.kind) {
    case ExprKind::Name:
        return lookup(e.name, env);
    case ExprKind::Constant:
        switch (e.constKind) {
        case ConstKind::None: return {};
        case ConstKind::True: return Value::boolean(true);
        case ConstKind::False: return Value::boolean(false);
        case ConstKind::Int: return Value::integer(e.intValue);
        case ConstKind::Float: return Value::floating(e.floatValue);
        case ConstKind::Str: return Value::string(e.strValue);
        case ConstKind::Bytes: return Value::bytes(e.bytesValue);
        case ConstKind::Ellipsis: return builtin(QStringLiteral("Ellipsis"));
        }
        return {};
    case ExprKind::JoinedStr:
        return evalJoinedStr(e, env);
    case ExprKind::FormattedValue:
        return raise(QStringLiteral("SystemError"), QStringLiteral("stray FormattedValue"));
    case ExprKind::BinOp: {
        PY_TRY(a, eval(*e.a, env));
        PY_TRY(b, eval(*e.b, env));
        m_line = e.line;
        return binary(e.name, a, b);
    }
    case ExprKind::UnaryOp: {
        PY_TRY(v, eval(*e.a, env));
        if (e.name == QLatin1String("not"))
            return Value::boolean(!truthy(v));
        if (v.type == Type::Native) {
            if (auto r = v.as<NativeObject>()->unaryOp(*this, e.name))
                return *r;
            if (hasException())
                return {};
        }
        if (e.name == QLatin1String("-")) {
            if (v.type == Type::Float)
                return Value::floating(-v.f);
            if (v.isInt()) {
                if (v.toInt() == std::numeric_limits<qint64>::min())
                    return raise(QStringLiteral("OverflowError"), QStringLiteral("integer overflow (64-bit)"));
                return Value::integer(-v.toInt());
            }
        } else if (e.name == QLatin1String("+")) {
            if (v.type == Type::Float)
                return v;
            if (v.isInt())
                return Value::integer(v.toInt());
        } else if (e.name == QLatin1String("~")) {
            if (v.isInt())
                return Value::integer(~v.toInt());
        }
        return raise(QStringLiteral("TypeError"),
                     QStringLiteral("bad operand type for unary %1: '%2'").arg(e.name, typeName(v)));
    }
    case ExprKind::BoolOp: {
        const bool isAnd = e.name == QLatin1String("and");
        Value v;
        for (const ExprPtr &item : e.items) {
            v = eval(*item, env);
            if (hasException())
                return {};
            if (truthy(v) != isAnd)
                return v;
        }
        return v;
    }
    case ExprKind::Compare: {
        PY_TRY(left, eval(*e.a, env));
        Value result;
        for (int i = 0; i < e.ops.size(); ++i) {
            PY_TRY(right, eval(*e.items.at(i), env));
            m_line = e.line;
            result = compare(e.ops.at(i), left, right);
            if (hasException())
                return {};
            if (i + 1 < e.ops.size() && !truthy(result))
                return result;
            left = right;
        }
        return result;
    }
    case ExprKind::IfExp: {
        PY_TRY(test, eval(*e.a, env));
        return eval(truthy(test) ? *e.b : *e.c, env);
    }
    case ExprKind::Lambda:
        return makeFunction(nullptr, &e, env);
    case ExprKind::Call:
        return evalCall(e, env);
    case ExprKind::Attribute: {
        PY_TRY(v, eval(*e.a, env));
        m_line = e.line;
        return getAttr(v, e.name);
    }
    case ExprKind::Subscript: {
        PY_TRY(v, eval(*e.a, env));
        if (e.b->kind == ExprKind::Slice)
            return evalSlice(v, *e.b, env);
        PY_TRY(key, eval(*e.b, env));
        m_line = e.line;
        return getItem(v, key);
    }
    case ExprKind::Slice:
        return raise(QStringLiteral("TypeError"), QStringLiteral("slice outside a subscript"));
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set: {
        ValueList items;
        for (const ExprPtr &item : e.items) {
            if (item->kind == ExprKind::Starred) {
                PY_TRY(v, eval(*item->a, env));
                ValueList more;
                if (!iterate(v, more))
                    return {};
                items += more;
                continue;
            }
            PY_TRY(v, eval(*item, env));
            items.append(v);
        }
        if (e.kind == ExprKind::List)
            return Value::list(items);
        if (e.kind == ExprKind::Tuple)
            return Value::tuple(items);
        for (const Value &v : items)
            if (!isHashable(v))
                return raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(v)));
        return Value::set(items);
    }
    case ExprKind::Dict: {
        Value d = Value::dict();
        auto *dict = d.as<DictObject>();
        for (int i = 0; i < e.items.size(); ++i) {
            if (!e.items.at(i)) {
                PY_TRY(m, eval(*e.values.at(i), env));
                if (m.type != Type::Dict)
                    return raise(QStringLiteral("TypeError"),
                                 QStringLiteral("'%1' object is not a mapping").arg(typeName(m)));
                for (const auto &entry : m.as<DictObject>()->entries())
                    dict->insert(entry.first, entry.second);
                continue;
            }
            PY_TRY(k, eval(*e.items.at(i), env));
            PY_TRY(v, eval(*e.values.at(i), env));
            if (!isHashable(k))
                return raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(k)));
            dict->insert(k, v);
        }
        return d;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
        return evalComprehension(e, env);
    case ExprKind::Starred:
        return raise(QStringLiteral("SyntaxError"), QStringLiteral("can't use starred expression here"));
    }
    return {};
}

Value Evaluator::evalCall(const Expr &e, const std::shared_ptr<Env> &env)
{
    PY_TRY(callee, eval(*e.a, env));
    CallArgs args;
    args.line = e.line;
    for (const ExprPtr &item : e.items) {
        if (item->kind == ExprKind::Starred) {
            PY_TRY(v, eval(*item->a, env));
            ValueList more;
            if (!iterate(v, more))
                return {};
            args.args += more;
            continue;
        }
        PY_TRY(v, eval(*item, env));
        args.args.append(v);
    }
    for (const Keyword &kw : e.keywords) {
        PY_TRY(v, eval(*kw.value, env));
        if (kw.name.isEmpty()) {
            if (v.type != Type::Dict)
                return raise(QStringLiteral("TypeError"),
                             QStringLiteral("argument after ** must be a mapping, not %1").arg(typeName(v)));
            for (const auto &entry : v.as<DictObject>()->entries()) {
                if (!entry.first.isStr())
                    return raise(QStringLiteral("TypeError"), QStringLiteral("keywords must be strings"));
                if (args.keyword(entry.first.s))
                    return raise(QStringLiteral("TypeError"),
                                 QStringLiteral("got multiple values for keyword argument '%1'").arg(entry.first.s));
                args.kwargs.append({entry.first.s, entry.second});
            }
            continue;
        }
        if (args.keyword(kw.name))
            return raise(QStringLiteral("SyntaxError"), QStringLiteral("keyword argument repeated: %1").arg(kw.name));
        args.kwargs.append({kw.name, v});
    }
    m_line = e.line;
    return call(callee, args);
}

bool Evaluator::comprehensionLoop(const Expr &e, int level, const std::shared_ptr<Env> &env, ValueList &out,
                                  const Value &dict)
{
    const Comprehension &c = e.generators.at(level);
    // The first iterable is evaluated in the enclosing scope (Python's rule); it is the same here.
    Value iterable = eval(*c.iter, env);
    if (hasException())
        return false;
    ValueList items;
    if (!iterate(iterable, items))
        return false;
    for (const Value &item : items) {
        if (!assign(*c.target, item, env))
            return false;
        bool keep = true;
        for (const ExprPtr &cond : c.ifs) {
            Value t = eval(*cond, env);
            if (hasException())
                return false;
            if (!truthy(t)) {
                keep = false;
                break;
            }
        }
        if (!keep)
            continue;
        if (level + 1 < e.generators.size()) {
            if (!comprehensionLoop(e, level + 1, env, out, dict))
                return false;
            continue;
        }
        Value v = eval(*e.a, env);
        if (hasException())
            return false;
        if (e.kind == ExprKind::DictComp) {
            Value dv = eval(*e.b, env);
            if (hasException())
                return false;
            if (!isHashable(v)) {
                raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(v)));
                return false;
            }
            dict.as<DictObject>()->insert(v, dv);
        } else {
            if (e.kind == ExprKind::SetComp && !isHashable(v)) {
                raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(v)));
                return false;
            }
            out.append(v);
        }
    }
    return true;
}

Value Evaluator::evalComprehension(const Expr &e, const std::shared_ptr<Env> &env)
{
    auto scope = std::make_shared<Env>();
    scope->parent = env;
    scope->comprehension = true;
    ValueList out;
    Value dict = e.kind == ExprKind::DictComp ? Value::dict() : Value();
    if (!comprehensionLoop(e, 0, scope, out, dict))
        return {};
    switch (e.kind) {
    case ExprKind::DictComp: return dict;
    case ExprKind::SetComp: return Value::set(out);
    default: return Value::list(out);   // generator expressions are evaluated eagerly
    }
}

Value Evaluator::evalJoinedStr(const Expr &e, const std::shared_ptr<Env> &env)
{
    QString out;
    for (const ExprPtr &part : e.items) {
        if (part->kind == ExprKind::Constant) {
            out += part->strValue;
            continue;
        }
        PY_TRY(v, eval(*part->a, env));
        if (part->conversion == u'r' || part->conversion == u'a')
            v = Value::string(repr(v));
        else if (part->conversion == u's')
            v = Value::string(str(v));
        QString spec;
        if (part->c) {
            PY_TRY(s, evalJoinedStr(*part->c, env));
            spec = s.s;
        }
        m_line = part->line;
        PY_TRY(f, formatValue(v, spec));
        out += f.s;
    }
    return Value::string(out);
}

static bool sliceIndex(Evaluator &ev, const Value &v, std::optional<qint64> &out)
{
    if (v.isNone())
        return true;
    if (!v.isInt()) {
        ev.raise(QStringLiteral("TypeError"),
                 QStringLiteral("slice indices must be integers or None or have an __index__ method"));
        return false;
    }
    out = v.toInt();
    return true;
}

Value Evaluator::evalSlice(const Value &object, const Expr &slice, const std::shared_ptr<Env> &env)
{
    std::optional<qint64> lo, hi, step;
    if (slice.a) {
        PY_TRY(v, eval(*slice.a, env));
        if (!sliceIndex(*this, v, lo))
            return {};
    }
    if (slice.b) {
        PY_TRY(v, eval(*slice.b, env));
        if (!sliceIndex(*this, v, hi))
            return {};
    }
    if (slice.c) {
        PY_TRY(v, eval(*slice.c, env));
        if (!sliceIndex(*this, v, step))
            return {};
    }
    const qint64 st = step.value_or(1);
    if (st == 0)
        return raise(QStringLiteral("ValueError"), QStringLiteral("slice step cannot be zero"));
    ValueList items;
    const bool isStr = object.isStr();
    QList<uint> ucs;
    qint64 n = 0;
    if (isStr) {
        ucs = object.s.toUcs4();
        n = ucs.size();
    } else if (const ValueList *seq = sequenceItems(object)) {
        items = *seq;
        n = items.size();
    } else if (object.type == Type::Bytes) {
        n = object.as<BytesObject>()->data.size();
    } else {
        return raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not subscriptable").arg(typeName(object)));
    }
    auto clamp = [n, st](std::optional<qint64> v, bool isStart) -> qint64 {
        if (!v)
            return st > 0 ? (isStart ? 0 : n) : (isStart ? n - 1 : -1);
        qint64 x = *v;
        if (x < 0)
            x += n;
        if (st > 0)
            return std::clamp<qint64>(x, 0, n);
        return std::clamp<qint64>(x, -1, n - 1);
    };
    const qint64 start = clamp(lo, true);
    const qint64 stop = clamp(hi, false);
    QList<qint64> indexes;
    for (qint64 i = start; st > 0 ? i < stop : i > stop; i += st)
        indexes.append(i);
    if (isStr) {
        QList<uint> sel;
        for (qint64 i : indexes)
            sel.append(ucs.at(i));
        return Value::string(QString::fromUcs4(reinterpret_cast<const char32_t *>(sel.constData()), sel.size()));
    }
    if (object.type == Type::Bytes) {
        QByteArray out;
        const QByteArray &data = object.as<BytesObject>()->data;
        for (qint64 i : indexes)
            out.append(data.at(i));
        return Value::bytes(out);
    }
    ValueList out;
    for (qint64 i : indexes)
        out.append(items.at(i));
    return object.type == Type::List ? Value::list(out) : Value::tuple(out);
}

Value Evaluator::getItem(const Value &object, const Value &key)
{
    auto index = [&](qint64 n, const char *what) -> std::optional<qint64> {
        if (!key.isInt()) {
            raise(QStringLiteral("TypeError"),
                  QStringLiteral("%1 indices must be integers or slices, not %2").arg(QLatin1String(what), typeName(key)));
            return std::nullopt;
        }
        qint64 i = key.toInt();
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            raise(QStringLiteral("IndexError"), QStringLiteral("%1 index out of range").arg(QLatin1String(what)));
            return std::nullopt;
        }
        return i;
    };
    switch (object.type) {
    case Type::List:
    case Type::Tuple: {
        const ValueList &items = *sequenceItems(object);
        auto i = index(items.size(), object.type == Type::List ? "list" : "tuple");
        return i ? items.at(*i) : Value();
    }
    case Type::Str: {
        const QList<uint> ucs = object.s.toUcs4();
        auto i = index(ucs.size(), "string");
        return i ? Value::string(QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs.at(*i)), 1)) : Value();
    }
    case Type::Bytes: {
        const QByteArray &data = object.as<BytesObject>()->data;
        auto i = index(data.size(), "index");
        return i ? Value::integer(uchar(data.at(*i))) : Value();
    }
    case Type::Range: {
        const auto *r = object.as<RangeObject>();
        auto i = index(r->length(), "range object");
        return i ? Value::integer(r->at(*i)) : Value();
    }
    case Type::Dict: {
        if (!isHashable(key))
            return raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(key)));
        const Value *v = object.as<DictObject>()->find(key);
        if (!v) {
            auto e = std::make_shared<ExceptionObject>();
            e->cls = builtinClass(QStringLiteral("KeyError"));
            e->args.append(key);
            return raiseException(Value::object(Type::Exception, e));
        }
        return *v;
    }
    case Type::Native:
        return object.as<NativeObject>()->getItem(*this, key);
    case Type::Class:
        return object;   // list[int], dict[str, int] in annotations
    default:
        return raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not subscriptable").arg(typeName(object)));
    }
}

} // namespace retort::python
