#pragma once

#include "core/result.h"
#include "ops/operation.h"
#include "ops/sqlexpression.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace retort::ops {

// Rows returned by MigrationContext::query (op.get_bind().execute(...).fetchall() and friends).
struct QueryResult {
    QStringList columns;
    QList<QVariantList> rows;
    qint64 rowsAffected = -1;   // -1 when unknown / not applicable
};

// What a running migration script talks to: the interpreter's op.* / get_bind() / get_context()
// bindings call this interface; the offline implementation (sql/offlinecontext.h) renders and
// collects SQL, an online one executes it. One instance per migration run (it remembers per-run
// state such as the PostgreSQL ENUM types already created). Not thread-safe: use from the thread
// running the script.
//
// Errors: an operation Alembic refuses comes back as an Error whose message starts with the
// Python exception class, e.g. "NotImplementedError: No support for ALTER of constraints in
// SQLite dialect. ..." (ErrorCode::Internal: a traceback/exit 1 in Alembic) or a CommandError
// (ErrorCode::Command, message without prefix: "FAILED: ..." in Alembic). Error::line is the
// operation's source line when known.
class MigrationContext {
public:
    virtual ~MigrationContext() = default;

    // "sqlite" or "postgresql" (op.get_bind().dialect.name / op.get_context().dialect.name).
    virtual QString dialectName() const = 0;
    // True in --sql mode (context.is_offline_mode(), op.get_context().as_sql).
    virtual bool isOffline() const = 0;
    bool asSql() const { return isOffline(); }

    // Performs one operation (offline: renders it and collects the statements).
    virtual Result<void> run(const Operation &operation) = 0;

    // Runs a statement that returns rows (conn.execute(text("SELECT ...")).fetchall(),
    // op.get_bind().execute(...)): a Text expression with params, or a DmlStatement wrapped in
    // Execute. Offline always fails: "offline mode cannot return rows".
    virtual Result<QueryResult> query(const Execute &statement, int line = 0) = 0;

    // What the running script writes: print() output (Alembic: the process's standard output; in
    // --sql mode it lands between the statements) and logging records formatted like Alembic's
    // console handler, "WARNI [myapp] text\n" (standard error). Called on the script's thread.
    virtual void scriptOutput(const QString &text) = 0;
    virtual void scriptLog(const QString &text) = 0;

    // Warnings produced so far (e.g. SQLite "Skipping unsupported ALTER for creation of implicit
    // constraint. ..."), oldest first; the caller logs them.
    virtual QStringList takeWarnings() { return {}; }
};

} // namespace retort::ops
