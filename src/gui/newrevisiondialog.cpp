#include "newrevisiondialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace retort::gui {

namespace {

constexpr int kSpliceRole = Qt::UserRole + 1;

} // namespace

NewRevisionDialog::NewRevisionDialog(std::shared_ptr<const Project> project, int parent, QWidget *parent_)
    : RevisionDialog(tr("New Revision"), tr("&Create Revision"), project, parent_)
    , m_message(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_branchLabel(new QLineEdit(this))
    , m_dependsOn(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newRevisionDialog"));
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setPlaceholderText(tr("What the revision does, e.g. \"add user phone\""));
    m_branchLabel->setPlaceholderText(tr("optional, e.g. \"reporting\""));
    m_dependsOn->setPlaceholderText(tr("optional: revision ids or branch labels, separated by commas"));
    const RevisionMap &map = project->map();
    for (const int h : map.heads())
        m_parent->addItem(QStringLiteral("%1  %2").arg(map.id(h), map.revision(h).doc), map.id(h));
    if (parent >= 0 && parent < map.size()) {
        int row = m_parent->findData(map.id(parent));
        if (row < 0) {
            // Not a head: a new branch from it (Alembic's --splice).
            m_parent->insertItem(0, tr("%1  %2 (not a head: starts a new branch)").arg(map.id(parent), map.revision(parent).doc),
                                 map.id(parent));
            m_parent->setItemData(0, true, kSpliceRole);
            row = 0;
        }
        m_parent->setCurrentIndex(row);
    }
    form()->insertRow(0, tr("&Message:"), m_message);
    form()->insertRow(1, tr("&Parent:"), m_parent);
    form()->insertRow(2, tr("&Branch label:"), m_branchLabel);
    form()->insertRow(3, tr("&Depends on:"), m_dependsOn);
    for (QLineEdit *edit : {m_message, m_branchLabel, m_dependsOn})
        connect(edit, &QLineEdit::textChanged, this, &NewRevisionDialog::updatePreview);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &NewRevisionDialog::updatePreview);
    updatePreview();
}

NewRevisionRequest NewRevisionDialog::fields() const
{
    NewRevisionRequest r;
    if (!m_message->text().trimmed().isEmpty())
        r.message = m_message->text().trimmed();
    if (m_parent->currentIndex() >= 0) {
        r.heads = {m_parent->currentData().toString()};
        r.splice = m_parent->currentData(kSpliceRole).toBool();
    }
    r.branchLabel = m_branchLabel->text().trimmed();
    for (const QString &d : m_dependsOn->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        r.dependsOn << d;
    return r;
}

} // namespace retort::gui
