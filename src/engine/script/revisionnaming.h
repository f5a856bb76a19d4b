#pragma once

#include "core/result.h"
#include "script/templatevalue.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

namespace retort {

// The create date of a new revision as Alembic makes it (reference §6.2, §6.4): local naive time,
// or an aware time in the configured timezone. Plain value type.
struct CreateDate {
    QDateTime wallClock;     // the date and time fields (local, or in the configured zone)
    int microsecond = 0;
    qint64 epoch = 0;        // int(create_date.timestamp())
    bool aware = false;      // a timezone is configured: str() carries the UTC offset
    int offsetSeconds = 0;

    // str(datetime): "2026-11-21 04:45:33.510614" (".ffffff" left out when 0) + "+00:00" if aware.
    QString str() const;
    // repr(datetime), for templates that ask for it.
    QString repr() const;
};

// How Alembic names a new revision: ids, the message slug, the file_template tokens, the create
// date. Pure functions; thread-safe.
class RevisionNaming {
public:
    // 12 lowercase hex digits: the end of a random UUID4 (uuid.uuid4().hex[-12:]).
    static QString newRevisionId();
    // Script.verify_rev_id (1.17.1+ set: @ - + :). Error text:
    // "Character(s) '-' not allowed in revision identifier 'bad-id'" (sorted, comma-joined).
    static Result<void> verifyRevisionId(const QString &id);
    // "_".join(re.findall(r"\w+", message)).lower(), truncated like Alembic's _rev_path.
    static QString slug(const QString &message, int truncateLength);
    // _generate_create_date: timezone empty -> local time; else the zone as given, then upper-cased;
    // unknown -> "Can't locate timezone: <tz>".
    static Result<CreateDate> createDate(const QString &timezone, std::chrono::system_clock::time_point now);
    // file_template % {rev, slug, epoch, year, month, day, hour, minute, second} + ".py".
    // Errors name the file_template key (unknown token, bad conversion).
    static Result<QString> fileName(const QString &fileTemplate, const QString &revisionId,
                                    const QString &message, int truncateSlugLength, const CreateDate &date);
    // Python's `format % mapping` for str and int values: %(key)s/r/a/d/i/u/x/X/o/c/f/e/g with flags,
    // width and precision, "%%". Errors use Python's texts (KeyError, ValueError, TypeError).
    static Result<QString> percentFormat(const QString &format, const QHash<QString, TemplateValue> &mapping);
};

} // namespace retort
