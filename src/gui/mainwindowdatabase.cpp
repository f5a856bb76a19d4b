// MainWindow: the database connection and graph export (split from mainwindow.cpp by concern).

#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "appsettings.h"
#include "connectiondialog.h"
#include "connectionfields.h"
#include "databasepanel.h"
#include "errorpresenter.h"
#include "graphpanels.h"
#include "logmodel.h"
#include "migrationactions.h"
#include "passwordstore.h"
#include "projectcontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace retort {

using namespace retort::gui;

namespace {

// "shop.db" / "shop on db.example" for the status bar (the full masked URL is the tooltip).
QString shortDatabaseName(const QString &displayUrl)
{
    Result<DatabaseUrl> url = DatabaseUrl::parseSyntax(displayUrl);
    if (!url)
        return displayUrl;
    if (url->isSqlite())
        return url->isMemory() ? MainWindow::tr("SQLite in memory")
                               : QFileInfo(url->database().value_or(QString())).fileName();
    return MainWindow::tr("%1 on %2").arg(url->database().value_or(QString()),
                                          url->connectHost().isEmpty() ? QStringLiteral("localhost") : url->connectHost());
}

} // namespace

std::unique_ptr<ConnectionDialog> MainWindow::createConnectionDialog()
{
    auto dialog = std::make_unique<ConnectionDialog>(m_database, m_passwords, this);
    QString projectUrl;
    QString source;
    if (m_project) {
        Result<ResolvedUrl> resolved = m_project->databaseUrl(QString());
        if (resolved) {
            projectUrl = resolved->text;
            source = resolved->source;
        }
    }
    dialog->setChoices(projectFolder(), projectUrl, source, m_settings->recentConnections(projectFolder()));
    // The current connection, when there is one, is what the user most likely wants to change.
    if (!m_connectionUrl.isEmpty() && m_database->state() != DatabaseController::State::Disconnected)
        dialog->setUrl(m_connectionUrl);
    return dialog;
}

void MainWindow::chooseConnection()
{
    if (!m_project)
        return;
    std::unique_ptr<ConnectionDialog> dialog = createConnectionDialog();
    if (dialog->exec() != QDialog::Accepted)
        return;
    connectDatabase(dialog->url(true));
}

void MainWindow::connectDatabase(const QString &urlText)
{
    if (!m_project)
        return;
    Result<DatabaseUrl> parsed = DatabaseUrl::parseSyntax(urlText);
    m_connectionUrl = parsed ? ConnectionFields::fromUrl(*parsed).toUrl(false) : maskPasswords(urlText);
    m_presenter->logOnly(LogModel::Level::Info, tr("Connecting to %1…").arg(maskPasswords(urlText)));
    m_migrations->setConnection(urlText, projectFolder());   // the runs' own connection (in memory only)
    m_database->connectTo(urlText, projectFolder(), m_project->versionTable());
}

// On opening a project: the last connection used with it (its password from the keychain), else
// the project's own SQLite database when the file exists (reading it changes nothing).
void MainWindow::restoreConnection()
{
    const QString folder = projectFolder();
    const QString last = m_settings->lastConnection(folder);
    if (!last.isEmpty()) {
        Result<DatabaseUrl> parsed = DatabaseUrl::parseSyntax(last);
        if (!parsed)
            return;
        const ConnectionFields fields = ConnectionFields::fromUrl(*parsed);
        if (fields.isSqlite()) {
            connectDatabase(last);
            return;
        }
        auto context = std::make_shared<QMetaObject::Connection>();
        *context = connect(m_passwords, &PasswordStore::readFinished, this,
                           [this, context, key = fields.keychainKey(), fields, folder](
                               const QString &readKey, bool found, const QString &password) {
                               if (readKey != key)
                                   return;
                               disconnect(*context);
                               if (folder != projectFolder())
                                   return;
                               ConnectionFields withPassword = fields;
                               if (found)
                                   withPassword.password = password;
                               else if (m_passwords->availability() == PasswordStore::Availability::Unavailable)
                                   m_presenter->logOnly(LogModel::Level::Info,
                                                        tr("No keychain service: connecting without a stored password (%1)")
                                                            .arg(m_passwords->unavailableReason()));
                               connectDatabase(withPassword.toUrl(true));
                           });
        m_passwords->read(fields.keychainKey());
        return;
    }
    Result<ResolvedUrl> resolved = m_project->databaseUrl(QString());
    if (!resolved || !resolved->url.isSqlite() || resolved->url.isMemory())
        return;
    if (!QFileInfo::exists(resolved->url.sqliteFilePath(folder)))
        return;
    m_presenter->logOnly(LogModel::Level::Info,
                         tr("Using the project's database from %1").arg(resolved->source));
    connectDatabase(resolved->text);
}

