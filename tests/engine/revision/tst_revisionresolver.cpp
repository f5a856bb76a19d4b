// Identifier grammar (reference §3.2, §3.3, §2.14): results, internal and CLI error texts.
#include "revisiontestutil.h"

#include "script/revisionresolver.h"

#include <QTest>

using namespace retort;
using namespace retort::test;

class TestRevisionResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resolve_data();
    void resolve();
    void relativeRegex_data();
    void relativeRegex();
    void upgradeTargets_data();
    void upgradeTargets();
    void downgradeTargets_data();
    void downgradeTargets();
    void lineageFilter();
};

static QString show(const RevisionMap &m, const QList<int> &l)
{
    QStringList out;
    for (int i : l)
        out.append(i == kNoRevision ? QStringLiteral("None") : i == kBaseRevision ? QStringLiteral("base") : m.id(i));
    return out.join(u' ');
}

static QList<Revision> linearLab()
{
    return revs({"0001aaaaaaa::::step 1", "0002aaaaaaa:0001aaaaaaa:::step 2", "0003aaaaaaa:0002aaaaaaa:::step 3",
                 "0004aaaaaaa:0003aaaaaaa:::step 4"});
}

void TestRevisionResolver::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("result");   // ids space-joined, or the error
    QTest::addColumn<QString>("detail");   // internal message ("" when ok)
    const QString four = "; please ensure at least four characters are present for partial revision identifier matches";
    QTest::newRow("full id") << "b2c3d4e5f6a7" << "b2c3d4e5f6a7" << "";
    QTest::newRow("prefix") << "b2c3" << "b2c3d4e5f6a7" << "";
    QTest::newRow("ambiguous c3d4") << "c3d4" << "Can't locate revision identified by 'c3d4'"
                                    << "Multiple revisions start with 'c3d4': 'c3d4aaaaaaaa', 'c3d4e5f6a7b8'...";
    QTest::newRow("ambiguous c3d") << "c3d" << "Can't locate revision identified by 'c3d'"
                                   << "Multiple revisions start with 'c3d': 'c3d4aaaaaaaa', 'c3d4e5f6a7b8'...";
    QTest::newRow("a: id and label") << "a" << "Can't locate revision identified by 'a'"
                                     << "Multiple revisions start with 'a': 'a1b2c3d4e5f6', 'audit'...";
    QTest::newRow("f") << "f" << "f6a7b8c9d0e1" << "";
    QTest::newRow("label prefix aud") << "aud" << "e5f6a7b8c9d0" << "";
    QTest::newRow("label") << "audit" << "e5f6a7b8c9d0" << "";
    QTest::newRow("audit@heads") << "audit@heads" << "f6a7b8c9d0e1" << "";
    QTest::newRow("audit@head") << "audit@head" << "f6a7b8c9d0e1" << "";
    QTest::newRow("audit@-1") << "audit@-1" << "e5f6a7b8c9d0" << "";
    QTest::newRow("-1") << "-1" << "e5f6a7b8c9d0" << "";
    QTest::newRow("-2 walks off") << "-2" << "base" << "";
    QTest::newRow("c3d4aaaaaaaa@head") << "c3d4aaaaaaaa@head" << "d4e5f6a7b8c9" << "";
    QTest::newRow("b2c3@head") << "b2c3@head" << "d4e5f6a7b8c9" << "";
    QTest::newRow("audit@base") << "audit@base" << "" << "";
    QTest::newRow("base") << "base" << "" << "";
    QTest::newRow("heads") << "heads" << "f6a7b8c9d0e1" << "";
    QTest::newRow("b2c3@heads") << "b2c3@heads" << "d4e5f6a7b8c9" << "";
    QTest::newRow("heads-1 not relative here") << "heads-1" << "Can't locate revision identified by 'heads-1'"
                                               << "No such revision or branch 'heads-1'";
    QTest::newRow("head, several") << "head"
        << "Multiple head revisions are present for given argument 'head'; please specify a specific target revision, "
           "'<branchname>@head' to narrow to a specific head, or 'heads' for all heads"
        << "Multiple heads are present for given argument 'head'; d4e5f6a7b8c9, f6a7b8c9d0e1";
    QTest::newRow("unknown branch@head") << "nob@head" << "Can't locate revision identified by 'nob'"
                                         << "No such revision or branch 'nob'" + four;
    QTest::newRow("unknown branch@rev") << "nob@a1b2" << "Can't locate revision identified by 'nob'"
                                        << "No such branch: 'nob'";
    QTest::newRow("not a member") << "audit@a1b2c3d4e5f6" << "Can't locate revision identified by 'a1b2c3d4e5f6'"
                                  << "Revision a1b2c3d4e5f6 is not a member of branch 'audit'";
    QTest::newRow("prefix outside branch") << "audit@a1b2" << "Can't locate revision identified by 'a1b2'"
                                           << "No such revision or branch 'a1b2'";
    QTest::newRow("dependency is not lineage") << "audit@d4e5" << "Can't locate revision identified by 'd4e5'"
                                               << "No such revision or branch 'd4e5'";
    QTest::newRow("prefix within branch") << "c3d4aaaaaaaa@c3d4" << "c3d4aaaaaaaa" << "";
    QTest::newRow("short unknown") << "zz" << "Can't locate revision identified by 'zz'"
                                   << "No such revision or branch 'zz'" + four;
    QTest::newRow("long unknown") << "deadbeef0000" << "Can't locate revision identified by 'deadbeef0000'"
                                  << "No such revision or branch 'deadbeef0000'";
}

