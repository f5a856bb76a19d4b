#include "python/evaluator.h"

#include <QStringList>

namespace retort::python {

namespace {
constexpr int MaxDepth = 200;
constexpr qint64 MaxMaterialized = 10'000'000;
} // namespace

Evaluator::Evaluator()
{
    m_globals = std::make_shared<Env>();
    installBuiltins();
    installBuiltinFunctions(*this);
    installStandardModules(*this);
}

Evaluator::~Evaluator() = default;

void Evaluator::installBuiltins()
{
    auto add = [this](const QString &name, const QString &base, bool exception) {
        auto c = std::make_shared<ClassObject>();
        c->name = name;
        c->isException = exception;
        if (!base.isEmpty())
            c->base = builtinClass(base);
        m_builtins.insert(name, Value::object(Type::Class, c));
    };
    add(QStringLiteral("object"), {}, false);
    for (const char *n : {"int", "float", "str", "bytes", "list", "tuple", "dict", "set", "frozenset", "range", "type"})
        add(QLatin1String(n), QStringLiteral("object"), false);
    add(QStringLiteral("bool"), QStringLiteral("int"), false);
    const QList<QPair<const char *, const char *>> exceptions = {
        {"BaseException", "object"}, {"Exception", "BaseException"}, {"SystemExit", "BaseException"},
        {"KeyboardInterrupt", "BaseException"}, {"GeneratorExit", "BaseException"},
        {"ArithmeticError", "Exception"}, {"ZeroDivisionError", "ArithmeticError"},
        {"OverflowError", "ArithmeticError"}, {"LookupError", "Exception"}, {"KeyError", "LookupError"},
        {"IndexError", "LookupError"}, {"ValueError", "Exception"}, {"UnicodeError", "ValueError"},
        {"TypeError", "Exception"}, {"NameError", "Exception"}, {"UnboundLocalError", "NameError"},
        {"AttributeError", "Exception"}, {"RuntimeError", "Exception"},
        {"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"},
        {"AssertionError", "Exception"}, {"StopIteration", "Exception"}, {"ImportError", "Exception"},
        {"ModuleNotFoundError", "ImportError"}, {"OSError", "Exception"},
        {"FileNotFoundError", "OSError"}, {"PermissionError", "OSError"}, {"EnvironmentError", "OSError"},
        {"IOError", "OSError"}, {"LookupError", "Exception"}, {"Warning", "Exception"},
        {"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"}, {"SyntaxError", "Exception"},
    };
    for (const auto &e : exceptions)
        if (!m_builtins.contains(QLatin1String(e.first)))
            add(QLatin1String(e.first), QLatin1String(e.second), true);
    m_builtins.insert(QStringLiteral("None"), Value());
    m_builtins.insert(QStringLiteral("True"), Value::boolean(true));
    m_builtins.insert(QStringLiteral("False"), Value::boolean(false));
}

std::shared_ptr<ClassObject> Evaluator::builtinClass(const QString &name) const
{
    const Value v = m_builtins.value(name);
    if (v.type != Type::Class)
        return nullptr;
    return std::static_pointer_cast<ClassObject>(v.obj);
}

// --- exceptions

Value Evaluator::makeException(const QString &className, const QString &message)
{
    auto e = std::make_shared<ExceptionObject>();
    e->cls = builtinClass(className);
    if (!e->cls)
        e->cls = builtinClass(QStringLiteral("RuntimeError"));
    if (!message.isNull())
        e->args.append(Value::string(message));
    return Value::object(Type::Exception, e);
}

Value Evaluator::raise(const QString &className, const QString &message)
{
    return raiseException(makeException(className, message));
}

Value Evaluator::raiseException(const Value &exception)
{
    auto *e = exception.as<ExceptionObject>();
    if (e->line == 0) {
        e->line = m_line;
        e->file = m_file;
    }
    m_exception = exception;
    return {};
}

Value Evaluator::raiseError(const Error &error)
{
    // "NotImplementedError: msg" / "sqlalchemy.exc.CompileError: msg" -> that class when it is
    // known; other errors -> RuntimeError. The exception keeps the Error: uncaught, it surfaces
    // unchanged (code, message, location).
    QString cls = QStringLiteral("RuntimeError");
    QString message = error.message;
    std::shared_ptr<ClassObject> klass;
    const int colon = message.indexOf(QLatin1String(": "));
    if (colon > 0) {
        klass = exceptionClass(message.left(colon));
        if (klass)
            message = message.mid(colon + 2);
    }
    Value exc = makeException(cls, message);
    auto *e = exc.as<ExceptionObject>();
    if (klass)
        e->cls = klass;
    const Value dbError = m_builtins.value(QStringLiteral("sqlalchemy.exc.OperationalError"));
    if (error.code == ErrorCode::Database && dbError.type == Type::Class)
        e->cls = std::static_pointer_cast<ClassObject>(dbError.obj);
    e->line = error.line > 0 ? error.line : m_line;
    e->file = m_file;
    e->origin = std::make_shared<Error>(error);
    return raiseException(exc);
}

std::shared_ptr<ClassObject> Evaluator::exceptionClass(const QString &qualifiedName) const
{
    std::shared_ptr<ClassObject> c;
    const int dot = qualifiedName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0) {
        c = builtinClass(qualifiedName);
    } else {
        const Value m = m_modules.value(qualifiedName.left(dot));
        if (m.type == Type::Module) {
            const Value v = m.as<ModuleObject>()->attrs.value(qualifiedName.mid(dot + 1));
            if (v.type == Type::Class)
                c = std::static_pointer_cast<ClassObject>(v.obj);
        }
    }
    return c && c->isException ? c : nullptr;
}

