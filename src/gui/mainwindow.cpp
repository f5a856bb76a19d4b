#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "retort_version.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace retort {

namespace {

// The configuration file that makes folder an Alembic project, or an empty string.
QString findConfigFile(const QDir &folder)
{
    for (const char *name : {"alembic.ini", "pyproject.toml"}) {
        const QString path = folder.filePath(QString::fromLatin1(name));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    connect(m_ui->actionOpenProject, &QAction::triggered, this, &MainWindow::chooseProject);
    connect(m_ui->openProjectButton, &QPushButton::clicked, this, &MainWindow::chooseProject);
    connect(m_ui->actionCloseProject, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    closeProject();
}

MainWindow::~MainWindow() = default;

QString MainWindow::projectName() const
{
    return m_projectFolder.isEmpty() ? QString() : QFileInfo(m_projectFolder).fileName();
}

bool MainWindow::openProject(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        m_errorString = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        statusBar()->showMessage(m_errorString);
        return false;
    }
    const QDir dir(info.canonicalFilePath());
    const QString config = findConfigFile(dir);
    if (config.isEmpty()) {
        m_errorString = tr("%1 is not an Alembic project: it has no alembic.ini or pyproject.toml.")
                            .arg(QDir::toNativeSeparators(dir.path()));
        statusBar()->showMessage(m_errorString);
        return false;
    }

    m_errorString.clear();
    m_projectFolder = dir.path();
    m_configFile = config;
    m_ui->projectNameLabel->setText(projectName());
    m_ui->projectPathLabel->setText(QDir::toNativeSeparators(m_projectFolder));
    m_ui->configFileLabel->setText(
        tr("Configuration: %1").arg(QFileInfo(m_configFile).fileName()));
    m_ui->pages->setCurrentWidget(m_ui->projectPage);
    m_ui->actionCloseProject->setEnabled(true);
    updateTitle();
    statusBar()->showMessage(tr("Opened project %1").arg(projectName()), 5000);
    Q_EMIT projectOpened(m_projectFolder);
    return true;
}

void MainWindow::closeProject()
{
    const bool hadProject = !m_projectFolder.isEmpty();
    m_projectFolder.clear();
    m_configFile.clear();
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_ui->actionCloseProject->setEnabled(false);
    updateTitle();
    if (hadProject)
        Q_EMIT projectClosed();
}

void MainWindow::chooseProject()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Alembic Project"), m_projectFolder.isEmpty() ? QDir::homePath() : m_projectFolder);
    if (folder.isEmpty())
        return;
    if (!openProject(folder))
        QMessageBox::warning(this, tr("Open Alembic Project"), m_errorString);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Retort"),
                       tr("<h3>Retort %1</h3><p>A migration manager for Alembic projects.</p>")
                           .arg(QStringLiteral(RETORT_VERSION)));
}

void MainWindow::updateTitle()
{
    // The title shows the folder only: never a database URL (it may hold a password).
    if (m_projectFolder.isEmpty())
        setWindowTitle(tr("Retort"));
    else
        setWindowTitle(tr("%1 — Retort").arg(projectName()));
}

} // namespace retort
