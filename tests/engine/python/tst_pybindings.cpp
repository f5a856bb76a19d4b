#include "ops/migrationcontext.h"
#include "python/interpreter.h"

#include "testsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::python;

namespace {

QString typeText(const ops::SqlType &t)
{
    QString s = t.className();
    if (t.length)
        s += QStringLiteral("(%1)").arg(*t.length);
    if (t.precision)
        s += QStringLiteral("(p=%1%2)").arg(*t.precision).arg(t.scale ? QStringLiteral(",s=%1").arg(*t.scale) : QString());
    if (t.timezone)
        s += QStringLiteral("[tz]");
    if (!t.enumValues.isEmpty())
        s += QStringLiteral("[%1 %2]").arg(t.name, t.enumValues.join(QLatin1Char('|')));
    if (t.itemType)
        s += QLatin1Char('[') + typeText(*t.itemType) + QLatin1Char(']');
    return s;
}

QString exprText(const ops::SqlExpression &e)
{
    using K = ops::SqlExpression::Kind;
    auto value = [](const ops::SqlValue &v) -> QString {
        if (ops::isNone(v))
            return QStringLiteral("None");
        if (auto *b = std::get_if<bool>(&v))
            return *b ? QStringLiteral("True") : QStringLiteral("False");
        if (auto *i = std::get_if<qint64>(&v))
            return QString::number(*i);
        if (auto *d = std::get_if<double>(&v))
            return QString::number(*d);
        if (auto *s = std::get_if<QString>(&v))
            return QLatin1Char('\'') + *s + QLatin1Char('\'');
        if (auto *d = std::get_if<QDate>(&v))
            return QStringLiteral("date(%1)").arg(d->toString(Qt::ISODate));
        if (auto *t = std::get_if<QTime>(&v))
            return QStringLiteral("time(%1)").arg(t->toString(Qt::ISODateWithMs));
        if (auto *dt = std::get_if<QDateTime>(&v))
            return QStringLiteral("datetime(%1)").arg(dt->toString(Qt::ISODateWithMs));
        return QStringLiteral("?");
    };
    QStringList args;
    for (const auto &a : e.args)
        args << exprText(a);
    switch (e.kind) {
    case K::Literal: return e.sql.isEmpty() ? value(e.value) : QStringLiteral("bindparam(%1=%2)").arg(e.sql, value(e.value));
    case K::InlineLiteral: return QStringLiteral("inline(%1)").arg(value(e.value));
    case K::Text: {
        QStringList params;
        for (const auto &p : e.params)
            params << p.first + QLatin1Char('=') + value(p.second);
        return QStringLiteral("text(%1%2)").arg(e.sql.simplified(), params.isEmpty() ? QString() : QStringLiteral("; ") + params.join(QLatin1Char(',')));
    }
    case K::LiteralColumn: return QStringLiteral("literal_column(%1)").arg(e.sql);
    case K::Column: return e.table.isEmpty() ? e.sql : e.table + QLatin1Char('.') + e.sql;
    case K::Function: return e.sql + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
    case K::Binary: return QStringLiteral("(%1 %2 %3)").arg(args.value(0), e.sql, args.value(1));
    case K::Conjunction: return QLatin1Char('(') + args.join(QLatin1Char(' ') + e.sql + QLatin1Char(' ')) + QLatin1Char(')');
    case K::Unary: return e.sql + QLatin1Char(' ') + args.value(0);
    case K::Postfix: return args.value(0) + QLatin1Char(' ') + e.sql;
    case K::List: return QLatin1Char('[') + args.join(QStringLiteral(", ")) + QLatin1Char(']');
    case K::Cast: return QStringLiteral("CAST(%1 AS %2)").arg(args.value(0), typeText(*e.type));
    case K::SqlTrue: return QStringLiteral("true");
    case K::SqlFalse: return QStringLiteral("false");
    case K::SqlNull: return QStringLiteral("NULL");
    }
    return {};
}

QString columnText(const ops::Column &c)
{
    QString s = c.name + QLatin1Char(' ') + typeText(c.type);
    if (c.primaryKey)
        s += QStringLiteral(" pk");
    if (c.nullable)
        s += *c.nullable ? QStringLiteral(" null") : QStringLiteral(" notnull");
    if (c.serverDefault)
        s += QStringLiteral(" default=") + exprText(*c.serverDefault);
    for (const auto &fk : c.foreignKeys)
        s += QStringLiteral(" fk=%1%2").arg(fk.target, fk.options.onDelete.isEmpty() ? QString() : QStringLiteral(" ondelete ") + fk.options.onDelete);
    if (c.identity)
        s += QStringLiteral(" identity(always=%1,start=%2)").arg(c.identity->always).arg(c.identity->start.value_or(-1));
    if (c.computed)
        s += QStringLiteral(" computed=") + exprText(c.computed->sqltext);
    if (c.comment)
        s += QStringLiteral(" comment=") + *c.comment;
    return s;
}

QString constraintText(const ops::Constraint &c)
{
    static const char *kinds[] = {"pk", "unique", "fk", "check", "exclude"};
    QString s = QStringLiteral("%1 %2(%3)").arg(QLatin1String(kinds[int(c.kind)]), c.name, c.columns.join(QLatin1Char(',')));
    if (c.kind == ops::Constraint::Kind::ForeignKey)
        s += QStringLiteral(" -> %1(%2)%3").arg(c.referredTable, c.referredColumns.join(QLatin1Char(',')),
                                               c.fk.onDelete.isEmpty() ? QString() : QStringLiteral(" ondelete ") + c.fk.onDelete);
    if (c.kind == ops::Constraint::Kind::Check)
        s += QLatin1Char(' ') + exprText(c.condition);
    return s;
}

QString describe(const ops::Operation &op)
{
    QString s = QStringLiteral("%1: %2").arg(op.line).arg(op.name());
    std::visit([&s](const auto &o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, ops::CreateTable>) {
            s += QLatin1Char(' ') + (o.table.schema.isEmpty() ? QString() : o.table.schema + QLatin1Char('.')) + o.table.name;
            for (const auto &c : o.table.columns)
                s += QStringLiteral("\n    column ") + columnText(c);
            for (const auto &c : o.table.constraints)
                s += QStringLiteral("\n    ") + constraintText(c);
            for (const auto &i : o.table.indexes)
                s += QStringLiteral("\n    index ") + i.name + QLatin1Char(' ') + exprText(i.expressions.front());
            if (o.table.comment)
                s += QStringLiteral("\n    comment ") + *o.table.comment;
        } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
            s += QStringLiteral(" %1 %2").arg(o.table, columnText(o.column));
        } else if constexpr (std::is_same_v<T, ops::DropColumn>) {
            s += QStringLiteral(" %1.%2").arg(o.table, o.column);
        } else if constexpr (std::is_same_v<T, ops::AlterColumn>) {
            s += QStringLiteral(" %1.%2").arg(o.table, o.column);
            if (o.nullable)
                s += *o.nullable ? QStringLiteral(" nullable") : QStringLiteral(" not-null");
            if (!o.newColumnName.isEmpty())
                s += QStringLiteral(" rename=") + o.newColumnName;
            if (o.type)
                s += QStringLiteral(" type=") + typeText(*o.type);
            if (o.existingType)
                s += QStringLiteral(" existing_type=") + typeText(*o.existingType);
            if (o.serverDefault.isNone())
                s += QStringLiteral(" drop-default");
            if (o.comment.isNone())
                s += QStringLiteral(" drop-comment");
        } else if constexpr (std::is_same_v<T, ops::CreateIndex>) {
            QStringList cols;
            for (const auto &e : o.index.expressions)
                cols << exprText(e);
            s += QStringLiteral(" %1 on %2(%3)%4%5%6").arg(o.index.name, o.index.table, cols.join(QLatin1Char(',')),
                                                         o.index.unique ? QStringLiteral(" unique") : QString(),
                                                         o.index.postgresqlConcurrently ? QStringLiteral(" concurrently") : QString(),
                                                         o.index.postgresqlWhere ? QStringLiteral(" where ") + exprText(*o.index.postgresqlWhere) : QString());
        } else if constexpr (std::is_same_v<T, ops::DropIndex>) {
            s += QStringLiteral(" %1 on %2%3").arg(o.name, o.table, o.postgresqlConcurrently ? QStringLiteral(" concurrently") : QString());
        } else if constexpr (std::is_same_v<T, ops::CreateConstraint>) {
            s += QStringLiteral(" %1: %2").arg(o.table, constraintText(o.constraint));
        } else if constexpr (std::is_same_v<T, ops::DropConstraint>) {
            s += QStringLiteral(" %1 on %2 type=%3").arg(o.name, o.table).arg(o.type ? int(*o.type) : -1);
        } else if constexpr (std::is_same_v<T, ops::Execute>) {
            if (auto *e = std::get_if<ops::SqlExpression>(&o.statement)) {
                s += QLatin1Char(' ') + exprText(*e);
            } else {
                const auto &d = std::get<ops::DmlStatement>(o.statement);
                QStringList values;
                for (const auto &v : d.values)
                    values << v.first + QLatin1Char('=') + exprText(v.second);
                s += QStringLiteral(" dml%1 %2 values(%3)%4").arg(int(d.kind)).arg(d.table.name, values.join(QLatin1Char(',')),
                                                                       d.where ? QStringLiteral(" where ") + exprText(*d.where) : QString());
            }
        } else if constexpr (std::is_same_v<T, ops::BulkInsert>) {
            s += QStringLiteral(" %1 rows=%2").arg(o.table.name).arg(o.rows.size());
            for (const auto &row : o.rows) {
                QStringList values;
                for (const auto &v : row)
                    values << v.first + QLatin1Char('=') + exprText(v.second);
                s += QStringLiteral("\n    ") + values.join(QStringLiteral(", "));
            }
        } else if constexpr (std::is_same_v<T, ops::BatchAlterTable>) {
            s += QLatin1Char(' ') + o.table;
            for (const auto &inner : o.ops)
                s += QStringLiteral("\n    ") + describe(inner);
        } else if constexpr (std::is_same_v<T, ops::CreateEnumType>) {
            s += QLatin1Char(' ') + typeText(o.type) + (o.checkFirst ? QStringLiteral(" checkfirst") : QString());
        } else if constexpr (std::is_same_v<T, ops::CreateSequence>) {
            s += QStringLiteral(" %1 start=%2").arg(o.name).arg(o.start.value_or(-1));
        } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
            s += QStringLiteral(" %1 -> %2").arg(o.oldName, o.newName);
        } else if constexpr (std::is_same_v<T, ops::DropTable>) {
            s += QLatin1Char(' ') + (o.schema.isEmpty() ? QString() : o.schema + QLatin1Char('.')) + o.name;
        } else if constexpr (std::is_same_v<T, ops::CreateTableComment>) {
            s += QStringLiteral(" %1 '%2'").arg(o.table, o.comment);
        }
    }, op.op);
    return s;
}

