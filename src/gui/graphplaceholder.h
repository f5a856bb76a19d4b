#pragma once

// Stand-ins for gui-graph's RevisionGraphView, RevisionDetailsPanel and SqlPreviewPanel with the
// agreed interface, compiled only while src/gui/graph.cmake (their real files) is absent, so the
// main window builds and runs either way. Include "graphpanels.h", never this file.
// Threading: GUI thread only.

#include "commands/project.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace retort::gui {

class RevisionGraphView : public QWidget
{
    Q_OBJECT
public:
    explicit RevisionGraphView(QWidget *parent = nullptr);
    void setProject(std::shared_ptr<const retort::Project> project);
    void setDatabaseState(const QStringList &rows) { m_rows = rows; }
    void clearDatabaseState() { m_rows.clear(); }
    int selectedRevision() const { return m_selected; }

public Q_SLOTS:
    void selectRevision(int index);
    void selectRevisionById(const QString &id);
    void jumpToCurrent() {}
    void jumpToHead() {}
    void zoomIn() {}
    void zoomOut() {}
    void zoomToFit() {}
    void resetZoom() {}
    void setFilterText(const QString &) {}
    void findNext() {}
    void findPrevious() {}
    bool exportImage(const QString &fileName);
    bool exportText(const QString &) { return false; }

Q_SIGNALS:
    void revisionSelected(int index);
    void revisionActivated(int index);

private:
    std::shared_ptr<const retort::Project> m_project;
    QStringList m_rows;
    QLabel *m_label = nullptr;
    int m_selected = -1;
};

class RevisionDetailsPanel : public QLabel
{
    Q_OBJECT
public:
    explicit RevisionDetailsPanel(QWidget *parent = nullptr) : QLabel(parent) {}
    void setProject(std::shared_ptr<const retort::Project> project) { m_project = std::move(project); }
    void showRevision(int index);

private:
    std::shared_ptr<const retort::Project> m_project;
};

class SqlPreviewPanel : public QLabel
{
    Q_OBJECT
public:
    explicit SqlPreviewPanel(QWidget *parent = nullptr) : QLabel(parent) {}
    void setProject(std::shared_ptr<const retort::Project> project) { m_project = std::move(project); }
    void setDefaultDialect(const QString &) {}
    void showRevision(int) {}

private:
    std::shared_ptr<const retort::Project> m_project;
};

} // namespace retort::gui
