// MigrationActions: writing new revisions and merges (split from migrationactions.cpp by concern).

#include "migrationactions.h"

#include "errorpresenter.h"
#include "graphview.h"
#include "mergedialog.h"
#include "newrevisiondialog.h"
#include "projectcontroller.h"

#include <QDir>
#include <QMainWindow>
#include <QtConcurrent/QtConcurrentRun>

namespace retort::gui {

MergeDialog *MigrationActions::mergeHeads()
{
    const std::shared_ptr<const Project> project = m_projects->project();
    if (!project)
        return nullptr;
    if (project->map().heads().size() < 2) {
        m_presenter->info(tr("The project has a single head: nothing to merge."));
        return nullptr;
    }
    auto *dialog = new MergeDialog(project, {}, m_window);
    showRevisionDialog(dialog);
    return dialog;
}

NewRevisionDialog *MigrationActions::newRevision()
{
    const std::shared_ptr<const Project> project = m_projects->project();
    if (!project || project->map().isEmpty())
        return nullptr;
    auto *dialog = new NewRevisionDialog(project, selected(), m_window);
    showRevisionDialog(dialog);
    return dialog;
}

void MigrationActions::showRevisionDialog(RevisionDialog *dialog)
{
    if (m_revisionDialog && !m_revisionDialog->isWriting())
        m_revisionDialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionDialog::writeRequested, this, &MigrationActions::writeRevision);
    m_revisionDialog = dialog;
    dialog->show();
}

void MigrationActions::writeRevision()
{
    auto *dialog = qobject_cast<RevisionDialog *>(sender());
    if (!dialog || m_writeWatcher.isRunning()) {
        if (dialog)
            dialog->writeFailed(tr("Another revision is being written; try again in a moment."));
        return;
    }
    m_revisionDialog = dialog;
    const std::shared_ptr<const Project> project = dialog->project();
    const NewRevisionRequest request = dialog->request();
    const auto now = dialog->clock();
    updateActions();
    // RevisionWriter touches the file system and may run post-write hooks: off the GUI thread.
    m_writeWatcher.setFuture(QtConcurrent::run([project, request, now]() -> Result<WrittenRevision> {
        RevisionWriter::Options options;
        options.now = now;
        options.captureHookOutput = true;
        const RevisionWriter writer(project->config(), project->map(), options);
        return writer.write(request);
    }));
}

void MigrationActions::writeFinished()
{
    const Result<WrittenRevision> written = m_writeWatcher.result();
    updateActions();
    if (!written) {
        const QString message = written.error().toString();
        if (m_revisionDialog)
            m_revisionDialog->writeFailed(message);
        m_presenter->error(tr("The revision was not written: %1").arg(message));
        Q_EMIT revisionWriteFailed(message);
        return;
    }
    log(QStringLiteral("Generating %1 ...  done").arg(QDir::toNativeSeparators(written->absolutePath)));
    m_presenter->info(tr("Wrote %1").arg(QDir::toNativeSeparators(written->absolutePath)));
    if (m_revisionDialog)
        m_revisionDialog->done(QDialog::Accepted);
    m_selectAfterReload = written->revision.id;
    m_projects->reload();
    Q_EMIT revisionWritten(written->absolutePath);
}

} // namespace retort::gui
