#include "runtime/runlock.h"

#include "runtime/connection.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QCoreApplication>
#include <QSysInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace retort {

namespace {

QString hostName()
{
    const QString h = QSysInfo::machineHostName();
    return h.isEmpty() ? QStringLiteral("localhost") : h;
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Error lockedError(const Connection &connection, const QString &holder, const QString &where)
{
    return makeError(ErrorCode::Command,
                     QStringLiteral("The database %1 is locked by another Retort run (%2)%3; wait for it to finish, "
                                    "or raise --lock-timeout")
                         .arg(connection.displayUrl(), holder, where));
}

} // namespace

QString RunLock::Holder::text() const
{
    QString s = QStringLiteral("%1/%2").arg(host.isEmpty() ? QStringLiteral("?") : host).arg(pid);
    if (since.isValid())
        s += QStringLiteral(" since ") + utcText(since);
    return s;
}

RunLock::~RunLock()
{
    release();
}

QString RunLock::lockFilePathFor(const QString &sqliteFile)
{
    return sqliteFile + QStringLiteral(".retort-lock");
}

std::pair<qint32, qint32> RunLock::advisoryKey(const VersionTableOptions &versionTable)
{
    const QByteArray digest =
        QCryptographicHash::hash(versionTable.qualifiedName().toUtf8(), QCryptographicHash::Sha256);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(digest.at(i));
    return {qint32(0x52657472), qint32(v & 0x7fffffffu)};   // 'Retr'
}

void RunLock::release()
{
    if (m_file) {
        m_file->unlock();
        m_file.reset();
    }
    if (m_advisory && m_connection) {
        m_advisory = false;
        (void)m_connection->query(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(m_key.first).arg(m_key.second));
        (void)m_connection->execute(QStringLiteral("RESET application_name"));
    }
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(Connection &connection, const VersionTableOptions &versionTable,
                                                  int timeoutMs)
{
    std::unique_ptr<RunLock> lock(new RunLock);
    lock->m_connection = &connection;
    if (connection.isSqlite()) {
        if (connection.sqliteFile().isEmpty())
            return lock;   // :memory:
        lock->m_lockFilePath = lockFilePathFor(connection.sqliteFile());
        // Report a lock left by a dead process before QLockFile silently takes it over.
        {
            QLockFile probe(lock->m_lockFilePath);
            qint64 pid = 0;
            QString host, app;
            if (QFileInfo::exists(lock->m_lockFilePath) && probe.getLockInfo(&pid, &host, &app)
                && (host.isEmpty() || host == hostName()) && !processAlive(pid)) {
                lock->m_staleNote = QStringLiteral("Removed a stale lock left by %1/%2 (process no longer running): %3")
                                        .arg(host).arg(pid).arg(lock->m_lockFilePath);
            }
        }
        lock->m_file = std::make_unique<QLockFile>(lock->m_lockFilePath);
        lock->m_file->setStaleLockTime(0);   // stale only when its process is gone, never by age
        if (lock->m_file->tryLock(std::max(0, timeoutMs)))
            return lock;
        Holder holder;
        QString app;
        if (lock->m_file->error() == QLockFile::LockFailedError && lock->m_file->getLockInfo(&holder.pid, &holder.host, &app))
            holder.since = QFileInfo(lock->m_lockFilePath).lastModified();
        else if (lock->m_file->error() != QLockFile::LockFailedError)
            return makeError(ErrorCode::Io, QStringLiteral("Can't create the lock file %1").arg(lock->m_lockFilePath));
        lock->m_file.reset();
        return lockedError(connection, holder.text(), QStringLiteral(", lock file %1").arg(lock->m_lockFilePath));
    }

    lock->m_key = advisoryKey(versionTable);
    const QString tryLock = QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)").arg(lock->m_key.first).arg(lock->m_key.second);
    QDeadlineTimer deadline(std::max(0, timeoutMs));
    for (;;) {
        auto r = connection.query(tryLock);
        if (!r.ok())
            return r.error();
        if (!r->isEmpty() && r->first().value(0).toBool())
            break;
        if (deadline.hasExpired()) {
            auto who = connection.query(
                QStringLiteral("SELECT a.application_name, a.pid, a.backend_start FROM pg_catalog.pg_locks l "
                               "JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
                               "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1 AND l.objid = %2 "
                               "AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_catalog.pg_database "
                               "WHERE datname = current_database())")
                    .arg(lock->m_key.first)
                    .arg(lock->m_key.second));
            QString holder = QStringLiteral("another session");
            if (who.ok() && !who->isEmpty()) {
                const QString app = who->first().value(0).toString();
                static const QRegularExpression re(QStringLiteral("^retort (.*)$"));
                const auto m = re.match(app);
                holder = m.hasMatch() ? m.captured(1)
                                      : QStringLiteral("server process %1 since %2")
                                            .arg(who->first().value(1).toString(), utcText(who->first().value(2).toDateTime()));
            }
            return lockedError(connection, holder, QString());
        }
        QThread::msleep(100);
    }
    lock->m_advisory = true;
    const QString name = QStringLiteral("retort %1/%2 since %3")
                             .arg(hostName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(utcText(QDateTime::currentDateTimeUtc()));
    QString trimmed = name;
    while (trimmed.toUtf8().size() > 63)
        trimmed = QStringLiteral("retort ") + trimmed.mid(8);   // drop leading host characters
    (void)connection.execute(QStringLiteral("SELECT set_config('application_name', ?, false)"), {trimmed});
    return lock;
}

} // namespace retort
