#include "python/evaluator.h"

namespace retort::python {

// Statements: assignment, control flow, exceptions, with, imports, def; and running a module.

#define PY_TRY_FLOW(var, expr) \
    Value var = (expr);        \
    if (hasException())        \
        return Flow::Raise

Result<void> Evaluator::execModule(const Module &module, const std::shared_ptr<Env> &globals)
{
    m_globals = globals;
    m_file = module.path;
    if (!m_globals->vars.contains(QStringLiteral("__name__")))
        m_globals->vars.insert(QStringLiteral("__name__"), Value::string(QStringLiteral("__retort__")));
    m_globals->vars.insert(QStringLiteral("__file__"), Value::string(module.path));
    m_globals->vars.insert(QStringLiteral("__doc__"),
                           module.docstring.isNull() ? Value() : Value::string(module.docstring));
    const Flow flow = execBlock(module.body, m_globals);
    if (flow == Flow::Raise)
        return takeExceptionAsError();
    return {};
}

Evaluator::Flow Evaluator::execBlock(const Block &block, const std::shared_ptr<Env> &env)
{
    for (const StmtPtr &s : block) {
        const Flow f = exec(*s, env);
        if (f != Flow::Normal)
            return f;
    }
    return Flow::Normal;
}

bool Evaluator::assign(const Expr &target, const Value &value, const std::shared_ptr<Env> &env)
{
    switch (target.kind) {
    case ExprKind::Name:
        store(target.name, value, env);
        return true;
    case ExprKind::Attribute: {
        Value obj = eval(*target.a, env);
        if (hasException())
            return false;
        return setAttr(obj, target.name, value);
    }
    case ExprKind::Subscript: {
        Value obj = eval(*target.a, env);
        if (hasException())
            return false;
        if (target.b->kind == ExprKind::Slice) {
            raise(QStringLiteral("NotImplementedError"), QStringLiteral("slice assignment is not supported"));
            return false;
        }
        Value key = eval(*target.b, env);
        if (hasException())
            return false;
        return setItem(obj, key, value);
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
        ValueList items;
        if (!iterate(value, items))
            return false;
        int star = -1;
        for (int i = 0; i < target.items.size(); ++i)
            if (target.items.at(i)->kind == ExprKind::Starred)
                star = i;
        const int n = target.items.size();
        if (star < 0 && items.size() != n) {
            if (items.size() > n)
                raise(QStringLiteral("ValueError"), QStringLiteral("too many values to unpack (expected %1)").arg(n));
            else
                raise(QStringLiteral("ValueError"),
                      QStringLiteral("not enough values to unpack (expected %1, got %2)").arg(n).arg(items.size()));
            return false;
        }
        if (star >= 0 && items.size() < n - 1) {
            raise(QStringLiteral("ValueError"),
                  QStringLiteral("not enough values to unpack (expected at least %1, got %2)").arg(n - 1).arg(items.size()));
            return false;
        }
        const int after = n - star - 1;
        for (int i = 0; i < n; ++i) {
            const Expr &t = *target.items.at(i);
            bool ok;
            if (star < 0 || i < star)
                ok = assign(t, items.at(i), env);
            else if (i == star)
                ok = assign(*t.a, Value::list(items.mid(star, items.size() - star - after)), env);
            else
                ok = assign(t, items.at(items.size() - (n - i)), env);
            if (!ok)
                return false;
        }
        return true;
    }
    default:
        raise(QStringLiteral("SyntaxError"), QStringLiteral("cannot assign to expression"));
        return false;
    }
}

bool Evaluator::setItem(const Value &object, const Value &key, const Value &value)
{
    if (object.type == Type::Dict) {
        if (!isHashable(key)) {
            raise(QStringLiteral("TypeError"), QStringLiteral("unhashable type: '%1'").arg(typeName(key)));
            return false;
        }
        object.as<DictObject>()->insert(key, value);
        return true;
    }
    if (object.type == Type::List) {
        ValueList &items = object.as<ListObject>()->items;
        if (!key.isInt()) {
            raise(QStringLiteral("TypeError"),
                  QStringLiteral("list indices must be integers or slices, not %1").arg(typeName(key)));
            return false;
        }
        qint64 i = key.toInt();
        if (i < 0)
            i += items.size();
        if (i < 0 || i >= items.size()) {
            raise(QStringLiteral("IndexError"), QStringLiteral("list assignment index out of range"));
            return false;
        }
        items[i] = value;
        return true;
    }
    raise(QStringLiteral("TypeError"),
          QStringLiteral("'%1' object does not support item assignment").arg(typeName(object)));
    return false;
}

bool Evaluator::delItem(const Value &object, const Value &key)
{
    if (object.type == Type::Dict) {
        if (!object.as<DictObject>()->remove(key)) {
            auto e = std::make_shared<ExceptionObject>();
            e->cls = builtinClass(QStringLiteral("KeyError"));
            e->args.append(key);
            raiseException(Value::object(Type::Exception, e));
            return false;
        }
        return true;
    }
    if (object.type == Type::List && key.isInt()) {
        ValueList &items = object.as<ListObject>()->items;
        qint64 i = key.toInt();
        if (i < 0)
            i += items.size();
        if (i < 0 || i >= items.size()) {
            raise(QStringLiteral("IndexError"), QStringLiteral("list assignment index out of range"));
            return false;
        }
        items.removeAt(i);
        return true;
    }
    raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object does not support item deletion").arg(typeName(object)));
    return false;
}

bool Evaluator::setAttr(const Value &object, const QString &name, const Value &value)
{
    if (object.type == Type::Native)
        return object.as<NativeObject>()->setAttr(*this, name, value);
    if (object.type == Type::Function) {
        raise(QStringLiteral("NotImplementedError"), QStringLiteral("setting function attributes is not supported"));
        return false;
    }
    raise(QStringLiteral("AttributeError"),
          QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(object), name));
    return false;
}