Value Evaluator::takeException()
{
    Value e = m_exception;
    m_exception = Value();
    return e;
}

Error Evaluator::takeExceptionAsError()
{
    Value v = takeException();
    auto *e = v.as<ExceptionObject>();
    if (e->origin) {
        Error err = *e->origin;
        if (err.file.isEmpty())
            err.file = e->file;
        if (err.line == 0)
            err.line = e->line;
        return err;
    }
    // An uncaught exception is a traceback in Alembic (exit 1): Internal, and the message reads
    // like the traceback's last line ("ValueError: msg", "sqlalchemy.exc.CompileError: msg").
    const QString message = e->message();
    const QString name = e->cls->qualifiedName();
    const QString text = message.isEmpty() ? name : name + QStringLiteral(": ") + message;
    return makeError(ErrorCode::Internal, text, e->file, e->line);
}

// --- modules

void Evaluator::registerModule(const QString &name, const Value &module)
{
    m_modules.insert(name, module);
}

Value Evaluator::makeModule(const QString &name)
{
    auto m = std::make_shared<ModuleObject>();
    m->name = name;
    return Value::object(Type::Module, m);
}

void Evaluator::setModuleAttr(const Value &module, const QString &name, const Value &value)
{
    module.as<ModuleObject>()->attrs.insert(name, value);
}

Value Evaluator::makeBuiltin(const QString &name, BuiltinFn fn)
{
    auto b = std::make_shared<BuiltinObject>();
    b->name = name;
    b->fn = std::move(fn);
    return Value::object(Type::Builtin, b);
}

Value Evaluator::importModule(const QString &dotted)
{
    auto it = m_modules.constFind(dotted);
    if (it != m_modules.cend())
        return it.value();
    return raise(QStringLiteral("ModuleNotFoundError"),
                 QStringLiteral("No module named '%1' (not available to Retort's built-in interpreter)").arg(dotted));
}

// --- names

