#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace retort {

// An ini file read with the semantics of Python's configparser.ConfigParser as Alembic uses it:
// strict mode (duplicate sections/options are errors), '=' and ':' delimiters, option names
// lowercased, values stripped, indented continuation lines joined with "\n", full-line '#'/';'
// comments only (an inline "# ..." stays part of the value), a [DEFAULT] section whose options
// every section sees, and BasicInterpolation ("%(name)s", "%%") applied when a value is read.
// Errors carry the file (as given) and the 1-based line.
// Immutable after load(); safe to read from several threads.
class IniFile {
public:
    struct Option {
        QString name;   // lowercased
        QString raw;    // as stored by configparser: stripped, continuation lines joined
        int line = 0;   // line of the "key = value" line; 0 for constructor defaults
    };
    using Items = QList<std::pair<QString, QString>>;

    static constexpr int MaxInterpolationDepth = 10;
    static QString defaultSectionName() { return QStringLiteral("DEFAULT"); }

    IniFile() = default;

    // Reads and parses a file. fileName is kept as given for messages. defaults are the
    // ConfigParser(defaults) mapping (Alembic passes {"here": <dir of the ini>}); the file's own
    // [DEFAULT] options override them.
    static Result<IniFile> load(const QString &fileName, const QHash<QString, QString> &defaults = {});
    static Result<IniFile> parse(const QString &text, const QString &fileName,
                                 const QHash<QString, QString> &defaults = {});

    QString fileName() const { return m_fileName; }

    // Section names in file order, without DEFAULT (configparser's sections()).
    QStringList sections() const;
    bool hasSection(const QString &section) const;
    // configparser has_option(): a section's own options plus the defaults; false when the
    // section does not exist (DEFAULT itself: the defaults).
    bool hasOption(const QString &section, const QString &option) const;
    // configparser options(): the section's own names, then defaults not overridden.
    QStringList options(const QString &section) const;
    // The section's own options only (no defaults), in file order.
    QList<Option> ownOptions(const QString &section) const;
    QList<Option> defaults() const { return m_defaults; }

    // Raw (uninterpolated) value, looked up like get(raw=True): section first, then defaults.
    std::optional<QString> rawValue(const QString &section, const QString &option) const;
    // Line of the option as found (section first, then defaults); 0 if unknown.
    int line(const QString &section, const QString &option) const;

    // get(section, option): interpolated. Missing section/option are errors with
    // configparser's texts ("No section: 'x'", "No option 'y' in section: 'x'").
    Result<QString> value(const QString &section, const QString &option) const;
    // get() with a fallback for a missing section or option; interpolation errors still fail.
    Result<QString> value(const QString &section, const QString &option, const QString &fallback) const;
    // items(section): defaults first, then the section's own options, all interpolated.
    Result<Items> items(const QString &section) const;

private:
    struct Section {
        QString name;
        QList<Option> options;
    };
    const Section *findSection(const QString &name) const;
    const Option *findOption(const QString &section, const QString &option) const;
    Result<void> interpolate(const QString &section, const QString &option, const QString &rawValue,
                             QString rest, QString &out, int depth) const;

    QString m_fileName;
    QList<Option> m_defaults;
    QList<Section> m_sections;
};

} // namespace retort
