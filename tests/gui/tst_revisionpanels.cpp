// RevisionDetailsPanel and SqlPreviewPanel on the offscreen platform: what the details show (and
// the file in a Python editor with diagnostic markers), and the SQL a revision's upgrade or
// downgrade runs, per dialect, with clear messages when it cannot be generated.

#include "graphtestutil.h"
#include "pythoneditor.h"
#include "revisiondetailspanel.h"
#include "sqleditor.h"
#include "sqlpreviewpanel.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

class TestRevisionPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detailsOfMergePoint();
    void detailsMarkProblems();
    void detailsLinks();
    void sqlPreview_data();
    void sqlPreview();
    void sqlPreviewDefaults();
    void sqlPreviewSaveAndCopy();
    void screenshots();

private:
    static bool waitForPreview(SqlPreviewPanel &panel);
    int index(const std::shared_ptr<const Project> &p, const QString &id) const { return p->map().indexOfId(id); }
    std::shared_ptr<const Project> m_labh;
    std::shared_ptr<const Project> m_shop;
    std::shared_ptr<const Project> m_problems;
};

bool TestRevisionPanels::waitForPreview(SqlPreviewPanel &panel)
{
    QSignalSpy ready(&panel, &SqlPreviewPanel::previewReady);
    return !panel.isGenerating() || ready.wait(20000);
}

void TestRevisionPanels::initTestCase()
{
    QString error;
    m_labh = openProject(dataPath(QStringLiteral("projects/labh")), &error);
    QVERIFY2(m_labh, qPrintable(error));
    m_shop = openProject(sourcePath(QStringLiteral("examples/shop")), &error);
    QVERIFY2(m_shop, qPrintable(error));
    m_problems = openProject(dataPath(QStringLiteral("gui/problems")), &error);
    QVERIFY2(m_problems, qPrintable(error));
}

void TestRevisionPanels::detailsOfMergePoint()
{
    RevisionDetailsPanel panel;
    panel.setProject(m_labh);
    QVERIFY(panel.infoText().contains(QStringLiteral("No revision selected")));
    const int merge = index(m_labh, QStringLiteral("d4e5f6a7b8c9"));
    panel.showRevision(merge);
    QCOMPARE(panel.revision(), merge);
    const QString info = panel.infoText();
    const QString flat = info.simplified();   // table cells and line breaks become single spaces
    QCOMPARE(info.section(QLatin1Char('\n'), 0, 0).simplified(), QStringLiteral("d4e5f6a7b8c9 merge branches"));
    QVERIFY(flat.contains(QStringLiteral("head, merge point")));
    QVERIFY2(flat.contains(QStringLiteral("Parents: c3d4aaaaaaaa branch B: add invoices c3d4e5f6a7b8 branch A: add orders")), qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("Children: none")));
    QVERIFY(flat.contains(QStringLiteral("Created: 2026-11-21 04:39:21.645798")));
    const QString path = m_labh->map().revision(merge).path;
    QVERIFY(flat.contains(QStringLiteral("File: ") + path));
    const QString html = panel.infoView()->toHtml();
    QVERIFY(html.contains(QStringLiteral("href=\"") + QUrl::fromLocalFile(path).toString()));
    QVERIFY(html.contains(QStringLiteral("href=\"rev:%1\"").arg(index(m_labh, QStringLiteral("c3d4aaaaaaaa")))));
    QCOMPARE(panel.editor()->text(), readFile(path));
    QVERIFY(panel.editor()->isReadOnly());
    QVERIFY(qobject_cast<QsciLexerPython *>(panel.editor()->lexer()));
    QVERIFY(panel.editor()->markedLines().isEmpty());
    QVERIFY(!panel.needsPython());

    const int audit = index(m_labh, QStringLiteral("f6a7b8c9d0e1"));
    panel.showRevision(audit);
    QVERIFY(panel.infoText().simplified().contains(QStringLiteral("Depends on: d4e5f6a7b8c9 merge branches")));
    QVERIFY(panel.infoText().simplified().contains(QStringLiteral("Branch labels: audit (inherited)")));
    QVERIFY(panel.infoText().contains(QStringLiteral("audit log table\n\nRevision ID: f6a7b8c9d0e1")));   // the docstring

    panel.showRevision(-1);
    QCOMPARE(panel.revision(), -1);
    QVERIFY(panel.editor()->text().isEmpty());
    QVERIFY(!panel.infoText().contains(QStringLiteral("Parents")));
}

