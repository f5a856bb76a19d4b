# retort_python: parser (AST), interpreter of the migration-script subset, static check,
# and the op/sa bindings.
retort_engine_module(python
    ast.h
    parser.h parserimpl.h parser.cpp parserexpr.cpp fstring.cpp scope.cpp astdump.cpp
    format.h format.cpp
    value.h value.cpp
    evaluator.h evaluator.cpp evalexpr.cpp evalstmt.cpp operators.cpp
    builtins.cpp strmethods.cpp strformat.cpp containers.cpp modules.cpp
    datetimemodule.h datetimemodule.cpp datetimeobjects.cpp uuidmodule.cpp jsonmodule.cpp
    interpreter.h interpreter.cpp
    staticcheck.h staticcheck.cpp
    bindings/bindings.h bindings/sqlobjects.h bindings/sqlobjects.cpp bindings/tableobjects.cpp
    bindings/satypes.cpp bindings/sabindings.cpp bindings/opbuilders.h bindings/opbuilders.cpp bindings/opbindings.cpp
)
