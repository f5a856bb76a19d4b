#pragma once

#include "revisiondialog.h"

#include <QStringList>

class QLineEdit;
class QListWidget;

namespace retort::gui {

// "Merge heads": a message and the heads to merge (all heads checked unless a selection is given),
// with a preview of the merge file (`alembic merge -m MSG REV...`). Threading: GUI thread only.
class MergeDialog : public RevisionDialog
{
    Q_OBJECT

public:
    // checked: ids of the heads to preselect; empty = every head.
    MergeDialog(std::shared_ptr<const Project> project, const QStringList &checked, QWidget *parent = nullptr);

    QLineEdit *messageEdit() const { return m_message; }
    QListWidget *headsList() const { return m_heads; }
    QStringList checkedHeads() const;

protected:
    NewRevisionRequest fields() const override;
    QString validate() const override;

private:
    QLineEdit *m_message;
    QListWidget *m_heads;
};

} // namespace retort::gui
