#include "runtime/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace retort {

namespace {

QString userName()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("USER"));
    if (user.isEmpty())
        user = env.value(QStringLiteral("LOGNAME"));
    if (user.isEmpty())
        user = QString::number(::getuid());
    return user;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("direction"), direction);
    o.insert(QStringLiteral("step"), step);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("pid"), pid);
    o.insert(QStringLiteral("started"), isoUtc(started));
    if (durationMs >= 0)
        o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("outcome"), outcome);
    if (!sqlSha256.isEmpty())
        o.insert(QStringLiteral("sql_sha256"), sqlSha256);
    return o;
}

Journal::Journal(QString path) : m_path(std::move(path)) {}

QString Journal::defaultPath()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString explicitPath = env.value(QStringLiteral("RETORT_JOURNAL"));
    if (!explicitPath.isEmpty())
        return explicitPath;
    QString data = env.value(QStringLiteral("XDG_DATA_HOME"));
    if (data.isEmpty())
        data = QDir::homePath() + QStringLiteral("/.local/share");
    return data + QStringLiteral("/retort/journal.jsonl");
}

Result<void> Journal::append(const QJsonObject &line, bool durable)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("Can't create the folder of the journal %1").arg(m_path));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("Can't open the journal %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno))));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return makeError(ErrorCode::Io, QStringLiteral("Can't write the journal %1").arg(m_path));
        }
        written += n;
    }
    // write() alone survives the process being killed; only the completion record must also
    // survive a power loss, which costs one fdatasync per step.
    if (durable)
        ::fdatasync(fd);
    ::close(fd);
    return {};
}

Result<void> Journal::started(JournalEntry &entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (entry.user.isEmpty())
        entry.user = userName();
    if (entry.host.isEmpty())
        entry.host = QSysInfo::machineHostName();
    if (entry.pid == 0)
        entry.pid = QCoreApplication::applicationPid();
    if (!entry.started.isValid())
        entry.started = QDateTime::currentDateTimeUtc();
    QJsonObject o = entry.toJson();
    o.remove(QStringLiteral("outcome"));
    o.insert(QStringLiteral("event"), QStringLiteral("started"));
    return append(o, false);
}

Result<void> Journal::finished(const JournalEntry &entry)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("finished"));
    o.insert(QStringLiteral("id"), entry.id);
    o.insert(QStringLiteral("duration_ms"), entry.durationMs);
    o.insert(QStringLiteral("outcome"), entry.outcome);
    o.insert(QStringLiteral("sql_sha256"), entry.sqlSha256);
    return append(o, true);
}

Result<QList<JournalEntry>> Journal::read(const QString &path)
{
    QList<JournalEntry> out;
    QFile f(path);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Can't read the journal %1").arg(path));
    QHash<QString, qsizetype> byId;
    const QString host = QSysInfo::machineHostName();
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString event = o.value(QStringLiteral("event")).toString();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (event == QLatin1String("started")) {
            JournalEntry e;
            e.id = id;
            e.database = o.value(QStringLiteral("database")).toString();
            e.revision = o.value(QStringLiteral("revision")).toString();
            e.direction = o.value(QStringLiteral("direction")).toString();
            e.step = o.value(QStringLiteral("step")).toString();
            e.user = o.value(QStringLiteral("user")).toString();
            e.host = o.value(QStringLiteral("host")).toString();
            e.pid = o.value(QStringLiteral("pid")).toInteger();
            e.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
            e.outcome = (e.host == host && processAlive(e.pid) && e.pid != QCoreApplication::applicationPid())
                            ? QStringLiteral("running")
                            : QStringLiteral("interrupted");
            byId.insert(id, out.size());
            out << e;
        } else if (event == QLatin1String("finished") && byId.contains(id)) {
            JournalEntry &e = out[byId.value(id)];
            e.durationMs = o.value(QStringLiteral("duration_ms")).toInteger(-1);
            e.outcome = o.value(QStringLiteral("outcome")).toString();
            e.sqlSha256 = o.value(QStringLiteral("sql_sha256")).toString();
        }
    }
    return out;
}

} // namespace retort