Evaluator::Flow Evaluator::exec(const Stmt &s, const std::shared_ptr<Env> &env)
{
    m_line = s.line;
    switch (s.kind) {
    case StmtKind::Expr: {
        PY_TRY_FLOW(v, eval(*s.value, env));
        return Flow::Normal;
    }
    case StmtKind::Assign: {
        PY_TRY_FLOW(v, eval(*s.value, env));
        for (const ExprPtr &t : s.targets)
            if (!assign(*t, v, env))
                return Flow::Raise;
        return Flow::Normal;
    }
    case StmtKind::AnnAssign: {
        if (!s.value)
            return Flow::Normal;   // annotations are not evaluated
        PY_TRY_FLOW(v, eval(*s.value, env));
        return assign(*s.target, v, env) ? Flow::Normal : Flow::Raise;
    }
    case StmtKind::AugAssign: {
        const Expr &t = *s.target;
        Value obj;
        Value key;
        Value current;
        if (t.kind == ExprKind::Name) {
            current = lookup(t.name, env);
        } else if (t.kind == ExprKind::Attribute) {
            obj = eval(*t.a, env);
            if (!hasException())
                current = getAttr(obj, t.name);
        } else {
            obj = eval(*t.a, env);
            if (!hasException())
                key = eval(*t.b, env);
            if (!hasException())
                current = getItem(obj, key);
        }
        if (hasException())
            return Flow::Raise;
        PY_TRY_FLOW(rhs, eval(*s.value, env));
        m_line = s.line;
        Value result;
        if (current.type == Type::List && s.op == QLatin1String("+")) {
            ValueList more;
            if (!iterate(rhs, more))
                return Flow::Raise;
            current.as<ListObject>()->items += more;   // in place, like list.__iadd__
            result = current;
        } else {
            result = binary(s.op, current, rhs);
            if (hasException())
                return Flow::Raise;
        }
        bool ok = true;
        if (t.kind == ExprKind::Name)
            store(t.name, result, env);
        else if (t.kind == ExprKind::Attribute)
            ok = setAttr(obj, t.name, result);
        else
            ok = setItem(obj, key, result);
        return ok ? Flow::Normal : Flow::Raise;
    }
    case StmtKind::FunctionDef: {
        for (const ExprPtr &d : s.decorators) {
            // Only decorators that leave the function unchanged are known (e.g. typing.overload).
            Q_UNUSED(d);
        }
        if (!s.decorators.isEmpty()) {
            raise(QStringLiteral("NotImplementedError"),
                  QStringLiteral("decorators are not supported by Retort's built-in interpreter"));
            return Flow::Raise;
        }
        PY_TRY_FLOW(fn, makeFunction(&s, nullptr, env));
        store(s.name, fn, env);
        return Flow::Normal;
    }
    case StmtKind::ClassDef:
        raise(QStringLiteral("NotImplementedError"),
              QStringLiteral("class definitions are not supported by Retort's built-in interpreter"));
        return Flow::Raise;
    case StmtKind::Return:
        if (s.value) {
            PY_TRY_FLOW(v, eval(*s.value, env));
            m_returnValue = v;
        } else {
            m_returnValue = Value();
        }
        return Flow::Return;
    case StmtKind::Delete:
        for (const ExprPtr &t : s.targets) {
            if (t->kind == ExprKind::Name) {
                if (!remove(t->name, env))
                    return Flow::Raise;
            } else if (t->kind == ExprKind::Subscript) {
                PY_TRY_FLOW(obj, eval(*t->a, env));
                PY_TRY_FLOW(key, eval(*t->b, env));
                if (!delItem(obj, key))
                    return Flow::Raise;
            } else {
                raise(QStringLiteral("NotImplementedError"), QStringLiteral("unsupported del target"));
                return Flow::Raise;
            }
        }
        return Flow::Normal;
    case StmtKind::If: {
        PY_TRY_FLOW(test, eval(*s.test, env));
        return execBlock(truthy(test) ? s.body : s.orelse, env);
    }
    case StmtKind::For: {
        PY_TRY_FLOW(iterable, eval(*s.test, env));
        ValueList items;
        if (!iterate(iterable, items))
            return Flow::Raise;
        for (const Value &item : items) {
            m_line = s.line;
            if (!assign(*s.target, item, env))
                return Flow::Raise;
            const Flow f = execBlock(s.body, env);
            if (f == Flow::Break)
                return Flow::Normal;
            if (f == Flow::Return || f == Flow::Raise)
                return f;
        }
        return execBlock(s.orelse, env);
    }
    case StmtKind::While: {
        for (qint64 guard = 0;; ++guard) {
            m_line = s.line;
            PY_TRY_FLOW(test, eval(*s.test, env));
            if (!truthy(test))
                break;
            const Flow f = execBlock(s.body, env);
            if (f == Flow::Break)
                return Flow::Normal;
            if (f == Flow::Return || f == Flow::Raise)
                return f;
            if (guard > 100'000'000) {
                raise(QStringLiteral("RuntimeError"), QStringLiteral("loop did not terminate"));
                return Flow::Raise;
            }
        }
        return execBlock(s.orelse, env);
    }
    case StmtKind::Break:
        return Flow::Break;
    case StmtKind::Continue:
        return Flow::Continue;
    case StmtKind::Pass:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
        return Flow::Normal;
    case StmtKind::Try:
        return execTry(s, env);
    case StmtKind::Raise: {
        if (!s.value) {
            if (m_handling.isEmpty()) {
                raise(QStringLiteral("RuntimeError"), QStringLiteral("No active exception to reraise"));
                return Flow::Raise;
            }
            m_exception = m_handling.last();
            return Flow::Raise;
        }
        PY_TRY_FLOW(v, eval(*s.value, env));
        if (s.target) {
            PY_TRY_FLOW(cause, eval(*s.target, env));
            Q_UNUSED(cause);
        }
        m_line = s.line;
        Value exc = v;
        if (v.type == Type::Class && v.as<ClassObject>()->isException)
            exc = callFunction(v, {});
        if (exc.type != Type::Exception) {
            raise(QStringLiteral("TypeError"), QStringLiteral("exceptions must derive from BaseException"));
            return Flow::Raise;
        }
        auto *e = exc.as<ExceptionObject>();
        e->line = s.line;
        e->file = m_file;
        raiseException(exc);
        return Flow::Raise;
    }
    case StmtKind::Assert: {
        PY_TRY_FLOW(test, eval(*s.test, env));
        if (truthy(test))
            return Flow::Normal;
        QString message;
        if (s.value) {
            PY_TRY_FLOW(m, eval(*s.value, env));
            message = str(m);
        }
        m_line = s.line;
        raise(QStringLiteral("AssertionError"), s.value ? message : QString());
        return Flow::Raise;
    }
    case StmtKind::With:
        return execWith(s, env, 0);
    case StmtKind::Import:
    case StmtKind::ImportFrom:
        return execImport(s, env);
    }
    return Flow::Normal;
}

