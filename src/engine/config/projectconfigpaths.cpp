// ProjectConfig: path lists (path_separator), package:resource locations, post-write hooks.
#include "config/projectconfig.h"

#include "config/pycompat.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace retort {

Result<QStringList> ProjectConfig::splitPathList(const QString &value, const std::optional<QString> &separator,
                                                 const QString &separatorKey, bool legacySplitOnColon)
{
    if (!separator) {
        // legacy behaviour: re.split(r", *|(?: +)") (and "|\:" for prepend_sys_path); empty parts kept
        static const QRegularExpression legacy(QStringLiteral(", *|(?: +)"));
        static const QRegularExpression legacyColon(QStringLiteral(", *|(?: +)|\\:"));
        return value.split(legacySplitOnColon ? legacyColon : legacy);
    }
    QString sep;
    if (*separator == QLatin1String("space"))
        sep = QStringLiteral(" ");
    else if (*separator == QLatin1String("newline"))
        sep = QStringLiteral("\n");
    else if (*separator == QLatin1String("os") || *separator == QLatin1String(":"))
        sep = QStringLiteral(":");   // os.pathsep on POSIX
    else if (*separator == QLatin1String(";"))
        sep = QStringLiteral(";");
    else
        return makeError(ErrorCode::Config,
                         QStringLiteral("'%1' is not a valid value for %2; expected 'space', 'newline', 'os', ':', ';'")
                             .arg(*separator, separatorKey));
    QStringList out;
    for (const QString &part : value.split(sep))
        if (!part.isEmpty())
            out << part.trimmed();
    return out;
}

Result<std::optional<QStringList>> ProjectConfig::pathList(const QString &key, const QStringList &separatorKeys,
                                                           bool legacySplitOnColon) const
{
    // get_version_locations_list() / get_prepend_sys_paths_list()
    Result<QString> text = m_ini.hasSection(m_section) ? m_ini.value(m_section, key, QString()) : Result<QString>(QString());
    if (!text)
        return text.error();
    if (text.value().isEmpty())
        return m_toml.stringList(key);

    std::optional<QString> separator;
    QString separatorKey;
    for (const QString &name : separatorKeys) {
        if (m_ini.hasOption(m_section, name)) {
            Result<QString> v = m_ini.value(m_section, name);
            if (!v)
                return v.error();
            separator = v.value();
            separatorKey = name;
            break;
        }
    }
    Result<QStringList> parts = splitPathList(text.value(), separator, separatorKey, legacySplitOnColon);
    if (!parts) {
        Error e = parts.error();
        e.file = m_iniAbsolute;
        e.line = m_ini.line(m_section, separatorKey);
        return e;
    }
    return std::optional<QStringList>(parts.value());
}

Result<QString> ProjectConfig::coerceResourceToFilename(const QString &location) const
{
    // util.coerce_resource_to_filename(): "package:resource" when relative and holding a colon.
    if (location.startsWith(QLatin1Char('/')) || !location.contains(QLatin1Char(':')))
        return pycompat::pathlibNormalize(location);

    const QStringList tokens = location.split(QLatin1Char(':'));
    const QString package = tokens.first();
    const QStringList packageParts = package.split(QLatin1Char('.'));
    QStringList roots;
    for (const QString &p : m_prependSysPath)
        roots << pycompat::pathlibAbsolute(p, m_workingDir);
    roots << m_workingDir;

    QString found;
    QString missing = packageParts.first();
    for (const QString &root : std::as_const(roots)) {
        QString dir = root;
        qsizetype matched = 0;
        for (const QString &part : packageParts) {
            const QString next = dir + QLatin1Char('/') + part;
            if (part.isEmpty() || !QFileInfo(next).isDir())
                break;
            dir = next;
            ++matched;
        }
        if (matched == packageParts.size()) {
            found = dir;
            break;
        }
        const QString name = packageParts.mid(0, matched + 1).join(QLatin1Char('.'));
        if (name.size() > missing.size())
            missing = name;
    }
    if (found.isEmpty())
        return makeError(ErrorCode::Config,
                         QStringLiteral("ModuleNotFoundError: No module named %1 (from location %2)")
                             .arg(pycompat::repr(missing), pycompat::repr(location)));
    QString ref = found;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString &tok = tokens.at(i);
        if (tok.startsWith(QLatin1Char('/')))
            ref = tok;
        else if (!tok.isEmpty())
            ref += QLatin1Char('/') + tok;
    }
    return pycompat::pathlibNormalize(ref);
}

Result<QList<PostWriteHook>> ProjectConfig::readHooks() const
{
    QList<PostWriteHook> hooks;
    const QString section = QStringLiteral("post_write_hooks");
    if (!m_ini.hasSection(section)) {
        Result<QList<PyprojectConfig::Pairs>> tables = m_toml.tables(section);
        if (!tables)
            return tables.error();
        for (const PyprojectConfig::Pairs &table : tables.value()) {
            PostWriteHook hook;
            bool named = false;
            for (const auto &[k, v] : table) {
                if (k == QLatin1String("name")) {
                    hook.name = v;
                    named = true;
                } else {
                    hook.options.append({k, v});
                }
            }
            if (!named)
                return makeError(ErrorCode::Config,
                                 QStringLiteral("KeyError: 'name' (a [[tool.alembic.post_write_hooks]] entry has no name)"),
                                 m_tomlAbsolute, m_toml.line(section));
            hooks.append(hook);
        }
        return hooks;
    }

    Result<IniFile::Items> items = m_ini.items(section);
    if (!items)
        return items.error();
    QString hookNames;
    for (const auto &[k, v] : items.value())
        if (k == QLatin1String("hooks"))
            hookNames = v;
    static const QRegularExpression split(QStringLiteral(", *|(?: +)"));
    for (const QString &name : hookNames.split(split)) {
        if (name.isEmpty())
            continue;
        PostWriteHook hook;
        hook.name = name;
        const QString prefix = name + QLatin1Char('.');
        for (const auto &[k, v] : items.value())
            if (k.startsWith(prefix))
                hook.options.append({k.mid(prefix.size()), v});
        hooks.append(hook);
    }
    return hooks;
}

} // namespace retort
