// Upgrade/downgrade/stamp plans with version statements (reference §4, §5.3, §5.5, §5.6),
// history (§2.9), current (§2.8), and the branch-aware relative steps.
#include "revisiontestutil.h"

#include "script/migrationplan.h"

#include <QTest>

using namespace retort;
using namespace retort::test;

class TestMigrationPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plans_data();
    void plans();
    void history_data();
    void history();
    void current_data();
    void current();
    void branchAware();
    void offlineStart();
    void moreGraphs_data();
    void moreGraphs();
};

static QList<Revision> linearLab()
{
    return revs({"0001aaaaaaa::::step 1", "0002aaaaaaa:0001aaaaaaa:::step 2", "0003aaaaaaa:0002aaaaaaa:::step 3",
                 "0004aaaaaaa:0003aaaaaaa:::step 4"});
}

static QString statements(const MigrationPlan &p)
{
    QStringList out;
    for (const MigrationStep &s : p.steps)
        for (const VersionStatement &v : s.statements)
            out.append(v.toString());
    return out.join("; ");
}

static QString logs(const MigrationPlan &p)
{
    QStringList out;
    for (const MigrationStep &s : p.steps)
        out.append(s.logMessage());
    return out.join(" | ");
}

static QString sortedRows(QStringList rows)
{
    rows.sort();
    return rows.join(" ");
}

