# Tests of the Python tokenizer (differential against /usr/bin/python3 -m tokenize).
retort_add_test(NAME tst_tokenizer SOURCES tst_tokenizer.cpp LABELS engine
                LIBS retort_tokenizer retort_core)
