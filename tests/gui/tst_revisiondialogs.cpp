// New Revision and Merge Heads from the main window's migration actions, offscreen, on a copy of
// examples/shop: the preview is the file that gets written (same template, id and clock), the
// file is written off the GUI thread with RevisionWriter, the project reloads and the graph
// selects the new revision; a merge of two heads leaves one head. Dialogs are never exec()'d.

#include "graphview.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "migrationactions.h"
#include "newrevisiondialog.h"
#include "pythoneditor.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace retort;
using namespace retort::gui;
using namespace retort::test;

namespace {

const QString kBranchPoint = QStringLiteral("1b7d5e3a9c04");
const QString kHead = QStringLiteral("d2f81c5a7e36");

} // namespace

class TestRevisionDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newRevisionOnTheSelectedHead();
    void invalidFieldsBlockWriting();
    void mergeHeadsLeavesOneHead();

private:
    bool waitForRevision(const QString &id);
    NewRevisionDialog *openNewRevision(int parent);

    QTemporaryDir m_tmp;
    QString m_shop;
    std::unique_ptr<MainWindow> m_window;
    MigrationActions *m_actions = nullptr;
};

void TestRevisionDialogs::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    isolateSettings(m_tmp);
    qputenv("RETORT_JOURNAL", QDir(m_tmp.path()).filePath(QStringLiteral("journal.jsonl")).toUtf8());
    m_shop = copyExample(QStringLiteral("shop"), m_tmp);
    QVERIFY(!m_shop.isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    m_actions = m_window->migrationActions();
    QVERIFY(m_actions);
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    QVERIFY(m_window->openProject(m_shop));
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->graphView()->isLayoutPending(), 10000);
}

bool TestRevisionDialogs::waitForRevision(const QString &id)
{
    return QTest::qWaitFor([&] {
        return m_window->project() && m_window->project()->map().indexOfId(id) >= 0
               && !m_window->graphView()->isLayoutPending() && m_window->graphView()->selectedRevisionId() == id;
    }, 10000);
}

NewRevisionDialog *TestRevisionDialogs::openNewRevision(int parent)
{
    m_window->graphView()->selectRevision(parent);
    if (!m_actions->action(MigrationActions::NewRevision)->isEnabled())
        return nullptr;
    m_actions->action(MigrationActions::NewRevision)->trigger();
    return qobject_cast<NewRevisionDialog *>(m_actions->revisionDialog());
}

void TestRevisionDialogs::newRevisionOnTheSelectedHead()
{
    const RevisionMap &map = m_window->project()->map();
    NewRevisionDialog *dialog = openNewRevision(map.indexOfId(kHead));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->parentCombo()->currentData().toString(), kHead);
    dialog->messageEdit()->setText(QStringLiteral("add coupon table"));
    dialog->branchLabelEdit()->setText(QStringLiteral("coupons"));
    dialog->dependsOnEdit()->setText(QStringLiteral("catalog"));
    const QString id = dialog->revisionId();
    QCOMPARE(id.size(), 12);
    const QString preview = dialog->previewText();
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->fileName(), id + QStringLiteral("_add_coupon_table.py"));
    QVERIFY(preview.startsWith(QStringLiteral("\"\"\"add coupon table\n")));
    QVERIFY(preview.contains(QStringLiteral("Revises: d2f81c5a7e36\n")));
    QVERIFY(preview.contains(QStringLiteral("revision: str = '%1'\n").arg(id)));
    QVERIFY(preview.contains(QStringLiteral("down_revision: Union[str, Sequence[str], None] = 'd2f81c5a7e36'\n")));
    QVERIFY(preview.contains(QStringLiteral("branch_labels: Union[str, Sequence[str], None] = ('coupons',)\n")));
    QVERIFY(preview.contains(QStringLiteral("depends_on: Union[str, Sequence[str], None] = 'catalog'\n")));
    QVERIFY(!saveScreenshot(*dialog, QStringLiteral("newrevisiondialog.png")).isEmpty());

    QSignalSpy written(m_actions, &MigrationActions::revisionWritten);
    dialog->accept();   // the Create button: written on a pool thread
    QVERIFY(written.wait(10000));
    const QString path = written.first().first().toString();
    QCOMPARE(QFileInfo(path).fileName(), id + QStringLiteral("_add_coupon_table.py"));
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_shop).filePath(QStringLiteral("migrations/versions")));
    // The preview was the file.
    QCOMPARE(readFile(path), preview);
    QTRY_VERIFY(!m_actions->revisionDialog());   // closed
    // The project reloads and the graph shows the new head, selected.
    QVERIFY(waitForRevision(id));
    const RevisionMap &reloaded = m_window->project()->map();
    QCOMPARE(reloaded.heads().size(), 1);
    QCOMPARE(reloaded.id(reloaded.heads().first()), id);
    QCOMPARE(reloaded.branchLabels(reloaded.indexOfId(id)).contains(QStringLiteral("coupons")), true);
}

