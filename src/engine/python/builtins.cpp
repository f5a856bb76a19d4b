#include "python/builtinparts.h"

#include <QStringList>

namespace retort::python {

// Python's builtin functions and the constructors of the builtin types: print, len, repr,
// isinstance, getattr, hash ... here, the rest in the parts named in builtinparts.h.

namespace builtins {

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

} // namespace builtins

using namespace builtins;

void installBuiltinFunctions(Evaluator &ev)
{
    auto def = [&ev](const QString &name, BuiltinFn fn) { ev.setBuiltin(name, Evaluator::makeBuiltin(name, std::move(fn))); };

    installConversions(ev);

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
    installIteration(ev);
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
