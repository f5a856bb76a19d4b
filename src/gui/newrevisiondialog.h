#pragma once

#include "revisiondialog.h"

class QComboBox;
class QLineEdit;

namespace retort::gui {

// "New revision": message, parent (a head; another revision starts a new branch, like
// `alembic revision --head X --splice`), branch label and the revisions it depends on, with a
// preview of the file. Threading: GUI thread only.
class NewRevisionDialog : public RevisionDialog
{
    Q_OBJECT

public:
    // parent: map index of the preselected parent (the graph's selection), -1 for the first head.
    NewRevisionDialog(std::shared_ptr<const Project> project, int parent, QWidget *parent_ = nullptr);

    QLineEdit *messageEdit() const { return m_message; }
    QComboBox *parentCombo() const { return m_parent; }
    QLineEdit *branchLabelEdit() const { return m_branchLabel; }
    QLineEdit *dependsOnEdit() const { return m_dependsOn; }

protected:
    NewRevisionRequest fields() const override;

private:
    QLineEdit *m_message;
    QComboBox *m_parent;
    QLineEdit *m_branchLabel;
    QLineEdit *m_dependsOn;
};

} // namespace retort::gui