void TestRevisionDialogs::invalidFieldsBlockWriting()
{
    NewRevisionDialog *dialog = openNewRevision(m_window->project()->map().heads().first());
    QVERIFY(dialog);
    dialog->messageEdit()->setText(QStringLiteral("whatever"));
    dialog->dependsOnEdit()->setText(QStringLiteral("nosuchrevision"));
    QVERIFY(!dialog->writeButton()->isEnabled());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("nosuchrevision")), qPrintable(dialog->errorText()));
    QSignalSpy requested(dialog, &RevisionDialog::writeRequested);
    dialog->accept();
    QCOMPARE(requested.count(), 0);
    dialog->dependsOnEdit()->clear();
    QVERIFY(dialog->writeButton()->isEnabled());
    QVERIFY(dialog->errorText().isEmpty());
    dialog->close();
}

void TestRevisionDialogs::mergeHeadsLeavesOneHead()
{
    // A second head: a new branch off the branch point (not a head: spliced).
    const int branchPoint = m_window->project()->map().indexOfId(kBranchPoint);
    NewRevisionDialog *splice = openNewRevision(branchPoint);
    QVERIFY(splice);
    QCOMPARE(splice->parentCombo()->currentData().toString(), kBranchPoint);
    QVERIFY(splice->parentCombo()->currentText().contains(QStringLiteral("not a head")));
    splice->messageEdit()->setText(QStringLiteral("add order notes"));
    QVERIFY2(splice->errorText().isEmpty(), qPrintable(splice->errorText()));
    const QString spliced = splice->revisionId();
    QSignalSpy written(m_actions, &MigrationActions::revisionWritten);
    splice->accept();
    QVERIFY(written.wait(10000));
    QVERIFY(waitForRevision(spliced));
    QCOMPARE(m_window->project()->map().heads().size(), 2);
    QTRY_VERIFY(m_actions->action(MigrationActions::MergeHeads)->isEnabled());

    m_actions->action(MigrationActions::MergeHeads)->trigger();
    auto *merge = qobject_cast<MergeDialog *>(m_actions->revisionDialog());
    QVERIFY(merge);
    QCOMPARE(merge->headsList()->count(), 2);
    QCOMPARE(merge->checkedHeads().size(), 2);
    // One head is not a merge.
    merge->headsList()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!merge->writeButton()->isEnabled());
    QVERIFY(merge->errorText().contains(QStringLiteral("at least two heads")));
    merge->headsList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(merge->writeButton()->isEnabled());
    merge->messageEdit()->setText(QStringLiteral("merge coupons and order notes"));
    const QString preview = merge->previewText();
    QStringList heads = merge->checkedHeads();
    QVERIFY(preview.contains(QStringLiteral("Revises: %1\n").arg(heads.join(QStringLiteral(", ")))));
    QVERIFY(preview.contains(QStringLiteral("down_revision: Union[str, Sequence[str], None] = ('%1', '%2')\n")
                                 .arg(heads.at(0), heads.at(1))));
    QVERIFY(!saveScreenshot(*merge, QStringLiteral("mergedialog.png")).isEmpty());
    const QString mergeId = merge->revisionId();
    written.clear();
    merge->accept();
    QVERIFY(written.wait(10000));
    QCOMPARE(readFile(written.first().first().toString()), preview);
    // The project reloads with one head: the merge.
    QVERIFY(waitForRevision(mergeId));
    const RevisionMap &map = m_window->project()->map();
    QCOMPARE(map.heads().size(), 1);
    QCOMPARE(map.id(map.heads().first()), mergeId);
    QVERIFY(map.isMergePoint(map.indexOfId(mergeId)));
    QTRY_VERIFY(!m_actions->action(MigrationActions::MergeHeads)->isEnabled());
    QVERIFY(!saveScreenshot(*m_window, QStringLiteral("merge-mainwindow.png")).isEmpty());
}

QTEST_MAIN(TestRevisionDialogs)
#include "tst_revisiondialogs.moc"
