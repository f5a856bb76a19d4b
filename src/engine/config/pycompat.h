#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

// Small re-implementations of the Python behaviours Alembic's configuration depends on
// (repr of a str, pathlib's path normalisation, str % mapping, int(), percent-decoding).
// Pure functions; thread-safe.
namespace retort::pycompat {

// repr(str): single quotes unless the text holds ' and no ", with Python's escapes.
QString repr(const QString &text);

// str(pathlib.PurePosixPath(p)): collapses "//" and "/./", drops a trailing "/" and leading "./";
// keeps ".." (pathlib does not resolve it). "" becomes ".".
QString pathlibNormalize(const QString &path);

// str(pathlib.Path(p).absolute()) with workingDir as the CWD.
QString pathlibAbsolute(const QString &path, const QString &workingDir);

// str(pathlib.Path(p).parent).
QString pathlibParent(const QString &path);

// value % mapping (Python's printf-style formatting with a dict), as Alembic applies it to
// pyproject.toml strings: "%%" -> "%", "%(key)s" -> mapping[key]. Other conversions are errors
// with Python's texts (KeyError, ValueError).
Result<QString> percentFormat(const QString &value, const QHash<QString, QString> &mapping);

// int(text) for a str: optional whitespace and sign, digits with single underscores between.
// Error text: invalid literal for int() with base 10: '<text>'
Result<qint64> parseInt(const QString &text);

// urllib.parse.unquote: %XX sequences decoded as UTF-8 (invalid bytes replaced), malformed
// escapes left as they are.
QString unquote(const QString &text);

// urllib.parse.quote_plus(text, safe=""): unreserved characters kept, space as '+'.
QString quotePlus(const QString &text);

} // namespace retort::pycompat
