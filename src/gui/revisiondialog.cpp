#include "revisiondialog.h"

#include "pythoneditor.h"
#include "revisiondraft.h"

#include "script/revisionnaming.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace retort::gui {

RevisionDialog::RevisionDialog(const QString &title, const QString &writeText, std::shared_ptr<const Project> project,
                               QWidget *parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_revisionId(RevisionNaming::newRevisionId())
    , m_now(std::chrono::system_clock::now())
    , m_form(new QFormLayout)
    , m_fileLabel(new QLabel(this))
    , m_preview(new PythonEditor(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    resize(760, 640);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("revisionPreview"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; }"));
    m_error->hide();
    m_writeButton = m_buttons->addButton(writeText, QDialogButtonBox::AcceptRole);
    m_writeButton->setObjectName(QStringLiteral("writeButton"));
    m_writeButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevisionDialog::reject);

    auto *idLabel = new QLabel(m_revisionId, this);
    idLabel->setObjectName(QStringLiteral("revisionIdLabel"));
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Revision id:"), idLabel);

    auto *previewTitle = new QLabel(tr("Preview of the new file"), this);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(previewTitle);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

RevisionDialog::~RevisionDialog() = default;

NewRevisionRequest RevisionDialog::request() const
{
    NewRevisionRequest r = fields();
    r.revisionId = m_revisionId;
    return r;
}

QString RevisionDialog::previewText() const
{
    return m_preview->text();
}

QString RevisionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RevisionDialog::updatePreview()
{
    if (!m_project)
        return;
    m_now = std::chrono::system_clock::now();
    const QString invalid = validate();
    Result<RevisionDraft> draft = invalid.isEmpty() ? draftRevision(*m_project, request(), m_now)
                                                    : Result<RevisionDraft>(makeError(ErrorCode::Usage, invalid));
    m_valid = draft.ok();
    if (draft) {
        m_fileName = draft->fileName;
        m_fileLabel->setText(tr("File: %1").arg(m_fileName));
        m_preview->setText(draft->text);
        m_error->hide();
    } else {
        m_fileName.clear();
        m_fileLabel->setText(tr("File: –"));
        m_error->setText(draft.error().toString());
        m_error->show();
    }
    m_writeButton->setEnabled(m_valid && !m_writing);
}

void RevisionDialog::accept()
{
    if (!m_valid || m_writing)
        return;
    m_writing = true;
    m_writeButton->setEnabled(false);
    Q_EMIT writeRequested();
}

void RevisionDialog::writeFailed(const QString &message)
{
    m_writing = false;
    m_error->setText(message);
    m_error->show();
    m_writeButton->setEnabled(m_valid);
}

} // namespace retort::gui