void TestMigrationPlan::plans_data()
{
    QTest::addColumn<QString>("op");          // upgrade / downgrade / stamp / purge (stamp --purge)
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("target");      // stamp: space separated targets
    QTest::addColumn<QString>("logLines");    // or the CLI error
    QTest::addColumn<QString>("stmts");
    QTest::addColumn<QString>("endRows");

    const QString A = "a1b2c3d4e5f6", B = "b2c3d4e5f6a7", CA = "c3d4aaaaaaaa", CE = "c3d4e5f6a7b8",
                  D = "d4e5f6a7b8c9", E = "e5f6a7b8c9d0", F = "f6a7b8c9d0e1";
    // §2.7 / §5.6 (c): the whole graph.
    QTest::newRow("upgrade heads from empty") << "upgrade" << QStringList{} << "heads"
        << "upgrade  -> a1b2c3d4e5f6, create account table | upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7, add email column | "
           "upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8, branch A: add orders | upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa, branch B: add invoices | "
           "upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9, merge branches | upgrade  -> e5f6a7b8c9d0, audit base | "
           "upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1, audit log table"
        << "INSERT " + A + "; UPDATE " + A + " -> " + B + "; UPDATE " + B + " -> " + CE + "; INSERT " + CA + "; DELETE " + CA
               + "; UPDATE " + CE + " -> " + D + "; INSERT " + E + "; DELETE " + E + "; UPDATE " + D + " -> " + F
        << F;
    QTest::newRow("upgrade head: several heads") << "upgrade" << QStringList{} << "head"
        << "Multiple head revisions are present for given argument 'head'; please specify a specific target revision, "
           "'<branchname>@head' to narrow to a specific head, or 'heads' for all heads" << "" << "";
    // §5.5 row traces.
    QTest::newRow("upgrade b2c3") << "upgrade" << QStringList{} << "b2c3"
        << "upgrade  -> a1b2c3d4e5f6, create account table | upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7, add email column"
        << "INSERT " + A + "; UPDATE " + A + " -> " + B << B;
    QTest::newRow("upgrade c3d4aa") << "upgrade" << QStringList{B} << "c3d4aa"
        << "upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa, branch B: add invoices" << "UPDATE " + B + " -> " + CA << CA;
    QTest::newRow("upgrade heads from c3d4aa") << "upgrade" << QStringList{CA} << "heads"
        << "upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8, branch A: add orders | upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9, merge branches | "
           "upgrade  -> e5f6a7b8c9d0, audit base | upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1, audit log table"
        << "INSERT " + CE + "; DELETE " + CA + "; UPDATE " + CE + " -> " + D + "; INSERT " + E + "; DELETE " + E + "; UPDATE " + D + " -> " + F
        << F;
    QTest::newRow("upgrade ancestor: no-op") << "upgrade" << QStringList{D} << "b2c3" << "" << "" << D;
    QTest::newRow("upgrade sibling branch") << "upgrade" << QStringList{CE} << "c3d4aa"
        << "upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa, branch B: add invoices" << "INSERT " + CA << CA + " " + CE;
    QTest::newRow("upgrade overlapping rows") << "upgrade" << QStringList{A, B} << "heads"
        << "Requested revision b2c3d4e5f6a7 overlaps with other requested revisions a1b2c3d4e5f6" << "" << "";
    QTest::newRow("upgrade audit@head") << "upgrade" << QStringList{} << "audit@head"
        << "upgrade  -> a1b2c3d4e5f6, create account table | upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7, add email column | "
           "upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8, branch A: add orders | upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa, branch B: add invoices | "
           "upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9, merge branches | upgrade  -> e5f6a7b8c9d0, audit base | "
           "upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1, audit log table"
        << "INSERT " + A + "; UPDATE " + A + " -> " + B + "; UPDATE " + B + " -> " + CE + "; INSERT " + CA + "; DELETE " + CA
               + "; UPDATE " + CE + " -> " + D + "; INSERT " + E + "; DELETE " + E + "; UPDATE " + D + " -> " + F
        << F;
    QTest::newRow("upgrade unknown") << "upgrade" << QStringList{} << "nope" << "Can't locate revision identified by 'nope'" << "" << "";
    QTest::newRow("downgrade c3d4e5 from f6a7") << "downgrade" << QStringList{F} << "c3d4e5"
        << "downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0, audit log table | downgrade d4e5f6a7b8c9 -> c3d4aaaaaaaa, c3d4e5f6a7b8, merge branches"
        << "INSERT " + E + "; UPDATE " + F + " -> " + D + "; INSERT " + CA + "; UPDATE " + D + " -> " + CE << CA + " " + CE + " " + E;
    QTest::newRow("downgrade -1, first row") << "downgrade-alembic" << QStringList{CA, CE, E} << "-1"
        << "downgrade c3d4aaaaaaaa -> b2c3d4e5f6a7, branch B: add invoices" << "DELETE " + CA << CE + " " + E;
    QTest::newRow("downgrade base, two roots") << "downgrade" << QStringList{CE, E} << "base"
        << "downgrade c3d4e5f6a7b8 -> b2c3d4e5f6a7, branch A: add orders | downgrade b2c3d4e5f6a7 -> a1b2c3d4e5f6, add email column | "
           "downgrade a1b2c3d4e5f6 -> , create account table | downgrade e5f6a7b8c9d0 -> , audit base"
        << "UPDATE " + CE + " -> " + B + "; UPDATE " + B + " -> " + A + "; DELETE " + A + "; DELETE " + E << "";
    QTest::newRow("downgrade audit@-1") << "downgrade-alembic" << QStringList{F} << "audit@-1"
        << "downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0, audit log table" << "INSERT " + E + "; UPDATE " + F + " -> " + D << D + " " + E;
    QTest::newRow("downgrade audit@base") << "downgrade" << QStringList{D, E} << "audit@base"
        << "downgrade e5f6a7b8c9d0 -> , audit base" << "DELETE " + E << D;
    QTest::newRow("downgrade c3d4aaaaaaaa@b2c3") << "downgrade" << QStringList{D} << "c3d4aaaaaaaa@b2c3"
        << "downgrade d4e5f6a7b8c9 -> c3d4aaaaaaaa, c3d4e5f6a7b8, merge branches | downgrade c3d4aaaaaaaa -> b2c3d4e5f6a7, branch B: add invoices"
        << "INSERT " + CA + "; UPDATE " + D + " -> " + CE + "; DELETE " + CA << CE;
    // §5.6 (e), (f)
    QTest::newRow("downgrade d4e5:b2c3") << "downgrade" << QStringList{D} << "b2c3"
        << "downgrade d4e5f6a7b8c9 -> c3d4aaaaaaaa, c3d4e5f6a7b8, merge branches | downgrade c3d4aaaaaaaa -> b2c3d4e5f6a7, branch B: add invoices | "
           "downgrade c3d4e5f6a7b8 -> b2c3d4e5f6a7, branch A: add orders"
        << "INSERT " + CA + "; UPDATE " + D + " -> " + CE + "; DELETE " + CA + "; UPDATE " + CE + " -> " + B << B;
    QTest::newRow("downgrade f6a7:base") << "downgrade" << QStringList{F} << "base"
        << "downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0, audit log table | downgrade e5f6a7b8c9d0 -> , audit base | "
           "downgrade d4e5f6a7b8c9 -> c3d4aaaaaaaa, c3d4e5f6a7b8, merge branches | downgrade c3d4aaaaaaaa -> b2c3d4e5f6a7, branch B: add invoices | "
           "downgrade c3d4e5f6a7b8 -> b2c3d4e5f6a7, branch A: add orders | downgrade b2c3d4e5f6a7 -> a1b2c3d4e5f6, add email column | "
           "downgrade a1b2c3d4e5f6 -> , create account table"
        << "INSERT " + E + "; UPDATE " + F + " -> " + D + "; DELETE " + E + "; INSERT " + CA + "; UPDATE " + D + " -> " + CE + "; DELETE " + CA
               + "; UPDATE " + CE + " -> " + B + "; UPDATE " + B + " -> " + A + "; DELETE " + A
        << "";
    QTest::newRow("downgrade above current") << "downgrade" << QStringList{A} << "c3d4e5"
        << "Destination c3d4e5 is not a valid downgrade target from current head(s)" << "" << "";
    QTest::newRow("downgrade to current: no-op") << "downgrade" << QStringList{B} << "b2c3" << "" << "" << B;
    QTest::newRow("downgrade at merge, alembic") << "downgrade-alembic" << QStringList{D} << "-1" << "Ambiguous walk" << "" << "";
    QTest::newRow("upgrade +1 at branch point, alembic") << "upgrade-alembic" << QStringList{B} << "+1" << "Ambiguous walk" << "" << "";
    QTest::newRow("upgrade c3d4e5-1") << "upgrade" << QStringList{A} << "c3d4e5-1"
        << "upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7, add email column" << "UPDATE " + A + " -> " + B << B;
    QTest::newRow("upgrade audit@+1 empty, alembic") << "upgrade-alembic" << QStringList{} << "audit@+1"
        << "upgrade  -> e5f6a7b8c9d0, audit base" << "INSERT " + E << E;
    // §5.5 stamps.
    QTest::newRow("stamp b2c3") << "stamp" << QStringList{} << "b2c3" << "stamp_revision  -> b2c3d4e5f6a7" << "INSERT " + B << B;
    QTest::newRow("stamp c3d4e5") << "stamp" << QStringList{B} << "c3d4e5" << "stamp_revision b2c3d4e5f6a7 -> c3d4e5f6a7b8"
                                  << "UPDATE " + B + " -> " + CE << CE;
    QTest::newRow("stamp c3d4aa") << "stamp" << QStringList{CE} << "c3d4aa" << "stamp_revision  -> c3d4aaaaaaaa"
                                  << "INSERT " + CA << CA + " " + CE;
    QTest::newRow("stamp e5f6") << "stamp" << QStringList{CE, CA} << "e5f6" << "stamp_revision  -> e5f6a7b8c9d0"
                                << "INSERT " + E << CA + " " + CE + " " + E;
    QTest::newRow("stamp d4e5") << "stamp" << QStringList{CE, CA, E} << "d4e5"
        << "stamp_revision c3d4e5f6a7b8, c3d4aaaaaaaa -> d4e5f6a7b8c9" << "DELETE " + CE + "; UPDATE " + CA + " -> " + D << D + " " + E;
    QTest::newRow("stamp b2c3 down") << "stamp" << QStringList{D, E} << "b2c3" << "stamp_revision d4e5f6a7b8c9 -> b2c3d4e5f6a7"
                                     << "UPDATE " + D + " -> " + B << B + " " + E;
    QTest::newRow("stamp heads") << "stamp" << QStringList{B, E} << "heads"
        << "stamp_revision b2c3d4e5f6a7, e5f6a7b8c9d0 -> f6a7b8c9d0e1" << "DELETE " + B + "; UPDATE " + E + " -> " + F << F;
    QTest::newRow("stamp base") << "stamp" << QStringList{F} << "base" << "stamp_revision f6a7b8c9d0e1 -> " << "DELETE " + F << "";
    QTest::newRow("stamp three") << "stamp" << QStringList{} << "c3d4aa c3d4e5 e5f6"
        << "stamp_revision  -> c3d4aaaaaaaa | stamp_revision  -> c3d4e5f6a7b8 | stamp_revision  -> e5f6a7b8c9d0"
        << "INSERT " + CA + "; INSERT " + CE + "; INSERT " + E << CA + " " + CE + " " + E;
    QTest::newRow("stamp a1b2") << "stamp" << QStringList{CA, CE, E} << "a1b2"
        << "stamp_revision c3d4aaaaaaaa, c3d4e5f6a7b8 -> a1b2c3d4e5f6" << "DELETE " + CA + "; UPDATE " + CE + " -> " + A << A + " " + E;
    QTest::newRow("stamp --purge c3d4e5") << "purge" << QStringList{A, E} << "c3d4e5" << "stamp_revision  -> c3d4e5f6a7b8"
                                          << "INSERT " + CE << CE;
    QTest::newRow("stamp c3d4e5 c3d4aa") << "stamp" << QStringList{CE} << "c3d4e5 c3d4aa" << "stamp_revision  -> c3d4aaaaaaaa"
                                         << "INSERT " + CA << CA + " " + CE;
    QTest::newRow("stamp audit@base") << "stamp" << QStringList{A} << "audit@base" << "" << "" << A;
    QTest::newRow("stamp audit@head") << "stamp" << QStringList{A} << "audit@head" << "stamp_revision a1b2c3d4e5f6 -> f6a7b8c9d0e1"
                                      << "UPDATE " + A + " -> " + F << F;
    QTest::newRow("stamp d4e5 f6a7 quirk") << "stamp" << QStringList{F} << "d4e5 f6a7" << "stamp_revision f6a7b8c9d0e1 -> d4e5f6a7b8c9"
                                           << "UPDATE " + F + " -> " + D << D;
    QTest::newRow("stamp head: several") << "stamp" << QStringList{} << "head"
                                         << "Multiple heads are present; please specify a single target revision" << "" << "";
}

