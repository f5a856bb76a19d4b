// Golden tests of the revision header reader (tests/data/script/headers/<name>.py + <name>.json),
// with Alembic itself (/usr/bin/python3) as the oracle for ids, parents, labels, dependencies,
// doc and longdoc of every file Alembic can load.
#include "script/revisionheader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

namespace {

const char *kOracleScript = R"PY(
import sys, json, tempfile
from alembic.script import ScriptDirectory
from alembic.script.base import Script
sd = ScriptDirectory(tempfile.gettempdir())
def lst(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return list(v)
out = {}
for path in sys.argv[1:]:
    s = Script._from_path(sd, path)
    out[path] = dict(id=s.revision, down=lst(s.down_revision), labels=list(s._orig_branch_labels),
                     depends=lst(s.dependencies), doc=s.doc, longdoc=s.longdoc)
json.dump(out, sys.stdout)
)PY";

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QStringList formatted(const Diagnostics &diagnostics, const QString &path)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out << QStringLiteral("%1:%2: %3").arg(Diagnostic::severityName(d.severity)).arg(d.line).arg(d.message);
        if (d.file != path)
            out << QStringLiteral("(wrong file: %1)").arg(d.file);
    }
    return out;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestRevisionHeader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void oracle_data();
    void oracle();
    void laterAssignmentAfterDefs();
    void earlyStopKeepsHeader();
    void unreadableFile();
    void encodings();
    void docHelpers_data();
    void docHelpers();

private:
    QString m_dir;
    QStringList m_files;
    QStringList m_valid;   // files Alembic loads: compared with the oracle
    QJsonObject m_oracle;
};

void TestRevisionHeader::initTestCase()
{
    m_dir = test::dataPath(QStringLiteral("script/headers"));
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        m_files << dir.filePath(name);
        const QJsonObject expected = readJson(dir.filePath(QFileInfo(name).completeBaseName() + ".json"));
        QVERIFY2(!expected.isEmpty(), qPrintable(name));
        if (expected.value("diagnostics").toArray().isEmpty())
            m_valid << dir.filePath(name);
    }
    QVERIFY(m_files.size() >= 40);
    QVERIFY(m_valid.size() >= 25);
    const test::ProcessResult r = test::run(QStringLiteral("/usr/bin/python3"),
                                            QStringList{QStringLiteral("-B"), QStringLiteral("-c"),
                                                        QString::fromUtf8(kOracleScript)}
                                                + m_valid);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_oracle = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(m_oracle.size(), m_valid.size());
}

void TestRevisionHeader::golden_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : m_files)
        QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
}

void TestRevisionHeader::golden()
{
    QFETCH(QString, path);
    const QJsonObject e = readJson(path.left(path.size() - 3) + QStringLiteral(".json"));
    const Revision rev = readRevisionFile(path);
    QCOMPARE(rev.path, path);
    QCOMPARE(formatted(rev.diagnostics, path), toStringList(e.value("diagnostics")));
    if (e.contains("id"))
        QCOMPARE(rev.id, e.value("id").toString());
    if (e.contains("down"))
        QCOMPARE(rev.downRevisions, toStringList(e.value("down")));
    if (e.contains("labels"))
        QCOMPARE(rev.branchLabels, toStringList(e.value("labels")));
    if (e.contains("depends"))
        QCOMPARE(rev.dependsOn, toStringList(e.value("depends")));
    if (e.contains("doc"))
        QCOMPARE(rev.doc, e.value("doc").toString());
    if (e.contains("createDate"))
        QCOMPARE(rev.createDate, e.value("createDate").toString());
    if (e.contains("lines")) {
        const QJsonObject lines = e.value("lines").toObject();
        QCOMPARE(rev.revisionLine, lines.value("revision").toInt());
        QCOMPARE(rev.downRevisionLine, lines.value("down_revision").toInt());
        QCOMPARE(rev.upgradeLine, lines.value("upgrade").toInt());
        QCOMPARE(rev.downgradeLine, lines.value("downgrade").toInt());
    }
}

void TestRevisionHeader::oracle_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : m_valid)
        QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
}

void TestRevisionHeader::oracle()
{
    QFETCH(QString, path);
    const QJsonObject alembic = m_oracle.value(path).toObject();
    QVERIFY(!alembic.isEmpty());
    const Revision rev = readRevisionFile(path);
    QVERIFY(rev.diagnostics.isEmpty());
    QCOMPARE(rev.id, alembic.value("id").toString());
    QCOMPARE(rev.downRevisions, toStringList(alembic.value("down")));
    QCOMPARE(rev.branchLabels, toStringList(alembic.value("labels")));
    QCOMPARE(rev.dependsOn, toStringList(alembic.value("depends")));
    QCOMPARE(rev.longDoc, alembic.value("longdoc").toString());
    QCOMPARE(rev.doc, alembic.value("doc").toString());
}

