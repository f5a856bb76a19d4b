#pragma once

#include <QObject>
#include <QString>

namespace retort::gui {

// Database passwords in the OS keychain (QtKeychain: Secret Service / KWallet, macOS Keychain,
// Windows Credential Store), keyed by the connection URL without password. Never a plain-text
// fallback: when no keychain service answers (CI, offscreen, a bare X session) the store reports
// itself unavailable and the caller asks the user instead. All calls are asynchronous jobs;
// a job that gets no answer within timeoutMs counts as "unavailable".
// Threading: GUI thread only.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit PasswordStore(QObject *parent = nullptr);

    Availability availability() const { return m_availability; }
    // Why the keychain is unavailable (for the "passwords are not remembered" note).
    QString unavailableReason() const { return m_reason; }
    void setTimeout(int msec) { m_timeoutMs = msec; }

    void read(const QString &key);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);

    static QString serviceName();

Q_SIGNALS:
    // found false: no entry, or the keychain is unavailable (see availability()).
    void readFinished(const QString &key, bool found, const QString &password);
    void writeFinished(const QString &key, bool ok, const QString &message);
    void availabilityChanged(retort::gui::PasswordStore::Availability availability);

private:
    void setAvailability(Availability availability, const QString &reason = {});

    Availability m_availability = Availability::Unknown;
    QString m_reason;
    int m_timeoutMs = 3000;
};

} // namespace retort::gui