// A MigrationContext over a real SQLite file: query() runs the SELECT there; run() records the
// operation's description (rendering SQL is the sql module's job, tested there).
class RecordingContext : public ops::MigrationContext {
public:
    RecordingContext(QString dialect, QString dbPath, QString *log) : m_dialect(std::move(dialect)), m_log(log)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bindings"));
        m_db.setDatabaseName(dbPath);
        m_db.open();
    }
    ~RecordingContext() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bindings"));
    }
    QString dialectName() const override { return m_dialect; }
    bool isOffline() const override { return false; }
    // The test routes print() and logging through the interpreter's sinks itself.
    void scriptOutput(const QString &text) override { m_log->append(text); }
    void scriptLog(const QString &text) override { m_log->append(text); }
    Result<void> run(const ops::Operation &operation) override
    {
        *m_log += QStringLiteral("op ") + describe(operation) + QLatin1Char('\n');
        return {};
    }
    Result<ops::QueryResult> query(const ops::Execute &statement, int line) override
    {
        const auto &e = std::get<ops::SqlExpression>(statement.statement);
        QSqlQuery q(m_db);
        if (!q.prepare(e.sql))
            return makeError(ErrorCode::Database, q.lastError().text(), {}, line);
        for (const auto &p : e.params)
            q.bindValue(QLatin1Char(':') + p.first, std::get<QString>(p.second));
        if (!q.exec())
            return makeError(ErrorCode::Database, q.lastError().text(), {}, line);
        ops::QueryResult r;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            r.columns << rec.fieldName(i);
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < rec.count(); ++i)
                row << q.value(i);
            r.rows << row;
        }
        return r;
    }

