# retort_scriptwriter: new revision files for `revision` / `merge` (owner: files): the
# script.py.mako renderer, file naming, post-write hooks and the writer itself.
# Included from script/CMakeLists.txt. Uses retort_script, retort_revisions, retort_config.
retort_engine_module(scriptwriter
    templatevalue.h templatevalue.cpp
    makoexpression.h makoexpressionnode.h makoexpression.cpp makoexpressionparser.cpp
    makotemplate.h makotemplate.cpp
    revisionnaming.h revisionnaming.cpp
    postwritehookrunner.h postwritehookrunner.cpp
    revisionwriter.h revisionwriter.cpp
)
