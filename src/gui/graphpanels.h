#pragma once

// The graph view, the details panel and the SQL preview panel (written by gui-graph). Until their
// files are part of the build, stand-ins with the same interface are used (graphplaceholder.h).
#if RETORT_HAVE_GRAPH
#include "graphview.h"
#include "revisiondetailspanel.h"
#include "sqlpreviewpanel.h"
#else
#include "graphplaceholder.h"
#endif
