#pragma once

#include "databasesnapshot.h"

#include "runtime/versiontable.h"

#include <QObject>
#include <QString>

class QThread;

namespace retort::gui {

class DatabaseWorker;

// The GUI side of the database session: owns a DatabaseWorker on its own QThread, forwards
// requests to it and keeps the last state and snapshot. Answers to superseded requests are
// dropped. Threading: GUI thread only; nothing here blocks (the thread is joined on destruction).
class DatabaseController : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit DatabaseController(QObject *parent = nullptr);
    ~DatabaseController() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Password masked: the connected URL, or the one being tried / that failed.
    QString displayUrl() const { return m_displayUrl; }
    QString dialect() const { return m_dialect; }
    QString lastError() const { return m_lastError; }
    const DatabaseSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

public Q_SLOTS:
    // urlText may hold a password: it goes to the worker only, never to a signal or the log.
    void connectTo(const QString &urlText, const QString &baseDir, const retort::VersionTableOptions &versionTable);
    void refresh();
    void disconnectFrom();
    // Answers with testFinished(); independent of the open connection.
    int test(const QString &urlText, const QString &baseDir);

Q_SIGNALS:
    void stateChanged(retort::gui::DatabaseController::State state);
    void snapshotChanged(const retort::gui::DatabaseSnapshot &snapshot);
    void errorOccurred(const QString &message);   // masked
    void busyChanged(bool busy);
    void testFinished(int request, bool ok, const QString &message);

private:
    void setState(State state);
    void setBusy(bool busy);

    QThread *m_thread = nullptr;
    DatabaseWorker *m_worker = nullptr;
    State m_state = State::Disconnected;
    QString m_displayUrl;
    QString m_dialect;
    QString m_lastError;
    DatabaseSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_busy = false;
    int m_request = 0;        // the latest connect/refresh request
    int m_nextRequest = 1;
};

} // namespace retort::gui