void TestRevisionResolver::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, result);
    QFETCH(QString, detail);
    const RevisionMap m = buildOrDie(exampleGraph());
    RevisionResolver r(m);
    auto cli = r.resolve(text, ErrorStyle::Cli);
    auto det = r.resolve(text, ErrorStyle::Detailed);
    if (detail.isEmpty()) {
        QVERIFY2(cli.ok(), qPrintable(cli.ok() ? QString() : cli.error().message));
        QCOMPARE(show(m, cli.value()), result);
    } else {
        QVERIFY(!cli.ok());
        QCOMPARE(cli.error().message, result);
        QCOMPARE(det.error().message, detail);
    }
}

void TestRevisionResolver::relativeRegex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("parts");   // label|symbol|relative
    QTest::newRow("+1") << "+1" << true << "||+1";
    QTest::newRow("-2") << "-2" << true << "||-2";
    QTest::newRow("head-1") << "head-1" << true << "|head|-1";
    QTest::newRow("label@+1") << "audit@+1" << true << "audit||+1";
    QTest::newRow("label@sym-1") << "audit@e5f6-1" << true << "audit|e5f6|-1";
    QTest::newRow("trailing junk") << "a1b2+1zzz" << true << "|a1b2|+1";
    QTest::newRow("absolute") << "a1b2" << false << "";
    QTest::newRow("heads") << "heads" << false << "";
    QTest::newRow("label abs") << "audit@head" << false << "";
}

void TestRevisionResolver::relativeRegex()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QFETCH(QString, parts);
    RelativeIdentifier rel;
    QCOMPARE(RevisionResolver::parseRelative(text, &rel), matches);
    if (matches)
        QCOMPARE(rel.label + "|" + rel.symbol + "|" + rel.relative, parts);
}

void TestRevisionResolver::upgradeTargets_data()
{
    QTest::addColumn<bool>("example");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("result");
    QTest::newRow("+1 from empty") << false << QStringList{} << "+1" << "0001aaaaaaa";
    QTest::newRow("+2 at 0001") << false << QStringList{"0001aaaaaaa"} << "+2" << "0003aaaaaaa";
    QTest::newRow("+2 at 0003 overshoots") << false << QStringList{"0003aaaaaaa"} << "+2"
                                           << "Relative revision +2 didn't produce 2 migrations";
    QTest::newRow("-1 as upgrade target") << false << QStringList{"0003aaaaaaa"} << "-1"
                                          << "Relative revision -1 didn't produce 1 migrations";
    QTest::newRow("base+1") << false << QStringList{"0003aaaaaaa"} << "base+1" << "0001aaaaaaa";
    QTest::newRow("head-1") << false << QStringList{} << "head-1" << "0003aaaaaaa";
    QTest::newRow("trailing junk") << false << QStringList{} << "0001+1zzz" << "0002aaaaaaa";
    QTest::newRow("+1 at branch point") << true << QStringList{"b2c3d4e5f6a7"} << "+1" << "Ambiguous walk";
    QTest::newRow("a1b2+3") << true << QStringList{} << "a1b2+3" << "Ambiguous walk";
    QTest::newRow("c3d4e5-1") << true << QStringList{"a1b2c3d4e5f6"} << "c3d4e5-1" << "b2c3d4e5f6a7";
    QTest::newRow("audit@+1 empty") << true << QStringList{} << "audit@+1" << "e5f6a7b8c9d0";
    QTest::newRow("audit@+1 again") << true << QStringList{"e5f6a7b8c9d0"} << "audit@+1" << "f6a7b8c9d0e1";
    QTest::newRow("+1 two rows") << true << QStringList{"c3d4aaaaaaaa", "c3d4e5f6a7b8"} << "+1"
                                 << "Ambiguous upgrade from multiple current revisions";
    QTest::newRow("+1 two roots, empty") << true << QStringList{} << "+1" << "Ambiguous walk";
    QTest::newRow("head-1 several heads") << true << QStringList{} << "head-1"
        << "Multiple heads are present for given argument 'head'; d4e5f6a7b8c9, f6a7b8c9d0e1";
}

