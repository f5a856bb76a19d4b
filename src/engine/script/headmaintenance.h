#pragma once

#include "script/revisionerror.h"
#include "script/revisionmap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

// One version-table statement caused by a step (reference §5.3/§5.4). The SQL text itself is the
// runtime's business (it depends on table name, schema and dialect).
struct VersionStatement {
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    QString from;   // Update, Delete: the row's current value
    QString to;     // Insert, Update: the new value

    static VersionStatement insert(const QString &rev) { return {Kind::Insert, {}, rev}; }
    static VersionStatement update(const QString &from, const QString &to) { return {Kind::Update, from, to}; }
    static VersionStatement remove(const QString &rev) { return {Kind::Delete, rev, {}}; }

    // "INSERT x" / "UPDATE a -> b" / "DELETE x" (logs, tests).
    QString toString() const;
    bool operator==(const VersionStatement &o) const = default;
};

// A stamp step (Alembic StampStep): rows `from` become `to` without running code.
struct StampMove {
    QStringList from;
    QStringList to;
    bool upgrade = true;      // is_upgrade
    bool branchMove = false;  // new branch (from nothing) or delete branch (to base)
};

// Alembic's HeadMaintainer: the running set of version-table rows while a plan is applied, and
// the statements each step causes (rules U1–U4, D1–D3, S1–S5 of §5.3, same order of tests).
//
// Deterministic choices where Alembic iterates a Python set:
//  * U3 (merge): F = ND(R) in ND order (down revisions in file order, then normalized deps), minus
//    ancestors of the other heads; all but the last are DELETEd, the last is UPDATEd to R.
//  * D2 (unmerge): T in ND order; all but the last are INSERTed, R is UPDATEd to the last.
//  * D1/D2 with no other heads use current Alembic's rule (T = ND minus elements that are
//    ancestors of another element of ND), not 1.8.1's.
// The head list keeps rows in insertion order (UPDATE replaces in place, INSERT appends).
// Errors where Alembic would assert/KeyError (e.g. UPDATE with an ambiguous down revision).
// Value type; not thread-safe for writes.
class HeadMaintenance {
public:
    HeadMaintenance(const RevisionMap &map, const QStringList &heads);

    const QStringList &heads() const { return m_heads; }

    RevResult<QList<VersionStatement>> upgrade(int revision);
    RevResult<QList<VersionStatement>> downgrade(int revision);
    RevResult<QList<VersionStatement>> stamp(const StampMove &move);

private:
    RevResult<bool> insert(const QString &rev, QList<VersionStatement> &out);
    RevResult<bool> remove(const QString &rev, QList<VersionStatement> &out);
    RevResult<bool> update(const QString &from, const QString &to, QList<VersionStatement> &out);
    QList<int> unmergeTargets(int revision) const;
    RevisionSet ancestorsOfOtherHeads(const QStringList &exclude) const;

    const RevisionMap *m_map;
    QStringList m_heads;
};

} // namespace retort