void TestRevisionPanels::detailsMarkProblems()
{
    RevisionDetailsPanel panel;
    panel.setProject(m_problems);
    panel.showRevision(index(m_problems, QStringLiteral("2b3c4d5e6f7a")));
    QCOMPARE(panel.editor()->markedLines(), QList<int>{10});   // from myapp.models import Item
    QVERIFY(panel.editor()->annotation(9).contains(QStringLiteral("myapp.models")));
    // The annotation's style is readable (its own colours, not a lexer style's).
    const long style = panel.editor()->SendScintilla(QsciScintillaBase::SCI_ANNOTATIONGETSTYLE, 9);
    QVERIFY(style >= 40);
    QVERIFY(panel.editor()->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, style)
            != panel.editor()->SendScintilla(QsciScintillaBase::SCI_STYLEGETFORE, style));
    QVERIFY(panel.needsPython());
    QVERIFY(panel.infoText().contains(QStringLiteral("Needs the project's Python")));
    QVERIFY(panel.infoText().contains(QStringLiteral("2b3c4d5e6f7a_backfill_with_the_orm.py:10: imports from 'myapp.models'")));

    panel.showRevision(index(m_problems, QStringLiteral("3c4d5e6f7a8b")));   // loaded twice (whole file)
    QCOMPARE(panel.editor()->markedLines(), QList<int>{1});
    QVERIFY(panel.editor()->annotation(0).contains(QStringLiteral("loaded twice")));
    QVERIFY(panel.infoText().contains(QStringLiteral("loaded twice")));
    QVERIFY(!panel.needsPython());

    panel.showRevision(index(m_problems, QStringLiteral("1a2b3c4d5e6f")));
    QVERIFY(panel.editor()->markedLines().isEmpty());
}

void TestRevisionPanels::detailsLinks()
{
    RevisionDetailsPanel panel;
    panel.setProject(m_labh);
    panel.showRevision(index(m_labh, QStringLiteral("b2c3d4e5f6a7")));
    QSignalSpy link(&panel, &RevisionDetailsPanel::revisionLinkActivated);
    const int child = index(m_labh, QStringLiteral("c3d4e5f6a7b8"));
    QVERIFY(panel.infoView()->toHtml().contains(QStringLiteral("rev:%1").arg(child)));
    Q_EMIT panel.infoView()->anchorClicked(QUrl(QStringLiteral("rev:%1").arg(child)));
    QCOMPARE(link.count(), 1);
    QCOMPARE(link.first().at(0).toInt(), child);
}

void TestRevisionPanels::sqlPreview_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<bool>("downgrade");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QString>("message");   // part of the message above the SQL

    QTest::newRow("labh a1b2 sqlite") << "labh" << "a1b2c3d4e5f6" << false << "sqlite"
                                      << QStringList{"CREATE TABLE alembic_version", "INSERT INTO alembic_version (version_num) VALUES ('a1b2c3d4e5f6')"}
                                      << "upgrade base:a1b2c3d4e5f6 --sql";
    QTest::newRow("shop users sqlite") << "shop" << "3f9c1a7e2b40" << false << "sqlite"
                                       << QStringList{"CREATE TABLE users", "-- Running upgrade  -> 3f9c1a7e2b40"}
                                       << "upgrade base:3f9c1a7e2b40";
    QTest::newRow("shop users postgresql") << "shop" << "3f9c1a7e2b40" << false << "postgresql"
                                           << QStringList{"CREATE TABLE users", "BEGIN;", "SERIAL"}
                                           << "upgrade base:3f9c1a7e2b40";
    QTest::newRow("shop users downgrade") << "shop" << "3f9c1a7e2b40" << true << "sqlite"
                                          << QStringList{"DROP TABLE users", "DELETE FROM alembic_version"}
                                          << "downgrade 3f9c1a7e2b40:base";
    QTest::newRow("labh merge: this step only") << "labh" << "d4e5f6a7b8c9" << false << "sqlite"
                                                << QStringList{"-- Running upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9"}
                                                << "also runs c3d4e5f6a7b8";
    QTest::newRow("needs python") << "problems" << "2b3c4d5e6f7a" << false << "postgresql" << QStringList{}
                                  << "needs the project's Python";
    QTest::newRow("needs python: where") << "problems" << "2b3c4d5e6f7a" << false << "sqlite" << QStringList{}
                                         << "migrations/versions/2b3c4d5e6f7a_backfill_with_the_orm.py:10: imports from 'myapp.models'";
    QTest::newRow("body cannot run") << "problems" << "4d5e6f7a8b9c" << false << "sqlite" << QStringList{}
                                     << "migrations/versions/4d5e6f7a8b9c_broken_body.py:18";
}

