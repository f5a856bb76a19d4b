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
