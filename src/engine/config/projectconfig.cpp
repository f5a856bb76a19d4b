#include "config/projectconfig.h"

#include "config/pycompat.h"

#include <QFileInfo>

namespace retort {

namespace {

const QString kPyproject = QStringLiteral("pyproject.toml");

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// CommandLine._inis_from_config(): which ini and which TOML Alembic would read.
Result<std::pair<QString, QString>> chooseFiles(const ConfigOptions &options)
{
    const QString env = options.environment.value(QStringLiteral("ALEMBIC_CONFIG"));
    QString defaultToml = kPyproject;
    QString defaultIni = QStringLiteral("alembic.ini");
    if (!env.isEmpty() && baseName(env) == kPyproject)
        defaultToml = env;
    else if (!env.isEmpty())
        defaultIni = env;
    if (options.configFiles.isEmpty())
        return std::pair{defaultToml, defaultIni};

    std::optional<QString> toml;
    std::optional<QString> ini;
    for (const QString &name : options.configFiles) {
        if (baseName(name) == kPyproject) {
            if (toml)
                return makeError(ErrorCode::Command, QStringLiteral("pyproject.toml indicated more than once"));
            toml = name;
        } else {
            if (ini)
                return makeError(ErrorCode::Command, QStringLiteral("only one ini file may be indicated"));
            ini = name;
        }
    }
    return std::pair{toml.value_or(defaultToml), ini.value_or(defaultIni)};
}

} // namespace

QString PostWriteHook::option(const QString &key) const
{
    for (const auto &[k, v] : options)
        if (k == key)
            return v;
    return {};
}

Result<ProjectConfig> ProjectConfig::load(const ConfigOptions &options)
{
    ProjectConfig cfg;
    cfg.m_workingDir = pycompat::pathlibNormalize(
        options.workingDir.isEmpty() ? QDir::currentPath() : QDir(options.workingDir).absolutePath());
    cfg.m_section = options.section.isEmpty() ? QStringLiteral("alembic") : options.section;

    auto files = chooseFiles(options);
    if (!files)
        return files.error();
    const auto &[tomlName, iniName] = files.value();

    cfg.m_iniName = iniName;
    cfg.m_iniAbsolute = pycompat::pathlibAbsolute(iniName, cfg.m_workingDir);
    const QFileInfo iniInfo(cfg.m_iniAbsolute);
    QHash<QString, QString> defaults;
    defaults.insert(QStringLiteral("here"), pycompat::pathlibParent(cfg.m_iniAbsolute));
    // configparser.read() silently skips files it cannot open.
    if (iniInfo.isFile() && iniInfo.isReadable()) {
        Result<IniFile> ini = IniFile::load(cfg.m_iniAbsolute, defaults);
        if (!ini) {
            Error e = ini.error();
            e.file = cfg.m_iniAbsolute;
            return e;
        }
        cfg.m_ini = ini.value();
        cfg.m_iniRead = true;
    } else {
        Result<IniFile> empty = IniFile::parse(QString(), cfg.m_iniAbsolute, defaults);
        cfg.m_ini = empty.value();
    }

    cfg.m_tomlAbsolute = pycompat::pathlibAbsolute(tomlName, cfg.m_workingDir);
    if (QFileInfo::exists(cfg.m_tomlAbsolute)) {
        Result<PyprojectConfig> toml = PyprojectConfig::load(cfg.m_tomlAbsolute, cfg.m_workingDir);
        if (!toml)
            return toml.error();
        cfg.m_toml = toml.value();
        cfg.m_tomlRead = true;
    }

    Result<void> resolved = cfg.resolve(options.requireScriptLocation);
    if (!resolved)
        return resolved.error();
    return cfg;
}

Result<std::optional<QString>> ProjectConfig::alembicOption(const QString &key) const
{
    if (m_ini.hasSection(m_section) && m_ini.hasOption(m_section, key)) {
        Result<QString> v = m_ini.value(m_section, key);
        if (!v)
            return v.error();
        return std::optional<QString>(v.value());
    }
    if (m_toml.kind(key) == PyprojectConfig::Kind::Array) {
        Result<std::optional<QStringList>> list = m_toml.stringList(key);
        if (!list)
            return list.error();
        return std::optional<QString>(list.value()->join(QLatin1Char('\n')));
    }
    return m_toml.string(key);
}

Result<bool> ProjectConfig::alembicBoolean(const QString &key) const
{
    if (m_ini.hasSection(m_section) && m_ini.hasOption(m_section, key)) {
        Result<QString> v = m_ini.value(m_section, key);
        if (!v)
            return v.error();
        return v.value() == QLatin1String("true");
    }
    return m_toml.boolean(key);
}

Result<void> ProjectConfig::resolve(bool requireScriptLocation)
{
    // Same order as ScriptDirectory.from_config(), so the first error is Alembic's.
    Result<std::optional<QString>> location = alembicOption(QStringLiteral("script_location"));
    if (!location)
        return location.error();
    if (!location.value())
        return makeError(ErrorCode::Command, QStringLiteral("No 'script_location' key found in configuration."));
    m_scriptLocationRaw = *location.value();

    Result<std::optional<QString>> tsl = alembicOption(QStringLiteral("truncate_slug_length"));
    if (!tsl)
        return tsl.error();
    if (tsl.value()) {
        Result<qint64> n = pycompat::parseInt(*tsl.value());
        if (!n) {
            Error e = n.error();
            e.message = QStringLiteral("ValueError: ") + e.message + QStringLiteral(" (truncate_slug_length)");
            e.file = m_ini.hasOption(m_section, QStringLiteral("truncate_slug_length")) ? m_iniAbsolute : m_tomlAbsolute;
            e.line = m_ini.hasOption(m_section, QStringLiteral("truncate_slug_length"))
                         ? m_ini.line(m_section, QStringLiteral("truncate_slug_length"))
                         : m_toml.line(QStringLiteral("truncate_slug_length"));
            return e;
        }
        m_truncateSlugLength = n.value() ? int(n.value()) : 40;
    }

    Result<std::optional<QStringList>> prepend =
        pathList(QStringLiteral("prepend_sys_path"), {QStringLiteral("path_separator")}, true);
    if (!prepend)
        return prepend.error();
    m_prependSysPath = prepend.value().value_or(QStringList());

    Result<bool> recursive = alembicBoolean(QStringLiteral("recursive_version_locations"));
    if (!recursive)
        return recursive.error();
    m_recursive = recursive.value();

    Result<QString> scriptDir = coerceResourceToFilename(m_scriptLocationRaw);
    if (!scriptDir)
        return scriptDir.error();

    Result<std::optional<QString>> tmpl = alembicOption(QStringLiteral("file_template"));
    if (!tmpl)
        return tmpl.error();
    if (tmpl.value())
        m_fileTemplate = *tmpl.value();

    Result<bool> sourceless = alembicBoolean(QStringLiteral("sourceless"));
    if (!sourceless)
        return sourceless.error();
    m_sourceless = sourceless.value();

    Result<std::optional<QString>> enc = alembicOption(QStringLiteral("output_encoding"));
    if (!enc)
        return enc.error();
    if (enc.value())
        m_outputEncoding = *enc.value();

    Result<std::optional<QStringList>> versions = pathList(
        QStringLiteral("version_locations"),
        {QStringLiteral("path_separator"), QStringLiteral("version_path_separator")}, false);
    if (!versions)
        return versions.error();

    Result<std::optional<QString>> tz = alembicOption(QStringLiteral("timezone"));
    if (!tz)
        return tz.error();
    m_timezone = tz.value().value_or(QString());

    Result<QList<PostWriteHook>> hooks = readHooks();
    if (!hooks)
        return hooks.error();
    m_hooks = hooks.value();

    m_scriptLocation = pycompat::pathlibAbsolute(scriptDir.value(), m_workingDir);
    if (requireScriptLocation && !QFileInfo::exists(m_scriptLocation)) {
        return makeError(ErrorCode::Command,
                         QStringLiteral("Path doesn't exist: %1.  Please use the 'init' command to create a new "
                                        "scripts folder.")
                             .arg(scriptDir.value()));
    }

    m_versionLocations.clear();
    m_explicitVersionLocations = versions.value().has_value() && !versions.value()->isEmpty();
    if (m_explicitVersionLocations) {
        for (const QString &loc : *versions.value()) {
            Result<QString> path = coerceResourceToFilename(loc);
            if (!path)
                return path.error();
            m_versionLocations << pycompat::pathlibAbsolute(path.value(), m_workingDir);
        }
    } else {
        m_versionLocations << pycompat::pathlibAbsolute(scriptDir.value() + QStringLiteral("/versions"),
                                                        m_workingDir);
    }
    return {};
}

Result<bool> ProjectConfig::revisionEnvironment() const
{
    Result<std::optional<QString>> v = alembicOption(QStringLiteral("revision_environment"));
    if (!v)
        return v.error();
    if (!v.value())
        return false;
    const QString s = v.value()->trimmed().toLower();
    static const QStringList truthy = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
                                       QStringLiteral("y"), QStringLiteral("t"), QStringLiteral("1")};
    static const QStringList falsy = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"),
                                      QStringLiteral("n"), QStringLiteral("f"), QStringLiteral("0")};
    if (truthy.contains(s))
        return true;
    if (falsy.contains(s))
        return false;
    const bool fromIni = m_ini.hasSection(m_section) && m_ini.hasOption(m_section, QStringLiteral("revision_environment"));
    return makeError(ErrorCode::Config,
                     QStringLiteral("ValueError: String is not true/false: %1").arg(pycompat::repr(s)),
                     fromIni ? m_iniAbsolute : m_tomlAbsolute,
                     fromIni ? m_ini.line(m_section, QStringLiteral("revision_environment"))
                             : m_toml.line(QStringLiteral("revision_environment")));
}

