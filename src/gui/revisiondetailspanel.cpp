#include "revisiondetailspanel.h"

#include "graphdata.h"
#include "pythoneditor.h"

#include "python/staticcheck.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace retort::gui {

namespace {

QLabel *makeValueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString none()
{
    return QStringLiteral("<span style='color:gray'>%1</span>").arg(RevisionDetailsPanel::tr("none"));
}

} // namespace

RevisionDetailsPanel::RevisionDetailsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("revisionDetailsPanel"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    auto *info = new QWidget;
    auto *infoLayout = new QVBoxLayout(info);
    m_title = makeValueLabel(info, QStringLiteral("titleLabel"));
    m_kind = makeValueLabel(info, QStringLiteral("kindLabel"));
    infoLayout->addWidget(m_title);
    infoLayout->addWidget(m_kind);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_parents = makeValueLabel(info, QStringLiteral("parentsLabel"));
    m_children = makeValueLabel(info, QStringLiteral("childrenLabel"));
    m_labels = makeValueLabel(info, QStringLiteral("branchLabelsLabel"));
    m_dependencies = makeValueLabel(info, QStringLiteral("dependenciesLabel"));
    m_date = makeValueLabel(info, QStringLiteral("createDateLabel"));
    m_file = makeValueLabel(info, QStringLiteral("fileLabel"));
    m_python = makeValueLabel(info, QStringLiteral("pythonLabel"));
    form->addRow(tr("Parents:"), m_parents);
    form->addRow(tr("Children:"), m_children);
    form->addRow(tr("Branch labels:"), m_labels);
    form->addRow(tr("Depends on:"), m_dependencies);
    form->addRow(tr("Created:"), m_date);
    form->addRow(tr("File:"), m_file);
    infoLayout->addLayout(form);
    infoLayout->addWidget(m_python);
    m_doc = makeValueLabel(info, QStringLiteral("docLabel"));
    m_doc->setTextFormat(Qt::PlainText);
    m_doc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    infoLayout->addWidget(m_doc);
    infoLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);

    m_editor = new PythonEditor(splitter);
    m_editor->setObjectName(QStringLiteral("revisionSource"));
    m_editor->setReadOnly(true);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (QLabel *label : {m_parents, m_children, m_dependencies, m_file})
        connect(label, &QLabel::linkActivated, this, &RevisionDetailsPanel::openLink);
    clear();
}

RevisionDetailsPanel::~RevisionDetailsPanel() = default;

void RevisionDetailsPanel::setProject(std::shared_ptr<const retort::Project> project)
{
    m_project = std::move(project);
    clear();
}

void RevisionDetailsPanel::clear()
{
    m_revision = -1;
    m_title->setText(m_project ? tr("<i>No revision selected.</i>") : tr("<i>No project is open.</i>"));
    for (QLabel *label : {m_kind, m_parents, m_children, m_labels, m_dependencies, m_date, m_file, m_python, m_doc})
        label->clear();
    m_python->hide();
    m_editor->clearDiagnostics();
    m_editor->setText(QString());
}

QString RevisionDetailsPanel::revisionLinks(const QList<int> &indexes) const
{
    if (indexes.isEmpty())
        return none();
    QStringList links;
    for (int i : indexes) {
        const Revision &r = m_project->map().revision(i);
        links << QStringLiteral("<a href=\"rev:%1\"><code>%2</code></a> %3")
                     .arg(i)
                     .arg(r.id.toHtmlEscaped(), r.doc.toHtmlEscaped());
    }
    return links.join(QStringLiteral("<br>"));
}

void RevisionDetailsPanel::showRevision(int index)
{
    if (!m_project || index < 0 || index >= m_project->map().size()) {
        clear();
        return;
    }
    m_revision = index;
    const RevisionMap &map = m_project->map();
    const Revision &r = map.revision(index);
    m_title->setText(QStringLiteral("<b><code>%1</code></b> &nbsp;%2").arg(r.id.toHtmlEscaped(), r.doc.toHtmlEscaped()));
    QStringList kinds;
    if (map.isHead(index))
        kinds << tr("head");
    if (map.isBase(index))
        kinds << tr("base");
    if (map.isBranchPoint(index))
        kinds << tr("branch point");
    if (map.isMergePoint(index))
        kinds << tr("merge point");
    m_kind->setText(kinds.isEmpty() ? QString() : QStringLiteral("<i>%1</i>").arg(kinds.join(QStringLiteral(", "))));
    m_parents->setText(revisionLinks(map.downRevisions(index)));
    m_children->setText(revisionLinks(map.nextRevisions(index)));
    QStringList labels;
    for (const QString &l : map.branchLabels(index))
        labels << (r.branchLabels.contains(l) ? QStringLiteral("<b>%1</b>").arg(l.toHtmlEscaped())
                                              : QStringLiteral("%1 <span style='color:gray'>(%2)</span>")
                                                    .arg(l.toHtmlEscaped(), tr("inherited")));
    m_labels->setText(labels.isEmpty() ? none() : labels.join(QStringLiteral(", ")));
    m_dependencies->setText(revisionLinks(map.resolvedDependencies(index)));
    m_date->setText(r.createDate.isEmpty() ? none() : r.createDate.toHtmlEscaped());
    m_file->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QUrl::fromLocalFile(r.path).toString().toHtmlEscaped(), r.path.toHtmlEscaped()));
    m_file->setToolTip(tr("Open in the system editor"));
    m_doc->setText(r.longDoc);

    QString source;
    QList<Diagnostic> problems;
    QFile file(r.path);
    if (file.open(QIODevice::ReadOnly)) {
        source = QString::fromUtf8(file.readAll());
    } else {
        problems << Diagnostic{Diagnostic::Severity::Error, r.path, 0, 0,
                               tr("cannot read the file: %1").arg(file.errorString())};
    }
    for (const Diagnostic &d : m_project->diagnostics())
        if (d.file == r.path)
            problems << d;
    for (const Diagnostic &d : r.diagnostics)
        if (!containsDiagnostic(problems, d))
            problems << d;
    QList<Diagnostic> reasons;
    if (!source.isEmpty())
        reasons = python::staticCheck(source, r.path).reasons;
    if (reasons.isEmpty()) {
        m_python->hide();
    } else {
        QStringList lines;
        for (const Diagnostic &d : reasons)
            lines << QStringLiteral("%1:%2: %3").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.message).toHtmlEscaped();
        m_python->setText(tr("<b>Needs the project's Python</b> — the built-in interpreter cannot run this "
                             "file:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
        m_python->show();
        for (Diagnostic d : reasons) {
            d.message = tr("needs the project's Python: %1").arg(d.message);
            problems << d;
        }
    }
    m_editor->setText(source);
    m_editor->setDiagnostics(problems);
}

void RevisionDetailsPanel::openLink(const QString &link)
{
    if (link.startsWith(QLatin1String("rev:"))) {
        Q_EMIT revisionLinkActivated(link.mid(4).toInt());
        return;
    }
    QDesktopServices::openUrl(QUrl(link));
}

} // namespace retort::gui
