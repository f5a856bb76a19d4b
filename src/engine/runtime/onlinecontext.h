#pragma once

#include "core/result.h"
#include "ops/migrationcontext.h"
#include "sql/dialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace retort {

class Connection;

// A statement the database will refuse inside a transaction block (CREATE INDEX CONCURRENTLY,
// ALTER TYPE ... ADD VALUE before PostgreSQL 12, VACUUM ...): the warning text to show in a plan,
// or an empty string. `serverMajor` is PostgreSQL's major version (0 = unknown: assume old).
QString transactionHazard(const QString &sql, const QString &dialect, int serverMajor = 0);

// The online MigrationContext: each operation is rendered by the dialect and executed on the
// Connection at once; query() returns the database's rows, so data migrations that read before
// they write work. Batch move-and-copy reflects the live table (SQLite PRAGMAs / pg_catalog).
// Transactions are driven by the Migrator through begin()/commit()/rollback(); inside a script,
// `autocommit_block()` commits, runs its body outside a transaction and begins again (in a dry
// run its statements are only recorded, with a warning, since they could not be rolled back).
// One instance per run, on the connection's thread. The connection and dialect must outlive it.
class OnlineContext : public ops::MigrationContext {
public:
    struct Options {
        bool dryRun = false;
        int serverMajor = 0;   // PostgreSQL major version, for transactionHazard()
        // The script's print() output and logging records, as they happen (unset: dropped).
        std::function<void(const QString &)> scriptOutput;
        std::function<void(const QString &)> scriptLog;
    };

    OnlineContext(Connection &connection, const sql::Dialect &dialect);
    OnlineContext(Connection &connection, const sql::Dialect &dialect, Options options);

    QString dialectName() const override;
    bool isOffline() const override { return false; }
    Result<void> run(const ops::Operation &operation) override;
    Result<ops::QueryResult> query(const ops::Execute &statement, int line = 0) override;
    QStringList takeWarnings() override;
    void scriptOutput(const QString &text) override;
    void scriptLog(const QString &text) override;

    // Transaction control (SQLite: BEGIN IMMEDIATE, so the write lock is taken up front).
    Result<void> begin();
    Result<void> commit();
    void rollback();   // best effort: a failed statement may already have ended the transaction
    bool inTransaction() const { return m_inTransaction; }

    // Runs one SQL statement, recording it; rows and rowsAffected come back.
    Result<ops::QueryResult> exec(const QString &sql, const QVariantList &params = {}, int line = 0);

    // Statements executed (or, in a dry run's autocommit block, skipped) since the last call.
    QStringList takeStatements();
    sql::RenderState &state() { return m_state; }
    Connection &connection() { return m_connection; }

private:
    Result<ops::QueryResult> execRaw(const QString &sql, const QVariantList &params, int line);

    Connection &m_connection;
    const sql::Dialect &m_dialect;
    Options m_options;
    sql::RenderState m_state;
    QStringList m_statements;
    QStringList m_warnings;
    bool m_inTransaction = false;
    bool m_inAutocommit = false;
    bool m_resumeTransaction = false;
};

} // namespace retort
