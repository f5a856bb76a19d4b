#pragma once

#include <QList>
#include <QString>

namespace retort {

// A problem found in a project file (a revision script, alembic.ini ...), kept with the file and
// line so every front end can point at it. Plain value type; thread-safe to copy.
struct Diagnostic {
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;      // 1-based; 0 = the whole file
    int column = 0;    // 1-based; 0 = unknown
    QString message;

    // "file:line:column: error: message", the format compilers use.
    QString toString() const;
    static QString severityName(Severity severity);
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace retort
