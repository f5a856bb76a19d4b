#pragma once

#include <QString>
#include <QStringList>

namespace retort::test {

// Shared helpers for the Qt Test executables. Not thread-safe; call from the test thread.

QString dataPath(const QString &relative);     // tests/data/<relative>
QString sourcePath(const QString &relative);   // <repo>/<relative>
QString binPath(const QString &program);       // <build>/bin/<program>

// The PostgreSQL server the test scripts started (e.g. postgresql://postgres@/retort_test?host=/tmp/x),
// or an empty string when none is running.
QString postgresUrl();

// In a PostgreSQL test: fails (never skips) when no server was started. scripts/test.sh starts one
// and exports RETORT_TEST_PG_URL; running ctest by hand needs the same.
#define RETORT_REQUIRE_POSTGRES()                                                                            \
    do {                                                                                                     \
        if (::retort::test::postgresUrl().isEmpty())                                                         \
            QFAIL("RETORT_TEST_PG_URL is not set: run the suite with scripts/test.sh, which starts PostgreSQL"); \
    } while (false)

// Copies the files below `from` into `to` (created as needed; existing files replaced; __pycache__
// skipped); returns false on the first failure.
bool copyTree(const QString &from, const QString &to);

// Writes text to path (creating parent folders); returns false on failure.
bool writeFile(const QString &path, const QString &text);
QString readFile(const QString &path);

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs a program to completion (60 s limit) with optional working directory and stdin closed.
ProcessResult run(const QString &program, const QStringList &args, const QString &workDir = {},
                  const QStringList &extraEnv = {});

} // namespace retort::test
