# Tests of the online migrator (helper "online"). Included from tests/engine/runtime/CMakeLists.txt.

# The online commands wired into a small `retort` front end for process-level tests.
add_executable(retort-online-test
    onlinecli_main.cpp
    ${PROJECT_SOURCE_DIR}/src/cli/argumentparser.cpp
    ${PROJECT_SOURCE_DIR}/src/cli/clicontext.cpp
    ${PROJECT_SOURCE_DIR}/src/cli/commands/onlinecommands.cpp)
target_link_libraries(retort-online-test PRIVATE retort_engine Qt6::Core)
set_target_properties(retort-online-test PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")

retort_add_test(NAME tst_onlinemigrator SOURCES tst_onlinemigrator.cpp onlinetestutil.h onlinetestutil.cpp
    LABELS engine pg LIBS retort_engine)
retort_add_test(NAME tst_onlinereflection SOURCES tst_onlinereflection.cpp onlinetestutil.h onlinetestutil.cpp
    LABELS engine pg LIBS retort_engine)
retort_add_test(NAME tst_onlinecli SOURCES tst_onlinecli.cpp onlinetestutil.h onlinetestutil.cpp
    LABELS engine cli pg conformance LIBS retort_engine)
add_dependencies(tst_onlinecli retort-online-test)
