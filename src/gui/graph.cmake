# Revision graph view, revision details and SQL preview panels, and the QScintilla editors they
# use (owned by the graph/panels work; included from src/gui/CMakeLists.txt).
set(_retort_graph_dir "${CMAKE_CURRENT_LIST_DIR}")
target_sources(retort_gui PRIVATE
    ${_retort_graph_dir}/graphdata.h ${_retort_graph_dir}/graphdata.cpp
    ${_retort_graph_dir}/graphscene.h ${_retort_graph_dir}/graphscene.cpp
    ${_retort_graph_dir}/graphitems.h ${_retort_graph_dir}/graphitems.cpp
    ${_retort_graph_dir}/graphcanvas.h ${_retort_graph_dir}/graphcanvas.cpp
    ${_retort_graph_dir}/graphview.h ${_retort_graph_dir}/graphview.cpp ${_retort_graph_dir}/graphviewexport.cpp
    ${_retort_graph_dir}/qsciincludes.h ${_retort_graph_dir}/codeeditor.h ${_retort_graph_dir}/codeeditor.cpp
    ${_retort_graph_dir}/pythoneditor.h ${_retort_graph_dir}/pythoneditor.cpp
    ${_retort_graph_dir}/sqleditor.h ${_retort_graph_dir}/sqleditor.cpp
    ${_retort_graph_dir}/revisiondetailspanel.h ${_retort_graph_dir}/revisiondetailspanel.cpp
    ${_retort_graph_dir}/sqlpreviewjob.h ${_retort_graph_dir}/sqlpreviewjob.cpp
    ${_retort_graph_dir}/sqlpreviewpanel.h ${_retort_graph_dir}/sqlpreviewpanel.cpp
)
# QtConcurrent runs the layout of big projects, the scripts' static check and the SQL preview.
target_link_libraries(retort_gui PUBLIC Qt6::Concurrent Qt6::Svg)
