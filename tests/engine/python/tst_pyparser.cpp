#include "python/parser.h"

#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace retort;
using namespace retort::python;

// Parser round-trip: every script under tests/data/python/{parse,eval,bindings} is parsed by
// Retort and by Python's ast module; both trees are dumped in the same text form
// (tests/data/python/astdump.py mirrors dumpModule) and must be identical, lines included.
class TestPyParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void TestPyParser::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const char *dir : {"parse", "eval", "bindings"}) {
        const QDir d(test::dataPath(QStringLiteral("python/") + QLatin1String(dir)));
        for (const QString &f : d.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QLatin1String(dir) + QLatin1Char('/') + f)) << d.filePath(f);
    }
}

void TestPyParser::roundTrip()
{
    QFETCH(QString, path);
    const auto py = test::run(QStringLiteral("/usr/bin/python3"),
                              {test::dataPath(QStringLiteral("python/astdump.py")), path});
    QVERIFY2(py.exitCode == 0, qPrintable(py.err));
    auto parsed = parseModule(test::readFile(path), path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const QStringList mine = dumpModule(*parsed.value()).split(QLatin1Char('\n'));
    const QStringList theirs = py.out.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(mine.size(), theirs.size()); ++i) {
        const QString a = mine.value(i);
        const QString b = theirs.value(i);
        QVERIFY2(a == b, qPrintable(QStringLiteral("statement %1 differs\n retort: %2\n python: %3").arg(i).arg(a, b)));
    }
}

QTEST_GUILESS_MAIN(TestPyParser)
#include "tst_pyparser.moc"