void TestMigrationPlan::plans()
{
    QFETCH(QString, op);
    QFETCH(QStringList, rows);
    QFETCH(QString, target);
    QFETCH(QString, logLines);
    QFETCH(QString, stmts);
    QFETCH(QString, endRows);
    const RevisionMap m = buildOrDie(exampleGraph());
    MigrationPlanner planner(m);
    PlanOptions opt;
    opt.alembicWalks = op.endsWith("-alembic");
    Result<MigrationPlan> plan = makeError(ErrorCode::Internal, "no op");
    if (op.startsWith("upgrade"))
        plan = planner.upgrade(rows, target, opt);
    else if (op.startsWith("downgrade"))
        plan = planner.downgrade(rows, target, opt);
    else
        plan = planner.stamp(rows, target.split(' '), op == "purge", opt);
    if (!plan.ok()) {
        QCOMPARE(plan.error().message, logLines);
        QCOMPARE(plan.error().code, ErrorCode::Command);
        return;
    }
    QCOMPARE(logs(plan.value()), logLines);
    QCOMPARE(statements(plan.value()), stmts);
    QCOMPARE(sortedRows(plan->endHeads), endRows);
    QVERIFY(!plan->needsChoice());
    // The running head set is consistent step to step.
    QStringList running = plan->startHeads;
    for (const MigrationStep &s : plan->steps) {
        QCOMPARE(s.headsBefore, running);
        running = s.headsAfter;
    }
    QCOMPARE(running, plan->endHeads);
}

