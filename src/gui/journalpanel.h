#pragma once

#include "core/result.h"
#include "runtime/journal.h"

#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace retort::gui {

class JournalModel;

// The journal dock: every step Retort applied (who, when, how long, outcome, SQL checksum), newest
// first, optionally only those on the connected database. refresh() reads the file on a pool
// thread (QtConcurrent + QFutureWatcher) and answers with refreshed().
// Threading: GUI thread only; the read runs elsewhere.
class JournalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPanel(QWidget *parent = nullptr);
    ~JournalPanel() override;

    void setJournalPath(const QString &path);   // default Journal::defaultPath()
    QString journalPath() const { return m_path; }
    // The masked URL of the connected database; with the filter on, only its steps are listed.
    void setDatabase(const QString &displayUrl);
    void setDatabaseOnly(bool only);

    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *refreshAction() const { return m_refresh; }
    bool isReading() const { return m_watcher.isRunning(); }
    QString errorString() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void readFinished();
    void apply();

    JournalModel *m_model;
    QTableView *m_view;
    QAction *m_refresh;
    QCheckBox *m_databaseOnly;
    QLabel *m_status;
    QFutureWatcher<Result<QList<JournalEntry>>> m_watcher;
    QList<JournalEntry> m_entries;
    QString m_path;
    QString m_database;
    QString m_error;
    bool m_pending = false;
};

} // namespace retort::gui
