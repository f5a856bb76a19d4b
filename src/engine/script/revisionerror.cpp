#include "script/revisionerror.h"

namespace retort {

RevisionError RevisionError::resolution(QString message, QString argument)
{
    RevisionError e;
    e.kind = Kind::Resolution;
    e.message = std::move(message);
    e.argument = std::move(argument);
    return e;
}

RevisionError RevisionError::multipleHeads(QStringList heads, QString argument)
{
    RevisionError e;
    e.kind = Kind::MultipleHeads;
    e.message = QStringLiteral("Multiple heads are present for given argument '%1'; %2")
                    .arg(argument, heads.join(QStringLiteral(", ")));
    e.heads = std::move(heads);
    e.argument = std::move(argument);
    return e;
}

RevisionError RevisionError::rangeNotAncestor(QString lower, QString upper)
{
    RevisionError e;
    e.kind = Kind::RangeNotAncestor;
    e.message = QStringLiteral("Revision %1 is not an ancestor of revision %2")
                    .arg(lower.isEmpty() ? QStringLiteral("base") : lower,
                         upper.isEmpty() ? QStringLiteral("base") : upper);
    e.lower = std::move(lower);
    e.upper = std::move(upper);
    return e;
}

RevisionError RevisionError::other(QString message)
{
    RevisionError e;
    e.kind = Kind::Other;
    e.message = std::move(message);
    return e;
}

QString RevisionError::cliMessage(ErrorContext context, const QString &start, const QString &end) const
{
    switch (kind) {
    case Kind::Resolution:
        return QStringLiteral("Can't locate revision identified by '%1'").arg(argument);
    case Kind::MultipleHeads:
        if (context == ErrorContext::Stamp)
            return QStringLiteral("Multiple heads are present; please specify a single target revision");
        if (context == ErrorContext::NewRevision)
            return QStringLiteral("Multiple heads are present; please specify the head revision on which "
                                  "the new revision should be based, or perform a merge.");
        {
            const QString arg = end.isEmpty() ? argument : end;
            return QStringLiteral("Multiple head revisions are present for given argument '%1'; please "
                                  "specify a specific target revision, '<branchname>@%1' to narrow to a "
                                  "specific head, or 'heads' for all heads")
                .arg(arg);
        }
    case Kind::RangeNotAncestor: {
        const QString s = start.isEmpty() ? lower : start;
        const QString e = end.isEmpty() ? upper : end;
        if (context == ErrorContext::Upgrade)
            return QStringLiteral("Destination %1 is not a valid upgrade target from current head(s)").arg(e);
        if (context == ErrorContext::Downgrade)
            return QStringLiteral("Destination %1 is not a valid downgrade target from current head(s)").arg(e);
        return QStringLiteral("Requested range %1:%2 does not refer to ancestor/descendant revisions "
                              "along the same branch")
            .arg(s, e);
    }
    case Kind::Other:
        break;
    }
    return message;
}

Error RevisionError::toError(ErrorStyle style, ErrorContext context, const QString &start,
                             const QString &end) const
{
    return makeError(ErrorCode::Command,
                     style == ErrorStyle::Cli ? cliMessage(context, start, end) : message);
}

} // namespace retort