static bool matches(Evaluator &ev, const Value &exc, const Value &type)
{
    const auto *e = exc.as<ExceptionObject>();
    if (type.type == Type::Tuple) {
        for (const Value &t : type.as<TupleObject>()->items)
            if (matches(ev, exc, t))
                return true;
        return false;
    }
    if (type.type != Type::Class)
        return false;
    return e->cls->isSubclassOf(type.as<ClassObject>());
}

Evaluator::Flow Evaluator::execTry(const Stmt &s, const std::shared_ptr<Env> &env)
{
    Flow flow = execBlock(s.body, env);
    if (flow == Flow::Raise) {
        Value exc = m_exception;
        for (const ExceptHandler &h : s.handlers) {
            bool match = true;
            if (h.type) {
                m_exception = Value();
                Value type = eval(*h.type, env);
                if (hasException())
                    return Flow::Raise;
                if (type.type != Type::Class && type.type != Type::Tuple) {
                    raise(QStringLiteral("TypeError"),
                          QStringLiteral("catching classes that do not inherit from BaseException is not allowed"));
                    return Flow::Raise;
                }
                match = matches(*this, exc, type);
                m_exception = exc;
            }
            if (!match)
                continue;
            m_exception = Value();
            if (!h.name.isEmpty())
                store(h.name, exc, env);
            m_handling.append(exc);
            flow = execBlock(h.body, env);
            m_handling.removeLast();
            if (!h.name.isEmpty() && (!env->scope || !env->comprehension))
                env->vars.remove(h.name);
            break;
        }
    } else if (flow == Flow::Normal) {
        flow = execBlock(s.orelse, env);
    }
    if (!s.finalbody.isEmpty()) {
        const Value pending = m_exception;
        const Value ret = m_returnValue;
        m_exception = Value();
        const Flow f = execBlock(s.finalbody, env);
        if (f != Flow::Normal)
            return f;   // return/break/raise inside finally wins
        m_exception = pending;
        m_returnValue = ret;
    }
    return flow;
}

