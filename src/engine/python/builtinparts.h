#pragma once

#include "python/evaluator.h"

// Internals shared by the parts of installBuiltinFunctions: builtins.cpp (print, len, repr,
// isinstance, getattr, hash ... and the unsupported ones), builtinconversions.cpp (the builtin
// types' constructors and the numeric/character conversions), builtiniteration.cpp (enumerate,
// zip, sorted, min/max, sum, any/all, map, filter). Same thread as the Evaluator.
namespace retort::python::builtins {

// Raise TypeError (the argument checks also return false when they raised it).
Value typeError(Evaluator &ev, const QString &message);
bool noKwargs(Evaluator &ev, const CallArgs &a, const char *name);
bool argCount(Evaluator &ev, const CallArgs &a, const char *name, int min, int max);

// int, float, str, dict, bool, list, tuple, set, frozenset, bytes, range, type; abs, round,
// divmod, pow, ord, chr, hex, oct, bin (builtinconversions.cpp).
void installConversions(Evaluator &ev);
// enumerate, zip, sorted, reversed, min, max, sum, any, all, map, filter (builtiniteration.cpp).
void installIteration(Evaluator &ev);

} // namespace retort::python::builtins
