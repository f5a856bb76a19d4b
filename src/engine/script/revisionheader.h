#pragma once

#include "core/result.h"
#include "script/revision.h"

#include <QString>
#include <QStringView>

namespace retort {

// Reads the header of one revision script without running it (reference §1.1, §6.2): the module
// docstring (Revision::longDoc / doc / createDate), the top-level plain or annotated assignments of
// `revision`, `down_revision`, `branch_labels`, `depends_on` (None, a string, a tuple/list/set of
// strings; the later assignment wins, as in Python) and the lines of the top-level
// `def upgrade` / `def downgrade`. Anything Alembic would have to execute to know (a name, a call,
// an f-string, an import) becomes an Error Diagnostic at file:line in Revision::diagnostics; so do
// syntax errors of the tokenizer, a missing `revision` (after Alembic's legacy file-name fallback),
// a missing `down_revision` and ids with characters Alembic forbids. A Revision with Error
// diagnostics must not be trusted (its ids may be empty).
//
// Pure functions: safe to call from any number of threads at once.

// `source` is the decoded file text; `path` is stored in Revision::path and used in diagnostics and
// for the file-name fallback.
Revision readRevisionSource(const QString &source, const QString &path);

// Reads the file as UTF-8 (a BOM is tolerated; a PEP 263 coding cookie for latin-1 is honoured).
Revision readRevisionFile(const QString &path);

// The decoded text of a Python file, read the same way (for running it); an Io error naming the
// file when it cannot be read or decoded.
Result<QString> readPythonSource(const QString &path);

// Alembic's Script.longdoc (the docstring stripped like Python's str.strip()) and Script.doc
// (re.split("\n\n", longdoc)[0]).
QString pythonStrip(QStringView text);
QString firstParagraph(const QString &longDoc);

// The message of the diagnostic for a header value Retort cannot read statically.
QString notLiteralMessage(QStringView variable);

} // namespace retort
