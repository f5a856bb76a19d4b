// Guards the layering rule: the engine (src/engine) and the `retort` CLI use QtCore + QtSql only.
// It scans every engine source for includes of GUI headers (any header that Qt installs for
// QtGui, QtWidgets and friends, QScintilla or QtKeychain) and reads the libraries that the built
// `retort` binary needs (readelf -d) and loads (ldd).
// (No raw string literals in this file: moc 6.4 mis-parses a "#include" inside one.)

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace retort::test;

namespace {

const QStringList kGuiModules = {
    QStringLiteral("QtGui"),         QStringLiteral("QtWidgets"),    QStringLiteral("QtSvg"),
    QStringLiteral("QtSvgWidgets"),  QStringLiteral("QtOpenGL"),     QStringLiteral("QtOpenGLWidgets"),
    QStringLiteral("QtPrintSupport"), QStringLiteral("QtQuick"),     QStringLiteral("QtQml"),
    QStringLiteral("Qsci"),          QStringLiteral("qt6keychain"),
};
const QStringList kAllowedModules = {QStringLiteral("QtCore"), QStringLiteral("QtSql"),
                                     QStringLiteral("QtConcurrent")};

QSet<QString> headerNames(const QString &dir)
{
    QSet<QString> names;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        names.insert(QFileInfo(it.next()).fileName());
    return names;
}

// The header names a GUI module installs (QPixmap, qpixmap.h, ...) minus the names that an allowed
// module installs too.
const QSet<QString> &guiHeaders()
{
    static const QSet<QString> names = [] {
        const QString root = QLibraryInfo::path(QLibraryInfo::HeadersPath);
        QSet<QString> gui;
        for (const QString &m : kGuiModules)
            gui.unite(headerNames(QDir(root).filePath(m)));
        for (const QString &m : kAllowedModules)
            gui.subtract(headerNames(QDir(root).filePath(m)));
        gui.remove(QStringLiteral("QtGui")); // only flagged with its module prefix below
        return gui;
    }();
    return names;
}

// The GUI headers that the text includes, one "line N: <include>" entry each.
QStringList guiIncludes(const QString &text)
{
    static const QRegularExpression include(
        QStringLiteral("^[ \\t]*#[ \\t]*include[ \\t]*[<\"]([^>\"]+)[>\"]"), QRegularExpression::MultilineOption);
    QStringList found;
    auto it = include.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString path = m.captured(1);
        const QString module = path.section(QLatin1Char('/'), 0, 0);
        const bool bad = (path.contains(QLatin1Char('/')) && kGuiModules.contains(module))
                         || kGuiModules.contains(path) || guiHeaders().contains(path);
        if (bad) {
            const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
            found << QStringLiteral("line %1: %2").arg(line).arg(path);
        }
    }
    return found;
}

QString retortBinary()
{
    return binPath(QStringLiteral("retort"));
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guiHeadersAreKnown();
    void scanner_data();
    void scanner();
    void engineSources_data();
    void engineSources();
    void cliNeededLibraries();
    void cliLoadedLibraries();
};

void TestLayering::guiHeadersAreKnown()
{
    // Without the header lists the scan below would pass vacuously.
    QVERIFY2(guiHeaders().contains(QStringLiteral("QPixmap")),
             qPrintable(QLibraryInfo::path(QLibraryInfo::HeadersPath)));
    QVERIFY(guiHeaders().contains(QStringLiteral("QWidget")));
    QVERIFY(guiHeaders().contains(QStringLiteral("qwidget.h")));
    QVERIFY(!guiHeaders().contains(QStringLiteral("QString")));
    QVERIFY(!guiHeaders().contains(QStringLiteral("QSqlDatabase")));
}

void TestLayering::scanner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("core") << QStringLiteral("#include <QString>\n#include <QtCore/QDir>\n") << QStringList();
    QTest::newRow("sql") << QStringLiteral("#include <QSqlQuery>\n") << QStringList();
    QTest::newRow("engine") << QStringLiteral("#include \"core/result.h\"\n#include <vector>\n") << QStringList();
    QTest::newRow("class header") << QStringLiteral("#include <QString>\n#include <QPixmap>\n")
                                  << QStringList{QStringLiteral("line 2: QPixmap")};
    QTest::newRow("module prefix") << QStringLiteral("#include <QtWidgets/QWidget>\n")
                                   << QStringList{QStringLiteral("line 1: QtWidgets/QWidget")};
    QTest::newRow("module header") << QStringLiteral("  #  include <QtGui>\n")
                                   << QStringList{QStringLiteral("line 1: QtGui")};
    QTest::newRow("lowercase") << QStringLiteral("\n\n#include \"qcolor.h\"\n")
                               << QStringList{QStringLiteral("line 3: qcolor.h")};
    QTest::newRow("qscintilla") << QStringLiteral("#include <Qsci/qsciscintilla.h>\n")
                                << QStringList{QStringLiteral("line 1: Qsci/qsciscintilla.h")};
    QTest::newRow("keychain") << QStringLiteral("#include <qt6keychain/keychain.h>\n")
                              << QStringList{QStringLiteral("line 1: qt6keychain/keychain.h")};
}

void TestLayering::scanner()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(guiIncludes(text), expected);
}

void TestLayering::engineSources_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(RETORT_ENGINE_SOURCE_DIR));
    QDirIterator it(root.path(), {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"),
                                  QStringLiteral("*.in"), QStringLiteral("*.inc")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY2(files.size() >= 3, "src/engine has no sources: wrong RETORT_ENGINE_SOURCE_DIR?");
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(root.relativeFilePath(file))) << file;
}

void TestLayering::engineSources()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList bad = guiIncludes(QString::fromUtf8(file.readAll()));
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 includes GUI headers: %2")
                                           .arg(path, bad.join(QStringLiteral(", ")))));
}

void TestLayering::cliNeededLibraries()
{
    QVERIFY2(QFileInfo(retortBinary()).isExecutable(), qPrintable(retortBinary()));
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    QVERIFY2(!readelf.isEmpty(), "readelf not found (binutils)");
    const ProcessResult r = run(readelf, {QStringLiteral("-d"), retortBinary()});
    QCOMPARE(r.exitCode, 0);
    QStringList needed;
    static const QRegularExpression neededLine(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
    auto it = neededLine.globalMatch(r.out);
    while (it.hasNext())
        needed << it.next().captured(1);
    QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(r.out));
    for (const QString &lib : std::as_const(needed)) {
        QVERIFY2(!lib.contains(QRegularExpression(QStringLiteral("Qt6(Gui|Widgets|Svg|OpenGL|PrintSupport)|qscintilla|keychain"),
                                                  QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(QStringLiteral("retort needs %1").arg(lib)));
    }
}

void TestLayering::cliLoadedLibraries()
{
    const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
    QVERIFY2(!ldd.isEmpty(), "ldd not found");
    const ProcessResult r = run(ldd, {retortBinary()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("libQt6Gui")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("libQt6Widgets")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("libxcb")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
