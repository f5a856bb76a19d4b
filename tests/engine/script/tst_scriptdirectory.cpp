// The script directory scan: candidate files, Alembic 1.10+ load order (sorted, recursive,
// __pycache__ skipped), duplicate files, missing locations, and parallel reading in load order.
#include "script/scriptdirectory.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

namespace {

QString header(const QString &id, const QString &down = {})
{
    return QStringLiteral("\"\"\"revision %1\n\nRevision ID: %1\n\"\"\"\nrevision = '%1'\ndown_revision = %2\n\n\n"
                          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
        .arg(id, down.isEmpty() ? QStringLiteral("None") : QStringLiteral("'%1'").arg(down));
}

QStringList relative(const QString &root, const QStringList &paths)
{
    QStringList out;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    for (const QString &p : paths)
        out << QDir(canonicalRoot).relativeFilePath(p);
    return out;
}

} // namespace

class TestScriptDirectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void candidateName_data();
    void candidateName();
    void order_data();
    void order();
    void duplicates();
    void symlinkedFileIsReadOnce();
    void scanReadsHeaders();
    void parallelKeepsLoadOrder();
    void speed();

private:
    QTemporaryDir m_tmp;
    QString m_root;
};

void TestScriptDirectory::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_root = m_tmp.path();
    const QString v = m_root + QStringLiteral("/versions");
    for (const QString &name : {QStringLiteral("b_second.py"), QStringLiteral("a_first.py"),
                                QStringLiteral("B_upper.py"), QStringLiteral("x__init__.py"),
                                QStringLiteral("\u00e9t\u00e9.py"), QStringLiteral("Z.py")})
        QVERIFY(test::writeFile(v + "/" + name, header(QFileInfo(name).completeBaseName())));
    // not candidates
    QVERIFY(test::writeFile(v + "/.#a_first.py", QStringLiteral("lock")));
    QVERIFY(test::writeFile(v + "/__init__.py", QString()));
    QVERIFY(test::writeFile(v + "/notes.txt", QStringLiteral("notes")));
    QVERIFY(test::writeFile(v + "/old.pyc", QStringLiteral("bytecode")));
    QVERIFY(test::writeFile(v + "/__pycache__/cached.py", header(QStringLiteral("cached"))));
    QVERIFY(test::writeFile(v + "/abc__pycache__/alsocached.py", header(QStringLiteral("alsocached"))));
    // subdirectories (recursive only), visited in sorted order after the files
    QVERIFY(test::writeFile(v + "/sub2/s2.py", header(QStringLiteral("s2"))));
    QVERIFY(test::writeFile(v + "/sub1/s1b.py", header(QStringLiteral("s1b"))));
    QVERIFY(test::writeFile(v + "/sub1/s1a.py", header(QStringLiteral("s1a"))));
    QVERIFY(test::writeFile(v + "/sub1/deeper/d.py", header(QStringLiteral("d"))));
    QVERIFY(test::writeFile(v + "/sub1/.#d.py", QStringLiteral("lock")));
    // a second location
    QVERIFY(test::writeFile(m_root + "/other/o.py", header(QStringLiteral("o"))));
    // a symlinked directory is not entered (os.walk(followlinks=False))
    QVERIFY(QFile::link(m_root + "/other", v + "/linkdir"));
}

void TestScriptDirectory::candidateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("candidate");
    QTest::newRow("plain") << "1975ea83b712_add_table.py" << true;
    QTest::newRow("lock") << ".#1975ea83b712_add_table.py" << false;
    QTest::newRow("init") << "__init__.py" << false;
    QTest::newRow("init prefix") << "__init__x.py" << false;
    QTest::newRow("init inside") << "x__init__.py" << true;
    QTest::newRow("pyc") << "a.pyc" << false;
    QTest::newRow("txt") << "a.py.txt" << false;
    QTest::newRow("hidden") << ".hidden.py" << true;
    QTest::newRow("just ext") << ".py" << true;
}

void TestScriptDirectory::candidateName()
{
    QFETCH(QString, name);
    QFETCH(bool, candidate);
    QCOMPARE(ScriptDirectory::isCandidateName(name), candidate);
}

void TestScriptDirectory::order_data()
{
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QStringList>("expected");   // relative to the temporary root

    const QStringList flat = {"versions/B_upper.py", "versions/Z.py", "versions/a_first.py",
                              "versions/b_second.py", "versions/x__init__.py",
                              QString::fromUtf8("versions/\u00e9t\u00e9.py")};
    QTest::newRow("sorted by name, byte order") << QStringList{"versions"} << false << flat;
    QStringList rec = flat;
    rec << "versions/sub1/s1a.py" << "versions/sub1/s1b.py" << "versions/sub1/deeper/d.py"
        << "versions/sub2/s2.py";
    QTest::newRow("recursive") << QStringList{"versions"} << true << rec;
    QTest::newRow("missing location skipped")
        << QStringList{"missing", "versions", "also/missing"} << false << flat;
    QTest::newRow("two locations in order")
        << QStringList{"other", "versions"} << false << (QStringList{"other/o.py"} + flat);
    QTest::newRow("subdirectory as a location") << QStringList{"versions/sub1"} << false
                                                 << QStringList{"versions/sub1/s1a.py", "versions/sub1/s1b.py"};
}

