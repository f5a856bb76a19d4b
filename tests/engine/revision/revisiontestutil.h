#pragma once

// Helpers for the revision graph tests: compact graph specs and the reference's example graph.

#include "script/revision.h"
#include "script/revisionmap.h"

#include <QList>
#include <QStringList>

namespace retort::test {

// "id:down1,down2:dep1,dep2:label1,label2:doc" (empty fields allowed; down/deps comma lists).
inline Revision rev(const QString &spec)
{
    const QStringList f = spec.split(u':');
    Revision r;
    r.id = f.value(0);
    auto list = [](const QString &s) { return s.isEmpty() ? QStringList{} : s.split(u','); };
    r.downRevisions = list(f.value(1));
    r.dependsOn = list(f.value(2));
    r.branchLabels = list(f.value(3));
    r.doc = f.mid(4).join(u':');
    r.longDoc = r.doc;
    r.path = QStringLiteral("/tmp/versions/%1.py").arg(r.id);
    return r;
}

inline QList<Revision> revs(const QStringList &specs)
{
    QList<Revision> out;
    for (const QString &s : specs)
        out.append(rev(s));
    return out;
}

// Reference §1.5, in the load order of 1.19 (sorted file names).
inline QList<Revision> exampleGraph()
{
    return revs({
        QStringLiteral("a1b2c3d4e5f6::::create account table"),
        QStringLiteral("b2c3d4e5f6a7:a1b2c3d4e5f6:::add email column"),
        QStringLiteral("c3d4aaaaaaaa:b2c3d4e5f6a7:::branch B: add invoices"),
        QStringLiteral("c3d4e5f6a7b8:b2c3d4e5f6a7:::branch A: add orders"),
        QStringLiteral("d4e5f6a7b8c9:c3d4aaaaaaaa,c3d4e5f6a7b8:::merge branches"),
        QStringLiteral("e5f6a7b8c9d0:::audit:audit base"),
        QStringLiteral("f6a7b8c9d0e1:e5f6a7b8c9d0:d4e5f6a7b8c9::audit log table"),
    });
}

inline RevisionMap buildOrDie(const QList<Revision> &list)
{
    auto m = RevisionMap::build(list);
    return m ? m.value() : RevisionMap();
}

} // namespace retort::test