// The user's Disconnect: also forgets the project's last connection (no auto-connect next time).
void MainWindow::disconnectDatabase()
{
    if (m_database->state() == DatabaseController::State::Disconnected)
        return;
    if (!projectFolder().isEmpty())
        m_settings->setLastConnection(projectFolder(), {});
    dropConnection();
    m_presenter->info(tr("Disconnected"));
}

// Closes the connection (another project, closing the project) and keeps the settings.
void MainWindow::dropConnection()
{
    if (m_database->state() == DatabaseController::State::Disconnected)
        return;
    m_database->disconnectFrom();
    m_connectionUrl.clear();
    m_graph->clearDatabaseState();
}

void MainWindow::databaseStateChanged(DatabaseController::State state)
{
    m_databasePanel->setState(state, m_database->displayUrl(), m_database->lastError());
    switch (state) {
    case DatabaseController::State::Disconnected:
        m_databaseStatus->setText(tr("Not connected"));
        m_graph->clearDatabaseState();
        break;
    case DatabaseController::State::Connecting:
        m_databaseStatus->setText(tr("Connecting…"));
        break;
    case DatabaseController::State::Connected:
        m_databaseStatus->setText(shortDatabaseName(m_database->displayUrl()));
        m_sqlPreview->setDefaultDialect(m_database->dialect());
        if (!projectFolder().isEmpty() && !m_connectionUrl.isEmpty()) {
            m_settings->addRecentConnection(projectFolder(), m_connectionUrl);
            m_settings->setLastConnection(projectFolder(), m_connectionUrl);
        }
        m_presenter->info(tr("Connected to %1").arg(m_database->displayUrl()));
        break;
    case DatabaseController::State::Failed:
        m_databaseStatus->setText(tr("Connection failed"));
        m_graph->clearDatabaseState();
        break;
    }
    m_databaseStatus->setToolTip(m_database->displayUrl());
    updateActions();
    updateTitle();
}

void MainWindow::databaseSnapshotChanged()
{
    const DatabaseSnapshot &snapshot = m_database->snapshot();
    m_databasePanel->setSnapshot(snapshot);
    m_graph->setDatabaseState(snapshot.rows);
    // Nothing chosen yet: show where the database is, so the panels have something to say.
    if (m_graph->selectedRevision() < 0 && !snapshot.rows.isEmpty())
        m_graph->jumpToCurrent();
    const QString rows = snapshot.rows.isEmpty() ? tr("base (no revision applied)") : snapshot.rows.join(QStringLiteral(", "));
    m_presenter->logOnly(LogModel::Level::Info, tr("Read %1: version table %2; %n table(s)", nullptr,
                                                   int(snapshot.tables.size()))
                                                    .arg(snapshot.displayUrl, rows));
    if (!m_databasePanel->headsError().isEmpty())
        m_presenter->warning(tr("The database's version table does not match the project: %1")
                                 .arg(m_databasePanel->headsError()));
    m_progress->setVisible(m_projects->isLoading());
}

bool MainWindow::exportGraph(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg")) {
        ok = m_graph->exportImage(fileName);
    } else if (suffix == QLatin1String("dot") || suffix == QLatin1String("mmd")) {
        ok = m_graph->exportText(fileName);
    } else {
        m_presenter->error(tr("Cannot export to %1: use a .png, .svg, .dot or .mmd file name.")
                               .arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    if (!ok) {
        m_presenter->error(tr("Could not write %1.").arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    m_presenter->info(tr("Exported the graph to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void MainWindow::chooseExportFile()
{
    if (!m_project)
        return;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString dot = tr("Graphviz DOT (*.dot)");
    const QString mmd = tr("Mermaid (*.mmd)");
    QString filter = png;
    QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Revision Graph"), QDir(projectFolder()).filePath(projectName() + QStringLiteral(".png")),
        QStringList{png, svg, dot, mmd}.join(QStringLiteral(";;")), &filter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty()) {
        const QString suffix = filter == svg ? QStringLiteral(".svg")
                               : filter == dot ? QStringLiteral(".dot")
                               : filter == mmd ? QStringLiteral(".mmd")
                                               : QStringLiteral(".png");
        fileName += suffix;
    }
    exportGraph(fileName);
}

} // namespace retort
