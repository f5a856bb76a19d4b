#pragma once

#include <QMainWindow>
#include <QString>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace retort {

// The application's main window. It owns the menus, the status bar and the project that is open,
// and wires the panels together (today: a project summary and the placeholder where the revision
// graph goes); each panel owns one concern and lives in its own class.
// Threading: GUI thread only. It never touches a database or scans files itself; workers will.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the Alembic project in folder (the folder holding alembic.ini or pyproject.toml).
    // Returns false, keeps the current project and sets errorString() when folder is not one.
    bool openProject(const QString &folder);
    void closeProject();

    QString projectFolder() const { return m_projectFolder; }
    QString projectName() const;
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void projectOpened(const QString &folder);
    void projectClosed();

private:
    void chooseProject();
    void showAbout();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_projectFolder;
    QString m_configFile;
    QString m_errorString;
};

} // namespace retort
