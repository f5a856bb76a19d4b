#include "clicontext.h"

#include "runtime/connection.h"
#include "runtime/versiontable.h"

#include <QDir>
#include <QJsonDocument>

#include <cstdio>

namespace retort::cli {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CliContext::CliContext(ParsedArguments arguments) : m_args(std::move(arguments)) {}

void CliContext::out(const QString &text) const
{
    if (!quiet())
        write(stdout, text);
}

void CliContext::rawOut(const QString &text) const
{
    write(stdout, text);
}

void CliContext::err(const QString &text) const
{
    write(stderr, text);
}

void CliContext::info(const QString &logger, const QString &message) const
{
    err(QStringLiteral("INFO  [%1] %2\n").arg(logger, maskPasswords(message)));
}

void CliContext::errLines(const QStringList &lines) const
{
    if (!lines.isEmpty())
        err(maskPasswords(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')));
}

void CliContext::logMigrationContext(const QString &dialect, bool offline) const
{
    m_contextStarted = true;
    const QString logger = QStringLiteral("alembic.runtime.migration");
    const bool postgres = dialect == QLatin1String("postgresql");
    info(logger, postgres ? QStringLiteral("Context impl PostgresqlImpl.") : QStringLiteral("Context impl SQLiteImpl."));
    if (offline)
        info(logger, QStringLiteral("Generating static SQL"));
    info(logger, postgres ? QStringLiteral("Will assume transactional DDL.") : QStringLiteral("Will assume non-transactional DDL."));
}

void CliContext::printJson(const QJsonObject &object) const
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int CliContext::fail(const Error &error) const
{
    const int code = (error.code == ErrorCode::Database || error.code == ErrorCode::Internal) ? ExitDatabaseError
                   : error.code == ErrorCode::Usage    ? ExitUsage
                                                       : ExitFailed;
    const QString message = maskPasswords(error.toString());
    if (json()) {
        QJsonObject e;
        e.insert(QStringLiteral("message"), maskPasswords(error.message));
        if (!error.file.isEmpty())
            e.insert(QStringLiteral("file"), error.file);
        if (error.line > 0)
            e.insert(QStringLiteral("line"), error.line);
        e.insert(QStringLiteral("exit_code"), code);
        QJsonObject o;
        o.insert(QStringLiteral("error"), e);
        printJson(o);
        return code;
    }
    // --raiseerr: Alembic lets the exception escape (traceback on stderr, exit 1, no FAILED line).
    if (m_args.has(QStringLiteral("raiseerr")) && code == ExitFailed) {
        err(QStringLiteral("retort.CommandError: %1\n").arg(message));
        return ExitDatabaseError;
    }
    // Once env.py's logging is configured, Alembic also logs CommandErrors on stderr.
    if (m_contextStarted && code == ExitFailed)
        err(QStringLiteral("ERROR [alembic.util.messaging] %1\n").arg(message));
    if (!quiet())
        write(stdout, QStringLiteral("FAILED: ") + message + QLatin1Char('\n'));
    return code;
}

Result<const Project *> CliContext::project()
{
    if (m_project)
        return &*m_project;
    Project::Options options;
    options.config.configFiles = m_args.list(QStringLiteral("config"));
    options.config.section = m_args.value(QStringLiteral("name"), QStringLiteral("alembic"));
    options.config.workingDir = QDir::currentPath();
    Result<Project> project = Project::open(options);
    if (!project.ok())
        return project.error();
    m_project = std::move(project.value());
    return &*m_project;
}

Result<QStringList> CliContext::databaseRows(QString *displayUrl)
{
    Result<const Project *> project = this->project();
    if (!project.ok())
        return project.error();
    Result<ResolvedUrl> url = (*project)->databaseUrl(m_args.value(QStringLiteral("url")));
    if (!url.ok())
        return url.error();
    if (displayUrl)
        *displayUrl = url->url.toString(true);
    Connection::Options options;
    options.access = Connection::Access::ReadOnly;
    options.baseDir = QDir::currentPath();
    Result<std::unique_ptr<Connection>> connection = Connection::open(url->url, options);
    if (!connection.ok())
        return connection.error();
    logMigrationContext(url->url.backend(), false);
    return VersionTable::readRows(**connection, (*project)->versionTable());
}

} // namespace retort::cli
