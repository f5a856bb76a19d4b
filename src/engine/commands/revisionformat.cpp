#include "commands/revisionformat.h"

namespace retort {

namespace {

QString commaJoined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace

QString formatDownRevisions(const RevisionMap &map, int revision)
{
    const QStringList &down = map.revision(revision).downRevisions;
    return down.isEmpty() ? QStringLiteral("<base>") : commaJoined(down);
}

QString formatShort(const RevisionMap &map, int i, const ShortFormat &format)
{
    const Revision &rev = map.revision(i);
    QString text = rev.id;
    if (format.includeParents) {
        if (!rev.dependsOn.isEmpty())
            text = QStringLiteral("%1 (%2) -> %3").arg(formatDownRevisions(map, i), commaJoined(rev.dependsOn), text);
        else
            text = QStringLiteral("%1 -> %2").arg(formatDownRevisions(map, i), text);
    }
    const QStringList &labels = map.branchLabels(i);
    if (format.includeBranches && !labels.isEmpty())
        text += QStringLiteral(" (%1)").arg(commaJoined(labels));
    if (format.headIndicators || format.treeIndicators) {
        if (map.isRealHead(i))
            text += QStringLiteral(" (head)");
        if (map.isHead(i) && !map.isRealHead(i))
            text += QStringLiteral(" (effective head)");
        if (format.current && format.current->contains(i))
            text += QStringLiteral(" (current)");
    }
    if (format.treeIndicators) {
        if (map.isBranchPoint(i))
            text += QStringLiteral(" (branchpoint)");
        if (map.isMergePoint(i))
            text += QStringLiteral(" (mergepoint)");
    }
    if (format.includeDoc)
        text += QStringLiteral(", ") + rev.doc;
    return text;
}

QString formatLogEntry(const RevisionMap &map, int i, bool current)
{
    const Revision &rev = map.revision(i);
    QString entry = QStringLiteral("Rev: ") + rev.id;
    if (map.isHead(i))
        entry += QStringLiteral(" (head)");
    if (map.isBranchPoint(i))
        entry += QStringLiteral(" (branchpoint)");
    if (map.isMergePoint(i))
        entry += QStringLiteral(" (mergepoint)");
    if (current)
        entry += QStringLiteral(" (current)");
    entry += QLatin1Char('\n');
    entry += (map.isMergePoint(i) ? QStringLiteral("Merges: ") : QStringLiteral("Parent: "))
             + formatDownRevisions(map, i) + QLatin1Char('\n');
    if (!rev.dependsOn.isEmpty())
        entry += QStringLiteral("Also depends on: ") + commaJoined(rev.dependsOn) + QLatin1Char('\n');
    if (map.isBranchPoint(i))
        entry += QStringLiteral("Branches into: ") + commaJoined(map.ids(map.nextRevisions(i))) + QLatin1Char('\n');
    const QStringList &labels = map.branchLabels(i);
    if (!labels.isEmpty())
        entry += QStringLiteral("Branch names: ") + commaJoined(labels) + QLatin1Char('\n');
    entry += QStringLiteral("Path: ") + rev.path + QLatin1Char('\n');
    entry += QLatin1Char('\n');
    // Python's str.splitlines() on the stripped docstring, each line indented by four spaces.
    const QStringList lines = rev.longDoc.split(QLatin1Char('\n'));
    QStringList indented;
    if (!rev.longDoc.isEmpty()) {
        for (const QString &line : lines)
            indented << QStringLiteral("    ") + line;
    }
    entry += indented.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return entry;
}

QString formatCommand(const RevisionMap &map, int revision, bool verbose, const ShortFormat &format)
{
    if (verbose)
        return formatLogEntry(map, revision, format.current && format.current->contains(revision));
    return formatShort(map, revision, format);
}

} // namespace retort
