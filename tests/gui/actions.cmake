# Tests of the migration actions (plan dialog, runner, cancel, failures, journal, new revision and
# merge), offscreen on copies of examples/shop. Screenshots go to <build>/screenshots/.
foreach(_test IN ITEMS tst_migrationactions tst_revisiondialogs)
    retort_add_test(NAME ${_test} SOURCES ${_test}.cpp guitestsupport.h LABELS gui LIBS retort_gui)
    target_compile_definitions(${_test} PRIVATE RETORT_SCREENSHOT_DIR="${PROJECT_BINARY_DIR}/screenshots")
endforeach()
set_tests_properties(tst_migrationactions PROPERTIES TIMEOUT 300)
