#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace retort::python {

// The syntax tree of the Python subset migration scripts use. Nodes are immutable after parsing
// and shared (std::shared_ptr) so function objects can keep their bodies alive. Every node
// carries the 1-based line of its first token. Plain data; safe to read from several threads.

struct Expr;
struct Stmt;
struct Parameters;
using ExprPtr = std::shared_ptr<Expr>;
using StmtPtr = std::shared_ptr<Stmt>;
using Block = QList<StmtPtr>;

enum class ExprKind {
    Name,           // name
    Constant,       // constKind + intValue/floatValue/strValue/bytesValue
    JoinedStr,      // f-string: items = Constant(str) and FormattedValue parts
    FormattedValue, // a = value, c = format spec (JoinedStr) or null, conversion
    BinOp,          // a op b; op in name ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@")
    UnaryOp,        // op a; op in name ("-", "+", "~", "not")
    BoolOp,         // items joined by name ("and" / "or")
    Compare,        // a ops[i] items[i]; ops "<", ">", "==", ">=", "<=", "!=", "in", "not in", "is", "is not"
    IfExp,          // b if a else c
    Lambda,         // params, a = body
    Call,           // a(items..., keywords...)
    Attribute,      // a.name
    Subscript,      // a[b]
    Slice,          // a:b:c (any may be null)
    List,           // [items]
    Tuple,          // (items)
    Dict,           // {items[i]: values[i]}; a null key means **values[i]
    Set,            // {items}
    ListComp,       // [a generators]
    SetComp,        // {a generators}
    DictComp,       // {a: b generators}
    GeneratorExp,   // (a generators)
    Starred,        // *a
};

enum class ConstKind { None, True, False, Int, Float, Str, Bytes, Ellipsis };

struct Keyword {
    QString name;     // empty for **mapping
    ExprPtr value;
    int line = 0;
};

struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    QList<ExprPtr> ifs;
};

struct Expr {
    ExprKind kind = ExprKind::Constant;
    int line = 0;

    QString name;               // Name id, Attribute attr, operator of BinOp/UnaryOp/BoolOp
    ConstKind constKind = ConstKind::None;
    qint64 intValue = 0;
    double floatValue = 0;
    QString strValue;
    QByteArray bytesValue;
    QStringList ops;            // Compare operators
    ExprPtr a, b, c;
    QList<ExprPtr> items;
    QList<ExprPtr> values;      // Dict values
    QList<Keyword> keywords;    // Call
    QList<Comprehension> generators;
    std::shared_ptr<Parameters> params; // Lambda
    QChar conversion;           // FormattedValue: 'r', 's', 'a' or null
};

struct Parameter {
    QString name;
    ExprPtr annotation;
    ExprPtr defaultValue;
    int line = 0;
};

struct Parameters {
    QList<Parameter> positional;    // positional-only and regular parameters
    int positionalOnly = 0;         // how many of them come before '/'
    bool hasVarArgs = false;
    Parameter varArgs;              // *args
    QList<Parameter> keywordOnly;
    bool hasVarKwargs = false;
    Parameter varKwargs;            // **kwargs
};

enum class StmtKind {
    Expr, Assign, AugAssign, AnnAssign, FunctionDef, ClassDef, Return, Delete, If, For, While,
    Break, Continue, Pass, Try, Raise, Assert, With, Import, ImportFrom, Global, Nonlocal,
};

struct ImportAlias {
    QString name;     // dotted name, or "*"
    QString asName;   // empty when absent
    int line = 0;
};

struct ExceptHandler {
    ExprPtr type;     // null for a bare except
    QString name;     // "as name", or empty
    Block body;
    int line = 0;
};

struct WithItem {
    ExprPtr context;
    ExprPtr target;   // may be null
};

// What a function body binds, computed once by the parser (Python's symbol table, reduced).
struct ScopeInfo {
    QSet<QString> locals;
    QSet<QString> globals;
    QSet<QString> nonlocals;
};

struct Stmt {
    StmtKind kind = StmtKind::Pass;
    int line = 0;

    ExprPtr value;          // Expr/Assign/AugAssign/AnnAssign/Return value, Raise exception, Assert msg
    ExprPtr target;         // AugAssign/AnnAssign/For target, Raise cause
    ExprPtr test;           // If/While/Assert test; For iterable
    ExprPtr annotation;     // AnnAssign annotation
    QList<ExprPtr> targets; // Assign targets (a = b = v gives two), Delete targets
    QString op;             // AugAssign operator without '=' ("+", "//" ...)
    Block body, orelse, finalbody;
    QList<ExceptHandler> handlers;
    QList<WithItem> items;
    QString name;           // FunctionDef/ClassDef name, ImportFrom module (dotted)
    int level = 0;          // ImportFrom: number of leading dots
    QList<ImportAlias> names;
    QStringList identifiers; // Global/Nonlocal names
    std::shared_ptr<Parameters> params;
    ExprPtr returns;
    QList<ExprPtr> decorators;
    QList<ExprPtr> bases;   // ClassDef bases
    std::shared_ptr<ScopeInfo> scope; // FunctionDef
};

struct Module {
    QString path;
    Block body;
    QString docstring; // the module docstring, or empty
};

using ModulePtr = std::shared_ptr<const Module>;

} // namespace retort::python
