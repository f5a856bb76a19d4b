#pragma once

#include "core/diagnostic.h"
#include "core/result.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <optional>
#include <utility>

namespace retort {

// A project's .env file, read the way python-dotenv reads it: KEY=VALUE lines, an optional
// "export " prefix, '#' comment lines and " #" trailing comments after unquoted values, blank
// lines, 'single-quoted' (literal) and "double-quoted" (\n \t \" \\ escapes, may span lines)
// values, and ${NAME} / ${NAME:-default} expansion in unquoted and double-quoted values
// (the process environment first, then keys defined earlier in the file).
// Lines that are not statements are skipped with a warning diagnostic, never fatal.
// Plain value type; thread-safe to copy.
class DotEnv {
public:
    DotEnv() = default;

    static Result<DotEnv> load(const QString &path,
                               const QProcessEnvironment &environment = QProcessEnvironment());
    static DotEnv parse(const QString &text, const QString &fileName = {},
                        const QProcessEnvironment &environment = QProcessEnvironment());

    QString fileName() const { return m_fileName; }
    const QList<std::pair<QString, QString>> &values() const { return m_values; }
    bool contains(const QString &key) const;
    std::optional<QString> value(const QString &key) const;   // the last definition wins
    int line(const QString &key) const;                       // line of the last definition
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    QString m_fileName;
    QList<std::pair<QString, QString>> m_values;
    QList<int> m_lines;
    Diagnostics m_diagnostics;
};

} // namespace retort
