#pragma once

#include "core/result.h"
#include "python/ast.h"
#include "python/value.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace retort::python {

struct BindingState;

// A variable scope: the module's globals, a function call's locals, or a comprehension's.
struct Env {
    QHash<QString, Value> vars;
    std::shared_ptr<Env> parent;       // enclosing function/comprehension scope; null at module level
    std::shared_ptr<ScopeInfo> scope;  // function scopes only
    bool comprehension = false;
};

struct FunctionObject : Object {
    QString name;
    const Stmt *def = nullptr;          // FunctionDef (owned by the module tree), or null for a lambda
    const Expr *lambda = nullptr;      // Lambda node (owned by the module tree, which the Interpreter keeps)
    std::shared_ptr<Parameters> params;
    std::shared_ptr<ScopeInfo> scope;
    std::shared_ptr<Env> closure;       // defining function scope (null at module level)
    QHash<QString, Value> defaults;     // parameter name -> default value (evaluated at def time)
};

// The tree-walking evaluator behind Interpreter, and the API the builtins and the op/sa bindings
// use: raising exceptions, calling values, attribute access, iteration, argument binding.
// Python exceptions are not C++ exceptions: a failing call sets the pending exception and returns
// None; every caller checks hasException() (CPython's convention). One per Interpreter; not
// thread-safe.
class Evaluator {
public:
    Evaluator();
    ~Evaluator();

    // --- exceptions
    // Raises a builtin exception class by name ("ValueError") with a message; returns None.
    Value raise(const QString &className, const QString &message = {});
    Value raiseException(const Value &exception);
    // Raises a Python exception that carries an engine Error (so it surfaces unchanged if uncaught).
    Value raiseError(const Error &error);
    bool hasException() const { return m_exception.type != Type::None; }
    const Value &exception() const { return m_exception; }
    Value takeException();
    // The pending exception as an engine Error ("file:line: ValueError: message"); clears it.
    // ErrorCode::Internal (a traceback, exit 1 in Alembic) unless it stands for an engine Error,
    // which comes back unchanged (a CommandError stays ErrorCode::Command).
    Error takeExceptionAsError();

    // --- classes and modules
    std::shared_ptr<ClassObject> builtinClass(const QString &name) const;
    // An exception class by the name a traceback prints: "ValueError" (builtin) or
    // "sqlalchemy.exc.CompileError" (a registered module's class); null when unknown.
    std::shared_ptr<ClassObject> exceptionClass(const QString &qualifiedName) const;
    Value builtin(const QString &name) const { return m_builtins.value(name); }
    void setBuiltin(const QString &name, const Value &value) { m_builtins.insert(name, value); }
    // Native modules ("sqlalchemy", "alembic.op" ...) importable by scripts.
    void registerModule(const QString &name, const Value &module);
    bool hasModule(const QString &name) const { return m_modules.contains(name); }
    Value module(const QString &name) const { return m_modules.value(name); }
    static Value makeModule(const QString &name);
    static void setModuleAttr(const Value &module, const QString &name, const Value &value);
    static Value makeBuiltin(const QString &name, BuiltinFn fn);

    // --- running code
    Result<void> execModule(const Module &module, const std::shared_ptr<Env> &globals);
    Value call(const Value &callee, CallArgs &args);
    Value callFunction(const Value &callee, const ValueList &args);
    Value getAttr(const Value &object, const QString &name);
    bool hasAttr(const Value &object, const QString &name);
    Value getItem(const Value &object, const Value &key);
    bool iterate(const Value &iterable, ValueList &out);
    Value binary(const QString &op, const Value &a, const Value &b);
    Value compare(const QString &op, const Value &a, const Value &b);
    // Total order for sorted()/min()/max(): -1/0/1; raises TypeError on incomparable values.
    int order(const Value &a, const Value &b);
    bool isInstance(const Value &v, const Value &classOrTuple);
    Value formatValue(const Value &v, const QString &spec);   // format(v, spec)
    Value strOf(const Value &v) { return Value::string(str(v)); }

    // Binds call arguments to named parameters. names: parameter names in positional order;
    // the first `required` must be given. out receives one entry per name (nullopt = not given).
    // Extra positional / keyword arguments go to restArgs / restKwargs when given, else TypeError.
    bool bindArgs(const CallArgs &call, const QString &function, const QStringList &names, int required,
                  QList<std::optional<Value>> &out, ValueList *restArgs = nullptr,
                  QList<QPair<QString, Value>> *restKwargs = nullptr);