Result<QString> ProjectConfig::sqlalchemyUrl() const
{
    if (!m_ini.hasSection(m_section))
        return QString();
    return m_ini.value(m_section, QStringLiteral("sqlalchemy.url"), QString());
}

Result<QString> ProjectConfig::mainOption(const QString &key, const QString &fallback) const
{
    Result<std::optional<QString>> v = alembicOption(key);
    if (!v)
        return v.error();
    return v.value().value_or(fallback);
}

bool ProjectConfig::hasMainOption(const QString &key) const
{
    return (m_ini.hasSection(m_section) && m_ini.hasOption(m_section, key)) || m_toml.contains(key);
}

Result<void> ProjectConfig::requireMainSection() const
{
    if (!m_ini.hasSection(m_section))
        return makeError(ErrorCode::Command,
                         QStringLiteral("No config file %1 found, or file has no '[%2]' section")
                             .arg(pycompat::repr(m_iniName), m_section));
    return {};
}

Result<QString> ProjectConfig::sectionOption(const QString &section, const QString &key,
                                             const QString &fallback) const
{
    if (!m_ini.hasSection(section))
        return makeError(ErrorCode::Command,
                         QStringLiteral("No config file %1 found, or file has no '[%2]' section")
                             .arg(pycompat::repr(m_iniName), section));
    return m_ini.value(section, key, fallback);
}

QString ProjectConfig::projectDir() const
{
    if (m_iniRead)
        return pycompat::pathlibParent(m_iniAbsolute);
    if (m_tomlRead)
        return pycompat::pathlibParent(m_tomlAbsolute);
    return m_workingDir;
}

Result<QString> ProjectConfig::findProjectConfig(const QString &dir)
{
    const QDir d(dir);
    const QString ini = d.absoluteFilePath(QStringLiteral("alembic.ini"));
    if (QFileInfo(ini).isFile())
        return ini;
    const QString toml = d.absoluteFilePath(kPyproject);
    if (QFileInfo(toml).isFile()) {
        Result<PyprojectConfig> cfg = PyprojectConfig::load(toml, d.absolutePath());
        if (!cfg)
            return cfg.error();
        if (cfg->hasAlembicTable())
            return toml;
    }
    return makeError(ErrorCode::Config,
                     QStringLiteral("%1 is not an Alembic project: it has no alembic.ini and no pyproject.toml "
                                    "with a [tool.alembic] table")
                         .arg(d.absolutePath()));
}

} // namespace retort
