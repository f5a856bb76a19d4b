#pragma once

// The revision graph view, the details panel and the SQL preview panel the main window docks.
#include "graphview.h"
#include "revisiondetailspanel.h"
#include "sqlpreviewpanel.h"
