#pragma once

#include <QStringList>

#include "python/value.h"

#include <memory>

namespace retort::ops {
class MigrationContext;
struct Operation;
}

namespace retort::python {

class Evaluator;

// What the op/sa bindings share with the Interpreter: the MigrationContext of the function
// running now (null outside runFunction). Owned by the Interpreter; same thread.
struct BindingState {
    ops::MigrationContext *context = nullptr;
    QStringList xArguments;   // -x values: context.get_x_argument()
    QString tag;              // --tag: context.get_tag_argument()
};

// Registers the modules alembic, alembic.op, alembic.context, sqlalchemy (+ sql, schema, types,
// dialects.postgresql/sqlite/mysql, exc), sqlmodel (+ sql.sqltypes) with the evaluator.
void installBindings(Evaluator &ev, const std::shared_ptr<BindingState> &state);

// Parts of installBindings (sabindings.cpp, satypes.cpp, opbindings.cpp).
void installSqlAlchemy(Evaluator &ev);
// The type classes of sa, its dialect modules (postgresql, sqlite, mysql) and sqlmodel's sqltypes (satypes.cpp).
void installSqlAlchemyTypes(const Value &sa, const Value &pg, const Value &sqlite, const Value &mysql, const Value &sqltypes);
void installAlembic(Evaluator &ev);

// Performs an operation through the current MigrationContext; false (with a Python exception
// raised) when there is no context or the context refused it.
bool runOperation(Evaluator &ev, const ops::Operation &operation);

} // namespace retort::python
