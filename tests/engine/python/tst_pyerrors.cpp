#include "python/interpreter.h"
#include "sql/dialect.h"
#include "sql/offlinecontext.h"

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
    void errorCodes_data();
    void errorCodes();
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

// What an uncaught exception becomes when a revision function runs in a real offline SQLite
// context: a traceback in Alembic (ErrorCode::Internal, exit 1) named as the traceback's last
// line names it, or a CommandError (ErrorCode::Command, exit 255) that stays one.
void TestPyErrors::errorCodes_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("printed");
    const int internal = int(ErrorCode::Internal);
    QTest::newRow("batch CommandError") << "batch_without_copy_from" << 7 << int(ErrorCode::Command)
        << "This operation cannot proceed in --sql mode; batch mode with dialect sqlite requires a live database "
           "connection with which to reflect the table \"account\". To generate a batch SQL migration script using "
           "table \"move and copy\", a complete Table object should be passed to the \"copy_from\" argument of the "
           "batch_alter_table() method so that table reflection can be skipped." << "";
    QTest::newRow("sqlalchemy error") << "column_comment" << 12 << internal
        << "sqlalchemy.exc.UnsupportedCompilationError: Compiler <sqlalchemy.dialects.sqlite.base.SQLiteDDLCompiler "
           "object at 0x0> can't render element of type <class 'alembic.ddl.base.ColumnComment'>: <class "
           "'alembic.ddl.base.ColumnComment'> construct has no default compilation handler. (Background on this "
           "error at: https://sqlalche.me/e/14/l7de)" << "";
    QTest::newRow("caught, then raised") << "caught_compile_error" << 20 << internal
        << "sqlalchemy.exc.ArgumentError: raised by the script" << "caught UnsupportedCompilationError True\n";
    QTest::newRow("script raises") << "script_raises" << 25 << internal
        << "NotImplementedError: Data migration not supported on SQLite" << "";
    QTest::newRow("json error") << "bad_json" << 29 << internal
        << "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" << "";
    QTest::newRow("attribute error") << "missing_attribute" << 33 << internal
        << "AttributeError: module 'alembic.op' has no attribute 'no_such_operation'" << "";
}

void TestPyErrors::errorCodes()
{
    QFETCH(QString, function);
    QFETCH(int, line);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, printed);
    const QString path = test::dataPath(QStringLiteral("python/errors/offline_refusals.py"));
    Interpreter interp;
    QString out;
    interp.setPrintSink([&out](const QString &t) { out += t; });
    auto loaded = interp.loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    auto dialect = sql::Dialect::create(QStringLiteral("sqlite"));
    sql::OfflineContext ctx(*dialect);
    auto r = interp.runFunction(function, ctx);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QCOMPARE(r.error().message, message);
    QCOMPARE(r.error().file, path);
    QCOMPARE(r.error().line, line);
    QCOMPARE(out, printed);
}

QTEST_GUILESS_MAIN(TestPyErrors)
#include "tst_pyerrors.moc"
