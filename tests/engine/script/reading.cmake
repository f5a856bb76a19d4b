# Revision header reader (golden files + Alembic oracle) and the script directory scan.
retort_add_test(NAME tst_revisionheader SOURCES tst_revisionheader.cpp LABELS engine
                LIBS retort_script retort_tokenizer retort_core)
retort_add_test(NAME tst_scriptdirectory SOURCES tst_scriptdirectory.cpp LABELS engine
                LIBS retort_script retort_tokenizer retort_core)
retort_add_test(NAME tst_headercache SOURCES tst_headercache.cpp LABELS engine
                LIBS retort_script retort_tokenizer retort_core)
