// Live reflection for batch mode (SQLite PRAGMAs + sqlite_master, PostgreSQL pg_catalog), the
// OnlineContext's query()/autocommit blocks, and the transaction-hazard detection.
#include "onlinetestutil.h"
#include "runtime/onlinecontext.h"
#include "runtime/postgresqlreflection.h"
#include "runtime/sqlitereflection.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::onlinetest;
using Kind = ops::SqlType::Kind;

Q_DECLARE_METATYPE(ops::SqlType::Kind)

namespace {

// The starting table of reference §7.6, one element per line.
const QStringList kSetup = {
    QStringLiteral("CREATE TABLE owner (id INTEGER NOT NULL PRIMARY KEY)"),
    QStringLiteral("CREATE TABLE account (\n id INTEGER NOT NULL PRIMARY KEY,\n name VARCHAR(50) NOT NULL,\n"
                   " email VARCHAR(100),\n age INTEGER DEFAULT 0,\n owner_id INTEGER REFERENCES owner(id),\n"
                   " CONSTRAINT ck_age CHECK (age >= 0),\n CONSTRAINT uq_account_email UNIQUE (email)\n)"),
    QStringLiteral("CREATE INDEX ix_account_name ON account (name)"),
    QStringLiteral("CREATE INDEX ix_account_adult ON account (age) WHERE age > 17"),
};

const ops::Constraint *find(const ops::TableDef &t, ops::Constraint::Kind kind, int n = 0)
{
    for (const ops::Constraint &c : t.constraints) {
        if (c.kind == kind && n-- == 0)
            return &c;
    }
    return nullptr;
}

QString text(const ops::SqlExpression &e)
{
    return e.sql;
}

} // namespace

