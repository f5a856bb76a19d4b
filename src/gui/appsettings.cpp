#include "appsettings.h"

#include "connectionfields.h"

#include <QCryptographicHash>

namespace retort::gui {

namespace {

const QString kRecentProjects = QStringLiteral("recentProjects");
const QString kLastProject = QStringLiteral("lastProject");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

QString withoutPassword(const QString &url)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parseSyntax(url);
    if (!parsed || !parsed->password())
        return url;
    return ConnectionFields::fromUrl(*parsed).toUrl(false);
}

QStringList prepend(QStringList list, const QString &value)
{
    list.removeAll(value);
    list.prepend(value);
    while (list.size() > AppSettings::MaxRecent)
        list.removeLast();
    return list;
}

} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::projectGroup(const QString &folder)
{
    // QSettings keys cannot hold a path: a stable hash of it names the group.
    return QStringLiteral("projects/")
           + QString::fromLatin1(QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QStringList AppSettings::recentProjects() const
{
    return m_settings.value(kRecentProjects).toStringList();
}

void AppSettings::addRecentProject(const QString &folder)
{
    m_settings.setValue(kRecentProjects, prepend(recentProjects(), folder));
}

void AppSettings::removeRecentProject(const QString &folder)
{
    QStringList list = recentProjects();
    list.removeAll(folder);
    m_settings.setValue(kRecentProjects, list);
}

QString AppSettings::lastProject() const
{
    return m_settings.value(kLastProject).toString();
}

void AppSettings::setLastProject(const QString &folder)
{
    m_settings.setValue(kLastProject, folder);
}

QStringList AppSettings::recentConnections(const QString &projectFolder) const
{
    return m_settings.value(projectGroup(projectFolder) + QStringLiteral("/recentConnections")).toStringList();
}

void AppSettings::addRecentConnection(const QString &projectFolder, const QString &url)
{
    const QString group = projectGroup(projectFolder);
    m_settings.setValue(group + QStringLiteral("/folder"), projectFolder);
    m_settings.setValue(group + QStringLiteral("/recentConnections"),
                        prepend(recentConnections(projectFolder), withoutPassword(url)));
}

QString AppSettings::lastConnection(const QString &projectFolder) const
{
    return m_settings.value(projectGroup(projectFolder) + QStringLiteral("/lastConnection")).toString();
}

void AppSettings::setLastConnection(const QString &projectFolder, const QString &url)
{
    const QString key = projectGroup(projectFolder) + QStringLiteral("/lastConnection");
    if (url.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, withoutPassword(url));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

} // namespace retort::gui
