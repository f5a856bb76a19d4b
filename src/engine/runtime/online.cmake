# The online migrator (helper "online"): live execution, reflection for batch mode, run lock,
# snapshots, journal. Included from runtime/CMakeLists.txt.
target_sources(retort_runtime PRIVATE
    onlinecontext.h onlinecontext.cpp
    sqlitereflection.h sqlitereflection.cpp
    postgresqlreflection.h postgresqlreflection.cpp
    runlock.h runlock.cpp
    snapshot.h snapshot.cpp
    journal.h journal.cpp
    migrator.h migrator.cpp
)
