#include "python/interpreter.h"
#include "python/staticcheck.h"

#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace retort;
using namespace retort::python;

// Static check: scripts under tests/data/python/static declare the reasons they must get in
// "# expect: <line>: <message>" comments (none = supported). Every eval/bindings script must be
// supported; and every module the check accepts that a script imports must really be importable.
class TestPyStaticCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void supportedModulesImport();
};

void TestPyStaticCheck::check_data()
{
    QTest::addColumn<QString>("path");
    for (const char *dir : {"static", "eval", "bindings"}) {
        const QDir d(test::dataPath(QStringLiteral("python/") + QLatin1String(dir)));
        for (const QString &f : d.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QLatin1String(dir) + QLatin1Char('/') + f)) << d.filePath(f);
    }
    QTest::newRow("errors/app_import.py") << test::dataPath(QStringLiteral("python/errors/app_import.py"));
}

void TestPyStaticCheck::check()
{
    QFETCH(QString, path);
    const QString source = test::readFile(path);
    QStringList expected;
    static const QRegularExpression expect(QStringLiteral("^# expect: (.*)$"), QRegularExpression::MultilineOption);
    for (auto it = expect.globalMatch(source); it.hasNext();)
        expected << it.next().captured(1);
    if (path.endsWith(QLatin1String("errors/app_import.py")))
        expected << QStringLiteral("1: imports from 'app.models', which the built-in interpreter does not provide");
    const StaticCheckResult r = staticCheck(source, path);
    QStringList actual;
    for (const Diagnostic &d : r.reasons) {
        QCOMPARE(d.file, path);
        actual << QStringLiteral("%1: %2").arg(d.line).arg(d.message);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(r.supported, expected.isEmpty());
}

void TestPyStaticCheck::supportedModulesImport()
{
    const QStringList modules = {
        QStringLiteral("alembic"), QStringLiteral("alembic.op"), QStringLiteral("alembic.context"),
        QStringLiteral("sqlalchemy"), QStringLiteral("sqlalchemy.sql"), QStringLiteral("sqlalchemy.schema"),
        QStringLiteral("sqlalchemy.types"), QStringLiteral("sqlalchemy.exc"), QStringLiteral("sqlalchemy.dialects.postgresql"),
        QStringLiteral("sqlalchemy.dialects.sqlite"), QStringLiteral("sqlalchemy.dialects.mysql"), QStringLiteral("sqlmodel"),
        QStringLiteral("sqlmodel.sql.sqltypes"), QStringLiteral("typing"), QStringLiteral("__future__"), QStringLiteral("os"),
        QStringLiteral("logging"), QStringLiteral("datetime"), QStringLiteral("uuid"), QStringLiteral("json")};
    for (const QString &m : modules) {
        QVERIFY2(isSupportedModule(m), qPrintable(m));
        Interpreter interp;
        auto r = interp.load(QStringLiteral("import %1\n").arg(m), QStringLiteral("m.py"));
        QVERIFY2(r.ok(), qPrintable(m + QStringLiteral(": ") + (r.ok() ? QString() : r.error().toString())));
    }
    for (const char *m : {"app.models", "sqlalchemy.orm", "requests", "alembic.command", "enum", "decimal"})
        QVERIFY2(!isSupportedModule(QLatin1String(m)), m);
}

QTEST_GUILESS_MAIN(TestPyStaticCheck)
#include "tst_pystaticcheck.moc"
