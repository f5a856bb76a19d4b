#pragma once
// Helpers of the online migrator tests: project copies, throwaway PostgreSQL databases, and
// dialect-neutral dumps of rows and schema for comparisons.
#include "runtime/connection.h"
#include "testsupport.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace retort::onlinetest {

// Copies tests/data/online/<name> into `dir` (recursively); returns false on failure.
bool copyProject(const QString &name, const QString &dir);

// The data-driven column "dialect": rows "sqlite" and "postgresql".
void addDialects();

// In a test over addDialects(): the PostgreSQL row needs the test server (fails without it).
#define REQUIRE_SERVER_FOR(dialect)                                                                \
    if ((dialect) == QLatin1String("postgresql"))                                                  \
        RETORT_REQUIRE_POSTGRES();

// A database created for one test on the RETORT_TEST_PG_URL server and dropped afterwards.
class PgDatabase {
public:
    PgDatabase();            // creates retort_online_<random>; url() empty when PG is not configured
    ~PgDatabase();
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

std::unique_ptr<Connection> open(const QString &url, const QString &baseDir = {});
// Version rows, sorted (Alembic's row order is not meaningful, reference §5.3).
QStringList sortedRows(Connection &c);
// User tables (version table included), sorted.
QStringList tables(Connection &c);
// The schema as comparable text: SQLite sqlite_master; PostgreSQL columns, constraints, indexes.
QString schemaDump(Connection &c);
// The result of a query as "a|b" lines.
QStringList queryLines(Connection &c, const QString &sql);

} // namespace retort::onlinetest
