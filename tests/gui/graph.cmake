# Tests of the revision graph view, the details panel and the SQL preview panel (offscreen).
# Screenshots go to <build>/screenshots/ for a person to look at.
foreach(_test IN ITEMS tst_graphview tst_graphscale tst_revisionpanels)
    retort_add_test(NAME ${_test} SOURCES ${_test}.cpp graphtestutil.h graphtestutil.cpp
                    LABELS gui LIBS retort_gui retort_engine)
    target_compile_definitions(${_test} PRIVATE RETORT_SCREENSHOT_DIR="${PROJECT_BINARY_DIR}/screenshots")
endforeach()
set_tests_properties(tst_graphscale PROPERTIES TIMEOUT 300)