void TestRevisionResolver::upgradeTargets()
{
    QFETCH(bool, example);
    QFETCH(QStringList, rows);
    QFETCH(QString, target);
    QFETCH(QString, result);
    const RevisionMap m = buildOrDie(example ? exampleGraph() : linearLab());
    RevisionResolver r(m);
    auto t = r.parseUpgradeTarget(rows, target);
    QCOMPARE(t.ok() ? show(m, t.value()) : t.error().message, result);
}

void TestRevisionResolver::downgradeTargets_data()
{
    QTest::addColumn<bool>("example");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("result");   // "label|target" or error
    QTest::newRow("-1 linear") << false << QStringList{"0004aaaaaaa"} << "-1" << "0004aaaaaaa|0003aaaaaaa";
    QTest::newRow("-4 to base") << false << QStringList{"0004aaaaaaa"} << "-4" << "0004aaaaaaa|None";
    QTest::newRow("-5 overshoot") << false << QStringList{"0004aaaaaaa"} << "-5"
                                  << "Relative revision -5 didn't produce 5 migrations";
    QTest::newRow("+1") << false << QStringList{"0004aaaaaaa"} << "+1" << "Relative revision +1 didn't produce 1 migrations";
    QTest::newRow("base+1") << false << QStringList{"0003aaaaaaa"} << "base+1" << "|0001aaaaaaa";
    QTest::newRow("0004+1") << false << QStringList{"0004aaaaaaa"} << "0004+1" << "Walked too far";
    QTest::newRow("head-2") << false << QStringList{"0004aaaaaaa"} << "head-2" << "|0002aaaaaaa";
    QTest::newRow("-1 empty db") << false << QStringList{} << "-1" << "Relative revision -1 didn't produce 1 migrations";
    QTest::newRow("-1 at merge") << true << QStringList{"d4e5f6a7b8c9"} << "-1" << "Ambiguous walk";
    QTest::newRow("audit@-1") << true << QStringList{"f6a7b8c9d0e1"} << "audit@-1" << "audit|e5f6a7b8c9d0";
    QTest::newRow("label@rev") << true << QStringList{"d4e5f6a7b8c9"} << "c3d4aaaaaaaa@b2c3"
                               << "c3d4aaaaaaaa|b2c3d4e5f6a7";
    QTest::newRow("audit@base") << true << QStringList{"f6a7b8c9d0e1"} << "audit@base" << "audit|None";
    QTest::newRow("base") << true << QStringList{"f6a7b8c9d0e1"} << "base" << "|None";
}

void TestRevisionResolver::downgradeTargets()
{
    QFETCH(bool, example);
    QFETCH(QStringList, rows);
    QFETCH(QString, target);
    QFETCH(QString, result);
    const RevisionMap m = buildOrDie(example ? exampleGraph() : linearLab());
    RevisionResolver r(m);
    auto t = r.parseDowngradeTarget(rows, target);
    QCOMPARE(t.ok() ? t->branchLabel + "|" + show(m, {t->target}) : t.error().message, result);
}

void TestRevisionResolver::lineageFilter()
{
    const RevisionMap m = buildOrDie(exampleGraph());
    RevisionResolver r(m);
    auto f = r.filterForLineage(m.heads(), "audit");
    QVERIFY(f.ok());
    QCOMPARE(m.ids(f.value()), QStringList{"f6a7b8c9d0e1"});
    auto g = r.filterForLineage({m.indexOf("a1b2c3d4e5f6")}, "audit", true);
    QVERIFY(g.ok());
    QVERIFY(g->isEmpty());   // `stamp audit@base` leaves a1b2 alone
    auto h = r.filterForLineage({m.indexOf("a1b2c3d4e5f6")}, "audit@head", true);
    QCOMPARE(m.ids(h.value()), QStringList{"a1b2c3d4e5f6"});
}

QTEST_GUILESS_MAIN(TestRevisionResolver)
#include "tst_revisionresolver.moc"
