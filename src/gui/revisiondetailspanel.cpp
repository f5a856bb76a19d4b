#include "revisiondetailspanel.h"

#include "graphdata.h"
#include "pythoneditor.h"

#include "python/staticcheck.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace retort::gui {

namespace {

QString none()
{
    return QStringLiteral("<span style='color:gray'>%1</span>").arg(RevisionDetailsPanel::tr("none"));
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td align='right' style='color:#555; padding-right:8px; white-space:nowrap'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

} // namespace

RevisionDetailsPanel::RevisionDetailsPanel(QWidget *parent)
    : QWidget(parent), m_info(new QTextBrowser(this)), m_editor(new PythonEditor(this))
{
    setObjectName(QStringLiteral("revisionDetailsPanel"));
    m_info->setObjectName(QStringLiteral("revisionInfo"));
    m_info->setOpenLinks(false);
    m_info->setFrameShape(QFrame::NoFrame);
    m_info->viewport()->setAutoFillBackground(false);
    m_editor->setObjectName(QStringLiteral("revisionSource"));
    m_editor->setReadOnly(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_info);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_info, &QTextBrowser::anchorClicked, this, &RevisionDetailsPanel::openLink);
    clear();
}

RevisionDetailsPanel::~RevisionDetailsPanel() = default;

void RevisionDetailsPanel::setProject(std::shared_ptr<const retort::Project> project)
{
    m_project = std::move(project);
    clear();
}

QString RevisionDetailsPanel::infoText() const
{
    return m_info->toPlainText();
}

void RevisionDetailsPanel::clear()
{
    m_revision = -1;
    m_needsPython = false;
    m_info->setHtml(QStringLiteral("<i>%1</i>").arg(m_project ? tr("No revision selected.") : tr("No project is open.")));
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
        links << QStringLiteral("<a href=\"rev:%1\"><code>%2</code></a> %3").arg(i).arg(r.id.toHtmlEscaped(), r.doc.toHtmlEscaped());
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

    QString source;
    QList<Diagnostic> problems;
    QFile file(r.path);
    if (file.open(QIODevice::ReadOnly))
        source = QString::fromUtf8(file.readAll());
    else
        problems << Diagnostic{Diagnostic::Severity::Error, r.path, 0, 0, tr("cannot read the file: %1").arg(file.errorString())};
    for (const Diagnostic &d : m_project->diagnostics())
        if (d.file == r.path && !containsDiagnostic(problems, d))
            problems << d;
    for (const Diagnostic &d : r.diagnostics)
        if (!containsDiagnostic(problems, d))
            problems << d;
    const QList<Diagnostic> fileProblems = problems;
    const QList<Diagnostic> reasons = source.isEmpty() ? QList<Diagnostic>() : python::staticCheck(source, r.path).reasons;
    m_needsPython = !reasons.isEmpty();
    for (Diagnostic d : reasons) {
        d.message = tr("needs the project's Python: %1").arg(d.message);
        problems << d;
    }

    QStringList kinds;
    if (map.isHead(index))
        kinds << tr("head");
    if (map.isBase(index))
        kinds << tr("base");
    if (map.isBranchPoint(index))
        kinds << tr("branch point");
    if (map.isMergePoint(index))
        kinds << tr("merge point");
    QStringList labels;
    for (const QString &l : map.branchLabels(index))
        labels << (r.branchLabels.contains(l) ? QStringLiteral("<b>%1</b>").arg(l.toHtmlEscaped())
                                              : QStringLiteral("%1 <span style='color:gray'>(%2)</span>").arg(l.toHtmlEscaped(), tr("inherited")));

    QString html = QStringLiteral("<p style='margin:0'><b><code>%1</code></b>&nbsp; %2").arg(r.id.toHtmlEscaped(), r.doc.toHtmlEscaped());
    if (!kinds.isEmpty())
        html += QStringLiteral("<br><i style='color:#555'>%1</i>").arg(kinds.join(QStringLiteral(", ")));
    html += QStringLiteral("</p><table cellspacing='0' cellpadding='1' style='margin-top:4px'>");
    html += row(tr("Parents:"), revisionLinks(map.downRevisions(index)));
    html += row(tr("Children:"), revisionLinks(map.nextRevisions(index)));
    html += row(tr("Branch labels:"), labels.isEmpty() ? none() : labels.join(QStringLiteral(", ")));
    html += row(tr("Depends on:"), revisionLinks(map.resolvedDependencies(index)));
    html += row(tr("Created:"), r.createDate.isEmpty() ? none() : r.createDate.toHtmlEscaped());
    html += row(tr("File:"), QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
                                 .arg(QUrl::fromLocalFile(r.path).toString().toHtmlEscaped(),
                                      tr("Open in the system editor"), r.path.toHtmlEscaped()));
    html += QStringLiteral("</table>");
    for (const Diagnostic &d : fileProblems)
        html += QStringLiteral("<p style='margin:4px 0 0 0; color:#7a4a00'>\u26a0 %1</p>").arg(d.toString().toHtmlEscaped());
    if (m_needsPython) {
        QStringList lines;
        for (const Diagnostic &d : reasons)
            lines << QStringLiteral("%1:%2: %3").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.message).toHtmlEscaped();
        html += QStringLiteral("<p style='margin:4px 0 0 0; color:#6b2c8a'><b>%1</b> %2<br>%3</p>")
                    .arg(tr("Needs the project's Python:"), tr("the built-in interpreter cannot run this file."),
                         lines.join(QStringLiteral("<br>")));
    }
    if (!r.longDoc.isEmpty())
        html += QStringLiteral("<pre style='margin-top:6px; white-space:pre-wrap'>%1</pre>").arg(r.longDoc.toHtmlEscaped());
    m_info->setHtml(html);

    m_editor->setText(source);
    m_editor->setDiagnostics(problems);
}

void RevisionDetailsPanel::openLink(const QUrl &link)
{
    if (link.scheme() == QLatin1String("rev")) {
        Q_EMIT revisionLinkActivated(link.path().toInt());
        return;
    }
    QDesktopServices::openUrl(link);
}

} // namespace retort::gui
