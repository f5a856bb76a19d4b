#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace retort {

// Which texts a revision error is presented with.
enum class ErrorStyle {
    Cli,        // what `alembic` prints after "FAILED: " (ResolutionErrors all become
                // "Can't locate revision identified by 'x'", MultipleHeads the per-command text)
    Detailed,   // Alembic's internal exception text, e.g. "Multiple revisions start with 'c3d4': ..."
};

// The command context of ScriptDirectory._catch_revision_errors: selects the MultipleHeads and
// RangeNotAncestor texts.
enum class ErrorContext {
    Generic,      // show, history, current, upgrade/downgrade target resolution
    Upgrade,      // "Destination %end is not a valid upgrade target from current head(s)"
    Downgrade,    // "Destination %end is not a valid downgrade target from current head(s)"
    History,      // "Requested range %start:%end does not refer to ancestor/descendant ..."
    Stamp,        // "Multiple heads are present; please specify a single target revision"
    NewRevision,  // revision/merge: "Multiple heads are present; please specify the head revision ..."
};

// One of Alembic's RevisionError subclasses, with the data its CLI message needs.
// Plain value type.
struct RevisionError {
    enum class Kind {
        Resolution,        // ResolutionError: unknown/ambiguous/too short/not in branch/no such branch
        MultipleHeads,     // MultipleHeads(heads, argument)
        RangeNotAncestor,  // RangeNotAncestorError(lower, upper)
        Other,             // plain RevisionError / CommandError (text shown unchanged)
    };
    Kind kind = Kind::Other;
    QString message;     // internal text (RevisionError.args[0])
    QString argument;    // Resolution / MultipleHeads argument
    QStringList heads;   // MultipleHeads
    QString lower, upper;  // RangeNotAncestor ("" = base)

    // The text Alembic's CLI prints after "FAILED: ". `start`/`end` are the command's own
    // strings for %(start)s / %(end)s (History: range sides; Upgrade/Downgrade: end = destination);
    // empty strings fall back to the error's lower/upper/argument like Alembic does.
    QString cliMessage(ErrorContext context = ErrorContext::Generic, const QString &start = {},
                       const QString &end = {}) const;
    // ErrorCode::Command with cliMessage() or message, by style.
    Error toError(ErrorStyle style, ErrorContext context = ErrorContext::Generic,
                  const QString &start = {}, const QString &end = {}) const;

    static RevisionError resolution(QString message, QString argument);
    static RevisionError multipleHeads(QStringList heads, QString argument);
    static RevisionError rangeNotAncestor(QString lower, QString upper);
    static RevisionError other(QString message);
};

// Value-or-RevisionError, the internal currency of the resolver and planner.
template<typename T>
class RevResult {
public:
    RevResult(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    RevResult(RevisionError error) : m_data(std::in_place_index<1>, std::move(error)) {}
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    const RevisionError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, RevisionError> m_data;
};

} // namespace retort