void TestRevisionHeader::laterAssignmentAfterDefs()
{
    // the reader may stop after both defs only when nothing later can rebind a header name
    const QString src = QStringLiteral("revision = 'a'\ndown_revision = None\n"
                                       "def upgrade():\n    pass\n"
                                       "def downgrade():\n    pass\n"
                                       "revision = 'b'\n");
    const Revision rev = readRevisionSource(src, QStringLiteral("/x/v.py"));
    QCOMPARE(rev.id, QStringLiteral("b"));
    QCOMPARE(rev.revisionLine, 7);
    QVERIFY(rev.diagnostics.isEmpty());

    const QString redefined = QStringLiteral("revision = 'a'\ndown_revision = None\n"
                                             "def upgrade():\n    pass\n"
                                             "def downgrade():\n    pass\n"
                                             "def upgrade():\n    pass\n");
    QCOMPARE(readRevisionSource(redefined, QStringLiteral("/x/v.py")).upgradeLine, 7);
}

void TestRevisionHeader::earlyStopKeepsHeader()
{
    // a body mentioning none of the header names is not tokenized past `def downgrade`: the
    // header is still complete (the body is parsed, with its own errors, when it is run)
    QString src = QStringLiteral("\"\"\"doc\"\"\"\nrevision = 'a'\ndown_revision = ('b', 'c')\n"
                                 "def upgrade():\n    pass\n"
                                 "def downgrade():\n");
    for (int i = 0; i < 1000; ++i)
        src += QStringLiteral("    op.drop_table('t%1')\n").arg(i);
    const Revision rev = readRevisionSource(src, QStringLiteral("/x/v.py"));
    QCOMPARE(rev.id, QStringLiteral("a"));
    QCOMPARE(rev.downRevisions, QStringList({QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(rev.doc, QStringLiteral("doc"));
    QCOMPARE(rev.downgradeLine, 6);
    QVERIFY(rev.diagnostics.isEmpty());
}

void TestRevisionHeader::unreadableFile()
{
    const Revision rev = readRevisionFile(QStringLiteral("/nonexistent/dir/abc.py"));
    QCOMPARE(rev.diagnostics.size(), 1);
    QCOMPARE(rev.diagnostics.first().severity, Diagnostic::Severity::Error);
    QVERIFY(rev.diagnostics.first().message.startsWith(QStringLiteral("cannot read the file: ")));
    QCOMPARE(rev.diagnostics.first().file, QStringLiteral("/nonexistent/dir/abc.py"));
}

void TestRevisionHeader::encodings()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(tmp.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("latin1.py", "# -*- coding: latin-1 -*-\n\"\"\"caf\xe9\"\"\"\nrevision = 'a'\ndown_revision = None\n");
    write("invalid.py", "\"\"\"caf\xe9\"\"\"\nrevision = 'a'\ndown_revision = None\n");
    write("cp1252.py", "# coding=cp1252\nrevision = 'a'\ndown_revision = None\n");
    const Revision latin1 = readRevisionFile(tmp.filePath("latin1.py"));
    QVERIFY(latin1.diagnostics.isEmpty());
    QCOMPARE(latin1.doc, QString::fromUtf8("caf\u00e9"));
    const Revision invalid = readRevisionFile(tmp.filePath("invalid.py"));
    QCOMPARE(formatted(invalid.diagnostics, tmp.filePath("invalid.py")),
             QStringList{QStringLiteral("error:0: the file is not valid UTF-8")});
    const Revision cp1252 = readRevisionFile(tmp.filePath("cp1252.py"));
    QCOMPARE(formatted(cp1252.diagnostics, tmp.filePath("cp1252.py")),
             QStringList{QStringLiteral("error:0: unsupported source encoding 'cp1252'")});
}

void TestRevisionHeader::docHelpers_data()
{
    QTest::addColumn<QString>("docstring");
    QTest::addColumn<QString>("longDoc");
    QTest::addColumn<QString>("doc");
    QTest::newRow("plain") << "msg\n\nRevision ID: x\n" << "msg\n\nRevision ID: x" << "msg";
    QTest::newRow("no paragraph") << "  one line  " << "one line" << "one line";
    QTest::newRow("spaces are not a break") << "a\n \nb" << "a\n \nb" << "a\n \nb";
    QTest::newRow("python whitespace") << QString(QChar(0x1c)) + "\u00a0x\t\n" << "x" << "x";
    QTest::newRow("empty") << "" << "" << "";
}

void TestRevisionHeader::docHelpers()
{
    QFETCH(QString, docstring);
    QFETCH(QString, longDoc);
    QFETCH(QString, doc);
    QCOMPARE(pythonStrip(docstring), longDoc);
    QCOMPARE(firstParagraph(longDoc), doc);
}

QTEST_GUILESS_MAIN(TestRevisionHeader)
#include "tst_revisionheader.moc"
