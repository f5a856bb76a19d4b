# retort_python: parser (AST), interpreter of the migration-script subset, static check,
# and the op/sa bindings.
retort_engine_module(python
    ast.h
    parser.h parserimpl.h parser.cpp parserexpr.cpp fstring.cpp scope.cpp astdump.cpp
    format.h format.cpp
)
