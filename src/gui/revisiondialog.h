#pragma once

#include "commands/project.h"
#include "script/revisionwriter.h"

#include <QDialog>
#include <QString>

#include <chrono>
#include <memory>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace retort::gui {

class PythonEditor;

// The common part of the New Revision and Merge dialogs: a form (filled by the subclass), the
// revision id chosen up front, and a live preview of the file that will be written (rendered with
// draftRevision(), the same template and values as RevisionWriter). accept() (the Write button)
// asks with writeRequested(); the owner writes (off the GUI thread) and closes the dialog, or
// reports writeFailed(). Threading: GUI thread only; never exec() it in tests.
class RevisionDialog : public QDialog
{
    Q_OBJECT

public:
    ~RevisionDialog() override;

    // The request to write: the fields, the revision id shown, merge flag for merges.
    NewRevisionRequest request() const;
    // The clock the preview used; write with it to get the same Create Date.
    std::chrono::system_clock::time_point clock() const { return m_now; }
    std::shared_ptr<const Project> project() const { return m_project; }
    QString revisionId() const { return m_revisionId; }
    QString previewText() const;
    QString fileName() const { return m_fileName; }
    QString errorText() const;
    bool isWriting() const { return m_writing; }
    QPushButton *writeButton() const { return m_writeButton; }
    PythonEditor *previewView() const { return m_preview; }

public Q_SLOTS:
    void accept() override;
    void writeFailed(const QString &message);

Q_SIGNALS:
    void writeRequested();

protected:
    RevisionDialog(const QString &title, const QString &writeText, std::shared_ptr<const Project> project,
                   QWidget *parent);
    QFormLayout *form() const { return m_form; }
    // The subclass's fields as a request (without revisionId; merge set by MergeDialog).
    virtual NewRevisionRequest fields() const = 0;
    // A problem with the fields that prevents writing (shown instead of the preview), or empty.
    virtual QString validate() const { return {}; }
    // Renders the preview again (call on every field change).
    void updatePreview();

private:
    std::shared_ptr<const Project> m_project;
    QString m_revisionId;
    std::chrono::system_clock::time_point m_now;
    QFormLayout *m_form;
    QLabel *m_fileLabel;
    PythonEditor *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_writeButton;
    QString m_fileName;
    bool m_valid = false;
    bool m_writing = false;
};

} // namespace retort::gui
