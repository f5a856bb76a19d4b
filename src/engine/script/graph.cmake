# retort_revisions: RevisionMap, identifier grammar, topological sort, plans, head maintenance
# (owner: graph). Included from script/CMakeLists.txt.
retort_engine_module(revisions
    revisionset.h
    revisionmap.h revisionmap.cpp revisionmapbuilder.cpp
    revisionerror.h revisionerror.cpp
    revisionresolver.h revisionresolver.cpp revisionresolvertargets.cpp
    topologicalsort.h topologicalsort.cpp
    historyorder.h historyorder.cpp
    headmaintenance.h headmaintenance.cpp
    migrationplan.h migrationplan.cpp migrationplansafe.cpp migrationplanhistory.cpp
)
# Usage requirements come from retort_engine_base; consumers link retort_core themselves.
