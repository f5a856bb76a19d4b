#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace retort {

// The [tool.alembic] table of a pyproject.toml (Alembic 1.16+), read with toml++. Values keep
// their TOML types; strings are interpolated like Alembic does (value % {"here": <dir of the
// TOML>}, so "%(here)s" and "%%") when they are read, so a bad value only fails the key that
// uses it. Boolean keys must be TOML booleans.
// Immutable after load(); safe to read from several threads.
class PyprojectConfig {
public:
    enum class Kind { String, Integer, Boolean, Array, Table, ArrayOfTables, Unsupported };
    using Pairs = QList<std::pair<QString, QString>>;

    PyprojectConfig() = default;

    // Parses the file (path as given; relative paths against workingDir). TOML syntax errors
    // carry file:line. A file without [tool.alembic] is fine (empty config).
    static Result<PyprojectConfig> load(const QString &path, const QString &workingDir);
    static Result<PyprojectConfig> parse(const QString &text, const QString &fileName, const QString &here);

    QString fileName() const { return m_fileName; }
    QString here() const { return m_here; }
    bool hasAlembicTable() const { return m_hasTable; }
    QStringList keys() const { return m_order; }
    bool contains(const QString &key) const { return m_values.contains(key); }
    std::optional<Kind> kind(const QString &key) const;
    int line(const QString &key) const;

    // A scalar value: strings interpolated, integers in decimal, booleans "true"/"false"
    // (Alembic hands the Python value on). Missing -> nullopt. Arrays/tables are errors here.
    Result<std::optional<QString>> string(const QString &key) const;
    // An array of strings, each interpolated. Missing -> nullopt.
    Result<std::optional<QStringList>> stringList(const QString &key) const;
    // get_alembic_boolean_option for the TOML side: missing -> false; anything but a TOML
    // boolean -> "boolean value expected for TOML parameter '<key>'".
    Result<bool> boolean(const QString &key) const;
    // An array of tables ([[tool.alembic.post_write_hooks]]), every value interpolated.
    Result<QList<Pairs>> tables(const QString &key) const;

private:
    struct Value {
        Kind kind = Kind::Unsupported;
        QString text;          // String; Integer/Boolean rendered
        bool boolean = false;
        QStringList list;      // Array (only string items; see nonString)
        bool nonString = false;
        QList<Pairs> tables;   // ArrayOfTables (string values), Table (one entry)
        int line = 0;
    };
    Result<QString> interpolate(const QString &key, const QString &text) const;

    QString m_fileName;
    QString m_here;
    bool m_hasTable = false;
    QStringList m_order;
    QHash<QString, Value> m_values;
};

} // namespace retort
