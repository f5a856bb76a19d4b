# retort_tokenizer: the Python tokenizer (Python 3.11 `tokenize` semantics) and string literals.
retort_engine_module(tokenizer tokenizer.h tokenizer.cpp tokenizerliterals.cpp)