void TestMigrationPlan::history_data()
{
    QTest::addColumn<bool>("example");
    QTest::addColumn<QString>("range");   // "<none>" = no -r
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << true << "<none>" << QStringList{}
        << "f6a7b8c9d0e1 e5f6a7b8c9d0 d4e5f6a7b8c9 c3d4aaaaaaaa c3d4e5f6a7b8 b2c3d4e5f6a7 a1b2c3d4e5f6";
    QTest::newRow("b2c3:d4e5") << true << "b2c3:d4e5" << QStringList{} << "d4e5f6a7b8c9 c3d4aaaaaaaa c3d4e5f6a7b8 b2c3d4e5f6a7";
    QTest::newRow(":c3d4aa") << true << ":c3d4aa" << QStringList{} << "c3d4aaaaaaaa b2c3d4e5f6a7 a1b2c3d4e5f6";
    QTest::newRow("d4e5: (reference crash)") << true << "d4e5:" << QStringList{} << "f6a7b8c9d0e1 d4e5f6a7b8c9";
    QTest::newRow("no colon") << true << "b2c3" << QStringList{} << "History range requires [start]:[end], [start]:, or :[end]";
    QTest::newRow("-2:") << false << "-2:" << QStringList{} << "0004aaaaaaa 0003aaaaaaa 0002aaaaaaa";
    QTest::newRow("-1:current") << false << "-1:current" << QStringList{"0003aaaaaaa"} << "0003aaaaaaa";
    QTest::newRow("current:") << false << "current:" << QStringList{"0003aaaaaaa"} << "0004aaaaaaa 0003aaaaaaa";
    QTest::newRow("0003:0002") << false << "0003:0002" << QStringList{}
        << "Requested range 0003:0002 does not refer to ancestor/descendant revisions along the same branch";
    QTest::newRow("0002:+1") << false << "0002:+1" << QStringList{} << "0003aaaaaaa 0002aaaaaaa";
    QTest::newRow("-10: walks off") << false << "-10:" << QStringList{} << "Can't locate revision identified by 'heads'";
}

