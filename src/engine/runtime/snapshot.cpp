#include "runtime/snapshot.h"

#include "runtime/connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

namespace retort {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz");

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(kStampFormat) + QLatin1Char('Z');
}

QString sqlString(const QString &text)
{
    QString e = text;
    e.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + e + QLatin1Char('\'');
}

Result<QString> vacuumInto(Connection &connection)
{
    const QString file = connection.sqliteFile();
    QString target = file + QStringLiteral(".retort-") + stamp() + QStringLiteral(".bak");
    while (QFileInfo::exists(target)) {   // two snapshots within one millisecond
        QThread::msleep(2);
        target = file + QStringLiteral(".retort-") + stamp() + QStringLiteral(".bak");
    }
    Result<void> r = connection.execute(QStringLiteral("VACUUM INTO ") + sqlString(target));
    if (!r.ok()) {
        Error e = r.error();
        e.message = QStringLiteral("Can't snapshot %1 (VACUUM INTO needs SQLite 3.27 or later): %2")
                        .arg(file, e.message);
        return e;
    }
    return target;
}

} // namespace

Result<QString> Snapshot::take(Connection &connection, int keep)
{
    if (!connection.isSqlite() || connection.sqliteFile().isEmpty())
        return makeError(ErrorCode::Command, QStringLiteral("Snapshots are taken of SQLite database files only"));
    Result<QString> path = vacuumInto(connection);
    if (path.ok())
        prune(connection.sqliteFile(), keep);
    return path;
}

QList<Snapshot::Info> Snapshot::list(const QString &sqliteFile)
{
    const QFileInfo db(sqliteFile);
    const QRegularExpression re(QStringLiteral("^%1\\.retort-(\\d{8}T\\d{9})Z\\.bak$")
                                    .arg(QRegularExpression::escape(db.fileName())));
    QList<Info> out;
    const QFileInfoList entries = db.absoluteDir().entryInfoList(
        {db.fileName() + QStringLiteral(".retort-*.bak")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &fi : entries) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        Info info;
        info.path = fi.absoluteFilePath();
        info.taken = QDateTime::fromString(m.captured(1), kStampFormat);
        info.taken.setTimeSpec(Qt::UTC);
        info.size = fi.size();
        out << info;
    }
    return out;
}

void Snapshot::prune(const QString &sqliteFile, int keep)
{
    const QList<Info> all = list(sqliteFile);
    for (qsizetype i = std::max(0, keep); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

Result<void> Snapshot::restore(const QString &sqliteFile, const QString &snapshotPath, QString *previous, int keep)
{
    if (!QFileInfo::exists(snapshotPath))
        return makeError(ErrorCode::Command, QStringLiteral("No such snapshot: %1").arg(snapshotPath));
    // The snapshot must be a sound database before it replaces anything.
    {
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:///") + QFileInfo(snapshotPath).absoluteFilePath());
        if (!url.ok())
            return url.error();
        Connection::Options options;
        options.access = Connection::Access::ReadOnly;
        auto c = Connection::open(*url, options);
        if (!c.ok())
            return c.error();
        auto check = (*c)->query(QStringLiteral("PRAGMA quick_check"));
        if (!check.ok())
            return check.error();
        if (check->isEmpty() || check->first().value(0).toString() != QLatin1String("ok"))
            return makeError(ErrorCode::Command, QStringLiteral("The snapshot %1 is damaged (PRAGMA quick_check)").arg(snapshotPath));
    }
    if (QFileInfo::exists(sqliteFile)) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:///") + QFileInfo(sqliteFile).absoluteFilePath());
        if (!url.ok())
            return url.error();
        Connection::Options options;
        options.access = Connection::Access::ReadWrite;
        auto c = Connection::open(*url, options);
        if (!c.ok())
            return c.error();
        (void)(*c)->query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        Result<QString> before = vacuumInto(**c);
        if (!before.ok())
            return before.error();
        if (previous)
            *previous = *before;
    }
    const QString temp = sqliteFile + QStringLiteral(".retort-restoring");
    QFile::remove(temp);
    if (!QFile::copy(snapshotPath, temp))
        return makeError(ErrorCode::Io, QStringLiteral("Can't copy %1 to %2").arg(snapshotPath, temp));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(sqliteFile + suffix);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(sqliteFile).constData()) != 0) {
        QFile::remove(temp);
        return makeError(ErrorCode::Io, QStringLiteral("Can't replace %1 by %2").arg(sqliteFile, snapshotPath));
    }
    // Prune, but never the snapshot just restored from.
    const QList<Info> all = list(sqliteFile);
    int kept = 0;
    for (const Info &i : all) {
        if (QFileInfo(i.path).absoluteFilePath() == QFileInfo(snapshotPath).absoluteFilePath() || kept < keep) {
            ++kept;
            continue;
        }
        QFile::remove(i.path);
    }
    return {};
}

Result<QString> Snapshot::pgDump(const DatabaseUrl &url, const QString &directory)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (program.isEmpty())
        return makeError(ErrorCode::Command, QStringLiteral("--backup needs pg_dump on PATH"));
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Io, QStringLiteral("Can't create the backup folder %1").arg(directory));
    const QString db = url.database().value_or(QStringLiteral("postgres"));
    const QString path = QDir(directory).filePath(QStringLiteral("%1-%2.sql").arg(db, stamp()));
    QStringList args{QStringLiteral("--no-password"), QStringLiteral("--file"), path};
    if (!url.connectHost().isEmpty())
        args << QStringLiteral("--host") << url.connectHost();
    if (url.connectPort() > 0)
        args << QStringLiteral("--port") << QString::number(url.connectPort());
    if (url.username())
        args << QStringLiteral("--username") << *url.username();
    args << QStringLiteral("--dbname") << db;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (url.password())
        env.insert(QStringLiteral("PGPASSWORD"), *url.password());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QFile::remove(path);
        return makeError(ErrorCode::Command, QStringLiteral("pg_dump of %1 failed: %2")
                                                 .arg(url.toString(true), maskPasswords(QString::fromLocal8Bit(p.readAllStandardError()).trimmed())));
    }
    return path;
}

} // namespace retort