private:
    QString m_dialect;
    QString *m_log;
    QSqlDatabase m_db;
};

} // namespace

// op/sa bindings: scripts under tests/data/python/bindings run upgrade() and downgrade() against
// a recording context whose queries hit a real SQLite database; the printed output and the
// operations (with their source lines) must match the golden <script>.<dialect>.txt.
class TestPyBindings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scripts_data();
    void scripts();
};

void TestPyBindings::scripts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("dialect");
    const QDir d(test::dataPath(QStringLiteral("python/bindings")));
    for (const QString &f : d.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
        for (const char *dialect : {"sqlite", "postgresql"})
            QTest::newRow(qPrintable(f + QLatin1Char('/') + QLatin1String(dialect))) << d.filePath(f) << QString::fromLatin1(dialect);
}

void TestPyBindings::scripts()
{
    QFETCH(QString, path);
    QFETCH(QString, dialect);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("test.db"));
    {
        auto conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        conn.setDatabaseName(db);
        QVERIFY(conn.open());
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, legacy_field TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, email) VALUES (1, 'a@example.com'), (2, 'b@example.com')")));
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));

    QString log;
    Interpreter interp;
    interp.setPrintSink([&log](const QString &text) { log += text; });
    auto loaded = interp.load(test::readFile(path), path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    for (const char *fn : {"upgrade", "downgrade"}) {
        log += QStringLiteral("== %1\n").arg(QLatin1String(fn));
        RecordingContext ctx(dialect, db, &log);
        auto r = interp.runFunction(QLatin1String(fn), ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString() + QStringLiteral("\n") + log));
    }
    const QString golden = path.chopped(3) + QLatin1Char('.') + dialect + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("RETORT_WRITE_GOLDEN"))
        test::writeFile(golden, log);
    QCOMPARE(log, test::readFile(golden));
}

QTEST_GUILESS_MAIN(TestPyBindings)
#include "tst_pybindings.moc"
