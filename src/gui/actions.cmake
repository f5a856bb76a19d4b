# Migration actions: upgrade/downgrade/stamp with a plan dialog, the migration runner thread, the
# journal dock, new revision and merge dialogs (included from src/gui/CMakeLists.txt).
set(_retort_actions_dir "${CMAKE_CURRENT_LIST_DIR}")
target_sources(retort_gui PRIVATE
    ${_retort_actions_dir}/migrationactions.h ${_retort_actions_dir}/migrationactions.cpp
    ${_retort_actions_dir}/migrationactionswrite.cpp
    ${_retort_actions_dir}/migrationrunner.h ${_retort_actions_dir}/migrationrunner.cpp
    ${_retort_actions_dir}/plandialog.h ${_retort_actions_dir}/plandialog.cpp
    ${_retort_actions_dir}/journalmodel.h ${_retort_actions_dir}/journalmodel.cpp
    ${_retort_actions_dir}/journalpanel.h ${_retort_actions_dir}/journalpanel.cpp
    ${_retort_actions_dir}/revisiondraft.h ${_retort_actions_dir}/revisiondraft.cpp
    ${_retort_actions_dir}/revisiondialog.h ${_retort_actions_dir}/revisiondialog.cpp
    ${_retort_actions_dir}/newrevisiondialog.h ${_retort_actions_dir}/newrevisiondialog.cpp
    ${_retort_actions_dir}/mergedialog.h ${_retort_actions_dir}/mergedialog.cpp
    "${PROJECT_SOURCE_DIR}/ui/plandialog.ui"
)
