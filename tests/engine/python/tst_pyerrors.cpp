#include "python/interpreter.h"

#include "testsupport.h"

#include <QTest>

using namespace retort;
using namespace retort::python;

// Error paths: syntax errors, unknown names, unsupported constructs and uncaught exceptions come
// back as Errors with the exact file:line and a Python-like message. Scripts: tests/data/python/errors.
class TestPyErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void moduleCacheAndRerun();
};

void TestPyErrors::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("function");   // empty: the error happens while loading
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << "syntax_error.py" << "" << 2 << "SyntaxError: invalid syntax";
    QTest::newRow("indent") << "bad_indent.py" << "" << 3 << "IndentationError: unexpected indent";
    QTest::newRow("fstring") << "fstring_error.py" << "" << 2 << "SyntaxError: f-string: invalid syntax";
    QTest::newRow("yield") << "unsupported_yield.py" << "" << 2 << "unsupported construct: yield";
    QTest::newRow("class") << "class_def.py" << "" << 4
                           << "NotImplementedError: class definitions are not supported by Retort's built-in interpreter";
    QTest::newRow("app import") << "app_import.py" << "" << 1
                                << "ModuleNotFoundError: No module named 'app.models' (not available to Retort's built-in interpreter)";
    QTest::newRow("name") << "name_error.py" << "upgrade" << 3 << "NameError: name 'valeu' is not defined";
    QTest::newRow("raise") << "uncaught_raise.py" << "upgrade" << 3 << "ValueError: bad revision step 3";
    QTest::newRow("overflow") << "overflow.py" << "upgrade" << 3
                              << "OverflowError: integer overflow (Retort's interpreter uses 64-bit integers)";
    QTest::newRow("op outside a run") << "wrong_args.py" << "upgrade" << 5
                                      << "TypeError: add_column() missing required argument: 'column'";
}

void TestPyErrors::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, function);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString path = test::dataPath(QStringLiteral("python/errors/") + file);
    Interpreter interp;
    auto loaded = interp.loadFile(path);
    Error error;
    if (function.isEmpty()) {
        QVERIFY(!loaded.ok());
        error = loaded.error();
    } else {
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        auto r = interp.runFunction(function);
        QVERIFY(!r.ok());
        error = r.error();
    }
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, line);
    QCOMPARE(error.message, message);
    QCOMPARE(error.toString(), QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message));
}

void TestPyErrors::moduleCacheAndRerun()
{
    // Module-level code runs once per load; functions can be run repeatedly; the parsed tree is
    // reused for an identical source.
    const QString source = QStringLiteral("count = 0\nprint('loaded')\ndef upgrade():\n    global count\n    count += 1\n    print(count)\n");
    Interpreter interp;
    QString out;
    interp.setPrintSink([&out](const QString &t) { out += t; });
    QVERIFY(interp.load(source, QStringLiteral("a.py")).ok());
    const ModulePtr first = interp.module();
    QVERIFY(interp.hasFunction(QStringLiteral("upgrade")));
    QVERIFY(!interp.hasFunction(QStringLiteral("downgrade")));
    QVERIFY(interp.runFunction(QStringLiteral("upgrade")).ok());
    QVERIFY(interp.runFunction(QStringLiteral("upgrade")).ok());
    QCOMPARE(interp.globalRepr(QStringLiteral("count")), QStringLiteral("2"));
    QVERIFY(interp.load(source, QStringLiteral("a.py")).ok());
    QCOMPARE(interp.module().get(), first.get());
    QCOMPARE(interp.globalRepr(QStringLiteral("count")), QStringLiteral("0"));
    QCOMPARE(out, QStringLiteral("loaded\n1\n2\nloaded\n"));
    auto missing = interp.runFunction(QStringLiteral("downgrade"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, QStringLiteral("AttributeError: module has no attribute 'downgrade'"));
}

QTEST_GUILESS_MAIN(TestPyErrors)
#include "tst_pyerrors.moc"
