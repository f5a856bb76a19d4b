#include "sql/versiontablesql.h"

namespace retort::sql {

VersionTableSql::VersionTableSql(const Dialect &dialect, VersionTableSpec spec)
    : m_dialect(dialect), m_spec(std::move(spec)), m_table(dialect.formatTable(m_spec.name, m_spec.schema)),
      m_column(m_table + QStringLiteral(".version_num"))
{
}

QString VersionTableSql::qualifiedColumn() const
{
    return m_column;
}

QString VersionTableSql::createTable() const
{
    QString s = QStringLiteral("\nCREATE TABLE %1 (\n\tversion_num VARCHAR(32) NOT NULL")
                    .arg(m_table);
    if (m_spec.primaryKey)
        s += QStringLiteral(", \n\tCONSTRAINT %1 PRIMARY KEY (version_num)")
                 .arg(m_dialect.quoteIdentifier(m_spec.name + QStringLiteral("_pkc")));
    s += QStringLiteral("\n)\n\n");
    return s.trimmed();
}

QString VersionTableSql::insert(const QString &revision) const
{
    QString s = QStringLiteral("INSERT INTO %1 (version_num) VALUES ('%2')")
                    .arg(m_table, revision);
    if (m_spec.primaryKey && m_dialect.name() == QLatin1String("postgresql"))
        s += QStringLiteral(" RETURNING ") + qualifiedColumn();
    return s;
}

QString VersionTableSql::update(const QString &from, const QString &to) const
{
    return QStringLiteral("UPDATE ") + m_table + QStringLiteral(" SET version_num='") + to + QStringLiteral("' WHERE ")
           + m_column + QStringLiteral(" = '") + from + QLatin1Char('\'');
}

QString VersionTableSql::deleteRow(const QString &revision) const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = '%3'")
        .arg(m_table, qualifiedColumn(), revision);
}

QString VersionTableSql::deleteAll() const
{
    return QStringLiteral("DELETE FROM %1").arg(m_table);
}

QString VersionTableSql::select() const
{
    return QStringLiteral("SELECT %1 \nFROM %2").arg(qualifiedColumn(), m_table);
}

} // namespace retort::sql
