#include "python/bindings/bindings.h"

namespace retort::python {
void installBindings(Evaluator &, const std::shared_ptr<BindingState> &) {}
}