Value Evaluator::lookup(const QString &name, const std::shared_ptr<Env> &env)
{
    bool innermost = true;
    for (Env *e = env.get(); e && e != m_globals.get(); e = e->parent.get()) {
        if (e->comprehension) {
            auto it = e->vars.constFind(name);
            if (it != e->vars.cend())
                return it.value();
            continue;
        }
        if (e->scope && e->scope->globals.contains(name))
            break;
        auto it = e->vars.constFind(name);
        if (it != e->vars.cend())
            return it.value();
        if (e->scope && e->scope->locals.contains(name)) {
            if (innermost)
                return raise(QStringLiteral("UnboundLocalError"),
                             QStringLiteral("cannot access local variable '%1' where it is not associated with a value").arg(name));
            return raise(QStringLiteral("NameError"),
                         QStringLiteral("cannot access free variable '%1' where it is not associated with a value in enclosing scope").arg(name));
        }
        innermost = false;
    }
    auto git = m_globals->vars.constFind(name);
    if (git != m_globals->vars.cend())
        return git.value();
    auto bit = m_builtins.constFind(name);
    if (bit != m_builtins.cend())
        return bit.value();
    return raise(QStringLiteral("NameError"), QStringLiteral("name '%1' is not defined").arg(name));
}

void Evaluator::store(const QString &name, const Value &value, const std::shared_ptr<Env> &env)
{
    Env *e = env.get();
    if (!e || e == m_globals.get() || (e->scope && e->scope->globals.contains(name))) {
        m_globals->vars.insert(name, value);
        return;
    }
    if (e->scope && e->scope->nonlocals.contains(name)) {
        for (Env *p = e->parent.get(); p && p != m_globals.get(); p = p->parent.get()) {
            if (p->scope && (p->scope->locals.contains(name) || p->vars.contains(name))) {
                p->vars.insert(name, value);
                return;
            }
        }
    }
    e->vars.insert(name, value);
}

bool Evaluator::remove(const QString &name, const std::shared_ptr<Env> &env)
{
    Env *e = env.get();
    if (e && e != m_globals.get() && !(e->scope && e->scope->globals.contains(name))) {
        if (e->vars.remove(name))
            return true;
    } else if (m_globals->vars.remove(name)) {
        return true;
    }
    raise(QStringLiteral("NameError"), QStringLiteral("name '%1' is not defined").arg(name));
    return false;
}

// --- calls

Value Evaluator::callFunction(const Value &callee, const ValueList &args)
{
    CallArgs call;
    call.args = args;
    call.line = m_line;
    return this->call(callee, call);
}

Value Evaluator::call(const Value &callee, CallArgs &args)
{
    if (args.line == 0)
        args.line = m_line;
    switch (callee.type) {
    case Type::Builtin:
        return callee.as<BuiltinObject>()->fn(*this, args);
    case Type::Function: {
        if (m_depth >= MaxDepth)
            return raise(QStringLiteral("RecursionError"), QStringLiteral("maximum recursion depth exceeded"));
        ++m_depth;
        const int savedLine = m_line;
        Value r = callUser(*callee.as<FunctionObject>(), args);
        if (!hasException())
            m_line = savedLine;
        --m_depth;
        return r;
    }
    case Type::Class: {
        auto *c = callee.as<ClassObject>();
        if (c->ctor)
            return c->ctor(*this, args);
        if (c->isException) {
            if (!args.kwargs.isEmpty())
                return raise(QStringLiteral("TypeError"),
                             QStringLiteral("%1() takes no keyword arguments").arg(c->name));
            auto e = std::make_shared<ExceptionObject>();
            e->cls = std::static_pointer_cast<ClassObject>(callee.obj);
            e->args = args.args;
            return Value::object(Type::Exception, e);
        }
        return raise(QStringLiteral("TypeError"), QStringLiteral("cannot create '%1' instances").arg(c->name));
    }
    case Type::Native:
        return callee.as<NativeObject>()->call(*this, args);
    default:
        return raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not callable").arg(typeName(callee)));
    }
}

