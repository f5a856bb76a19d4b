// Golden tests: every case of tests/data/sql/oracle.py, rendered by the C++ dialects through an
// OfflineContext, must equal Alembic 1.8.1 + SQLAlchemy 1.4's offline output byte for byte.
#include "sqlcases.h"

#include "sql/dialect.h"
#include "sql/offlinecontext.h"
#include "sql/offlinescriptwriter.h"

#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace retort;

namespace {

QString normalizeAddresses(QString s)
{
    static const QRegularExpression addr(QStringLiteral("object at 0x[0-9a-f]+"));
    return s.replace(addr, QStringLiteral("object at 0x0"));
}

// Renders like Alembic's offline buffer: each statement formatted, an error as "!! Class: msg".
QString renderCase(const QList<ops::Operation> &operations, const QString &dialectName)
{
    auto dialect = sql::Dialect::create(dialectName);
    sql::OfflineContext ctx(*dialect);
    QString out;
    for (const ops::Operation &op : operations) {
        auto r = ctx.run(op);
        for (const QString &s : ctx.takeStatements())
            out += sql::OfflineScriptWriter::formatStatement(s);
        if (!r.ok()) {
            const QString msg = r.error().code == ErrorCode::Command
                                    ? QStringLiteral("CommandError: ") + r.error().message
                                    : r.error().message;
            out += QStringLiteral("!! ") + msg + QLatin1Char('\n');
            break;
        }
    }
    return out;
}

} // namespace

class TestSqlRender : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyGoldenHasACase();
    void golden_data();
    void golden();
};

void TestSqlRender::everyGoldenHasACase()
{
    const QDir dir(test::dataPath(QStringLiteral("sql/golden")));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files);
    QVERIFY(files.size() >= 60);
    const auto cases = test::sqlCases();
    for (const QString &f : files) {
        const QString name = f.section(QLatin1Char('.'), 0, 0);
        QVERIFY2(cases.contains(name), qPrintable(QStringLiteral("no C++ case for golden %1").arg(f)));
    }
    for (auto it = cases.constBegin(); it != cases.constEnd(); ++it) {
        for (const char *d : {"sqlite", "postgresql"})
            QVERIFY2(dir.exists(QStringLiteral("%1.%2.sql").arg(it.key(), QLatin1String(d))), qPrintable(it.key()));
    }
}

void TestSqlRender::golden_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("dialect");
    const auto cases = test::sqlCases();
    for (auto it = cases.constBegin(); it != cases.constEnd(); ++it) {
        for (const char *d : {"sqlite", "postgresql"})
            QTest::newRow(qPrintable(it.key() + QLatin1Char('.') + QLatin1String(d))) << it.key() << QString::fromLatin1(d);
    }
}

void TestSqlRender::golden()
{
    QFETCH(QString, caseName);
    QFETCH(QString, dialect);
    const QString expected = normalizeAddresses(
        test::readFile(test::dataPath(QStringLiteral("sql/golden/%1.%2.sql").arg(caseName, dialect))));
    QVERIFY(!expected.isEmpty());
    const QString actual = normalizeAddresses(renderCase(test::sqlCases().value(caseName)(), dialect));
    if (actual != expected) {
        qWarning().noquote() << "--- expected\n" << expected << "\n--- actual\n" << actual;
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestSqlRender)
#include "tst_sqlrender.moc"
