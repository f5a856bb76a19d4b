#pragma once

#include "connectionfields.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace retort::gui {

class DatabaseController;
class PasswordStore;
class RecentListModel;

// Chooses the database to connect to: a URL field and host/port/user/password/database fields kept
// in sync, the backend (SQLite file with a picker / PostgreSQL), an asynchronous "Test connection"
// (server version or the masked error), and the saved choices: the URL the project names itself
// (DATABASE_URL / .env / sqlalchemy.url) first and preselected, then this project's recent ones.
// The URL field never shows a password: passwords live in the password field, come from and go to
// the keychain (PasswordStore), or are typed. Threading: GUI thread only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(DatabaseController *tester, PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // baseDir: where relative SQLite paths start (the project folder). projectUrl: the URL text the
    // project names (may hold a password), empty if none; projectUrlSource says where it came from.
    void setChoices(const QString &baseDir, const QString &projectUrl, const QString &projectUrlSource,
                    const QStringList &recentUrls);
    // Fills every field from urlText (a password in it goes to the password field).
    void setUrl(const QString &urlText);
    // The URL to connect with; withPassword false: for settings, titles and logs.
    QString url(bool withPassword = true) const;
    ConnectionFields fields() const { return m_fields; }
    bool rememberPassword() const;
    RecentListModel *choicesModel() const { return m_choices; }
    QString testResult() const;

public Q_SLOTS:
    void testConnection();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void chooseSaved(int row);
    void urlEdited(const QString &text);
    void fieldsEdited();
    void showFields();
    void browseFile();
    void lookUpPassword();
    void updateKeychainNote();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QPointer<DatabaseController> m_tester;
    QPointer<PasswordStore> m_passwords;
    RecentListModel *m_choices;
    ConnectionFields m_fields;
    QString m_baseDir;
    QString m_pendingKeychainKey;
    int m_testRequest = -1;
    bool m_updating = false;
};

} // namespace retort::gui
