#include "connectiondialog.h"

#include "ui_connectiondialog.h"

#include "databasecontroller.h"
#include "passwordstore.h"
#include "recentlistmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace retort::gui {

namespace {

constexpr int kSqlitePage = 0;
constexpr int kPostgresqlPage = 1;

} // namespace

ConnectionDialog::ConnectionDialog(DatabaseController *tester, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_tester(tester)
    , m_passwords(passwords)
    , m_choices(new RecentListModel(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    // The three forms read as one: same label column, no extra indent on the backend pages.
    m_ui->sqliteForm->setContentsMargins(0, 0, 0, 0);
    m_ui->postgresqlForm->setContentsMargins(0, 0, 0, 0);
    const QList<QLabel *> labels{m_ui->recentLabel, m_ui->urlLabel, m_ui->backendLabel, m_ui->fileLabel,
                                 m_ui->hostLabel, m_ui->userLabel, m_ui->passwordLabel, m_ui->databaseLabel};
    int labelWidth = 0;
    for (QLabel *label : labels)
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    // The stack is as tall as the page shown, not as the tallest page.
    m_ui->backendPages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_ui->backendPages, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_ui->backendPages->count(); ++i)
            m_ui->backendPages->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Maximum : QSizePolicy::Ignored);
        m_ui->backendPages->updateGeometry();
    });
    Q_EMIT m_ui->backendPages->currentChanged(m_ui->backendPages->currentIndex());
    m_ui->recentCombo->setModel(m_choices);
    m_ui->recentCombo->setPlaceholderText(tr("No saved connections yet"));

    connect(m_ui->recentCombo, &QComboBox::activated, this, &ConnectionDialog::chooseSaved);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, &ConnectionDialog::urlEdited);
    connect(m_ui->urlEdit, &QLineEdit::editingFinished, this, &ConnectionDialog::showFields);
    connect(m_ui->backendCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->backendPages->setCurrentIndex(index);
        if (m_updating)
            return;
        const QString backend = index == kSqlitePage ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
        if (backend != m_fields.backend) {
            m_fields = ConnectionFields();
            m_fields.backend = backend;
            showFields();
        }
    });
    for (QLineEdit *edit : {m_ui->fileEdit, m_ui->hostEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsEdited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionDialog::browseFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    if (m_tester) {
        connect(m_tester, &DatabaseController::testFinished, this, [this](int request, bool ok, const QString &message) {
            if (request != m_testRequest)
                return;
            m_testRequest = -1;
            m_ui->testButton->setEnabled(true);
            m_ui->testResultLabel->setText(ok ? tr("Connected: %1").arg(message) : message);
            m_ui->testResultLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b;"));
            Q_EMIT testFinished(ok, message);
        });
    }
    if (m_passwords) {
        connect(m_passwords, &PasswordStore::readFinished, this,
                [this](const QString &key, bool found, const QString &password) {
                    if (key != m_pendingKeychainKey)
                        return;
                    m_pendingKeychainKey.clear();
                    if (found && m_fields.password.isEmpty() && m_fields.keychainKey() == key) {
                        m_fields.password = password;
                        m_ui->passwordEdit->setText(password);
                        m_ui->rememberCheck->setChecked(true);
                    }
                    updateKeychainNote();
                });
        connect(m_passwords, &PasswordStore::availabilityChanged, this, &ConnectionDialog::updateKeychainNote);
    }
    showFields();
    updateKeychainNote();
}

ConnectionDialog::~ConnectionDialog()
{
    // Hiding the dialog on destruction moves the focus: no editingFinished into a half-destroyed dialog.
    m_ui->urlEdit->disconnect(this);
}

void ConnectionDialog::setChoices(const QString &baseDir, const QString &projectUrl,
                                  const QString &projectUrlSource, const QStringList &recentUrls)
{
    m_baseDir = baseDir;
    QList<RecentListModel::Item> items;
    if (!projectUrl.isEmpty()) {
        const QString masked = maskPasswords(projectUrl);
        items.append({tr("%1 (from %2)").arg(masked, projectUrlSource),
                      tr("The database this project names itself"), projectUrl});
    }
    for (const QString &url : recentUrls) {
        if (!projectUrl.isEmpty() && maskPasswords(projectUrl) == maskPasswords(url))
            continue;
        items.append({maskPasswords(url), tr("Used recently with this project"), url});
    }
    m_choices->setItems(items);
    m_ui->recentCombo->setEnabled(!items.isEmpty());
    if (!items.isEmpty()) {
        m_ui->recentCombo->setCurrentIndex(0);
        chooseSaved(0);
    }
}

void ConnectionDialog::chooseSaved(int row)
{
    const QString value = m_choices->value(row);
    if (!value.isEmpty())
        setUrl(value);
}

void ConnectionDialog::setUrl(const QString &urlText)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parseSyntax(urlText.trimmed());
    if (!parsed) {
        m_ui->urlEdit->setText(maskPasswords(urlText));
        return;
    }
    m_fields = ConnectionFields::fromUrl(*parsed);
    m_ui->testResultLabel->clear();
    showFields();
    lookUpPassword();
}

QString ConnectionDialog::url(bool withPassword) const
{
    return m_fields.toUrl(withPassword);
}