void TestRevisionPanels::sqlPreview()
{
    QFETCH(QString, project);
    QFETCH(QString, revision);
    QFETCH(bool, downgrade);
    QFETCH(QString, dialect);
    QFETCH(QStringList, contains);
    QFETCH(QString, message);
    const std::shared_ptr<const Project> p = project == QLatin1String("labh") ? m_labh
                                             : project == QLatin1String("shop") ? m_shop : m_problems;
    SqlPreviewPanel panel;
    panel.setProject(p);
    panel.setDialect(dialect);
    panel.setDowngrade(downgrade);
    QVERIFY(waitForPreview(panel));
    panel.showRevision(index(p, revision));
    QVERIFY(panel.isGenerating());   // off the GUI thread
    QVERIFY(waitForPreview(panel));
    QCOMPARE(panel.dialect(), dialect);
    QCOMPARE(panel.isDowngrade(), downgrade);
    for (const QString &text : contains)
        QVERIFY2(panel.sql().contains(text), qPrintable(panel.sql()));
    if (contains.isEmpty())
        QVERIFY(panel.sql().isEmpty());
    QVERIFY2(panel.message().contains(message), qPrintable(panel.message()));
    QVERIFY(qobject_cast<QsciLexerSQL *>(panel.editor()->lexer()));
    QVERIFY(panel.editor()->isReadOnly());
}

void TestRevisionPanels::sqlPreviewDefaults()
{
    SqlPreviewPanel panel;
    panel.setProject(m_problems);   // sqlalchemy.url = postgresql://...
    QCOMPARE(panel.dialect(), QStringLiteral("postgresql"));
    panel.setProject(m_shop);       // sqlite:///...
    QCOMPARE(panel.dialect(), QStringLiteral("sqlite"));
    panel.setDefaultDialect(QStringLiteral("postgresql"));   // the connection wins
    panel.setProject(m_shop);
    QCOMPARE(panel.dialect(), QStringLiteral("postgresql"));
    QVERIFY(waitForPreview(panel));
    QVERIFY(panel.message().contains(QStringLiteral("Select a revision")));
    // Switching the dialect or the direction regenerates.
    panel.showRevision(index(m_shop, QStringLiteral("3f9c1a7e2b40")));
    QVERIFY(waitForPreview(panel));
    const QString pg = panel.sql();
    panel.setDialect(QStringLiteral("sqlite"));
    QVERIFY(panel.isGenerating());
    QVERIFY(waitForPreview(panel));
    QVERIFY(panel.sql() != pg);
    panel.setDowngrade(true);
    QVERIFY(waitForPreview(panel));
    QVERIFY(panel.sql().contains(QStringLiteral("DROP TABLE users")));
}

void TestRevisionPanels::sqlPreviewSaveAndCopy()
{
    SqlPreviewPanel panel;
    panel.setProject(m_shop);
    panel.showRevision(index(m_shop, QStringLiteral("8a41d6c0e5f2")));
    QVERIFY(waitForPreview(panel));
    QVERIFY(panel.sql().contains(QStringLiteral("CREATE TABLE products")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("products.sql"));
    QVERIFY(panel.saveSql(file));
    QCOMPARE(readFile(file), panel.sql());
    panel.copySql();
    QCOMPARE(QApplication::clipboard()->text(), panel.sql());
}

void TestRevisionPanels::screenshots()
{
    RevisionDetailsPanel details;
    details.resize(640, 560);
    details.setProject(m_problems);
    details.showRevision(index(m_problems, QStringLiteral("2b3c4d5e6f7a")));
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    QVERIFY(!saveScreenshot(details, QStringLiteral("details-problems.png")).isEmpty());
    details.setProject(m_shop);
    details.showRevision(index(m_shop, QStringLiteral("e6a2f4c9b873")));
    QVERIFY(!saveScreenshot(details, QStringLiteral("details-shop.png")).isEmpty());

    SqlPreviewPanel preview;
    preview.resize(640, 420);
    preview.setProject(m_shop);
    preview.showRevision(index(m_shop, QStringLiteral("e6a2f4c9b873")));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(waitForPreview(preview));
    QVERIFY(!preview.sql().isEmpty());
    QVERIFY(!saveScreenshot(preview, QStringLiteral("sqlpreview-shop.png")).isEmpty());
    preview.setProject(m_problems);
    preview.showRevision(index(m_problems, QStringLiteral("2b3c4d5e6f7a")));
    QVERIFY(waitForPreview(preview));
    QTest::qWait(50);   // let the message's layout settle
    QVERIFY(!saveScreenshot(preview, QStringLiteral("sqlpreview-needs-python.png")).isEmpty());
    preview.showRevision(index(m_problems, QStringLiteral("4d5e6f7a8b9c")));
    QVERIFY(waitForPreview(preview));
    QTest::qWait(50);
    QVERIFY(!saveScreenshot(preview, QStringLiteral("sqlpreview-cannot-run.png")).isEmpty());
}

QTEST_MAIN(TestRevisionPanels)
#include "tst_revisionpanels.moc"
