#pragma once

#include "ops/migrationcontext.h"
#include "sql/dialect.h"
#include "sql/offlinescriptwriter.h"

#include <QList>

namespace retort::sql {

// The --sql (offline) MigrationContext: run() renders each operation with the dialect and collects
// the statements; query() fails ("offline mode cannot return rows"). Create one per migration run
// (ENUM types created earlier in the run are remembered) and take the items after each step:
//     OfflineContext ctx(*dialect);  ...interpreter runs a step...;  writer.addItems(ctx.takeItems());
// Not thread-safe. The dialect must outlive the context.
class OfflineContext : public ops::MigrationContext {
public:
    explicit OfflineContext(const Dialect &dialect);

    QString dialectName() const override;
    bool isOffline() const override { return true; }
    Result<void> run(const ops::Operation &operation) override;
    Result<ops::QueryResult> query(const ops::Execute &statement, int line = 0) override;
    QStringList takeWarnings() override;
    // print() output becomes an Output item (between the statements, as in Alembic's --sql
    // output); logging records are kept for takeLogs().
    void scriptOutput(const QString &text) override;
    void scriptLog(const QString &text) override;
    QStringList takeLogs();

    // Items collected since the last call, in order.
    QList<OfflineItem> takeItems();
    // Convenience: the statements only (autocommit markers dropped).
    QStringList takeStatements();

    RenderState &state() { return m_state; }

private:
    const Dialect &m_dialect;
    RenderState m_state;
    QList<OfflineItem> m_items;
    QStringList m_logs;
};

} // namespace retort::sql