Value Evaluator::callUser(FunctionObject &fn, CallArgs &args)
{
    auto env = std::make_shared<Env>();
    env->parent = fn.closure;
    env->scope = fn.scope;
    const Parameters &p = *fn.params;
    const QString fname = fn.name;
    const int npos = p.positional.size();
    const int given = args.args.size();
    for (int i = 0; i < std::min(npos, given); ++i)
        env->vars.insert(p.positional.at(i).name, args.args.at(i));
    if (given > npos) {
        if (!p.hasVarArgs) {
            return raise(QStringLiteral("TypeError"),
                         QStringLiteral("%1() takes %2 positional argument%3 but %4 %5 given")
                             .arg(fname).arg(npos).arg(npos == 1 ? "" : "s").arg(given)
                             .arg(given == 1 ? "was" : "were"));
        }
        env->vars.insert(p.varArgs.name, Value::tuple(args.args.mid(npos)));
    } else if (p.hasVarArgs) {
        env->vars.insert(p.varArgs.name, Value::tuple());
    }
    Value kwargs = p.hasVarKwargs ? Value::dict() : Value();
    for (const auto &kw : args.kwargs) {
        bool matched = false;
        for (int i = p.positionalOnly; i < npos && !matched; ++i)
            matched = p.positional.at(i).name == kw.first;
        for (int i = 0; i < p.keywordOnly.size() && !matched; ++i)
            matched = p.keywordOnly.at(i).name == kw.first;
        if (matched) {
            if (env->vars.contains(kw.first))
                return raise(QStringLiteral("TypeError"),
                             QStringLiteral("%1() got multiple values for argument '%2'").arg(fname, kw.first));
            env->vars.insert(kw.first, kw.second);
        } else if (p.hasVarKwargs) {
            kwargs.as<DictObject>()->insert(Value::string(kw.first), kw.second);
        } else {
            return raise(QStringLiteral("TypeError"),
                         QStringLiteral("%1() got an unexpected keyword argument '%2'").arg(fname, kw.first));
        }
    }
    if (p.hasVarKwargs)
        env->vars.insert(p.varKwargs.name, kwargs);
    QStringList missing;
    auto fill = [&](const Parameter &par) {
        if (env->vars.contains(par.name))
            return;
        auto d = fn.defaults.constFind(par.name);
        if (d != fn.defaults.cend())
            env->vars.insert(par.name, d.value());
        else
            missing << QLatin1Char('\'') + par.name + QLatin1Char('\'');
    };
    for (const Parameter &par : p.positional)
        fill(par);
    if (!missing.isEmpty()) {
        QString list = missing.size() == 1 ? missing.first()
                       : missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + missing.last();
        return raise(QStringLiteral("TypeError"),
                     QStringLiteral("%1() missing %2 required positional argument%3: %4")
                         .arg(fname).arg(missing.size()).arg(missing.size() == 1 ? "" : "s", list));
    }
    for (const Parameter &par : p.keywordOnly)
        fill(par);
    if (!missing.isEmpty())
        return raise(QStringLiteral("TypeError"),
                     QStringLiteral("%1() missing %2 required keyword-only argument%3: %4")
                         .arg(fname).arg(missing.size()).arg(missing.size() == 1 ? "" : "s", missing.join(QStringLiteral(" and "))));
    if (fn.lambda)
        return eval(*fn.lambda->a, env);
    m_returnValue = Value();
    const Flow flow = execBlock(fn.def->body, env);
    if (flow == Flow::Raise)
        return {};
    Value r = m_returnValue;
    m_returnValue = Value();
    return r;
}