void TestScriptDirectory::order()
{
    QFETCH(QStringList, locations);
    QFETCH(bool, recursive);
    QFETCH(QStringList, expected);
    QStringList absolute;
    for (const QString &l : locations)
        absolute << m_root + "/" + l;
    Diagnostics diagnostics;
    const QStringList files = ScriptDirectory::candidateFiles(absolute, recursive, &diagnostics);
    QCOMPARE(relative(m_root, files), expected);
    QVERIFY(diagnostics.isEmpty());
}

void TestScriptDirectory::duplicates()
{
    // the same location twice: every file of the second pass is "loaded twice" (Alembic checks
    // before filtering candidates, so non-candidates warn too) and read once
    const QString v = m_root + "/versions";
    const ScanResult result = ScriptDirectory::scan({v, v + "/", v + "/../versions"}, false);
    QCOMPARE(result.revisions.size(), 6);
    const int filesInDir = 10;   // 6 candidates, .#a_first.py, __init__.py, notes.txt, old.pyc
    QCOMPARE(result.diagnostics.size(), 2 * filesInDir);
    const QString real = QFileInfo(v + "/.#a_first.py").canonicalFilePath();   // sorts first
    const Diagnostic &first = result.diagnostics.first();
    QCOMPARE(first.severity, Diagnostic::Severity::Warning);
    QCOMPARE(first.file, real);
    QCOMPARE(first.message,
             QStringLiteral("File %1 loaded twice! ignoring. Please ensure version_locations is unique.").arg(real));
}

void TestScriptDirectory::symlinkedFileIsReadOnce()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(test::writeFile(tmp.filePath("v/aaa.py"), header("aaa")));
    QVERIFY(QFile::link(tmp.filePath("v/aaa.py"), tmp.filePath("v/zzz.py")));
    QVERIFY(QFile::link(tmp.filePath("v/aaa.py"), tmp.filePath("v/link.txt")));
    const ScanResult result = ScriptDirectory::scan({tmp.filePath("v")}, false);
    QCOMPARE(result.revisions.size(), 1);
    QCOMPARE(result.revisions.first().id, QStringLiteral("aaa"));
    // link.txt resolves to aaa.py (already seen), zzz.py too
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.allDiagnostics().size(), 2);
}

void TestScriptDirectory::scanReadsHeaders()
{
    const ScanResult result = ScriptDirectory::scan({m_root + "/versions"}, true);
    QStringList ids;
    for (const Revision &r : result.revisions) {
        ids << r.id;
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.path, QFileInfo(r.path).canonicalFilePath());
        QCOMPARE(r.doc, QStringLiteral("revision %1").arg(r.id));
        QCOMPARE(r.upgradeLine, 9);
    }
    QCOMPARE(ids, (QStringList{"B_upper", "Z", "a_first", "b_second", "x__init__", QString::fromUtf8("\u00e9t\u00e9"),
                               "s1a", "s1b", "d", "s2"}));
    QVERIFY(result.diagnostics.isEmpty());
}

void TestScriptDirectory::parallelKeepsLoadOrder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStringList expected;
    for (int i = 0; i < 600; ++i) {
        const QString id = QStringLiteral("%1").arg(i * 7919 % 600, 4, 10, QLatin1Char('0'));
        QVERIFY(test::writeFile(tmp.filePath("v/" + id + "_rev.py"), header(id, i ? QStringLiteral("x") : QString())));
    }
    for (int i = 0; i < 600; ++i)
        expected << QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
    // one broken file keeps its place and its diagnostic
    QVERIFY(test::writeFile(tmp.filePath("v/0300_rev.py"), QStringLiteral("revision = '0300'\ndown_revision = (\n")));
    const ScanResult result = ScriptDirectory::scan({tmp.filePath("v")}, false);
    QStringList ids;
    for (const Revision &r : result.revisions)
        ids << r.id;
    QCOMPARE(ids, expected);
    QCOMPARE(result.revisions.at(300).diagnostics.size(), 1);
    QCOMPARE(result.revisions.at(300).diagnostics.first().line, 2);
    QCOMPARE(result.allDiagnostics().size(), 1);
}

void TestScriptDirectory::speed()
{
    // 5,000 small revision files (the benchmark shape): the scan must stay far below a second even
    // in a Debug build; the Release figure is reported by the helper that wrote this test.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString prev;
    for (int i = 0; i < 5000; ++i) {
        const QString id = QStringLiteral("%1").arg(quint64(i) * 0x9e3779b1ULL % 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
        QVERIFY(test::writeFile(tmp.filePath("versions/" + id + "_step.py"), header(id, prev)));
        prev = id;
    }
    QElapsedTimer timer;
    timer.start();
    const ScanResult result = ScriptDirectory::scan({tmp.filePath("versions")}, false);
    const qint64 ms = timer.elapsed();
    QCOMPARE(result.revisions.size(), 5000);
    QVERIFY(result.allDiagnostics().isEmpty());
    qInfo("scanned 5000 revision files in %lld ms", ms);
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestScriptDirectory)
#include "tst_scriptdirectory.moc"
