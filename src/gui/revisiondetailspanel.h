#pragma once

#include "commands/project.h"

#include <QWidget>

#include <memory>

class QTextBrowser;
class QUrl;

namespace retort::gui {

class PythonEditor;

// Everything about one revision: id, parents, children, branch labels, dependencies, create
// date, file (a link that opens it in the system editor), the docstring, and the whole file in a
// read-only Python editor with markers and annotations on lines that have diagnostics (file
// problems, and what the built-in interpreter cannot run). Parent/child ids are links:
// revisionLinkActivated() asks the window to select that revision.
// Threading: GUI thread only (reads the one file it shows; nothing else).
class RevisionDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionDetailsPanel(QWidget *parent = nullptr);
    ~RevisionDetailsPanel() override;

    void setProject(std::shared_ptr<const retort::Project> project);
    void showRevision(int index);                       // -1 clears
    int revision() const { return m_revision; }
    PythonEditor *editor() const { return m_editor; }
    QTextBrowser *infoView() const { return m_info; }
    QString infoText() const;   // the facts above the editor, as plain text
    bool needsPython() const { return m_needsPython; }

Q_SIGNALS:
    void revisionLinkActivated(int index);

private:
    void clear();
    void openLink(const QUrl &link);
    QString revisionLinks(const QList<int> &indexes) const;

    std::shared_ptr<const Project> m_project;
    int m_revision = -1;
    QTextBrowser *m_info;
    bool m_needsPython = false;
    PythonEditor *m_editor;
};

} // namespace retort::gui
