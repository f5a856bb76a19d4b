#pragma once

#include "argumentparser.h"

#include "commands/project.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort::cli {

// Exit codes of `retort` (docs/cli.md): Alembic's where Alembic has one.
enum ExitCode {
    ExitOk = 0,
    ExitDatabaseError = 1,   // the database refused or could not be reached, or a script raised
                             // (Alembic: a Python traceback, exit 1)
    ExitUsage = 2,           // argparse usage error
    ExitFailed = 255,        // "FAILED: <message>" (Alembic's CommandError, sys.exit(-1))
};

// What every command gets: the parsed arguments, the global options, output with Alembic's
// stream rules (command output and FAILED lines on stdout, logs on stderr, -q silences stdout),
// and lazily opened project and database state. Single-threaded.
class CliContext {
public:
    explicit CliContext(ParsedArguments arguments);

    const ParsedArguments &args() const { return m_args; }
    bool quiet() const { return m_args.has(QStringLiteral("quiet")); }
    bool json() const { return m_args.has(QStringLiteral("json")); }

    // Alembic's print_stdout: text as given, suppressed by -q.
    void out(const QString &text) const;
    // Unconditional stdout (offline SQL goes here even with -q, like Alembic's output buffer).
    void rawOut(const QString &text) const;
    void err(const QString &text) const;
    // "INFO  [retort] message" log line on stderr (Alembic's logging format).
    void info(const QString &logger, const QString &message) const;
    // Log lines (without line ends) to stderr with one write, passwords masked.
    void errLines(const QStringList &lines) const;
    void printJson(const QJsonObject &object) const;
    // The lines Alembic's env.py logs when a migration context starts ("Context impl SQLiteImpl.",
    // "Generating static SQL" offline, "Will assume [non-]transactional DDL."), in its order.
    void logMigrationContext(const QString &dialect, bool offline) const;

    // Reports an error the way its code asks and returns the exit code to use.
    int fail(const Error &error) const;

    // The project in the working directory (-c / -n honoured); errors are returned, not printed.
    Result<const Project *> project();
    // Reads the version-table rows (never creates anything). *displayUrl gets the masked URL.
    Result<QStringList> databaseRows(QString *displayUrl = nullptr);

private:
    ParsedArguments m_args;
    std::optional<Project> m_project;
    mutable bool m_contextStarted = false;   // logMigrationContext() ran: errors are also logged
};

} // namespace retort::cli
