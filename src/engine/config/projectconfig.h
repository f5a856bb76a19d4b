#pragma once

#include "config/inifile.h"
#include "config/pyprojectconfig.h"
#include "core/result.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

// What the command line / GUI says about where the configuration is.
struct ConfigOptions {
    QStringList configFiles;                 // the -c values, 0..2
    QString section = QStringLiteral("alembic");  // -n
    QString workingDir = QDir::currentPath(); // what Alembic calls the CWD
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();  // ALEMBIC_CONFIG
    // false: load() does not require script_location to exist on disk (for `init`-like uses).
    bool requireScriptLocation = true;
};

// One post-write hook: [post_write_hooks] "hooks = a, b" + "a.type = ..." in the ini, or a
// [[tool.alembic.post_write_hooks]] table. options holds the hook's keys without the "name."
// prefix (type, entrypoint, module, executable, options, cwd ...).
struct PostWriteHook {
    QString name;
    QList<std::pair<QString, QString>> options;
    QString option(const QString &key) const;
};

// A project's Alembic configuration, found and read exactly like Alembic 1.19 does: alembic.ini
// (configparser semantics, section [alembic] or -n NAME) plus pyproject.toml [tool.alembic];
// a key in the ini's main section wins over the TOML. load() performs what
// ScriptDirectory.from_config() checks, in the same order, so its errors are Alembic's.
// Immutable after load(); safe to read from several threads.
class ProjectConfig {
public:
    ProjectConfig() = default;

    static Result<ProjectConfig> load(const ConfigOptions &options);

    // For the GUI: the config file that makes dir an Alembic project: <dir>/alembic.ini, else
    // <dir>/pyproject.toml when it has a [tool.alembic] table.
    static Result<QString> findProjectConfig(const QString &dir);

    // --- resolved values (computed by load()) ---
    QString scriptLocation() const { return m_scriptLocation; }          // absolute
    QString scriptLocationConfigured() const { return m_scriptLocationRaw; }  // as configured
    QStringList versionLocations() const { return m_versionLocations; }  // absolute
    bool hasExplicitVersionLocations() const { return m_explicitVersionLocations; }
    QStringList prependSysPath() const { return m_prependSysPath; }    // as configured
    bool recursiveVersionLocations() const { return m_recursive; }
    bool sourceless() const { return m_sourceless; }
    QString fileTemplate() const { return m_fileTemplate; }
    int truncateSlugLength() const { return m_truncateSlugLength; }
    QString timezone() const { return m_timezone; }                      // empty: local time
    QString outputEncoding() const { return m_outputEncoding; }
    QList<PostWriteHook> postWriteHooks() const { return m_hooks; }
    // util.asbool(revision_environment): true/yes/on/y/t/1 (and TOML true); other texts are errors.
    Result<bool> revisionEnvironment() const;

    // sqlalchemy.url of the ini's main section, interpolated (empty when absent). Never from TOML.
    Result<QString> sqlalchemyUrl() const;

    // get_alembic_option: the ini main section (defaults included), else [tool.alembic].
    // TOML arrays come back joined with "\n". Missing -> fallback.
    Result<QString> mainOption(const QString &key, const QString &fallback = {}) const;
    bool hasMainOption(const QString &key) const;
    // get_section_option on the ini only. A missing section is Alembic's
    // "No config file 'alembic.ini' found, or file has no '[x]' section".
    Result<QString> sectionOption(const QString &section, const QString &key,
                                  const QString &fallback = {}) const;
    // The same error for the main section (what env.py's get_main_option would raise).
    Result<void> requireMainSection() const;

    QString iniPath() const { return m_iniRead ? m_iniAbsolute : QString(); }  // empty if none read
    QString iniName() const { return m_iniName; }       // as given (-c, ALEMBIC_CONFIG, "alembic.ini")
    QString tomlPath() const { return m_tomlRead ? m_tomlAbsolute : QString(); }
    QString projectDir() const;
    QString workingDir() const { return m_workingDir; }
    QString section() const { return m_section; }
    const IniFile &ini() const { return m_ini; }
    const PyprojectConfig &pyproject() const { return m_toml; }

    // Splits a configured path list like Alembic 1.16+ (exposed for tests and tools).
    // separator: the path_separator value or nullopt for the legacy split.
    static Result<QStringList> splitPathList(const QString &value, const std::optional<QString> &separator,
                                             const QString &separatorKey, bool legacySplitOnColon);

private:
    Result<std::optional<QString>> alembicOption(const QString &key) const;
    Result<bool> alembicBoolean(const QString &key) const;
    Result<std::optional<QStringList>> pathList(const QString &key, const QStringList &separatorKeys,
                                                bool legacySplitOnColon) const;
    Result<QString> coerceResourceToFilename(const QString &location) const;
    Result<void> resolve(bool requireScriptLocation);
    Result<QList<PostWriteHook>> readHooks() const;

    IniFile m_ini;
    PyprojectConfig m_toml;
    bool m_iniRead = false;
    bool m_tomlRead = false;
    QString m_iniName;
    QString m_iniAbsolute;
    QString m_tomlAbsolute;
    QString m_section = QStringLiteral("alembic");
    QString m_workingDir;

    QString m_scriptLocation;
    QString m_scriptLocationRaw;
    QStringList m_versionLocations;
    bool m_explicitVersionLocations = false;
    QStringList m_prependSysPath;
    bool m_recursive = false;
    bool m_sourceless = false;
    QString m_fileTemplate = QStringLiteral("%(rev)s_%(slug)s");
    int m_truncateSlugLength = 40;
    QString m_timezone;
    QString m_outputEncoding = QStringLiteral("utf-8");
    QList<PostWriteHook> m_hooks;
};

} // namespace retort
