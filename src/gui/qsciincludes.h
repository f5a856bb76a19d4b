#pragma once

// QScintilla's headers use the `signals`/`slots` keywords, which the project turns off
// (QT_NO_KEYWORDS). Include QScintilla through this file only.
#ifdef QT_NO_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define RETORT_QSCI_RESTORE_KEYWORDS
#endif

#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#ifdef RETORT_QSCI_RESTORE_KEYWORDS
#undef signals
#undef slots
#undef RETORT_QSCI_RESTORE_KEYWORDS
#endif
