# Tests of the Python subset interpreter (parser, evaluator, static check, op/sa bindings).
# Parser and evaluator are compared against /usr/bin/python3 on the scripts in tests/data/python.
set(_pylibs retort_python retort_tokenizer retort_ops retort_core)
retort_add_test(NAME tst_pyparser SOURCES tst_pyparser.cpp LABELS engine LIBS ${_pylibs})
retort_add_test(NAME tst_pyeval SOURCES tst_pyeval.cpp LABELS engine LIBS ${_pylibs})
retort_add_test(NAME tst_pybindings SOURCES tst_pybindings.cpp LABELS engine LIBS ${_pylibs} Qt6::Sql)
retort_add_test(NAME tst_pyerrors SOURCES tst_pyerrors.cpp LABELS engine LIBS ${_pylibs} retort_sql)
retort_add_test(NAME tst_pystaticcheck SOURCES tst_pystaticcheck.cpp LABELS engine LIBS ${_pylibs})
