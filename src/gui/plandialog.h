#pragma once

#include "migrationrunner.h"

#include "commands/project.h"
#include "runtime/migrator.h"
#include "script/migrationplan.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPushButton;
class QTreeWidget;

namespace Ui {
class PlanDialog;
}

namespace retort::gui {

class SqlEditor;

// Shows a migration plan before anything runs and follows its run: the ordered steps, the SQL of
// the selected step (expected, then as executed), the warnings (transaction hazards, SQLite table
// rebuilds, steps that need the project's Python, the planner's notes) and the masked database
// URL. At a fork or merge the plan's alternatives are listed and the user picks one. The dialog
// runs nothing itself: it asks with previewRequested()/runRequested()/cancelRequested() and is
// told the progress through the slots. accept() (the Run button) starts the run when the plan is
// ready and closes the dialog once it is over; closing during a run asks to cancel instead.
// Threading: GUI thread only; never exec() it (show() or open()).
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Choosing, Previewing, Ready, Blocked, Running, Cancelling, Succeeded, Cancelled, Failed };
    Q_ENUM(State)

    PlanDialog(const QString &title, std::shared_ptr<const retort::Project> project, const MigrationPlan &plan,
               const QString &displayUrl, QWidget *parent = nullptr);
    ~PlanDialog() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Cancelling; }
    // The plan that runs: the planner's plan, continued with the chosen alternative.
    const MigrationPlan &plan() const { return m_plan; }
    std::shared_ptr<const Project> project() const { return m_project; }
    bool needsChoice() const { return m_plan.needsChoice(); }
    const QList<PlanAlternative> &alternatives() const { return m_plan.alternatives; }
    // Continues the plan with alternative index (then previewRequested()).
    void chooseAlternative(int index);

    // Every warning shown in the list, in order.
    QStringList warnings() const;
    // The SQL shown for a step ("-- Running upgrade a -> b" then the statements).
    QString stepSql(int index) const;
    QString stepStatus(int index) const;
    QString errorText() const;
    int completedSteps() const { return m_completed; }

    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *closeButton() const;
    QTreeWidget *stepsTree() const;
    SqlEditor *sqlView() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

    void setPreview(const QList<retort::gui::StepPreviewInfo> &steps, const QString &error);
    void runStarted();
    void stepStarted(int index, int count);
    void stepFinished(int index, const retort::StepReport &report);
    void runFinished(const retort::RunReport &report);
    void runCancelled(const retort::RunReport &report, const QString &message);
    void runFailed(int index, const QString &message, const retort::RunReport &report);

Q_SIGNALS:
    void previewRequested(const retort::MigrationPlan &plan);
    void runRequested(const retort::MigrationPlan &plan);
    void cancelRequested();
    void stateChanged(retort::gui::PlanDialog::State state);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fillSteps();
    void fillAlternatives();
    void fillWarnings();
    void showStep(int index);
    void setState(State state);
    void setStepStatus(int index, const QString &text, const QIcon &icon);
    void showError(const QString &message);
    void updateSummary();

    std::unique_ptr<Ui::PlanDialog> m_ui;
    std::shared_ptr<const Project> m_project;
    MigrationPlan m_plan;
    QString m_title;
    QString m_displayUrl;
    QList<StepPreviewInfo> m_preview;
    QString m_previewError;
    QStringList m_executed;    // per step: the SQL as executed (empty until it ran)
    State m_state = State::Previewing;
    int m_completed = 0;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
};

} // namespace retort::gui
