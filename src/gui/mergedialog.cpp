#include "mergedialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace retort::gui {

MergeDialog::MergeDialog(std::shared_ptr<const Project> project, const QStringList &checked, QWidget *parent)
    : RevisionDialog(tr("Merge Heads"), tr("&Merge"), project, parent)
    , m_message(new QLineEdit(this))
    , m_heads(new QListWidget(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setPlaceholderText(tr("e.g. \"merge user phone and product sku\""));
    const RevisionMap &map = project->map();
    QStringList docs;
    for (const int h : map.heads()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(map.id(h), map.revision(h).doc), m_heads);
        item->setData(Qt::UserRole, map.id(h));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = checked.isEmpty() || checked.contains(map.id(h));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (on)
            docs << map.revision(h).doc;
    }
    m_heads->setMaximumHeight(m_heads->sizeHintForRow(0) * std::min(6, std::max(2, m_heads->count())) + 8);
    m_message->setText(tr("merge %1").arg(docs.join(tr(" and "))));
    form()->insertRow(0, tr("&Message:"), m_message);
    form()->insertRow(1, tr("&Heads:"), m_heads);
    connect(m_message, &QLineEdit::textChanged, this, &MergeDialog::updatePreview);
    connect(m_heads, &QListWidget::itemChanged, this, &MergeDialog::updatePreview);
    updatePreview();
}

QStringList MergeDialog::checkedHeads() const
{
    QStringList out;
    for (int i = 0; i < m_heads->count(); ++i)
        if (m_heads->item(i)->checkState() == Qt::Checked)
            out << m_heads->item(i)->data(Qt::UserRole).toString();
    return out;
}

NewRevisionRequest MergeDialog::fields() const
{
    NewRevisionRequest r;
    r.merge = true;
    if (!m_message->text().trimmed().isEmpty())
        r.message = m_message->text().trimmed();
    r.heads = checkedHeads();
    return r;
}

QString MergeDialog::validate() const
{
    return checkedHeads().size() < 2 ? tr("Check at least two heads to merge.") : QString();
}

} // namespace retort::gui
