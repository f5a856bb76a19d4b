#include "graphplaceholder.h"

#include <QPixmap>

namespace retort::gui {

RevisionGraphView::RevisionGraphView(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    m_label->setAlignment(Qt::AlignCenter);
}

void RevisionGraphView::setProject(std::shared_ptr<const retort::Project> project)
{
    m_project = std::move(project);
    m_label->setText(m_project ? tr("%n revision(s)", nullptr, int(m_project->map().size())) : QString());
    if (m_selected >= 0)
        selectRevision(-1);
}

void RevisionGraphView::selectRevision(int index)
{
    if (!m_project || index >= m_project->map().size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    Q_EMIT revisionSelected(index);
}

void RevisionGraphView::selectRevisionById(const QString &id)
{
    selectRevision(m_project ? m_project->map().indexOfId(id) : -1);
}

bool RevisionGraphView::exportImage(const QString &fileName)
{
    return grab().save(fileName);
}

void RevisionDetailsPanel::showRevision(int index)
{
    setText(m_project && index >= 0 ? m_project->map().id(index) : QString());
}

} // namespace retort::gui
