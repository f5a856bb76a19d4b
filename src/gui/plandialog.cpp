#include "plandialog.h"

#include "ui_plandialog.h"

#include "sqleditor.h"

#include "script/revisionmap.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>

namespace retort::gui {

namespace {

enum StepColumn { NumberColumn, StepColumn, StatusColumn };

QString rowsText(const QStringList &rows)
{
    return rows.isEmpty() ? PlanDialog::tr("base") : rows.join(QStringLiteral(", "));
}

QString directionVerb(StepDirection direction)
{
    switch (direction) {
    case StepDirection::Upgrade: return PlanDialog::tr("Upgrade");
    case StepDirection::Downgrade: return PlanDialog::tr("Downgrade");
    case StepDirection::Stamp: return PlanDialog::tr("Stamp");
    }
    return {};
}

} // namespace

PlanDialog::PlanDialog(const QString &title, std::shared_ptr<const Project> project, const MigrationPlan &plan,
                       const QString &displayUrl, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanDialog>())
    , m_project(std::move(project))
    , m_plan(plan)
    , m_title(title)
    , m_displayUrl(displayUrl)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    setObjectName(QStringLiteral("planDialog"));
    m_ui->sqlView->setReadOnly(true);
    m_ui->stepsTree->header()->setStretchLastSection(false);
    m_ui->stepsTree->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_ui->stepsTree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; }"));

    m_runButton = m_ui->buttonBox->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_stopButton = m_ui->buttonBox->addButton(tr("&Stop After This Step"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stopButton->setToolTip(tr("Cancel the run: the step that is running completes (or fails), no further step starts"));
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, this, &PlanDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    connect(m_ui->stepsTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showStep(item ? m_ui->stepsTree->indexOfTopLevelItem(item) : -1);
    });
    connect(m_ui->alternativesList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->chooseButton->setEnabled(row >= 0 && m_state == State::Choosing); });
    connect(m_ui->alternativesList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseAlternative(m_ui->alternativesList->row(item)); });
    connect(m_ui->chooseButton, &QPushButton::clicked, this,
            [this] { chooseAlternative(m_ui->alternativesList->currentRow()); });

    m_ui->databaseLabel->setText(tr("Database: %1").arg(m_displayUrl.toHtmlEscaped()));
    fillAlternatives();
    fillSteps();
    fillWarnings();
    setState(m_plan.needsChoice() ? State::Choosing : State::Previewing);
}

PlanDialog::~PlanDialog() = default;

QPushButton *PlanDialog::closeButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Close);
}

QTreeWidget *PlanDialog::stepsTree() const
{
    return m_ui->stepsTree;
}

SqlEditor *PlanDialog::sqlView() const
{
    return m_ui->sqlView;
}

void PlanDialog::fillAlternatives()
{
    m_ui->alternativesList->clear();
    m_ui->alternativesBox->setVisible(m_plan.needsChoice());
    // Nothing to list before the choice when the fork comes first: the alternatives take the room.
    const bool onlyChoice = m_plan.needsChoice() && m_plan.steps.isEmpty();
    m_ui->splitter->setVisible(!onlyChoice);
    m_ui->alternativesList->setMaximumHeight(onlyChoice ? QWIDGETSIZE_MAX : 110);
    if (!m_plan.needsChoice())
        return;
    const QString at = m_plan.steps.isEmpty() ? rowsText(m_plan.startHeads) : rowsText(m_plan.steps.last().headsAfter);
    m_ui->alternativesHint->setText(
        tr("The next step from %1 is ambiguous (a branch or merge point). Retort runs one revision per step: choose "
           "which one comes next.").arg(at));
    for (const PlanAlternative &a : m_plan.alternatives) {
        QStringList names;
        for (const MigrationStep &s : a.steps)
            names << s.shortLog();
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2   (%3)").arg(a.revisionId, a.doc, names.join(QStringLiteral("; "))),
                                         m_ui->alternativesList);
        item->setToolTip(tr("Heads afterwards: %1").arg(rowsText(a.headsAfter)));
    }
    m_ui->alternativesList->setCurrentRow(-1);
}

