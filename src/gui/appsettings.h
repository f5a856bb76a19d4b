#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace retort::gui {

// What the application remembers between runs, in QSettings: recent projects, the last project,
// per project the recent connections and the last one (URLs WITHOUT passwords: passwords live in
// the OS keychain or are asked for), and the window's geometry and dock state.
// Threading: GUI thread only.
class AppSettings
{
public:
    static constexpr int MaxRecent = 10;

    AppSettings();

    QStringList recentProjects() const;
    void addRecentProject(const QString &folder);
    void removeRecentProject(const QString &folder);
    QString lastProject() const;
    void setLastProject(const QString &folder);

    // urls must not hold a password; addRecentConnection strips one defensively.
    QStringList recentConnections(const QString &projectFolder) const;
    void addRecentConnection(const QString &projectFolder, const QString &url);
    QString lastConnection(const QString &projectFolder) const;
    void setLastConnection(const QString &projectFolder, const QString &url);   // empty: none

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

private:
    static QString projectGroup(const QString &folder);
    QSettings m_settings;
};

} // namespace retort::gui
