// IniFile against Python's configparser: every tests/data/config/ini/<case>.ini has a golden
// <case>.json written by tests/data/config/make_golden.py from configparser itself.
#include "config/inifile.h"
#include "config/pycompat.h"

#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace retort;

class TestIniFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void accessors();
    void missingSectionAndOption();
    void itemsOrderAndErrors();
    void parseFromText_data();
    void parseFromText();
    void repr_data();
    void repr();
};

static QJsonObject dumpIni(const IniFile &ini)
{
    QJsonArray sections;
    const auto dumpSection = [&](const QString &name, const QList<IniFile::Option> &options) {
        QJsonArray opts;
        for (const IniFile::Option &o : options) {
            QJsonObject entry{{QStringLiteral("name"), o.name}, {QStringLiteral("raw"), o.raw}};
            const Result<QString> v = ini.value(name, o.name);
            if (v)
                entry.insert(QStringLiteral("value"), v.value());
            else
                entry.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("line"), v.error().line},
                                                                  {QStringLiteral("message"), v.error().message}});
            opts.append(entry);
        }
        sections.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("options"), opts}});
    };
    dumpSection(IniFile::defaultSectionName(), ini.defaults());
    QJsonObject options;
    for (const QString &s : ini.sections()) {
        dumpSection(s, ini.ownOptions(s));
        options.insert(s, QJsonArray::fromStringList(ini.options(s)));
    }
    return QJsonObject{{QStringLiteral("sections"), sections}, {QStringLiteral("options"), options}};
}

void TestIniFile::golden_data()
{
    QTest::addColumn<QString>("iniPath");
    QTest::addColumn<QString>("jsonPath");
    const QDir dir(test::dataPath(QStringLiteral("config/ini")));
    const QStringList files = dir.entryList({QStringLiteral("*.ini")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 14);
    for (const QString &f : files) {
        const QString base = f.chopped(4);
        QTest::newRow(qPrintable(base)) << dir.filePath(f) << dir.filePath(base + QStringLiteral(".json"));
    }
}

void TestIniFile::golden()
{
    QFETCH(QString, iniPath);
    QFETCH(QString, jsonPath);
    const QJsonObject expected = QJsonDocument::fromJson(test::readFile(jsonPath).toUtf8()).object();
    QVERIFY2(!expected.isEmpty(), qPrintable(jsonPath));

    const Result<IniFile> ini = IniFile::load(iniPath, {{QStringLiteral("here"), QStringLiteral("/proj")}});
    QJsonObject actual;
    if (ini) {
        actual = dumpIni(ini.value());
    } else {
        QCOMPARE(ini.error().file, iniPath);
        QCOMPARE(ini.error().code, ErrorCode::Config);
        actual = QJsonObject{{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("line"), ini.error().line},
                                          {QStringLiteral("message"), ini.error().message}}}};
    }
    if (actual != expected) {
        qWarning().noquote() << "actual:" << QJsonDocument(actual).toJson();
        qWarning().noquote() << "expected:" << QJsonDocument(expected).toJson();
    }
    QCOMPARE(actual, expected);
}

void TestIniFile::accessors()
{
    const QString path = test::dataPath(QStringLiteral("config/ini/basic.ini"));
    const Result<IniFile> ini = IniFile::load(path, {{QStringLiteral("here"), QStringLiteral("/proj")}});
    QVERIFY(ini);
    QCOMPARE(ini->fileName(), path);
    QCOMPARE(ini->sections(), (QStringList{QStringLiteral("alembic"), QStringLiteral("post_write_hooks"),
                                           QStringLiteral("loggers"), QStringLiteral("formatter_generic")}));
    QVERIFY(ini->hasSection(QStringLiteral("alembic")));
    QVERIFY(!ini->hasSection(QStringLiteral("DEFAULT")));   // configparser: DEFAULT is not a section
    QVERIFY(ini->hasOption(QStringLiteral("alembic"), QStringLiteral("HERE")));   // defaults count
    QVERIFY(ini->hasOption(QStringLiteral("alembic"), QStringLiteral("Truncate_Slug_Length")));
    QVERIFY(!ini->hasOption(QStringLiteral("nosuch"), QStringLiteral("here")));
    QCOMPARE(ini->line(QStringLiteral("alembic"), QStringLiteral("timezone")), 9);
    QCOMPARE(ini->line(QStringLiteral("alembic"), QStringLiteral("version_locations")), 14);
    QCOMPARE(ini->rawValue(QStringLiteral("alembic"), QStringLiteral("sqlalchemy.url")).value(),
             QStringLiteral("postgresql://scott:p%%40ss@localhost/test"));
    QCOMPARE(ini->value(QStringLiteral("alembic"), QStringLiteral("sqlalchemy.url")).value(),
             QStringLiteral("postgresql://scott:p%40ss@localhost/test"));
    QCOMPARE(ini->value(QStringLiteral("alembic"), QStringLiteral("timezone")).value(),
             QStringLiteral("UTC   # inline comments are part of the value"));
    QCOMPARE(ini->value(QStringLiteral("alembic"), QStringLiteral("nosuch"), QStringLiteral("fb")).value(),
             QStringLiteral("fb"));
    QCOMPARE(ini->value(QStringLiteral("nosuch"), QStringLiteral("x"), QStringLiteral("fb")).value(),
             QStringLiteral("fb"));
}

