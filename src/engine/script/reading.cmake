# retort_script: revision script headers and the script directory scan (owner: script).
# Included from script/CMakeLists.txt. Uses retort_tokenizer (link both).
retort_engine_module(script
    headervalue.h headervalue.cpp
    revisionheader.h revisionheader.cpp revisionfile.cpp
    scriptdirectory.h scriptdirectory.cpp
    headercache.h headercache.cpp
)
