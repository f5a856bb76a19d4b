#include "commands/graphexport.h"

#include "commands/inspection.h"

#include <QJsonArray>

namespace retort::graphexport {

namespace {

QString shortId(const QString &id)
{
    return id.left(12);
}

QString dotEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

QString mermaidEscape(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("#quot;"));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return text;
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    QString line = nl < 0 ? text : text.left(nl);
    if (line.size() > 60)
        line = line.left(57) + QStringLiteral("...");
    return line;
}

QString nodeLabel(const RevisionMap &map, int i)
{
    QString label = shortId(map.id(i));
    const QStringList &labels = map.branchLabels(i);
    if (!labels.isEmpty())
        label += QStringLiteral(" (") + labels.join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString doc = firstLine(map.revision(i).doc);
    if (!doc.isEmpty())
        label += QLatin1Char('\n') + doc;
    return label;
}

QStringList kinds(const RevisionMap &map, int i)
{
    QStringList k;
    if (map.isHead(i))
        k << (map.isRealHead(i) ? QStringLiteral("head") : QStringLiteral("effective_head"));
    if (map.isBase(i))
        k << QStringLiteral("base");
    if (map.isBranchPoint(i))
        k << QStringLiteral("branch_point");
    if (map.isMergePoint(i))
        k << QStringLiteral("merge_point");
    return k;
}

} // namespace

QString toDot(const RevisionMap &map, const RevisionSet *applied, const RevisionSet *current)
{
    QString out = QStringLiteral("digraph revisions {\n    rankdir=BT;\n    node [shape=box, style=\"rounded,filled\", "
                                 "fillcolor=\"#ffffff\", fontname=\"sans-serif\"];\n");
    for (int i = 0; i < map.size(); ++i) {
        QStringList attrs{QStringLiteral("label=\"%1\"").arg(dotEscape(nodeLabel(map, i)))};
        if (map.isHead(i))
            attrs << QStringLiteral("penwidth=2");
        if (map.isBranchPoint(i) || map.isMergePoint(i))
            attrs << QStringLiteral("shape=octagon");
        if (current && current->contains(i))
            attrs << QStringLiteral("fillcolor=\"#c8e6c9\"");
        else if (applied && applied->contains(i))
            attrs << QStringLiteral("fillcolor=\"#eeeeee\"");
        out += QStringLiteral("    \"%1\" [%2];\n").arg(dotEscape(map.id(i)), attrs.join(QStringLiteral(", ")));
    }
    for (int i = 0; i < map.size(); ++i) {
        for (int p : map.downRevisions(i))
            out += QStringLiteral("    \"%1\" -> \"%2\";\n").arg(dotEscape(map.id(p)), dotEscape(map.id(i)));
        for (int d : map.resolvedDependencies(i))
            out += QStringLiteral("    \"%1\" -> \"%2\" [style=dashed];\n").arg(dotEscape(map.id(d)), dotEscape(map.id(i)));
    }
    out += QStringLiteral("}\n");
    return out;
}

QString toMermaid(const RevisionMap &map, const RevisionSet *applied, const RevisionSet *current)
{
    QString out = QStringLiteral("flowchart BT\n");
    auto node = [&map](int i) { return QStringLiteral("r") + QString::number(i); };
    for (int i = 0; i < map.size(); ++i) {
        const QString label = mermaidEscape(nodeLabel(map, i));
        const bool point = map.isBranchPoint(i) || map.isMergePoint(i);
        out += QStringLiteral("    %1%2\"%3\"%4\n")
                   .arg(node(i), point ? QStringLiteral("{{") : QStringLiteral("(["), label,
                        point ? QStringLiteral("}}") : QStringLiteral("])"));
    }
    for (int i = 0; i < map.size(); ++i) {
        for (int p : map.downRevisions(i))
            out += QStringLiteral("    %1 --> %2\n").arg(node(p), node(i));
        for (int d : map.resolvedDependencies(i))
            out += QStringLiteral("    %1 -.-> %2\n").arg(node(d), node(i));
    }
    out += QStringLiteral("    classDef head stroke-width:3px\n    classDef applied fill:#eeeeee\n"
                          "    classDef current fill:#c8e6c9\n");
    for (int i = 0; i < map.size(); ++i) {
        if (map.isHead(i))
            out += QStringLiteral("    class %1 head\n").arg(node(i));
        if (current && current->contains(i))
            out += QStringLiteral("    class %1 current\n").arg(node(i));
        else if (applied && applied->contains(i))
            out += QStringLiteral("    class %1 applied\n").arg(node(i));
    }
    return out;
}

QJsonObject toJson(const RevisionMap &map, const RevisionSet *applied, const RevisionSet *current)
{
    QJsonArray nodes;
    QJsonArray edges;
    for (int i = 0; i < map.size(); ++i) {
        QJsonObject n = inspection::revisionJson(map, i);
        n.insert(QStringLiteral("kinds"), QJsonArray::fromStringList(kinds(map, i)));
        if (applied)
            n.insert(QStringLiteral("applied"), applied->contains(i));
        if (current)
            n.insert(QStringLiteral("current"), current->contains(i));
        nodes.append(n);
        for (int p : map.downRevisions(i))
            edges.append(QJsonObject{{QStringLiteral("from"), map.id(p)}, {QStringLiteral("to"), map.id(i)},
                                     {QStringLiteral("kind"), QStringLiteral("parent")}});
        for (int d : map.resolvedDependencies(i))
            edges.append(QJsonObject{{QStringLiteral("from"), map.id(d)}, {QStringLiteral("to"), map.id(i)},
                                     {QStringLiteral("kind"), QStringLiteral("depends_on")}});
    }
    QJsonObject o;
    o.insert(QStringLiteral("command"), QStringLiteral("graph"));
    o.insert(QStringLiteral("schema_version"), 1);
    o.insert(QStringLiteral("revisions"), nodes);
    o.insert(QStringLiteral("edges"), edges);
    return o;
}

} // namespace retort::graphexport