void PlanDialog::chooseAlternative(int index)
{
    if (m_state != State::Choosing || index < 0 || index >= m_plan.alternatives.size())
        return;
    const PlanAlternative chosen = m_plan.alternatives.at(index);
    m_plan.steps += chosen.steps;
    m_plan.endHeads = chosen.headsAfter;
    m_plan.alternatives.clear();
    m_preview.clear();
    fillAlternatives();
    fillSteps();
    fillWarnings();
    setState(State::Previewing);
    Q_EMIT previewRequested(m_plan);
}

void PlanDialog::fillSteps()
{
    m_ui->stepsTree->clear();
    m_executed = QStringList(m_plan.steps.size(), QString());
    m_completed = 0;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const MigrationStep &s = m_plan.steps.at(i);
        auto *item = new QTreeWidgetItem(m_ui->stepsTree);
        item->setText(NumberColumn, QString::number(i + 1));
        // The revision and what it does; the full Alembic line ("upgrade a -> b, doc") as tooltip.
        item->setText(StepColumn, s.direction == StepDirection::Stamp
                                      ? s.shortLog()
                                      : QStringLiteral("%1  %2").arg(s.revisionId, s.doc.section(QLatin1Char('\n'), 0, 0)));
        item->setToolTip(StepColumn, tr("%1\nVersion table afterwards: %2").arg(s.logMessage(), rowsText(s.headsAfter)));
        item->setText(StatusColumn, tr("pending"));
    }
    m_ui->progressBar->setRange(0, std::max<int>(1, int(m_plan.steps.size())));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("%v of %1 steps").arg(m_plan.steps.size()));
    if (!m_plan.steps.isEmpty())
        m_ui->stepsTree->setCurrentItem(m_ui->stepsTree->topLevelItem(0));
    else
        showStep(-1);
    updateSummary();
}

void PlanDialog::updateSummary()
{
    QString text;
    const QString verb = directionVerb(m_plan.direction);
    if (m_plan.needsChoice()) {
        text = tr("<b>%1</b> from <b>%2</b>: choose the branch").arg(verb, rowsText(m_plan.startHeads).toHtmlEscaped());
    } else {
        text = tr("<b>%1</b> from <b>%2</b> to <b>%3</b>: %n step(s)", nullptr, int(m_plan.steps.size()))
                   .arg(verb, rowsText(m_plan.startHeads).toHtmlEscaped(), rowsText(m_plan.endHeads).toHtmlEscaped());
        if (m_plan.purge)
            text += tr(" (the version table is emptied first)");
    }
    m_ui->summaryLabel->setText(text);
}

void PlanDialog::fillWarnings()
{
    m_ui->warningsList->clear();
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    auto add = [&](const QString &text, const QIcon &icon) { new QListWidgetItem(icon, text, m_ui->warningsList); };
    for (const QString &w : m_plan.warnings)
        add(w, warn);
    if (!m_previewError.isEmpty())
        add(tr("The SQL could not be previewed: %1").arg(m_previewError), warn);
    for (int i = 0; i < m_preview.size() && i < m_plan.steps.size(); ++i) {
        const StepPreviewInfo &p = m_preview.at(i);
        const QString step = tr("Step %1 (%2)").arg(i + 1).arg(m_plan.steps.at(i).revisionId.isEmpty()
                                                                   ? tr("stamp")
                                                                   : m_plan.steps.at(i).revisionId);
        for (const QString &r : p.pythonReasons)
            add(tr("%1 needs the project's Python: %2").arg(step, r), warn);
        for (const QString &w : p.warnings)
            add(QStringLiteral("%1: %2").arg(step, w), warn);
        if (!p.note.isEmpty())
            add(QStringLiteral("%1: %2").arg(step, p.note), info);
    }
    if (m_ui->warningsList->count() == 0 && m_state != State::Previewing && m_state != State::Choosing)
        add(tr("No warnings: every step runs in its own transaction."), info);
}

