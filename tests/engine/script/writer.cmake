# New revision files (owner: files): the Mako subset renderer against Mako itself, naming rules,
# and `revision` / `merge` against Alembic (/usr/bin/python3 -m alembic) on copies of projects.
set(RETORT_WRITER_TEST_LIBS retort_scriptwriter retort_revisions retort_script retort_tokenizer
                            retort_config retort_core)
retort_add_test(NAME tst_makotemplate SOURCES tst_makotemplate.cpp LABELS engine
                LIBS ${RETORT_WRITER_TEST_LIBS})
retort_add_test(NAME tst_revisionnaming SOURCES tst_revisionnaming.cpp LABELS engine
                LIBS ${RETORT_WRITER_TEST_LIBS})
retort_add_test(NAME tst_revisionwriter SOURCES tst_revisionwriter.cpp writertestutil.h LABELS engine
                LIBS ${RETORT_WRITER_TEST_LIBS})
retort_add_test(NAME tst_revisionwriterrules SOURCES tst_revisionwriterrules.cpp writertestutil.h LABELS engine
                LIBS ${RETORT_WRITER_TEST_LIBS})
# The CLI commands, once the lead has declared them in src/cli/commands/command.h.
file(READ "${PROJECT_SOURCE_DIR}/src/cli/commands/command.h" retort_cli_commands_h)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/cli/commands/command.h")
if(TARGET retort AND retort_cli_commands_h MATCHES "mergeCommand")
    retort_add_test(NAME tst_filecommands SOURCES tst_filecommands.cpp writertestutil.h LABELS cli
                    LIBS ${RETORT_WRITER_TEST_LIBS})
    add_dependencies(tst_filecommands retort)
endif()
