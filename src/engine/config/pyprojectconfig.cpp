#include "config/pyprojectconfig.h"

#include "config/pycompat.h"

#include <QFile>

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace retort {

namespace {

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

} // namespace

Result<PyprojectConfig> PyprojectConfig::load(const QString &path, const QString &workingDir)
{
    const QString absolute = pycompat::pathlibAbsolute(path, workingDir);
    QFile f(absolute);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()), path);
    return parse(QString::fromUtf8(f.readAll()), path, pycompat::pathlibParent(absolute));
}

Result<PyprojectConfig> PyprojectConfig::parse(const QString &text, const QString &fileName, const QString &here)
{
    const std::string utf8 = text.toStdString();
    const std::string sourcePath = fileName.toStdString();
    toml::table root;
#if TOML_EXCEPTIONS
    try {
        root = toml::parse(utf8, sourcePath);
    } catch (const toml::parse_error &err) {
        return makeError(ErrorCode::Config,
                         QStringLiteral("TOML syntax error: %1").arg(qstr(err.description())), fileName,
                         int(err.source().begin.line));
    }
#else
    toml::parse_result parsed = toml::parse(utf8, sourcePath);
    if (!parsed) {
        return makeError(ErrorCode::Config,
                         QStringLiteral("TOML syntax error: %1").arg(qstr(parsed.error().description())),
                         fileName, int(parsed.error().source().begin.line));
    }
    root = std::move(parsed).table();
#endif

    PyprojectConfig cfg;
    cfg.m_fileName = fileName;
    cfg.m_here = here;

    const toml::node *tool = root.get("tool");
    if (!tool)
        return cfg;
    const toml::table *toolTable = tool->as_table();
    if (!toolTable)
        return makeError(ErrorCode::Command, QStringLiteral("Incorrect TOML format"), fileName, lineOf(*tool));
    const toml::node *alembic = toolTable->get("alembic");
    if (!alembic)
        return cfg;
    const toml::table *table = alembic->as_table();
    if (!table)
        return makeError(ErrorCode::Command, QStringLiteral("Incorrect TOML format"), fileName, lineOf(*alembic));
    cfg.m_hasTable = true;

    const auto stringPairs = [](const toml::table &t, bool &nonString) {
        Pairs pairs;
        for (const auto &[k, v] : t) {
            if (const auto *s = v.as_string())
                pairs.append({qstr(k.str()), qstr(s->get())});
            else
                nonString = true;
        }
        return pairs;
    };

    for (const auto &[k, node] : *table) {
        const QString key = qstr(k.str());
        Value v;
        v.line = lineOf(node);
        if (const auto *s = node.as_string()) {
            v.kind = Kind::String;
            v.text = qstr(s->get());
        } else if (const auto *b = node.as_boolean()) {
            v.kind = Kind::Boolean;
            v.boolean = b->get();
            v.text = v.boolean ? QStringLiteral("true") : QStringLiteral("false");
        } else if (const auto *i = node.as_integer()) {
            v.kind = Kind::Integer;
            v.text = QString::number(i->get());
        } else if (const auto *a = node.as_array()) {
            const bool allTables = !a->empty() && a->is_array_of_tables();
            v.kind = allTables ? Kind::ArrayOfTables : Kind::Array;
            for (const toml::node &item : *a) {
                if (allTables) {
                    v.tables.append(stringPairs(*item.as_table(), v.nonString));
                } else if (const auto *str = item.as_string()) {
                    v.list << qstr(str->get());
                } else {
                    v.nonString = true;
                }
            }
        } else if (const auto *t = node.as_table()) {
            v.kind = Kind::Table;
            v.tables.append(stringPairs(*t, v.nonString));
        } else {
            v.kind = Kind::Unsupported;
        }
        cfg.m_order << key;
        cfg.m_values.insert(key, v);
    }
    return cfg;
}

std::optional<PyprojectConfig::Kind> PyprojectConfig::kind(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return it->kind;
}

int PyprojectConfig::line(const QString &key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? 0 : it->line;
}

Result<QString> PyprojectConfig::interpolate(const QString &key, const QString &text) const
{
    QHash<QString, QString> args;
    args.insert(QStringLiteral("here"), m_here);
    Result<QString> r = pycompat::percentFormat(text, args);
    if (!r) {
        return makeError(ErrorCode::Config,
                         QStringLiteral("cannot interpolate TOML parameter %1: %2")
                             .arg(pycompat::repr(key), r.error().message),
                         m_fileName, line(key));
    }
    return r;
}

Result<std::optional<QString>> PyprojectConfig::string(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::optional<QString>{};
    switch (it->kind) {
    case Kind::String: {
        Result<QString> r = interpolate(key, it->text);
        if (!r)
            return r.error();
        return std::optional<QString>(r.value());
    }
    case Kind::Integer:
    case Kind::Boolean:
        return std::optional<QString>(it->text);
    case Kind::Array:
    case Kind::Table:
    case Kind::ArrayOfTables:
        return makeError(ErrorCode::Config,
                         QStringLiteral("TOML parameter %1 must be a string").arg(pycompat::repr(key)),
                         m_fileName, it->line);
    case Kind::Unsupported:
        break;
    }
    return makeError(ErrorCode::Command,
                     QStringLiteral("unsupported TOML value type for key: %1").arg(pycompat::repr(key)),
                     m_fileName, it->line);
}

Result<std::optional<QStringList>> PyprojectConfig::stringList(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::optional<QStringList>{};
    if (it->kind == Kind::Unsupported)
        return makeError(ErrorCode::Command,
                         QStringLiteral("unsupported TOML value type for key: %1").arg(pycompat::repr(key)),
                         m_fileName, it->line);
    if (it->kind != Kind::Array || it->nonString)
        return makeError(ErrorCode::Config,
                         QStringLiteral("TOML parameter %1 must be an array of strings").arg(pycompat::repr(key)),
                         m_fileName, it->line);
    QStringList out;
    for (const QString &item : it->list) {
        Result<QString> r = interpolate(key, item);
        if (!r)
            return r.error();
        out << r.value();
    }
    return std::optional<QStringList>(out);
}

Result<bool> PyprojectConfig::boolean(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return false;
    if (it->kind != Kind::Boolean)
        return makeError(ErrorCode::Command,
                         QStringLiteral("boolean value expected for TOML parameter %1").arg(pycompat::repr(key)),
                         m_fileName, it->line);
    return it->boolean;
}

Result<QList<PyprojectConfig::Pairs>> PyprojectConfig::tables(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return QList<Pairs>{};
    const bool emptyArray = it->kind == Kind::Array && it->list.isEmpty() && !it->nonString;
    if (emptyArray)
        return QList<Pairs>{};
    if (it->kind != Kind::ArrayOfTables || it->nonString)
        return makeError(ErrorCode::Config,
                         QStringLiteral("TOML parameter %1 must be an array of tables with string values")
                             .arg(pycompat::repr(key)),
                         m_fileName, it->line);
    QList<Pairs> out;
    for (const Pairs &table : it->tables) {
        Pairs interpolated;
        for (const auto &[k, v] : table) {
            Result<QString> r = interpolate(key, v);
            if (!r)
                return r.error();
            interpolated.append({k, r.value()});
        }
        out.append(interpolated);
    }
    return out;
}

} // namespace retort