Value Evaluator::makeFunction(const Stmt *def, const Expr *lambda, const std::shared_ptr<Env> &env)
{
    auto fn = std::make_shared<FunctionObject>();
    const Parameters &params = def ? *def->params : *lambda->params;
    for (const QList<Parameter> *list : {&params.positional, &params.keywordOnly}) {
        for (const Parameter &par : *list) {
            if (!par.defaultValue)
                continue;
            Value v = eval(*par.defaultValue, env);
            if (hasException())
                return {};
            fn->defaults.insert(par.name, v);
        }
    }
    fn->params = def ? def->params : lambda->params;
    if (def) {
        fn->name = def->name;
        fn->def = def;
        fn->scope = def->scope;
    } else {
        fn->name = QStringLiteral("<lambda>");
        fn->lambda = lambda;
        auto scope = std::make_shared<ScopeInfo>();
        for (const Parameter &par : params.positional)
            scope->locals.insert(par.name);
        for (const Parameter &par : params.keywordOnly)
            scope->locals.insert(par.name);
        if (params.hasVarArgs)
            scope->locals.insert(params.varArgs.name);
        if (params.hasVarKwargs)
            scope->locals.insert(params.varKwargs.name);
        fn->scope = scope;
    }
    fn->closure = env.get() == m_globals.get() ? nullptr : env;
    return Value::object(Type::Function, fn);
}

bool Evaluator::bindArgs(const CallArgs &call, const QString &function, const QStringList &names, int required,
                         QList<std::optional<Value>> &out, ValueList *restArgs,
                         QList<QPair<QString, Value>> *restKwargs)
{
    out.clear();
    out.resize(names.size());
    for (int i = 0; i < call.args.size(); ++i) {
        if (i < names.size()) {
            out[i] = call.args.at(i);
        } else if (restArgs) {
            restArgs->append(call.args.at(i));
        } else {
            raise(QStringLiteral("TypeError"),
                  QStringLiteral("%1() takes at most %2 positional arguments (%3 given)")
                      .arg(function).arg(names.size()).arg(call.args.size()));
            return false;
        }
    }
    for (const auto &kw : call.kwargs) {
        const int i = names.indexOf(kw.first);
        if (i >= 0) {
            if (out.at(i)) {
                raise(QStringLiteral("TypeError"),
                      QStringLiteral("%1() got multiple values for argument '%2'").arg(function, kw.first));
                return false;
            }
            out[i] = kw.second;
        } else if (restKwargs) {
            restKwargs->append(kw);
        } else {
            raise(QStringLiteral("TypeError"),
                  QStringLiteral("%1() got an unexpected keyword argument '%2'").arg(function, kw.first));
            return false;
        }
    }
    for (int i = 0; i < required; ++i) {
        if (!out.at(i)) {
            raise(QStringLiteral("TypeError"),
                  QStringLiteral("%1() missing required argument: '%2'").arg(function, names.at(i)));
            return false;
        }
    }
    return true;
}

// --- iteration and items

bool Evaluator::iterate(const Value &iterable, ValueList &out)
{
    switch (iterable.type) {
    case Type::List:
        out = iterable.as<ListObject>()->items;
        return true;
    case Type::Tuple:
        out = iterable.as<TupleObject>()->items;
        return true;
    case Type::Str: {
        out.clear();
        const QList<uint> ucs = iterable.s.toUcs4();
        out.reserve(ucs.size());
        for (uint c : ucs)
            out.append(Value::string(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1)));
        return true;
    }
    case Type::Bytes: {
        out.clear();
        for (char c : iterable.as<BytesObject>()->data)
            out.append(Value::integer(uchar(c)));
        return true;
    }
    case Type::Dict:
    case Type::Set:
        out = iterable.as<DictObject>()->keys();
        return true;
    case Type::Range: {
        const auto *r = iterable.as<RangeObject>();
        const qint64 n = r->length();
        if (n > MaxMaterialized) {
            raise(QStringLiteral("OverflowError"), QStringLiteral("range too large for the interpreter"));
            return false;
        }
        out.clear();
        out.reserve(n);
        for (qint64 i = 0; i < n; ++i)
            out.append(Value::integer(r->at(i)));
        return true;
    }
    case Type::Native:
        if (iterable.as<NativeObject>()->iterate(*this, out))
            return !hasException();
        break;
    default:
        break;
    }
    if (!hasException())
        raise(QStringLiteral("TypeError"), QStringLiteral("'%1' object is not iterable").arg(typeName(iterable)));
    return false;
}

} // namespace retort::python