    // --- state
    QString file() const { return m_file; }
    void setFile(const QString &file) { m_file = file; }
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }
    // print() output (Alembic: standard output) and logging records, already formatted like
    // Alembic's console handler (standard error). Without a log sink, records go to the print sink.
    void print(const QString &text) { if (m_printSink) m_printSink(text); }
    void log(const QString &text) { if (m_logSink) m_logSink(text); else print(text); }
    void setPrintSink(std::function<void(const QString &)> sink) { m_printSink = std::move(sink); }
    void setLogSink(std::function<void(const QString &)> sink) { m_logSink = std::move(sink); }
    std::shared_ptr<Env> globals() const { return m_globals; }
    // The op/sa bindings' shared state (owned by the Interpreter), or null.
    BindingState *bindings() const { return m_bindingState; }
    void setBindings(BindingState *state) { m_bindingState = state; }

    // --- internals shared by the evaluator's source files
    enum class Flow { Normal, Return, Break, Continue, Raise };
    Flow execBlock(const Block &block, const std::shared_ptr<Env> &env);
    Flow exec(const Stmt &stmt, const std::shared_ptr<Env> &env);
    Value eval(const Expr &expr, const std::shared_ptr<Env> &env);

private:
    Value lookup(const QString &name, const std::shared_ptr<Env> &env);
    void store(const QString &name, const Value &value, const std::shared_ptr<Env> &env);
    bool remove(const QString &name, const std::shared_ptr<Env> &env);
    bool assign(const Expr &target, const Value &value, const std::shared_ptr<Env> &env);
    bool setItem(const Value &object, const Value &key, const Value &value);
    bool delItem(const Value &object, const Value &key);
    bool setAttr(const Value &object, const QString &name, const Value &value);
    Value evalCall(const Expr &expr, const std::shared_ptr<Env> &env);
    Value evalComprehension(const Expr &expr, const std::shared_ptr<Env> &env);
    bool comprehensionLoop(const Expr &expr, int level, const std::shared_ptr<Env> &env, ValueList &out,
                           const Value &dict);
    Value evalJoinedStr(const Expr &expr, const std::shared_ptr<Env> &env);
    Value evalSlice(const Value &object, const Expr &slice, const std::shared_ptr<Env> &env);
    Value makeFunction(const Stmt *def, const Expr *lambda, const std::shared_ptr<Env> &env);
    Value callUser(FunctionObject &fn, CallArgs &args);
    Flow execTry(const Stmt &stmt, const std::shared_ptr<Env> &env);
    Flow execWith(const Stmt &stmt, const std::shared_ptr<Env> &env, int item);
    Flow execImport(const Stmt &stmt, const std::shared_ptr<Env> &env);
    Value importModule(const QString &dotted);
    Value makeException(const QString &className, const QString &message);
    void installBuiltins();

    QHash<QString, Value> m_builtins;
    QHash<QString, Value> m_modules;
    std::shared_ptr<Env> m_globals;
    Value m_exception;
    ValueList m_handling;           // exceptions being handled (for a bare `raise`)
    Value m_returnValue;
    QString m_file;
    int m_line = 0;
    int m_depth = 0;
    std::function<void(const QString &)> m_printSink;
    std::function<void(const QString &)> m_logSink;
    BindingState *m_bindingState = nullptr;
};

// Registration helpers implemented in builtins.cpp / strmethods.cpp / containers.cpp / modules.cpp.
void installBuiltinFunctions(Evaluator &ev);
Value stringAttribute(Evaluator &ev, const Value &self, const QString &name);
Value containerAttribute(Evaluator &ev, const Value &self, const QString &name);
void installStandardModules(Evaluator &ev);
// Parts of installStandardModules: datetimemodule.cpp (declared in datetimemodule.h),
// uuidmodule.cpp, jsonmodule.cpp.
void installUuidModule(Evaluator &ev);
void installJsonModule(Evaluator &ev);
// Python's str.format / % operator.
Value formatString(Evaluator &ev, const QString &format, const CallArgs &args);
Value percentFormat(Evaluator &ev, const QString &format, const Value &args);

} // namespace retort::python
