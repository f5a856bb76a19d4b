#pragma once

#include "ops/operation.h"
#include "python/evaluator.h"

#include <memory>
#include <optional>

namespace retort::python {

// The op.* operation functions (op.create_table ... op.execute) and the batch_op object that
// records the same operations into a BatchAlterTable (opbuilders.cpp).

// Adds create_table, drop_table, ..., execute, bulk_insert, inline_literal, f to the op module.
void installOperationBuilders(const Value &opModule);
// op.batch_alter_table(...) arguments -> the (empty) batch.
std::optional<ops::BatchAlterTable> makeBatch(Evaluator &ev, CallArgs &args);
// The batch_op object of `with op.batch_alter_table(...) as batch_op:`.
Value makeBatchOperations(const std::shared_ptr<ops::BatchAlterTable> &batch);
// A str / text() / insert-update-delete / CreateSequence... as an operation.
std::optional<ops::Operation> toExecuteOperation(Evaluator &ev, const Value &statement, int line);

} // namespace retort::python
