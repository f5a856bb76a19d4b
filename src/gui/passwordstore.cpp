#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace retort::gui {

namespace {

bool meansUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString PasswordStore::serviceName()
{
    return QStringLiteral("io.github.retort.Retort");
}

void PasswordStore::setAvailability(Availability availability, const QString &reason)
{
    if (availability == Availability::Unavailable)
        m_reason = reason.isEmpty() ? tr("No keychain service is running.") : reason;
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void PasswordStore::read(const QString &key)
{
    if (m_availability == Availability::Unavailable) {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT readFinished(key, false, {}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(false);
    job->setKey(key);
    auto done = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done] {
        job->deleteLater();
        if (*done)
            return;
        *done = true;
        if (job->error() == QKeychain::NoError) {
            setAvailability(Availability::Available);
            Q_EMIT readFinished(key, true, job->textData());
            return;
        }
        if (job->error() == QKeychain::EntryNotFound)
            setAvailability(Availability::Available);
        else if (meansUnavailable(job->error()))
            setAvailability(Availability::Unavailable, job->errorString());
        Q_EMIT readFinished(key, false, {});
    });
    QTimer::singleShot(m_timeoutMs, this, [this, key, done] {
        if (*done)
            return;
        *done = true;
        setAvailability(Availability::Unavailable, tr("The keychain service did not answer."));
        Q_EMIT readFinished(key, false, {});
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password)
{
    if (m_availability == Availability::Unavailable) {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT writeFinished(key, false, m_reason); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(false);
    job->setKey(key);
    job->setTextData(password);
    auto done = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done] {
        job->deleteLater();
        if (*done)
            return;
        *done = true;
        if (job->error() == QKeychain::NoError) {
            setAvailability(Availability::Available);
            Q_EMIT writeFinished(key, true, {});
            return;
        }
        if (meansUnavailable(job->error()))
            setAvailability(Availability::Unavailable, job->errorString());
        Q_EMIT writeFinished(key, false, job->errorString());
    });
    QTimer::singleShot(m_timeoutMs, this, [this, key, done] {
        if (*done)
            return;
        *done = true;
        setAvailability(Availability::Unavailable, tr("The keychain service did not answer."));
        Q_EMIT writeFinished(key, false, m_reason);
    });
    job->start();
}

void PasswordStore::remove(const QString &key)
{
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    job->start();   // auto-deletes; a missing entry is fine
}

} // namespace retort::gui