void TestMigrationPlan::history()
{
    QFETCH(bool, example);
    QFETCH(QString, range);
    QFETCH(QStringList, rows);
    QFETCH(QString, expected);
    const RevisionMap m = buildOrDie(example ? exampleGraph() : linearLab());
    MigrationPlanner planner(m);
    auto h = planner.history(range == "<none>" ? QString() : range, rows);
    QCOMPARE(h.ok() ? m.ids(h.value()).join(' ') : h.error().message, expected);
    QCOMPARE(MigrationPlanner::historyNeedsCurrent(range), range.contains("current"));
}

void TestMigrationPlan::current_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("f6a7 shows the dependency target") << QStringList{"f6a7b8c9d0e1"} << "d4e5f6a7b8c9 f6a7b8c9d0e1";
    QTest::newRow("overlap tolerated") << QStringList{"a1b2c3d4e5f6", "b2c3d4e5f6a7"} << "b2c3d4e5f6a7";
    QTest::newRow("two branches") << QStringList{"c3d4e5f6a7b8", "c3d4aaaaaaaa"} << "c3d4aaaaaaaa c3d4e5f6a7b8";
    QTest::newRow("empty") << QStringList{} << "";
    QTest::newRow("unknown row") << QStringList{"deadbeef0000"} << "Can't locate revision identified by 'deadbeef0000'";
}

void TestMigrationPlan::current()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, expected);
    const RevisionMap m = buildOrDie(exampleGraph());
    auto c = MigrationPlanner(m).current(rows);
    QCOMPARE(c.ok() ? m.ids(c.value()).join(' ') : c.error().message, expected);
}

static QString alternatives(const MigrationPlan &p)
{
    QStringList out;
    for (const PlanAlternative &a : p.alternatives) {
        QStringList steps;
        for (const MigrationStep &s : a.steps)
            steps.append(s.revisionId);
        out.append(a.target + "[" + steps.join(",") + "]");
    }
    return out.join(" ");
}

