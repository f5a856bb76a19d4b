#include "databasecontroller.h"

#include "databaseworker.h"

#include "config/databaseurl.h"

#include <QThread>

namespace retort::gui {

DatabaseController::DatabaseController(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new DatabaseWorker)
{
    m_thread->setObjectName(QStringLiteral("retort-database"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &DatabaseWorker::connected, this,
            [this](int request, const QString &displayUrl, const QString &dialect) {
                if (request != m_request)
                    return;
                m_displayUrl = displayUrl;
                m_dialect = dialect;
                m_lastError.clear();
                setState(State::Connected);
            });
    connect(m_worker, &DatabaseWorker::snapshotRead, this, [this](int request, const DatabaseSnapshot &snapshot) {
        if (request != m_request)
            return;
        m_snapshot = snapshot;
        m_hasSnapshot = true;
        setBusy(false);
        Q_EMIT snapshotChanged(m_snapshot);
    });
    connect(m_worker, &DatabaseWorker::failed, this, [this](int request, const QString &message) {
        if (request != m_request)
            return;
        m_lastError = message;
        setBusy(false);
        if (m_state == State::Connecting)
            setState(State::Failed);
        Q_EMIT errorOccurred(message);
    });
    connect(m_worker, &DatabaseWorker::testFinished, this, &DatabaseController::testFinished);
    m_thread->start();
}

DatabaseController::~DatabaseController()
{
    // The worker (and its Connection) is deleted on its own thread when the loop ends.
    m_thread->quit();
    m_thread->wait();
}

void DatabaseController::connectTo(const QString &urlText, const QString &baseDir,
                                   const VersionTableOptions &versionTable)
{
    const int request = m_request = m_nextRequest++;
    m_hasSnapshot = false;
    m_snapshot = {};
    m_displayUrl = maskPasswords(urlText);   // what is being tried; the worker's text once connected
    m_dialect.clear();
    setBusy(true);
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, urlText, baseDir, versionTable] {
        worker->connectTo(request, urlText, baseDir, versionTable);
    });
}

void DatabaseController::refresh()
{
    if (m_state != State::Connected)
        return;
    const int request = m_request = m_nextRequest++;
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->refresh(request); });
}

void DatabaseController::disconnectFrom()
{
    m_request = m_nextRequest++;   // drops answers still on their way
    QMetaObject::invokeMethod(m_worker, &DatabaseWorker::disconnectFrom);
    m_hasSnapshot = false;
    m_snapshot = {};
    m_displayUrl.clear();
    m_dialect.clear();
    setBusy(false);
    setState(State::Disconnected);
}

int DatabaseController::test(const QString &urlText, const QString &baseDir)
{
    const int request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, urlText, baseDir] {
        worker->test(request, urlText, baseDir);
    });
    return request;
}

void DatabaseController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DatabaseController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace retort::gui
