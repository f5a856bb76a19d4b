# retort_python: parser (AST), interpreter of the migration-script subset, static check,
# and the op/sa bindings.
retort_engine_module(python
    ast.h
    parser.h parserimpl.h parser.cpp parsercompound.cpp parserexpr.cpp parserdisplays.cpp fstring.cpp scope.cpp astdump.cpp
    format.h format.cpp
    value.h value.cpp
    evaluator.h evaluator.cpp evalexpr.cpp evalstmt.cpp operators.cpp
    builtinparts.h builtins.cpp builtinconversions.cpp builtiniteration.cpp
    strmethods.cpp strformat.cpp containers.cpp modules.cpp
    datetimemodule.h datetimemodule.cpp datetimeobjects.cpp uuidmodule.cpp jsonmodule.cpp
    interpreter.h interpreter.cpp
    staticcheck.h staticcheck.cpp
    bindings/bindings.h bindings/sqlobjects.h bindings/sqlobjects.cpp bindings/tableobjects.cpp
    bindings/satypes.cpp bindings/sabindings.cpp bindings/opbuilders.h bindings/opbuilderparts.h bindings/opbuilders.cpp
    bindings/opcolumnbuilders.cpp bindings/opschemabuilders.cpp bindings/opbindings.cpp
)