bool ConnectionDialog::rememberPassword() const
{
    return !m_fields.isSqlite() && m_ui->rememberCheck->isChecked() && m_ui->rememberCheck->isEnabled();
}

QString ConnectionDialog::testResult() const
{
    return m_ui->testResultLabel->text();
}

void ConnectionDialog::urlEdited(const QString &text)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parseSyntax(text.trimmed());
    if (!parsed)
        return;   // half-typed: the fields keep their last good state
    const QString oldPassword = m_fields.password;
    m_fields = ConnectionFields::fromUrl(*parsed);
    if (m_fields.password.isEmpty() && !m_fields.isSqlite())
        m_fields.password = oldPassword;
    m_updating = true;
    m_ui->backendCombo->setCurrentIndex(m_fields.isSqlite() ? kSqlitePage : kPostgresqlPage);
    m_ui->fileEdit->setText(m_fields.isSqlite() ? m_fields.database : QString());
    m_ui->hostEdit->setText(m_fields.host);
    m_ui->portSpin->setValue(qMax(0, m_fields.port));
    m_ui->userEdit->setText(m_fields.user);
    m_ui->passwordEdit->setText(m_fields.password);
    m_ui->databaseEdit->setText(m_fields.isSqlite() ? QString() : m_fields.database);
    m_updating = false;
}

void ConnectionDialog::fieldsEdited()
{
    if (m_updating)
        return;
    if (m_fields.isSqlite()) {
        m_fields.database = m_ui->fileEdit->text();
    } else {
        m_fields.host = m_ui->hostEdit->text();
        m_fields.port = m_ui->portSpin->value() > 0 ? m_ui->portSpin->value() : -1;
        m_fields.user = m_ui->userEdit->text();
        m_fields.password = m_ui->passwordEdit->text();
        m_fields.database = m_ui->databaseEdit->text();
    }
    m_updating = true;
    m_ui->urlEdit->setText(m_fields.toUrl(false));
    m_updating = false;
    m_ui->testResultLabel->clear();
}

// Shows m_fields everywhere; the URL field without the password.
void ConnectionDialog::showFields()
{
    m_updating = true;
    m_ui->urlEdit->setText(m_fields.toUrl(false));
    m_ui->backendCombo->setCurrentIndex(m_fields.isSqlite() ? kSqlitePage : kPostgresqlPage);
    m_ui->backendPages->setCurrentIndex(m_fields.isSqlite() ? kSqlitePage : kPostgresqlPage);
    m_ui->fileEdit->setText(m_fields.isSqlite() ? m_fields.database : QString());
    m_ui->hostEdit->setText(m_fields.isSqlite() ? QString() : m_fields.host);
    m_ui->portSpin->setValue(qMax(0, m_fields.port));
    m_ui->userEdit->setText(m_fields.user);
    m_ui->passwordEdit->setText(m_fields.password);
    m_ui->databaseEdit->setText(m_fields.isSqlite() ? QString() : m_fields.database);
    m_updating = false;
}

void ConnectionDialog::browseFile()
{
    const QString start = m_fields.database.isEmpty() ? m_baseDir : QDir(m_baseDir).absoluteFilePath(m_fields.database);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("SQLite Database File"), start, tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_fields.database = QDir::fromNativeSeparators(file);
    showFields();
}

void ConnectionDialog::lookUpPassword()
{
    if (!m_passwords || m_fields.isSqlite() || !m_fields.password.isEmpty())
        return;
    m_pendingKeychainKey = m_fields.keychainKey();
    m_passwords->read(m_pendingKeychainKey);
}

void ConnectionDialog::updateKeychainNote()
{
    const bool unavailable = !m_passwords
                             || m_passwords->availability() == PasswordStore::Availability::Unavailable;
    m_ui->rememberCheck->setEnabled(!unavailable);
    if (unavailable) {
        m_ui->rememberCheck->setChecked(false);
        const QString reason = m_passwords ? m_passwords->unavailableReason() : QString();
        m_ui->keychainNote->setText(
            tr("No system keychain is available (%1). The password is used for this session only and "
               "asked for again next time; it is never written to the settings.")
                .arg(reason.isEmpty() ? tr("no keychain service") : reason));
    } else {
        m_ui->keychainNote->setText(
            tr("Passwords are kept only in the system keychain, never in Retort's settings."));
    }
}

void ConnectionDialog::testConnection()
{
    if (!m_tester)
        return;
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_testRequest = m_tester->test(url(true), m_baseDir);
}

void ConnectionDialog::accept()
{
    if (m_ui->urlEdit->hasFocus())
        urlEdited(m_ui->urlEdit->text());
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url(true));
    if (!parsed) {
        m_ui->testResultLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_ui->testResultLabel->setText(maskPasswords(parsed.error().message));
        return;
    }
    // "Remember" checked: the keychain gets the password; unchecked: an old entry is forgotten.
    if (m_passwords && !m_fields.isSqlite()
        && m_passwords->availability() != PasswordStore::Availability::Unavailable) {
        if (rememberPassword() && !m_fields.password.isEmpty())
            m_passwords->write(m_fields.keychainKey(), m_fields.password);
        else if (!m_ui->rememberCheck->isChecked())
            m_passwords->remove(m_fields.keychainKey());
    }
    QDialog::accept();
}

} // namespace retort::gui
