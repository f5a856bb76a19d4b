#include "databasepanel.h"

#include "ui_databasepanel.h"

#include "tablesmodel.h"

#include "script/migrationplan.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyle>

namespace retort::gui {

DatabasePanel::DatabasePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DatabasePanel>())
    , m_tables(new TablesModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_sorted->setSourceModel(m_tables);
    m_sorted->setSortRole(Qt::EditRole);
    m_ui->tablesView->setModel(m_sorted);
    m_ui->tablesView->sortByColumn(TablesModel::NameColumn, Qt::AscendingOrder);
    m_ui->tablesView->horizontalHeader()->setSectionResizeMode(TablesModel::NameColumn, QHeaderView::Stretch);
    m_ui->tablesView->horizontalHeader()->setSectionResizeMode(TablesModel::RowsColumn,
                                                                QHeaderView::ResizeToContents);
    m_ui->tablesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->headsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->headsTree->header()->setStretchLastSection(true);
    m_ui->toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_ui->headsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT revisionActivated(id);
    });
    clear();
}

DatabasePanel::~DatabasePanel() = default;

void DatabasePanel::setToolActions(const QList<QAction *> &actions)
{
    m_ui->toolBar->clear();
    m_ui->toolBar->addActions(actions);
}

void DatabasePanel::setProject(std::shared_ptr<const Project> project)
{
    m_project = std::move(project);
    showHeads();
}

void DatabasePanel::setState(DatabaseController::State state, const QString &displayUrl, const QString &error)
{
    QStyle::StandardPixmap icon = QStyle::SP_DialogNoButton;
    switch (state) {
    case DatabaseController::State::Disconnected:
        m_ui->stateLabel->setText(tr("Not connected"));
        break;
    case DatabaseController::State::Connecting:
        m_ui->stateLabel->setText(tr("Connecting…"));
        icon = QStyle::SP_BrowserReload;
        break;
    case DatabaseController::State::Connected:
        m_ui->stateLabel->setText(tr("Connected"));
        icon = QStyle::SP_DialogApplyButton;
        break;
    case DatabaseController::State::Failed:
        m_ui->stateLabel->setText(tr("Connection failed"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->stateIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // The full error is in the message bar and the log; here the URL and a tooltip.
    m_ui->urlLabel->setText(displayUrl.isEmpty() ? tr("Connect to a database (Ctrl+D) to see its current "
                                                      "revisions and tables.")
                                                 : displayUrl);
    m_ui->urlLabel->setToolTip(error);
    if (state != DatabaseController::State::Connected) {
        m_hasSnapshot = false;
        m_snapshot = {};
        m_ui->serverVersionLabel->setText(state == DatabaseController::State::Failed
                                              ? tr("Could not connect: see the message above the graph and the log.")
                                              : QString());
        m_tables->setTables({});
        m_ui->tablesTitle->setText(tr("Tables"));
        showHeads();
    }
    const bool connected = state == DatabaseController::State::Connected;
    m_ui->headsTitle->setEnabled(connected);
    m_ui->tablesTitle->setEnabled(connected);
}

void DatabasePanel::setSnapshot(const DatabaseSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    m_ui->urlLabel->setText(snapshot.displayUrl);
    m_ui->urlLabel->setToolTip({});
    m_ui->serverVersionLabel->setText(
        tr("%1 · read at %2")
            .arg(snapshot.serverVersion, QLocale().toString(snapshot.readAt.time(), QLocale::ShortFormat)));
    m_tables->setTables(snapshot.tables);
    m_ui->tablesTitle->setText(tr("Tables (%1)").arg(snapshot.tables.size()));
    showHeads();
}

void DatabasePanel::clear()
{
    setState(DatabaseController::State::Disconnected, {}, {});
}

void DatabasePanel::showHeads()
{
    m_ui->headsTree->clear();
    m_heads.clear();
    m_headsError.clear();
    if (!m_hasSnapshot)
        return;
    auto addLine = [this](const QString &id, const QString &message, const QString &target) {
        auto *item = new QTreeWidgetItem(m_ui->headsTree, {id, message});
        item->setData(0, Qt::UserRole, target);
        item->setToolTip(1, message);
        return item;
    };
    if (m_snapshot.rows.isEmpty()) {
        addLine(tr("(base)"),
                m_snapshot.versionTableExists ? tr("The version table is empty: no revision applied")
                                              : tr("No version table: no revision applied"),
                {});
        return;
    }
    if (!m_project) {
        for (const QString &row : m_snapshot.rows) {
            m_heads << row;
            addLine(row, {}, row);
        }
        return;
    }
    const RevisionMap &map = m_project->map();
    Result<QList<int>> current = MigrationPlanner(map).current(m_snapshot.rows, ErrorStyle::Detailed);
    if (!current) {
        m_headsError = current.error().message;
        for (const QString &row : m_snapshot.rows) {
            auto *item = addLine(row, m_headsError, map.indexOfId(row) >= 0 ? row : QString());
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        return;
    }
    for (int index : *current) {
        const Revision &r = map.revision(index);
        m_heads << r.id;
        QString message = r.doc;
        if (map.isHead(index))
            message = tr("%1 (head)").arg(message);
        addLine(r.id, message, r.id);
    }
}

} // namespace retort::gui
