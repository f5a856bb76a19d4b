#include "onlinetestutil.h"

#include "config/databaseurl.h"
#include "runtime/versiontable.h"
#include "testsupport.h"

#include <QTest>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace retort::onlinetest {

void addDialects()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool copyProject(const QString &name, const QString &dir)
{
    return test::copyTree(test::dataPath(QStringLiteral("online/") + name), dir);
}

std::unique_ptr<Connection> open(const QString &url, const QString &baseDir)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed.ok())
        qFatal("bad url %s", qPrintable(url));
    Connection::Options options;
    options.access = Connection::Access::ReadWrite;
    options.baseDir = baseDir;
    Result<std::unique_ptr<Connection>> c = Connection::open(*parsed, options);
    if (!c.ok())
        qFatal("cannot open %s: %s", qPrintable(maskPasswords(url)), qPrintable(c.error().message));
    return std::move(c.value());
}

PgDatabase::PgDatabase()
{
    const QString base = test::postgresUrl();
    if (base.isEmpty())
        return;
    m_name = QStringLiteral("retort_online_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    auto admin = open(base);
    Result<void> r = admin->execute(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    if (!r.ok()) {
        m_error = r.error().message;
        return;
    }
    const qsizetype slash = base.lastIndexOf(QLatin1Char('/'));
    const qsizetype query = base.indexOf(QLatin1Char('?'), slash);
    m_url = base.left(slash + 1) + m_name + (query >= 0 ? base.mid(query) : QString());
}

PgDatabase::~PgDatabase()
{
    if (m_url.isEmpty())
        return;
    auto admin = open(test::postgresUrl());
    (void)admin->execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QStringList sortedRows(Connection &c)
{
    Result<QStringList> rows = VersionTable::readRows(c, {});
    if (!rows.ok())
        qFatal("rows: %s", qPrintable(rows.error().message));
    QStringList out = *rows;
    out.sort();
    return out;
}

QStringList queryLines(Connection &c, const QString &sql)
{
    auto rows = c.query(sql);
    if (!rows.ok())
        qFatal("query %s: %s", qPrintable(sql), qPrintable(rows.error().message));
    QStringList out;
    for (const Connection::Row &row : *rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList tables(Connection &c)
{
    if (c.isSqlite())
        return queryLines(c, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    return queryLines(c, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
}

QString schemaDump(Connection &c)
{
    if (c.isSqlite()) {
        return queryLines(c, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"))
            .join(QLatin1Char('\n'));
    }
    QStringList out;
    out << queryLines(c, QStringLiteral("SELECT table_name, column_name, ordinal_position, data_type, "
                                        "character_maximum_length, numeric_precision, numeric_scale, is_nullable, "
                                        "column_default FROM information_schema.columns WHERE table_schema = 'public' "
                                        "ORDER BY table_name, ordinal_position"));
    out << queryLines(c, QStringLiteral("SELECT cl.relname, con.conname, con.contype, pg_get_constraintdef(con.oid) "
                                        "FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid "
                                        "JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = 'public' "
                                        "ORDER BY cl.relname, con.conname"));
    out << queryLines(c, QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes "
                                        "WHERE schemaname = 'public' ORDER BY tablename, indexname"));
    return out.join(QLatin1Char('\n'));
}

} // namespace retort::onlinetest
