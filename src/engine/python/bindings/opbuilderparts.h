#pragma once

#include "ops/operation.h"
#include "python/evaluator.h"

#include <QHash>
#include <QStringList>

#include <optional>

// Internals shared by the op.* / batch_op.* operation builders: opbuilders.cpp (registration,
// create_table, batch), opcolumnbuilders.cpp (add/drop/alter column), opschemabuilders.cpp
// (indexes, constraints, table comments, execute). Same thread as the Evaluator.
namespace retort::python::opbuild {

// The table of a batch: batch_op.* calls omit table_name/schema and get them from here.
struct Target {
    QString table;
    QString schema;
};

struct Bound {
    QHash<QString, Value> named;
    QList<QPair<QString, Value>> extra;
    ValueList rest;
    bool has(const QString &n) const { return named.contains(n); }
    bool given(const QString &n) const { return named.contains(n) && !named.value(n).isNone(); }
    Value get(const QString &n) const { return named.value(n); }
    QString str(const QString &n) const { return given(n) ? python::str(named.value(n)) : QString(); }
    bool flag(const QString &n) const { return given(n) && truthy(named.value(n)); }
};

// Binds a call's arguments to `names` (the first `required` are required); other keywords go to
// Bound::extra, extra positionals to Bound::rest when restArgs. False with a Python exception raised.
bool bind(Evaluator &ev, const CallArgs &a, const QString &fn, const QStringList &names, int required, Bound &out,
          bool restArgs = false);
// The argument names of a builder: the table's names are left out for batch_op (t set).
QStringList withTable(const Target *t, const QStringList &before, const QStringList &tableNames, const QStringList &after);
// table/schema from the batch when t is set, else from the bound arguments.
void fillTable(const Target *t, const Bound &b, const QString &tableKey, QString &table, QString &schema,
               const QString &schemaKey = QStringLiteral("schema"));

// The builders shared by op.* and batch_op.* (t is null for op.*). nullopt with a Python exception raised.
// opcolumnbuilders.cpp
std::optional<ops::Operation> addColumn(Evaluator &ev, CallArgs &a, const Target *t);
std::optional<ops::Operation> dropColumn(Evaluator &ev, CallArgs &a, const Target *t);
std::optional<ops::Operation> alterColumn(Evaluator &ev, CallArgs &a, const Target *t);
// opschemabuilders.cpp
std::optional<ops::Operation> createIndex(Evaluator &ev, CallArgs &a, const Target *t);
std::optional<ops::Operation> dropIndex(Evaluator &ev, CallArgs &a, const Target *t);
std::optional<ops::Operation> createConstraint(Evaluator &ev, CallArgs &a, const Target *t, ops::Constraint::Kind kind);
std::optional<ops::Operation> dropConstraint(Evaluator &ev, CallArgs &a, const Target *t);
std::optional<ops::Operation> tableComment(Evaluator &ev, CallArgs &a, const Target *t, bool create);
std::optional<ops::Operation> executeOp(Evaluator &ev, CallArgs &a, const Target *);

} // namespace retort::python::opbuild
