#include "journalpanel.h"

#include "journalmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort::gui {

JournalPanel::JournalPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalModel(this))
    , m_view(new QTableView(this))
    , m_refresh(new QAction(tr("&Refresh Journal"), this))
    , m_databaseOnly(new QCheckBox(tr("This database only"), this))
    , m_status(new QLabel(this))
    , m_path(Journal::defaultPath())
{
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_refresh->setObjectName(QStringLiteral("actionRefreshJournal"));
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setToolTip(tr("Read the journal again"));
    connect(m_refresh, &QAction::triggered, this, &JournalPanel::refresh);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setAutoRaise(true);
    m_databaseOnly->setToolTip(tr("List only the steps applied to the connected database"));
    connect(m_databaseOnly, &QCheckBox::toggled, this, &JournalPanel::apply);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *bar = new QHBoxLayout;
    bar->addWidget(refreshButton);
    bar->addWidget(m_databaseOnly);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(&m_watcher, &QFutureWatcher<Result<QList<JournalEntry>>>::finished, this, &JournalPanel::readFinished);
}

JournalPanel::~JournalPanel()
{
    m_watcher.waitForFinished();
}

void JournalPanel::setJournalPath(const QString &path)
{
    m_path = path.isEmpty() ? Journal::defaultPath() : path;
}

void JournalPanel::setDatabase(const QString &displayUrl)
{
    if (m_database == displayUrl)
        return;
    m_database = displayUrl;
    apply();
}

void JournalPanel::setDatabaseOnly(bool only)
{
    m_databaseOnly->setChecked(only);
}

void JournalPanel::refresh()
{
    if (m_watcher.isRunning()) {
        m_pending = true;   // the file may have changed after the running read opened it
        return;
    }
    m_status->setText(tr("Reading…"));
    m_watcher.setFuture(QtConcurrent::run([path = m_path] { return Journal::read(path); }));
}

void JournalPanel::readFinished()
{
    const Result<QList<JournalEntry>> result = m_watcher.result();
    if (result) {
        m_entries = *result;
        m_error.clear();
    } else {
        m_entries.clear();
        m_error = result.error().toString();
    }
    if (m_pending) {
        m_pending = false;
        refresh();
        return;
    }
    apply();
    Q_EMIT refreshed();
}

void JournalPanel::apply()
{
    QList<JournalEntry> shown;
    const bool filter = m_databaseOnly->isChecked() && !m_database.isEmpty();
    for (const JournalEntry &e : m_entries)
        if (!filter || e.database == m_database)
            shown << e;
    m_model->setEntries(shown);
    if (!m_error.isEmpty())
        m_status->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), m_error));
    else
        m_status->setText(tr("%n step(s) in %1", nullptr, int(shown.size())).arg(QDir::toNativeSeparators(m_path)));
    m_status->setToolTip(m_status->text());
}

} // namespace retort::gui
