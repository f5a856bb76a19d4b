#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace retort {

// One step applied (or attempted) through Retort, as the journal lists it.
struct JournalEntry {
    QString id;          // unique per step attempt
    QString database;    // masked URL
    QString revision;    // revision id; for stamps the target ids ("a1b2, c3d4")
    QString direction;   // "upgrade" / "downgrade" / "stamp"
    QString step;        // "upgrade a1b2 -> b2c3" (MigrationStep::shortLog)
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime started;   // UTC
    qint64 durationMs = -1;   // -1 while unfinished
    QString outcome;     // "ok", "failed: <message>", "interrupted", "running"
    QString sqlSha256;   // SHA-256 (hex) of the step's SQL, ";\n"-joined; empty when unfinished

    QJsonObject toJson() const;
};

// The append-only journal of applied steps: JSON lines in
// $RETORT_JOURNAL, else $XDG_DATA_HOME/retort/journal.jsonl (~/.local/share/...). Each step is
// written twice: a "started" line before it runs and a "finished" line after, each flushed and
// fsync'd, so a killed process leaves a started line without a finish: read() reports it as
// "interrupted" (or "running" while its process still runs on this host).
// Appends are single write()s to an O_APPEND file, so concurrent runs do not interleave lines.
// Not thread-safe per instance.
class Journal {
public:
    explicit Journal(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // Writes the "started" line; fills entry.id / user / host / pid / started when empty.
    Result<void> started(JournalEntry &entry);
    Result<void> finished(const JournalEntry &entry);

    // All entries, oldest first (a missing file reads as empty). Unreadable lines are skipped.
    static Result<QList<JournalEntry>> read(const QString &path);

private:
    Result<void> append(const QJsonObject &line, bool durable);

    QString m_path;
};

} // namespace retort
