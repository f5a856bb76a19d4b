#pragma once

#include "databasecontroller.h"
#include "databasesnapshot.h"

#include "commands/project.h"

#include <QWidget>

#include <memory>

class QAction;
class QSortFilterProxyModel;

namespace Ui {
class DatabasePanel;
}

namespace retort::gui {

class TablesModel;

// The database dock: connection state, masked URL, server version, the current heads (ids and
// messages, from the version-table rows through MigrationPlanner::current) and the tables with
// row counts. It only shows what DatabaseController reports; the actions (connect, refresh,
// disconnect) belong to the main window. Threading: GUI thread only.
class DatabasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DatabasePanel(QWidget *parent = nullptr);
    ~DatabasePanel() override;

    void setToolActions(const QList<QAction *> &actions);
    void setProject(std::shared_ptr<const Project> project);
    void setState(DatabaseController::State state, const QString &displayUrl, const QString &error);
    void setSnapshot(const DatabaseSnapshot &snapshot);
    void clear();

    // The current heads as shown (revision ids), and the problem with the rows, if any.
    QStringList currentHeads() const { return m_heads; }
    QString headsError() const { return m_headsError; }
    TablesModel *tablesModel() const { return m_tables; }

Q_SIGNALS:
    // A current head was double-clicked: show it in the graph.
    void revisionActivated(const QString &id);

private:
    void showHeads();

    std::unique_ptr<Ui::DatabasePanel> m_ui;
    TablesModel *m_tables;
    QSortFilterProxyModel *m_sorted;
    std::shared_ptr<const Project> m_project;
    DatabaseSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    QStringList m_heads;
    QString m_headsError;
};

} // namespace retort::gui
