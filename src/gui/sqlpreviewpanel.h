#pragma once

#include "sqlpreviewjob.h"

#include "commands/project.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QToolButton;

namespace retort::gui {

class SqlEditor;

// The SQL the selected revision's upgrade() or downgrade() runs, for a chosen dialect (default:
// setDefaultDialect(), else the project's database URL backend, else SQLite), in a read-only SQL
// editor with Copy and "Save as .sql". Generated on a worker (generateSqlPreview); a newer request
// supersedes an older one. When the body cannot be interpreted or needs the project's Python,
// the message says why with file:line.
// Threading: GUI thread only; the generation runs on QtConcurrent's pool.
class SqlPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SqlPreviewPanel(QWidget *parent = nullptr);
    ~SqlPreviewPanel() override;

    void setProject(std::shared_ptr<const retort::Project> project);
    void setDefaultDialect(const QString &dialect);    // "sqlite"/"postgresql" from the connection
    void showRevision(int index);

    // Extra API (tests, main window).
    void setDowngrade(bool downgrade);
    bool isDowngrade() const;
    void setDialect(const QString &dialect);
    QString dialect() const;
    QString sql() const;
    QString message() const;
    bool isGenerating() const { return m_running; }
    bool saveSql(const QString &fileName);
    SqlEditor *editor() const { return m_editor; }

public Q_SLOTS:
    void copySql();
    void saveSqlAs();

Q_SIGNALS:
    void previewReady();   // sql() and message() are up to date

private:
    void regenerate();
    void showResult(const SqlPreviewResult &result);
    void setMessage(const QString &text, bool problem);

    std::shared_ptr<const Project> m_project;
    QString m_defaultDialect;
    int m_revision = -1;
    int m_generation = 0;
    bool m_running = false;
    QToolButton *m_upgrade;
    QToolButton *m_downgrade;
    QComboBox *m_dialect;
    QToolButton *m_copy;
    QToolButton *m_save;
    QLabel *m_message;
    SqlEditor *m_editor;
    QFutureWatcher<SqlPreviewResult> m_watcher;
};

} // namespace retort::gui
