#include "sqlpreviewpanel.h"

#include "sqleditor.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort::gui {

SqlPreviewPanel::SqlPreviewPanel(QWidget *parent)
    : QWidget(parent), m_upgrade(new QToolButton(this)), m_downgrade(new QToolButton(this)),
      m_dialect(new QComboBox(this)), m_copy(new QToolButton(this)), m_save(new QToolButton(this)),
      m_message(new QLabel(this)), m_editor(new SqlEditor(this))
{
    setObjectName(QStringLiteral("sqlPreviewPanel"));
    m_upgrade->setObjectName(QStringLiteral("upgradeButton"));
    m_upgrade->setText(tr("Upgrade"));
    m_upgrade->setToolTip(tr("The SQL this revision's upgrade() runs"));
    m_downgrade->setObjectName(QStringLiteral("downgradeButton"));
    m_downgrade->setText(tr("Downgrade"));
    m_downgrade->setToolTip(tr("The SQL this revision's downgrade() runs"));
    auto *direction = new QButtonGroup(this);
    for (QToolButton *b : {m_upgrade, m_downgrade}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        direction->addButton(b);
    }
    m_upgrade->setChecked(true);
    m_dialect->setObjectName(QStringLiteral("dialectBox"));
    m_dialect->addItem(tr("SQLite"), QStringLiteral("sqlite"));
    m_dialect->addItem(tr("PostgreSQL"), QStringLiteral("postgresql"));
    m_dialect->setToolTip(tr("SQL dialect"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the SQL to the clipboard"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save as .sql…"));
    for (QToolButton *b : {m_copy, m_save})
        b->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_upgrade);
    bar->addWidget(m_downgrade);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Dialect:"), this));
    bar->addWidget(m_dialect);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);

    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setReadOnly(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);

    connect(direction, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            regenerate();
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SqlPreviewPanel::regenerate);
    connect(m_copy, &QToolButton::clicked, this, &SqlPreviewPanel::copySql);
    connect(m_save, &QToolButton::clicked, this, &SqlPreviewPanel::saveSqlAs);
    connect(&m_watcher, &QFutureWatcher<SqlPreviewResult>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation || m_watcher.future().resultCount() == 0)
            return;
        m_running = false;
        showResult(m_watcher.result());
    });
    regenerate();
}

SqlPreviewPanel::~SqlPreviewPanel()
{
    m_watcher.waitForFinished();
}

void SqlPreviewPanel::setProject(std::shared_ptr<const retort::Project> project)
{
    m_project = std::move(project);
    m_revision = -1;
    QString dialect = m_defaultDialect;
    if (dialect.isEmpty() && m_project) {
        Result<ResolvedUrl> url = m_project->databaseUrl(QString());
        if (url.ok())
            dialect = url->url.backend();
    }
    if (!dialect.isEmpty())
        setDialect(dialect);
    regenerate();
}

void SqlPreviewPanel::setDefaultDialect(const QString &dialect)
{
    m_defaultDialect = dialect;
    setDialect(dialect);
}

void SqlPreviewPanel::setDialect(const QString &dialect)
{
    const int i = m_dialect->findData(dialect);
    if (i >= 0)
        m_dialect->setCurrentIndex(i);   // regenerates when it changes
}

QString SqlPreviewPanel::dialect() const
{
    return m_dialect->currentData().toString();
}

void SqlPreviewPanel::setDowngrade(bool downgrade)
{
    (downgrade ? m_downgrade : m_upgrade)->setChecked(true);
}

bool SqlPreviewPanel::isDowngrade() const
{
    return m_downgrade->isChecked();
}

void SqlPreviewPanel::showRevision(int index)
{
    if (index == m_revision && m_running)
        return;
    m_revision = index;
    regenerate();
}

QString SqlPreviewPanel::sql() const
{
    return m_editor->text();
}

QString SqlPreviewPanel::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void SqlPreviewPanel::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fdecea; color: #7a1a1a; border-bottom: 1px solid #e0a0a0; }")
                                     : QStringLiteral("QLabel { background: #eef4fb; color: #1f3f6f; border-bottom: 1px solid #c0d4ea; }"));
}

void SqlPreviewPanel::regenerate()
{
    ++m_generation;
    const bool valid = m_project && m_revision >= 0 && m_revision < m_project->map().size();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    if (!valid) {
        m_running = false;
        m_editor->setText(QString());
        setMessage(m_project ? tr("Select a revision to see the SQL it runs.") : tr("No project is open."), false);
        Q_EMIT previewReady();
        return;
    }
    SqlPreviewRequest request;
    request.project = m_project;
    request.revision = m_revision;
    request.downgrade = isDowngrade();
    request.dialect = dialect();
    m_running = true;
    setMessage(tr("Generating the SQL…"), false);
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run(&generateSqlPreview, request));
}

void SqlPreviewPanel::showResult(const SqlPreviewResult &result)
{
    if (result.ok) {
        m_editor->setText(result.sql);
        setMessage(result.note.isEmpty() ? QStringLiteral("<code>%1</code>").arg(result.command.toHtmlEscaped())
                                         : result.note.toHtmlEscaped(),
                   false);
        m_message->setTextFormat(Qt::RichText);
        m_copy->setEnabled(true);
        m_save->setEnabled(true);
    } else {
        m_editor->setText(QString());
        m_message->setTextFormat(Qt::PlainText);
        setMessage(result.needsPython ? result.error
                                      : tr("The SQL cannot be generated:\n%1").arg(result.error),
                   true);
    }
    Q_EMIT previewReady();
}

void SqlPreviewPanel::copySql()
{
    if (!sql().isEmpty())
        QApplication::clipboard()->setText(sql());
}

bool SqlPreviewPanel::saveSql(const QString &fileName)
{
    QSaveFile file(fileName);
    if (sql().isEmpty() || !file.open(QIODevice::WriteOnly))
        return false;
    file.write(sql().toUtf8());
    return file.commit();
}

void SqlPreviewPanel::saveSqlAs()
{
    if (sql().isEmpty() || !m_project)
        return;
    const Revision &r = m_project->map().revision(m_revision);
    const QString suggested = QStringLiteral("%1_%2_%3.sql").arg(r.id, isDowngrade() ? QStringLiteral("downgrade") : QStringLiteral("upgrade"), dialect());
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save SQL"), suggested, tr("SQL files (*.sql)"));
    if (!fileName.isEmpty())
        saveSql(fileName);
}

} // namespace retort::gui