void TestIniFile::missingSectionAndOption()
{
    const Result<IniFile> ini = IniFile::parse(QStringLiteral("[a]\nx = 1\n"), QStringLiteral("t.ini"));
    QVERIFY(ini);
    const Result<QString> noSection = ini->value(QStringLiteral("b"), QStringLiteral("x"));
    QVERIFY(!noSection);
    QCOMPARE(noSection.error().message, QStringLiteral("No section: 'b'"));
    const Result<QString> noOption = ini->value(QStringLiteral("a"), QStringLiteral("Y"));
    QVERIFY(!noOption);
    QCOMPARE(noOption.error().message, QStringLiteral("No option 'y' in section: 'a'"));
}

void TestIniFile::itemsOrderAndErrors()
{
    const Result<IniFile> ini = IniFile::parse(
        QStringLiteral("[DEFAULT]\nd1 = 1\n[s]\nb = %(d1)s\nd1 = own\na = 2\n[bad]\nx = %(nope)s\n"),
        QStringLiteral("items.ini"), {{QStringLiteral("here"), QStringLiteral("/h")}});
    QVERIFY(ini);
    const Result<IniFile::Items> items = ini->items(QStringLiteral("s"));
    QVERIFY(items);
    const IniFile::Items expected = {{QStringLiteral("here"), QStringLiteral("/h")},
                                     {QStringLiteral("d1"), QStringLiteral("own")},
                                     {QStringLiteral("b"), QStringLiteral("own")},
                                     {QStringLiteral("a"), QStringLiteral("2")}};
    QCOMPARE(items.value(), expected);
    const Result<IniFile::Items> bad = ini->items(QStringLiteral("bad"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().file, QStringLiteral("items.ini"));
    QCOMPARE(bad.error().line, 8);
    QVERIFY(bad.error().toString().startsWith(QStringLiteral("items.ini:8: Bad value substitution")));
}

void TestIniFile::parseFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << "[a]\nk = v\n" << "k" << "v";
    QTest::newRow("colon") << "[a]\nk: v\n" << "k" << "v";
    QTest::newRow("no newline at end") << "[a]\nk = v" << "k" << "v";
    QTest::newRow("value keeps inner spaces") << "[a]\nk =  a   b  \n" << "k" << "a   b";
    QTest::newRow("inline hash kept") << "[a]\nk = v # c\n" << "k" << "v # c";
    QTest::newRow("inline semicolon kept") << "[a]\nk = v ; c\n" << "k" << "v ; c";
    QTest::newRow("indented comment skipped") << "[a]\nk = 1\n  # c\n  2\n" << "k" << "1\n2";
    QTest::newRow("trailing blank lines dropped") << "[a]\nk = 1\n  2\n\n\n" << "k" << "1\n2";
    QTest::newRow("blank then continuation") << "[a]\nk = 1\n\n  2\n" << "k" << "1\n\n2";
    QTest::newRow("empty value then lines") << "[a]\nk =\n  x\n  y\n" << "k" << "\nx\ny";
    QTest::newRow("cr line endings") << "[a]\rk = 1\r  2\r" << "k" << "1\n2";
    QTest::newRow("percent escape") << "[a]\nk = 100%%\n" << "k" << "100%";
    QTest::newRow("upper key") << "[a]\nKEY = v\n" << "key" << "v";
    QTest::newRow("unicode value") << "[a]\nk = héllo wörld\n" << "k" << "héllo wörld";
}

void TestIniFile::parseFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<IniFile> ini = IniFile::parse(text, QStringLiteral("t.ini"));
    QVERIFY2(ini, ini ? "" : qPrintable(ini.error().toString()));
    const Result<QString> v = ini->value(QStringLiteral("a"), key);
    QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
    QCOMPARE(v.value(), expected);
}

void TestIniFile::repr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "abc" << "'abc'";
    QTest::newRow("single quote") << "it's" << "\"it's\"";
    QTest::newRow("both quotes") << "it's \"x\"" << "'it\\'s \"x\"'";
    QTest::newRow("newline tab") << "a\nb\tc\\" << "'a\\nb\\tc\\\\'";
    QTest::newRow("control") << QStringLiteral("a\x01") << "'a\\x01'";
}

void TestIniFile::repr()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(pycompat::repr(text), expected);
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
