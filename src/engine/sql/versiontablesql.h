#pragma once

#include "sql/dialect.h"

#include <QString>

namespace retort::sql {

// env.py's version_table / version_table_schema / version_table_pk (reference §5.1).
struct VersionTableSpec {
    QString name = QStringLiteral("alembic_version");
    QString schema;
    bool primaryKey = true;
};

// The version-table statements, byte-identical to Alembic's (§5.1, §5.4), without terminator.
// Revision ids are pasted between quotes without escaping, as Alembic does. Stateless.
class VersionTableSql {
public:
    VersionTableSql(const Dialect &dialect, VersionTableSpec spec = {});

    QString createTable() const;                       // CREATE TABLE alembic_version (...)
    QString insert(const QString &revision) const;     // PostgreSQL + pk: ... RETURNING <t>.version_num
    QString update(const QString &from, const QString &to) const;
    QString deleteRow(const QString &revision) const;
    QString deleteAll() const;                         // stamp --purge: DELETE FROM alembic_version
    QString select() const;                            // SELECT <t>.version_num FROM <t>

    const VersionTableSpec &spec() const { return m_spec; }

private:
    QString qualifiedColumn() const;   // <schema.table>.version_num
    const Dialect &m_dialect;
    VersionTableSpec m_spec;
    QString m_table;    // the quoted, schema-qualified table name
    QString m_column;   // m_table + ".version_num"
};

} // namespace retort::sql
