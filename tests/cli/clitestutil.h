#pragma once

// Helpers for the CLI tests: throwaway Alembic projects written into a temporary folder, and
// running the built `retort` in them.
#include "testsupport.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace retort::test {

inline QString revisionFile(const QString &rev, const QString &down, const QString &message = QStringLiteral("step"),
                            const QString &extraHeader = {})
{
    return QStringLiteral("\"\"\"%1\n\nRevision ID: %2\nRevises: %3\nCreate Date: 2026-01-01 00:00:00.000000\n\n\"\"\"\n"
                          "from alembic import op\nimport sqlalchemy as sa\n\n\n"
                          "revision = '%2'\ndown_revision = %4\nbranch_labels = None\ndepends_on = None\n%5\n\n"
                          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
        .arg(message, rev, down, down.isEmpty() ? QStringLiteral("None") : QLatin1Char('\'') + down + QLatin1Char('\''),
             extraHeader);
}

// An alembic.ini + migrations/versions project in `dir` with the given files (name -> content).
inline void writeProject(const QString &dir, const QList<std::pair<QString, QString>> &files,
                         const QString &url = QStringLiteral("sqlite:///%(here)s/test.db"))
{
    writeFile(dir + QStringLiteral("/alembic.ini"),
              QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\npath_separator = os\n"
                             "sqlalchemy.url = %1\n")
                  .arg(url));
    writeFile(dir + QStringLiteral("/migrations/env.py"), QStringLiteral("# env.py\n"));
    QDir().mkpath(dir + QStringLiteral("/migrations/versions"));
    for (const auto &[name, content] : files)
        writeFile(dir + QStringLiteral("/migrations/versions/") + name, content);
}

inline ProcessResult runRetort(const QStringList &args, const QString &dir, const QStringList &env = {})
{
    return run(binPath(QStringLiteral("retort")), args, dir, env);
}

} // namespace retort::test