QStringList PlanDialog::warnings() const
{
    QStringList out;
    for (int i = 0; i < m_ui->warningsList->count(); ++i)
        out << m_ui->warningsList->item(i)->text();
    return out;
}

QString PlanDialog::stepSql(int index) const
{
    if (index < 0 || index >= m_plan.steps.size())
        return {};
    const MigrationStep &s = m_plan.steps.at(index);
    QString out = QStringLiteral("-- Running %1\n").arg(s.logMessage());
    if (!m_executed.value(index).isEmpty())
        return out + QStringLiteral("-- (as executed)\n\n") + m_executed.at(index);
    if (index >= m_preview.size()) {
        out += m_previewError.isEmpty() ? tr("-- (rendering the SQL...)\n") : QStringLiteral("-- %1\n").arg(m_previewError);
        return out;
    }
    const StepPreviewInfo &p = m_preview.at(index);
    if (!p.note.isEmpty())
        out += QStringLiteral("-- note: %1\n").arg(p.note);
    out += QLatin1Char('\n');
    for (const QString &sql : p.statements)
        out += sql.trimmed() + QStringLiteral(";\n\n");
    return out;
}

QString PlanDialog::stepStatus(int index) const
{
    QTreeWidgetItem *item = m_ui->stepsTree->topLevelItem(index);
    return item ? item->text(StatusColumn) : QString();
}

QString PlanDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PlanDialog::showStep(int index)
{
    m_ui->sqlView->setText(index < 0 ? QString() : stepSql(index));
}

void PlanDialog::setPreview(const QList<StepPreviewInfo> &steps, const QString &error)
{
    if (m_state != State::Previewing)
        return;
    m_preview = steps;
    m_previewError = error;
    QStringList python;
    for (int i = 0; i < steps.size(); ++i)
        if (!steps.at(i).pythonReasons.isEmpty())
            python << QString::number(i + 1);
    if (!python.isEmpty()) {
        showError(tr("Step(s) %1 need the project's Python, which Retort cannot run here; nothing will run. Use "
                     "`alembic` for this plan, or make the revision run in the built-in interpreter.")
                      .arg(python.join(QStringLiteral(", "))));
        setState(State::Blocked);
    } else {
        setState(State::Ready);
    }
    fillWarnings();
    showStep(m_ui->stepsTree->currentIndex().row());
}

void PlanDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running || state == State::Cancelling;
    const bool over = state == State::Succeeded || state == State::Cancelled || state == State::Failed;
    m_runButton->setVisible(!running && !over);
    m_runButton->setEnabled(state == State::Ready && !m_plan.steps.isEmpty());
    m_runButton->setDefault(state == State::Ready);
    m_stopButton->setVisible(running);
    m_stopButton->setEnabled(state == State::Running);
    if (QPushButton *close = closeButton()) {
        close->setEnabled(!running);
        close->setDefault(over);
    }
    m_ui->chooseButton->setEnabled(state == State::Choosing && m_ui->alternativesList->currentRow() >= 0);
    m_ui->alternativesList->setEnabled(state == State::Choosing);
    m_ui->progressBar->setVisible(state != State::Choosing);
    if (state == State::Previewing)
        m_ui->progressBar->setFormat(tr("Rendering the SQL…"));
    else if (state == State::Ready || state == State::Blocked)
        m_ui->progressBar->setFormat(tr("%v of %1 steps").arg(m_plan.steps.size()));
    Q_EMIT stateChanged(state);
}

void PlanDialog::setStepStatus(int index, const QString &text, const QIcon &icon)
{
    if (QTreeWidgetItem *item = m_ui->stepsTree->topLevelItem(index)) {
        item->setText(StatusColumn, text);
        item->setIcon(StatusColumn, icon);
    }
}

void PlanDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void PlanDialog::accept()
{
    if (m_state == State::Ready && !m_plan.steps.isEmpty()) {
        Q_EMIT runRequested(m_plan);
        return;
    }
    if (!isRunning())
        QDialog::accept();
}

void PlanDialog::reject()
{
    if (m_state == State::Running) {
        setState(State::Cancelling);
        m_ui->progressBar->setFormat(tr("Stopping after this step…"));
        Q_EMIT cancelRequested();
        return;
    }
    if (m_state == State::Cancelling)
        return;
    QDialog::reject();
}

void PlanDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        reject();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void PlanDialog::runStarted()
{
    showError({});
    setState(State::Running);
    m_ui->progressBar->setFormat(tr("%v of %1 steps").arg(m_plan.steps.size()));
}

void PlanDialog::stepStarted(int index, int count)
{
    Q_UNUSED(count);
    setStepStatus(index, tr("running…"), style()->standardIcon(QStyle::SP_MediaPlay));
    if (QTreeWidgetItem *item = m_ui->stepsTree->topLevelItem(index))
        m_ui->stepsTree->setCurrentItem(item);
    if (m_state == State::Running)
        m_ui->progressBar->setFormat(tr("Step %1 of %2: %3").arg(index + 1).arg(m_plan.steps.size())
                                         .arg(m_plan.steps.value(index).shortLog()));
}

void PlanDialog::stepFinished(int index, const StepReport &report)
{
    if (index >= 0 && index < m_executed.size()) {
        QString sql;
        for (const QString &s : report.statements)
            sql += s.trimmed() + QStringLiteral(";\n\n");
        m_executed[index] = sql;
    }
    setStepStatus(index, tr("done in %1 ms").arg(report.durationMs), style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_completed = index + 1;
    m_ui->progressBar->setValue(m_completed);
    if (m_ui->stepsTree->currentIndex().row() == index)
        showStep(index);
    for (const QString &w : report.warnings)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                            tr("Step %1 (ran): %2").arg(index + 1).arg(w), m_ui->warningsList);
}

void PlanDialog::runFinished(const RunReport &report)
{
    setState(State::Succeeded);
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->progressBar->setFormat(tr("Done: %n step(s) applied", nullptr, int(report.steps.size())));
    QString text = tr("The database is now at %1.").arg(rowsText(report.rowsAfter));
    if (!report.snapshotPath.isEmpty())
        text += QLatin1Char(' ') + tr("Snapshot taken before the run: %1").arg(report.snapshotPath);
    m_ui->databaseLabel->setText(tr("Database: %1").arg(m_displayUrl) + QStringLiteral("\n") + text);
}

void PlanDialog::runCancelled(const RunReport &report, const QString &message)
{
    setState(State::Cancelled);
    for (int i = int(report.steps.size()); i < m_plan.steps.size(); ++i)
        setStepStatus(i, tr("not run"), style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_ui->progressBar->setFormat(tr("Cancelled after %1 of %2 steps").arg(report.steps.size()).arg(m_plan.steps.size()));
    showError(message);
}

void PlanDialog::runFailed(int index, const QString &message, const RunReport &report)
{
    setState(State::Failed);
    for (int i = int(report.steps.size()); i < m_plan.steps.size(); ++i)
        setStepStatus(i, i == index ? tr("failed, rolled back") : tr("not run"),
                      style()->standardIcon(i == index ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogCancelButton));
    if (QTreeWidgetItem *item = m_ui->stepsTree->topLevelItem(index))
        m_ui->stepsTree->setCurrentItem(item);
    m_ui->progressBar->setFormat(index >= 0 ? tr("Failed at step %1 of %2").arg(index + 1).arg(m_plan.steps.size())
                                            : tr("Failed before the first step"));
    QString text = message;
    if (index >= 0 && index < m_plan.steps.size() && !message.contains(m_plan.steps.at(index).shortLog()))
        text = tr("Step %1 (%2) failed:\n%3").arg(index + 1).arg(m_plan.steps.at(index).shortLog(), message);
    showError(text);
}

} // namespace retort::gui