Evaluator::Flow Evaluator::execWith(const Stmt &s, const std::shared_ptr<Env> &env, int item)
{
    if (item >= s.items.size())
        return execBlock(s.body, env);
    const WithItem &w = s.items.at(item);
    PY_TRY_FLOW(manager, eval(*w.context, env));
    if (manager.type != Type::Native) {
        raise(QStringLiteral("TypeError"),
              QStringLiteral("'%1' object does not support the context manager protocol").arg(typeName(manager)));
        return Flow::Raise;
    }
    auto *native = manager.as<NativeObject>();
    PY_TRY_FLOW(entered, native->enter(*this));
    if (w.target && !assign(*w.target, entered, env))
        return Flow::Raise;
    Flow flow = execWith(s, env, item + 1);
    const Value pending = m_exception;
    m_exception = Value();
    m_line = s.line;
    native->exit(*this, flow == Flow::Raise);
    if (hasException())
        return Flow::Raise;   // exit raised: that wins
    m_exception = pending;
    return flow;
}

Evaluator::Flow Evaluator::execImport(const Stmt &s, const std::shared_ptr<Env> &env)
{
    if (s.kind == StmtKind::Import) {
        for (const ImportAlias &a : s.names) {
            PY_TRY_FLOW(mod, importModule(a.name));
            if (!a.asName.isEmpty()) {
                store(a.asName, mod, env);
            } else {
                const QString top = a.name.section(QLatin1Char('.'), 0, 0);
                PY_TRY_FLOW(topModule, importModule(top));
                store(top, topModule, env);
            }
        }
        return Flow::Normal;
    }
    if (s.level > 0) {
        raise(QStringLiteral("ImportError"), QStringLiteral("relative imports are not supported by Retort's built-in interpreter"));
        return Flow::Raise;
    }
    PY_TRY_FLOW(mod, importModule(s.name));
    for (const ImportAlias &a : s.names) {
        if (a.name == QLatin1String("*")) {
            for (auto it = mod.as<ModuleObject>()->attrs.cbegin(); it != mod.as<ModuleObject>()->attrs.cend(); ++it)
                if (!it.key().startsWith(QLatin1Char('_')))
                    store(it.key(), it.value(), env);
            continue;
        }
        Value v;
        const QString sub = s.name + QLatin1Char('.') + a.name;
        if (mod.as<ModuleObject>()->attrs.contains(a.name))
            v = mod.as<ModuleObject>()->attrs.value(a.name);
        else if (hasModule(sub))
            v = module(sub);
        else {
            raise(QStringLiteral("ImportError"),
                  QStringLiteral("cannot import name '%1' from '%2' (not available to Retort's built-in interpreter)")
                      .arg(a.name, s.name));
            return Flow::Raise;
        }
        store(a.asName.isEmpty() ? a.name : a.asName, v, env);
    }
    return Flow::Normal;
}

} // namespace retort::python
