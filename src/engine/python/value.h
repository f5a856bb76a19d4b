#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace retort::python {

// Python values of the interpreter: immediates (None, bool, int, float, str) inline, everything
// else a shared heap object (list, dict ... and NativeObject for sa/op constructs). Lists, dicts
// and sets have reference semantics like Python's. Not thread-safe: values belong to the
// Interpreter (thread) that made them.

class Evaluator;
struct Value;
using ValueList = QList<Value>;

enum class Type : quint8 {
    None, Bool, Int, Float, Str, Bytes, List, Tuple, Dict, Set, Range,
    Function, Builtin, Module, Class, Exception, Native,
};

class Object {
public:
    virtual ~Object() = default;
};

struct Value {
    Type type = Type::None;
    union {
        bool b;
        qint64 i;
        double f;
    };
    QString s;                      // Str
    std::shared_ptr<Object> obj;    // heap types

    Value() : f(0) {}
    static Value none() { return Value(); }
    static Value boolean(bool v) { Value r; r.type = Type::Bool; r.i = 0; r.b = v; return r; }
    static Value integer(qint64 v) { Value r; r.type = Type::Int; r.i = v; return r; }
    static Value floating(double v) { Value r; r.type = Type::Float; r.f = v; return r; }
    static Value string(QString v) { Value r; r.type = Type::Str; r.s = std::move(v); return r; }
    static Value bytes(QByteArray v);
    static Value list(ValueList items = {});
    static Value tuple(ValueList items = {});
    static Value dict();
    static Value set(const ValueList &items = {});
    static Value object(Type t, std::shared_ptr<Object> o) { Value r; r.type = t; r.obj = std::move(o); return r; }

    bool isNone() const { return type == Type::None; }
    bool isStr() const { return type == Type::Str; }
    bool isInt() const { return type == Type::Int || type == Type::Bool; }   // bool is an int
    bool isNumber() const { return isInt() || type == Type::Float; }
    double toDouble() const { return type == Type::Float ? f : type == Type::Bool ? double(b) : double(i); }
    qint64 toInt() const { return type == Type::Bool ? qint64(b) : i; }

    template<typename T> T *as() const { return static_cast<T *>(obj.get()); }
};

struct ListObject : Object {
    ValueList items;
};

struct TupleObject : Object {
    ValueList items;
};

struct BytesObject : Object {
    QByteArray data;
};

struct RangeObject : Object {
    qint64 start = 0, stop = 0, step = 1;
    qint64 length() const;
    qint64 at(qint64 i) const { return start + i * step; }
};

// Insertion-ordered hash map (dict); a set is a DictObject whose values are unused.
class DictObject : public Object {
public:
    int size() const { return int(m_entries.size()); }
    Value *find(const Value &key);
    const Value *find(const Value &key) const;
    void insert(const Value &key, const Value &value);   // key must be hashable
    bool remove(const Value &key);
    void clear();
    const QList<QPair<Value, Value>> &entries() const { return m_entries; }
    ValueList keys() const;
    ValueList values() const;

private:
    int indexOf(const Value &key) const;
    void reindex();
    QList<QPair<Value, Value>> m_entries;
    QMultiHash<size_t, int> m_index;
};

// Arguments of a call to a builtin or native function.
struct CallArgs {
    ValueList args;
    QList<QPair<QString, Value>> kwargs;
    int line = 0;

    const Value *keyword(const QString &name) const;
};

using BuiltinFn = std::function<Value(Evaluator &, CallArgs &)>;

struct BuiltinObject : Object {
    QString name;       // "len", "str.upper" ...
    BuiltinFn fn;
};

struct ModuleObject : Object {
    QString name;
    QHash<QString, Value> attrs;
};

// A class: the builtin types (int, str, list ...) and the exception hierarchy. Calling it
// constructs (ctor); exceptions have no ctor and make an ExceptionObject.
struct ClassObject : Object {
    QString name;
    QString module;     // "sqlalchemy.exc" ...; empty for builtins
    std::shared_ptr<ClassObject> base;
    BuiltinFn ctor;
    bool isException = false;
    bool isSubclassOf(const ClassObject *other) const;
    // The name Python prints in a traceback's last line: "ValueError", "sqlalchemy.exc.CompileError".
    QString qualifiedName() const { return module.isEmpty() ? name : module + QLatin1Char('.') + name; }
};

struct ExceptionObject : Object {
    std::shared_ptr<ClassObject> cls;
    ValueList args;
    QString file;
    int line = 0;
    std::shared_ptr<Error> origin;  // the engine Error this exception stands for, if any
    QString message() const;    // str(e)
};

// A sa/op construct or any other object implemented in C++. Every hook has a default that
// behaves like a plain Python object (AttributeError, not callable, identity equality ...);
// failing hooks raise through the Evaluator and return None.
class NativeObject : public Object {
public:
    virtual QString typeName() const = 0;
    virtual Value getAttr(Evaluator &ev, const QString &name);
    virtual bool setAttr(Evaluator &ev, const QString &name, const Value &value);
    virtual Value call(Evaluator &ev, CallArgs &args);
    virtual Value getItem(Evaluator &ev, const Value &key);
    // a <op> b where this object is a (reflected: it is b). Return std::nullopt when the
    // operation does not apply (the evaluator then raises TypeError / uses identity).
    virtual std::optional<Value> binaryOp(Evaluator &ev, const QString &op, const Value &other, bool reflected);
    virtual std::optional<Value> unaryOp(Evaluator &ev, const QString &op);
    // Fills out with the items of iter(obj); false = not iterable (the caller raises).
    virtual bool iterate(Evaluator &ev, ValueList &out);
    // Context manager protocol: enter returns the "as" value; exit runs after the body
    // (exceptionPending tells whether the body raised) and may raise itself.
    virtual Value enter(Evaluator &ev);
    virtual void exit(Evaluator &ev, bool exceptionPending);
    virtual QString repr() const;
    // str(obj); repr() unless overridden.
    virtual QString strValue() const { return repr(); }
    // Value equality and hashing (dict keys, ==, in); nullopt = identity.
    virtual std::optional<bool> equalTo(const Value &other) const { (void)other; return std::nullopt; }
    virtual std::optional<size_t> hash() const { return std::nullopt; }
    // format(obj, spec) with a non-empty spec (obj.__format__); nullopt = unsupported (TypeError).
    virtual std::optional<Value> formatWith(Evaluator &ev, const QString &spec) { (void)ev; (void)spec; return std::nullopt; }
    virtual std::optional<bool> truth() const { return std::nullopt; }
    virtual std::optional<qint64> length() const { return std::nullopt; }
};

// Type names, text forms, truth, equality and hashing with Python's rules.
QString typeName(const Value &v);
QString repr(const Value &v);
QString str(const Value &v);
bool truthy(const Value &v);
bool equals(const Value &a, const Value &b);
bool isHashable(const Value &v);
size_t hashValue(const Value &v);
// Items of a list or tuple (nullptr otherwise).
const ValueList *sequenceItems(const Value &v);

} // namespace retort::python