class TestOnlineReflection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sqliteTypes_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<ops::SqlType::Kind>("kind");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("scale");
        QTest::newRow("varchar") << "VARCHAR(50)" << Kind::VARCHAR << 50 << -1 << -1;
        QTest::newRow("lower case") << "varchar(7)" << Kind::VARCHAR << 7 << -1 << -1;
        QTest::newRow("int") << "INT" << Kind::INTEGER << -1 << -1 << -1;
        QTest::newRow("unsigned big int") << "UNSIGNED BIG INT" << Kind::INTEGER << -1 << -1 << -1;
        QTest::newRow("double precision") << "DOUBLE PRECISION" << Kind::REAL << -1 << -1 << -1;
        QTest::newRow("double") << "DOUBLE" << Kind::FLOAT << -1 << -1 << -1;
        QTest::newRow("clob") << "CLOB" << Kind::TEXT << -1 << -1 << -1;
        QTest::newRow("no type") << "" << Kind::Null << -1 << -1 << -1;
        QTest::newRow("decimal") << "DECIMAL(10, 2)" << Kind::DECIMAL << -1 << 10 << 2;
        QTest::newRow("numeric affinity") << "MONEY" << Kind::NUMERIC << -1 << -1 << -1;
        QTest::newRow("bool") << "BOOL" << Kind::BOOLEAN << -1 << -1 << -1;
        QTest::newRow("nchar") << "NCHAR(3)" << Kind::NCHAR << 3 << -1 << -1;
        QTest::newRow("datetime") << "DATETIME" << Kind::DATETIME << -1 << -1 << -1;
    }
    void sqliteTypes()
    {
        QFETCH(QString, declared);
        QFETCH(ops::SqlType::Kind, kind);
        QFETCH(int, length);
        QFETCH(int, precision);
        QFETCH(int, scale);
        const ops::SqlType t = SqliteReflection::typeFromDeclaration(declared);
        QCOMPARE(t.kind, kind);
        QCOMPARE(t.length.value_or(-1), length);
        QCOMPARE(t.precision.value_or(-1), precision);
        QCOMPARE(t.scale.value_or(-1), scale);
    }

    void postgresqlTypes_data()
    {
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<ops::SqlType::Kind>("kind");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("timezone");
        QTest::newRow("varchar") << "character varying(50)" << Kind::VARCHAR << 50 << false;
        QTest::newRow("char") << "character(2)" << Kind::CHAR << 2 << false;
        QTest::newRow("timestamptz") << "timestamp with time zone" << Kind::TIMESTAMP << -1 << true;
        QTest::newRow("timestamp(3)") << "timestamp(3) without time zone" << Kind::TIMESTAMP << -1 << false;
        QTest::newRow("jsonb") << "jsonb" << Kind::PgJsonb << -1 << false;
        QTest::newRow("array") << "integer[]" << Kind::Array << -1 << false;
        QTest::newRow("custom") << "public.citext" << Kind::Custom << -1 << false;
    }
    void postgresqlTypes()
    {
        QFETCH(QString, formatted);
        QFETCH(ops::SqlType::Kind, kind);
        QFETCH(int, length);
        QFETCH(bool, timezone);
        const ops::SqlType t = PostgresqlReflection::typeFromFormatType(formatted);
        QCOMPARE(t.kind, kind);
        QCOMPARE(t.length.value_or(-1), length);
        QCOMPARE(t.timezone, timezone);
        if (kind == Kind::Array)
            QCOMPARE(t.itemType->kind, Kind::INTEGER);
        if (kind == Kind::Custom)
            QCOMPARE(t.name, formatted);
    }

    void sqliteTable()
    {
        QTemporaryDir dir;
        auto db = open(QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("r.db")));
        for (const QString &sql : kSetup)
            QVERIFY(db->execute(sql).ok());
        Result<ops::TableDef> t = SqliteReflection::reflectTable(*db, QStringLiteral("account"));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->columns.size(), 5);
        QCOMPARE(t->columns.at(1).name, QStringLiteral("name"));
        QCOMPARE(t->columns.at(1).type.kind, Kind::VARCHAR);
        QCOMPARE(t->columns.at(1).nullable, std::optional<bool>(false));
        QCOMPARE(t->columns.at(2).nullable, std::optional<bool>(true));
        QVERIFY(t->columns.at(3).serverDefault.has_value());
        QCOMPARE(text(*t->columns.at(3).serverDefault), QStringLiteral("0"));
        QVERIFY(t->columns.at(0).primaryKey);
        const ops::Constraint *pk = find(*t, ops::Constraint::Kind::PrimaryKey);
        QVERIFY(pk);
        QCOMPARE(pk->columns, QStringList{QStringLiteral("id")});
        QVERIFY(pk->name.isEmpty());
        const ops::Constraint *ck = find(*t, ops::Constraint::Kind::Check);
        QVERIFY(ck);
        QCOMPARE(ck->name, QStringLiteral("ck_age"));
        QCOMPARE(text(ck->condition), QStringLiteral("age >= 0"));
        const ops::Constraint *uq = find(*t, ops::Constraint::Kind::Unique);
        QVERIFY(uq);
        QCOMPARE(uq->name, QStringLiteral("uq_account_email"));
        QCOMPARE(uq->columns, QStringList{QStringLiteral("email")});
        const ops::Constraint *fk = find(*t, ops::Constraint::Kind::ForeignKey);
        QVERIFY(fk);
        QVERIFY(fk->name.isEmpty());
        QCOMPARE(fk->columns, QStringList{QStringLiteral("owner_id")});
        QCOMPARE(fk->referredTable, QStringLiteral("owner"));
        QCOMPARE(fk->referredColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(t->indexes.size(), 2);
        QStringList names;
        for (const ops::Index &i : t->indexes) {
            names << i.name;
            if (i.name == QLatin1String("ix_account_adult")) {
                QVERIFY(i.sqliteWhere.has_value());
                QCOMPARE(text(*i.sqliteWhere), QStringLiteral("age > 17"));
            }
        }
        names.sort();
        QCOMPARE(names, (QStringList{"ix_account_adult", "ix_account_name"}));

        Result<ops::TableDef> missing = SqliteReflection::reflectTable(*db, QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("NoSuchTableError: nope"));
    }

    void postgresqlTable()
    {
        RETORT_REQUIRE_POSTGRES();
        PgDatabase pg;
        QVERIFY2(!pg.url().isEmpty(), qPrintable(pg.error()));
        auto db = open(pg.url());
        for (const QString &sql : kSetup)
            QVERIFY(db->execute(sql).ok());
        QVERIFY(db->execute(QStringLiteral("ALTER TABLE account ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) "
                                           "REFERENCES owner (id) ON DELETE CASCADE")).ok());
        Result<ops::TableDef> t = PostgresqlReflection::reflectTable(*db, QStringLiteral("account"));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->columns.size(), 5);
        QCOMPARE(t->columns.at(1).type.kind, Kind::VARCHAR);
        QCOMPARE(t->columns.at(1).type.length, std::optional<int>(50));
        QCOMPARE(t->columns.at(0).autoincrement, ops::Column::Autoincrement::No);
        QCOMPARE(text(*t->columns.at(3).serverDefault), QStringLiteral("0"));
        const ops::Constraint *pk = find(*t, ops::Constraint::Kind::PrimaryKey);
        QVERIFY(pk);
        QCOMPARE(pk->name, QStringLiteral("account_pkey"));
        const ops::Constraint *ck = find(*t, ops::Constraint::Kind::Check);
        QVERIFY(ck);
        QCOMPARE(ck->name, QStringLiteral("ck_age"));
        QCOMPARE(text(ck->condition), QStringLiteral("(age >= 0)"));
        const ops::Constraint *uq = find(*t, ops::Constraint::Kind::Unique);
        QVERIFY(uq);
        QCOMPARE(uq->columns, QStringList{QStringLiteral("email")});
        const ops::Constraint *fk1 = find(*t, ops::Constraint::Kind::ForeignKey, 0);
        const ops::Constraint *fk2 = find(*t, ops::Constraint::Kind::ForeignKey, 1);
        QVERIFY(fk1 && fk2);
        QCOMPARE(fk2->name, QStringLiteral("fk_owner"));
        QCOMPARE(fk2->fk.onDelete, QStringLiteral("CASCADE"));
        QCOMPARE(fk2->referredColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(t->indexes.size(), 2);
        QCOMPARE(t->indexes.at(0).name, QStringLiteral("ix_account_adult"));
        QVERIFY(t->indexes.at(0).postgresqlWhere.has_value());
        QCOMPARE(text(*t->indexes.at(0).postgresqlWhere), QStringLiteral("(age > 17)"));
    }

    void queryReturnsRowsWithColumnNames_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void queryReturnsRowsWithColumnNames()
    {
        QFETCH(QString, dialect);
        QTemporaryDir dir;
        std::unique_ptr<PgDatabase> pg;
        QString url = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("q.db"));
        if (dialect == QLatin1String("postgresql")) {
            RETORT_REQUIRE_POSTGRES();
            pg = std::make_unique<PgDatabase>();
            url = pg->url();
        }
        auto db = open(url);
        auto sqlDialect = sql::Dialect::create(dialect);
        OnlineContext ctx(*db, *sqlDialect);
        QVERIFY(ctx.begin().ok());
        QVERIFY(ctx.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, label VARCHAR(10))")).ok());
        QVERIFY(ctx.exec(QStringLiteral("INSERT INTO t VALUES (1, 'one'), (2, 'it''s')")).ok());
        ops::Execute select;
        select.statement = ops::SqlExpression::text(QStringLiteral("SELECT id, label FROM t WHERE id >= :low AND label <> :skip ORDER BY id"),
                                                    {{QStringLiteral("low"), qint64(1)}, {QStringLiteral("skip"), QStringLiteral("x:y")}});
        Result<ops::QueryResult> r = ctx.query(select);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->columns, (QStringList{"id", "label"}));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows.at(1).at(1).toString(), QStringLiteral("it's"));
        Result<ops::QueryResult> updated = ctx.exec(QStringLiteral("UPDATE t SET label = 'x'"));
        QVERIFY(updated.ok());
        QCOMPARE(updated->rowsAffected, 2);
        ctx.rollback();
        QVERIFY(!db->query(QStringLiteral("SELECT 1 FROM t")).ok());   // rolled back, DDL included
    }

    void autocommitBlockOnPostgresql()
    {
        RETORT_REQUIRE_POSTGRES();
        PgDatabase pg;
        auto db = open(pg.url());
        auto dialect = sql::Dialect::create(QStringLiteral("postgresql"));
        ops::CreateIndex create;
        create.index.name = QStringLiteral("ix_t_label");
        create.index.table = QStringLiteral("t");
        create.index.expressions.push_back(ops::SqlExpression::column(QStringLiteral("label")));
        create.index.postgresqlConcurrently = true;
        {
            OnlineContext ctx(*db, *dialect);
            QVERIFY(ctx.begin().ok());
            QVERIFY(ctx.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, label VARCHAR(10))")).ok());
            Result<void> inTransaction = ctx.run(ops::Operation(create, 12));
            QVERIFY(!inTransaction.ok());
            QVERIFY2(inTransaction.error().message.contains(QLatin1String("cannot run inside a transaction block")),
                     qPrintable(inTransaction.error().message));
            QVERIFY2(inTransaction.error().message.contains(QLatin1String("autocommit_block()")),
                     qPrintable(inTransaction.error().message));
            QCOMPARE(inTransaction.error().line, 12);
            ctx.rollback();
        }
        OnlineContext ctx(*db, *dialect);
        QVERIFY(ctx.begin().ok());
        QVERIFY(ctx.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, label VARCHAR(10))")).ok());
        QVERIFY(ctx.run(ops::Operation(ops::AutocommitBegin{})).ok());
        QVERIFY(!ctx.inTransaction());
        Result<void> created = ctx.run(ops::Operation(create));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(ctx.run(ops::Operation(ops::AutocommitEnd{})).ok());
        QVERIFY(ctx.inTransaction());
        QVERIFY(ctx.commit().ok());
        QCOMPARE(queryLines(*db, QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1")),
                 (QStringList{"ix_t_label", "t_pkey"}));
        const QStringList statements = ctx.takeStatements();
        QVERIFY(statements.contains(QStringLiteral("CREATE INDEX CONCURRENTLY ix_t_label ON t (label)")));
    }

    void transactionHazards_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("expected");   // a fragment, or empty
        QTest::newRow("concurrent index") << "CREATE INDEX CONCURRENTLY ix ON t (a)" << "postgresql" << 15
                                          << "cannot run inside a transaction block";
        QTest::newRow("unique concurrent") << "create unique index concurrently ix on t (a)" << "postgresql" << 15
                                           << "cannot run inside a transaction block";
        QTest::newRow("drop concurrently") << "DROP INDEX CONCURRENTLY ix" << "postgresql" << 15
                                           << "cannot run inside a transaction block";
        QTest::newRow("add value pg11") << "ALTER TYPE mood ADD VALUE 'meh'" << "postgresql" << 11
                                        << "before PostgreSQL 12";
        QTest::newRow("add value pg15") << "ALTER TYPE mood ADD VALUE 'meh'" << "postgresql" << 15
                                        << "cannot be used in the same transaction";
        QTest::newRow("vacuum") << "VACUUM" << "postgresql" << 15 << "cannot run inside a transaction block";
        QTest::newRow("plain index") << "CREATE INDEX ix ON t (a)" << "postgresql" << 15 << "";
        QTest::newRow("sqlite pragma") << "PRAGMA foreign_keys=ON" << "sqlite" << 0 << "inside a transaction";
        QTest::newRow("sqlite table") << "CREATE TABLE x (a INTEGER)" << "sqlite" << 0 << "";
    }
    void transactionHazards()
    {
        QFETCH(QString, sql);
        QFETCH(QString, dialect);
        QFETCH(int, major);
        QFETCH(QString, expected);
        const QString hazard = transactionHazard(sql, dialect, major);
        if (expected.isEmpty())
            QCOMPARE(hazard, QString());
        else
            QVERIFY2(hazard.contains(expected), qPrintable(hazard));
    }
};

QTEST_GUILESS_MAIN(TestOnlineReflection)
#include "tst_onlinereflection.moc"
