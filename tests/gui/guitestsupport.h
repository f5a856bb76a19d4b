#pragma once

// Helpers shared by the GUI tests (offscreen): settings isolated in a temporary folder, copies
// of the example projects, and screenshots saved under <build>/screenshots for a person to look at.

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

namespace retort::test {

// Call first in initTestCase(): QSettings then writes below dir, never the user's own settings.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTest"));
    QCoreApplication::setApplicationName(QStringLiteral("RetortGuiTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// Copies examples/<name> (revision files and database) into dir/<name>; returns the copy's path.
inline QString copyExample(const QString &name, const QTemporaryDir &dir)
{
    const QString target = QDir(dir.path()).filePath(name);
    return copyTree(sourcePath(QStringLiteral("examples/") + name), target) ? QDir(target).canonicalPath() : QString();
}

inline QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(RETORT_SCREENSHOT_DIR));
    return QDir(QStringLiteral(RETORT_SCREENSHOT_DIR)).filePath(name);
}

// Saves w.grab() as <build>/screenshots/<name>; returns the path, empty on failure.
inline QString saveScreenshot(QWidget &w, const QString &name)
{
    const QString path = screenshotPath(name);
    const QPixmap shot = w.grab();
    if (shot.isNull() || !shot.save(path))
        return {};
    return path;
}

} // namespace retort::test
