#include "python/interpreter.h"

#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace retort;
using namespace retort::python;

// Evaluator semantics against real Python: each tests/data/python/eval/*.py runs under
// /usr/bin/python3 and under the Interpreter; the printed output must be identical.
class TestPyEval : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsPython_data();
    void sameAsPython();
};

void TestPyEval::sameAsPython_data()
{
    QTest::addColumn<QString>("path");
    const QDir d(test::dataPath(QStringLiteral("python/eval")));
    const QStringList files = d.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << d.filePath(f);
}

void TestPyEval::sameAsPython()
{
    QFETCH(QString, path);
    const auto py = test::run(QStringLiteral("/usr/bin/python3"), {path});
    QVERIFY2(py.exitCode == 0, qPrintable(py.err));
    QVERIFY(!py.out.isEmpty());

    Interpreter interp;
    QString out;
    interp.setPrintSink([&out](const QString &text) { out += text; });
    auto r = interp.load(test::readFile(path), path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString() + QStringLiteral("\noutput so far:\n") + out));
    const QStringList mine = out.split(QLatin1Char('\n'));
    const QStringList theirs = py.out.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(mine.size(), theirs.size()); ++i)
        QVERIFY2(mine.value(i) == theirs.value(i),
                 qPrintable(QStringLiteral("line %1 differs\n retort: %2\n python: %3").arg(i + 1).arg(mine.value(i), theirs.value(i))));
}

QTEST_GUILESS_MAIN(TestPyEval)
#include "tst_pyeval.moc"