void TestMigrationPlan::branchAware()
{
    const RevisionMap m = buildOrDie(exampleGraph());
    MigrationPlanner planner(m);
    // +1 at the branch point: no step, two choices, each one revision.
    auto p = planner.upgrade({"b2c3d4e5f6a7"}, "+1");
    QVERIFY(p.ok());
    QVERIFY(p->steps.isEmpty());
    QCOMPARE(alternatives(p.value()), QString("c3d4aaaaaaaa[c3d4aaaaaaaa] c3d4e5f6a7b8[c3d4e5f6a7b8]"));
    QCOMPARE(p->alternatives.first().steps.first().statements.first().toString(),
             QString("UPDATE b2c3d4e5f6a7 -> c3d4aaaaaaaa"));
    QCOMPARE(p->requestedSteps, 1);
    // +1 onto a merge whose other parent is missing runs only that parent.
    p = planner.upgrade({"c3d4aaaaaaaa"}, "+1");
    QVERIFY(p.ok());
    QCOMPARE(logs(p.value()), QString("upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8, branch A: add orders"));
    QCOMPARE(statements(p.value()), QString("INSERT c3d4e5f6a7b8"));
    // +3 from a1b2: one step, then the fork.
    p = planner.upgrade({"a1b2c3d4e5f6"}, "+3");
    QVERIFY(p.ok());
    QCOMPARE(logs(p.value()), QString("upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7, add email column"));
    QCOMPARE(p->alternatives.size(), 2);
    // Several current heads: the choices come from all of them (f6a7 first needs c3d4e5).
    p = planner.upgrade({"b2c3d4e5f6a7", "e5f6a7b8c9d0"}, "+1");
    QVERIFY(p.ok());
    QCOMPARE(alternatives(p.value()), QString("c3d4aaaaaaaa[c3d4aaaaaaaa] c3d4e5f6a7b8[c3d4e5f6a7b8]"));
    // ... and when only one revision can run next, it runs (d4e5 and f6a7 both need c3d4aa).
    p = planner.upgrade({"c3d4e5f6a7b8", "e5f6a7b8c9d0"}, "+1");
    QVERIFY(p.ok());
    QCOMPARE(logs(p.value()), QString("upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa, branch B: add invoices"));
    QVERIFY(!p->needsChoice());
    // -1 at the merge point: one step (the unmerge), never "Ambiguous walk".
    p = planner.downgrade({"d4e5f6a7b8c9"}, "-1");
    QVERIFY(p.ok());
    QCOMPARE(statements(p.value()), QString("INSERT c3d4aaaaaaaa; UPDATE d4e5f6a7b8c9 -> c3d4e5f6a7b8"));
    // -2 from f6a7: f6a7 goes, then d4e5 and e5f6 are both candidates.
    p = planner.downgrade({"f6a7b8c9d0e1"}, "-2");
    QVERIFY(p.ok());
    QCOMPARE(logs(p.value()), QString("downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0, audit log table"));
    QCOMPARE(alternatives(p.value()), QString("d4e5f6a7b8c9[d4e5f6a7b8c9] e5f6a7b8c9d0[e5f6a7b8c9d0]"));
    // label@-1 narrows to the branch.
    p = planner.downgrade({"d4e5f6a7b8c9", "e5f6a7b8c9d0"}, "audit@-1");
    QVERIFY(p.ok());
    QCOMPARE(logs(p.value()), QString("downgrade e5f6a7b8c9d0 -> , audit base"));
    // sym+N through the fork: alternatives with full plans.
    p = planner.upgrade({}, "a1b2+3");
    QVERIFY(p.ok());
    QCOMPARE(alternatives(p.value()),
             QString("c3d4aaaaaaaa+1[a1b2c3d4e5f6,b2c3d4e5f6a7,c3d4e5f6a7b8,c3d4aaaaaaaa,d4e5f6a7b8c9] "
                     "c3d4e5f6a7b8+1[a1b2c3d4e5f6,b2c3d4e5f6a7,c3d4e5f6a7b8,c3d4aaaaaaaa,d4e5f6a7b8c9]"));
    // Overshooting still fails like Alembic.
    p = planner.upgrade({"f6a7b8c9d0e1"}, "+1");
    QVERIFY(!p.ok());
    QCOMPARE(p.error().message, QString("Relative revision +1 didn't produce 1 migrations"));
}

