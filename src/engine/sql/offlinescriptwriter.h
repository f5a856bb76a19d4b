#pragma once

#include "sql/versiontablesql.h"

#include <QString>
#include <QStringList>

namespace retort::sql {

// One piece of a step's offline output, as an OfflineContext collects it.
struct OfflineItem {
    enum class Kind { Statement, AutocommitBegin, AutocommitEnd, Output };
    Kind kind = Kind::Statement;
    QString sql;   // Statement: the SQL without terminator; Output: the script's print() text, as is
};

// Assembles `alembic ... --sql` output byte for byte (reference §5.6, §9.2): each statement
// tab-expanded to 4 spaces, stripped, then ";\n\n"; "-- Running ..." comment lines; BEGIN;/COMMIT;
// placement for transactional_ddl and transaction_per_migration; the version table CREATE when a
// step starts with no heads tracked; autocommit blocks (COMMIT; before, BEGIN; after, only with
// transactional DDL). No final DROP TABLE alembic_version (current Alembic).
// Usage per run:  begin(); { beginStep(...); addItems(...)/addStatement(...) ...; endStep(); }* end();
// Not thread-safe.
class OfflineScriptWriter {
public:
    struct Options {
        bool transactionalDdl = false;          // default: dialect.transactionalDdl()
        bool transactionPerMigration = false;
        VersionTableSpec versionTable;
    };

    OfflineScriptWriter(const Dialect &dialect, Options options);
    // Options from the dialect's defaults.
    explicit OfflineScriptWriter(const Dialect &dialect);

    void begin();   // outer BEGIN; (transactional DDL without per-migration transactions)
    // `runningLine` is "Running upgrade a -> b" / "Running stamp_revision  -> x" (without "-- ");
    // `headsEmpty`: no version rows are tracked before this step -> CREATE TABLE alembic_version.
    void beginStep(const QString &runningLine, bool headsEmpty);
    void addStatement(const QString &sql);
    void addItems(const QList<OfflineItem> &items);
    void addComment(const QString &text);   // "-- text" + "\n\n"
    void endStep();
    void end();     // outer COMMIT;

    // Version statements for the step (convenience over VersionTableSql + addStatement).
    void versionInsert(const QString &revision);
    void versionUpdate(const QString &from, const QString &to);
    void versionDelete(const QString &revision);

    QString text() const { return m_out; }
    const VersionTableSql &versionTable() const { return m_version; }

    // The offline formatting of one statement: tabs -> 4 spaces, strip, + ";\n\n".
    static QString formatStatement(const QString &sql);
    static void appendStatement(QString &out, const QString &sql);

private:
    void emitBegin();
    void emitCommit();

    const Dialect &m_dialect;
    Options m_options;
    VersionTableSql m_version;
    QString m_out;
};

} // namespace retort::sql