void TestMigrationPlan::offlineStart()
{
    const RevisionMap m = buildOrDie(exampleGraph());
    MigrationPlanner planner(m);
    QCOMPARE(planner.startingHeads("base").value(), QStringList{});
    QCOMPARE(planner.startingHeads("d4e5").value(), QStringList{"d4e5f6a7b8c9"});
    auto both = planner.startingHeads("heads");
    QCOMPARE(both.value(), QStringList{"f6a7b8c9d0e1"});
    // offline `upgrade b2c3d4e5f6a7:d4e5` (§5.6 d): the first step needs no CREATE TABLE.
    auto p = planner.upgrade(planner.startingHeads("b2c3d4e5f6a7").value(), "d4e5");
    QVERIFY(p.ok());
    QCOMPARE(statements(p.value()), QString("UPDATE b2c3d4e5f6a7 -> c3d4e5f6a7b8; INSERT c3d4aaaaaaaa; "
                                            "DELETE c3d4aaaaaaaa; UPDATE c3d4e5f6a7b8 -> d4e5f6a7b8c9"));
    QVERIFY(!p->steps.first().headsBefore.isEmpty());
    QCOMPARE(p->steps.first().shortLog(), QString("upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8"));
}

void TestMigrationPlan::moreGraphs_data()
{
    QTest::addColumn<QStringList>("graph");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("order");   // revisions run, or error
    QTest::addColumn<QString>("endRows");
    // Expected orders are the oracle's (alembic 1.8.1 RevisionMap, same load order).
    const QStringList threeParent{"r", "a:r", "b:r", "c:r", "m:a,b,c"};
    QTest::newRow("3-parent merge up") << threeParent << "upgrade" << QStringList{} << "heads" << "r c b a m" << "m";
    QTest::newRow("3-parent merge down") << threeParent << "downgrade" << QStringList{"m"} << "r" << "m a b c" << "r";
    QTest::newRow("3-parent merge partially applied") << threeParent << "upgrade" << QStringList{"b"} << "m" << "c a m" << "m";
    const QStringList criss{"r", "a:r", "b:r", "x:a,b", "y:a,b", "z:x,y"};
    QTest::newRow("criss-cross up") << criss << "upgrade" << QStringList{} << "heads" << "r b a y x z" << "z";
    QTest::newRow("criss-cross down to a") << criss << "downgrade" << QStringList{"z"} << "a" << "z x y" << "a b";
    QTest::newRow("criss-cross rows") << criss << "upgrade" << QStringList{"x"} << "z" << "y z" << "z";
    const QStringList roots{"p1", "p2:p1", "q1", "q2:q1:p2", "s1", "s2:s1"};
    QTest::newRow("depends_on across roots") << roots << "upgrade" << QStringList{} << "q2" << "p1 p2 q1 q2" << "q2";
    QTest::newRow("downgrade dependency target") << roots << "downgrade" << QStringList{"q2", "s2"} << "p1" << "q2 p2" << "p1 q1 s2";
    QTest::newRow("several bases base") << roots << "downgrade" << QStringList{"q2", "s2"} << "base" << "q2 q1 s2 s1 p2 p1" << "";
    QTest::newRow("three bases heads") << roots << "upgrade" << QStringList{} << "heads" << "p1 p2 s1 s2 q1 q2" << "q2 s2";
}

void TestMigrationPlan::moreGraphs()
{
    QFETCH(QStringList, graph);
    QFETCH(QString, op);
    QFETCH(QStringList, rows);
    QFETCH(QString, target);
    QFETCH(QString, order);
    QFETCH(QString, endRows);
    const RevisionMap m = buildOrDie(revs(graph));
    QCOMPARE(m.size(), graph.size());
    MigrationPlanner planner(m);
    auto p = op == "upgrade" ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QStringList ran;
    for (const MigrationStep &s : p->steps)
        ran.append(s.revisionId);
    QCOMPARE(ran.join(' '), order);
    QCOMPARE(sortedRows(p->endHeads), endRows);
}

QTEST_GUILESS_MAIN(TestMigrationPlan)
#include "tst_migrationplan.moc"
