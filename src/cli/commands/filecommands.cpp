// revision, merge: the commands that write new revision files (reference §2.5, §2.6).
#include "command.h"

#include "script/revisionwriter.h"

#include <QJsonArray>

namespace retort::cli {

namespace {

OptionSpec messageOption()
{
    return {{QStringLiteral("-m"), QStringLiteral("--message")}, QStringLiteral("message"), true, false,
            QStringLiteral("MESSAGE"), QStringLiteral("Message string to use with 'revision'")};
}

OptionSpec branchLabelOption()
{
    return {{QStringLiteral("--branch-label")}, QStringLiteral("branch_label"), true, false,
            QStringLiteral("BRANCH_LABEL"), QStringLiteral("Specify a branch label to apply to the new revision")};
}

OptionSpec revIdOption()
{
    return {{QStringLiteral("--rev-id")}, QStringLiteral("rev_id"), true, false, QStringLiteral("REV_ID"),
            QStringLiteral("Specify a hardcoded revision id instead of generating one")};
}

OptionSpec spliceOption()
{
    return {{QStringLiteral("--splice")}, QStringLiteral("splice"), false, false, {},
            QStringLiteral("Allow a non-head revision as the 'head' to splice onto")};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

int writeRevision(CliContext &c, const NewRevisionRequest &request)
{
    Result<const Project *> project = c.project();
    if (!project.ok())
        return c.fail(project.error());
    RevisionWriter::Options options;
    if (!c.json()) {
        options.out = [&c](const QString &text) { c.out(text); };
        options.note = [&c](const QString &text) { c.err(text); };
    }
    options.captureHookOutput = c.json();   // JSON output stays one document
    QString log;
    if (c.json())
        options.out = [&log](const QString &text) { log += text; };
    const RevisionWriter writer((*project)->config(), (*project)->map(), options);
    Result<WrittenRevision> written = writer.write(request);
    if (!written.ok())
        return c.fail(written.error());
    if (c.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("revision"), written->revision.id);
        o.insert(QStringLiteral("path"), written->absolutePath);
        o.insert(QStringLiteral("down_revisions"), strings(written->revision.downRevisions));
        o.insert(QStringLiteral("branch_labels"), strings(written->revision.branchLabels));
        o.insert(QStringLiteral("depends_on"), strings(written->revision.dependsOn));
        o.insert(QStringLiteral("doc"), written->revision.doc);
        o.insert(QStringLiteral("create_date"), written->revision.createDate);
        o.insert(QStringLiteral("output"), log);
        c.printJson(o);
    }
    return ExitOk;
}

NewRevisionRequest commonRequest(const CliContext &c)
{
    NewRevisionRequest r;
    if (c.args().has(QStringLiteral("message")))
        r.message = c.args().value(QStringLiteral("message"));
    r.branchLabel = c.args().value(QStringLiteral("branch_label"));
    r.revisionId = c.args().value(QStringLiteral("rev_id"));
    r.splice = c.args().has(QStringLiteral("splice"));
    return r;
}

int runRevision(CliContext &c)
{
    NewRevisionRequest r = commonRequest(c);
    if (c.args().has(QStringLiteral("head")))
        r.heads = {c.args().value(QStringLiteral("head"))};
    r.versionPath = c.args().value(QStringLiteral("version_path"));
    r.dependsOn = c.args().list(QStringLiteral("depends_on"));
    r.autogenerate = c.args().has(QStringLiteral("autogenerate"));
    r.sql = c.args().has(QStringLiteral("sql"));
    return writeRevision(c, r);
}

int runMerge(CliContext &c)
{
    NewRevisionRequest r = commonRequest(c);
    r.merge = true;
    r.heads = c.args().list(QStringLiteral("revisions"));
    return writeRevision(c, r);
}

} // namespace

Command revisionCommand()
{
    return {{QStringLiteral("revision"), QStringLiteral("Create a new revision file."),
             {messageOption(),
              {{QStringLiteral("--autogenerate")}, QStringLiteral("autogenerate"), false, false, {},
               QStringLiteral("Populate revision script with candidate migration operations, based on comparison of "
                              "database to model.")},
              {{QStringLiteral("--sql")}, QStringLiteral("sql"), false, false, {},
               QStringLiteral("Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.")},
              {{QStringLiteral("--head")}, QStringLiteral("head"), true, false, QStringLiteral("HEAD"),
               QStringLiteral("Specify head revision or <branchname>@head to base new revision on.")},
              spliceOption(),
              branchLabelOption(),
              {{QStringLiteral("--version-path")}, QStringLiteral("version_path"), true, false,
               QStringLiteral("VERSION_PATH"), QStringLiteral("Specify specific path from config for version file")},
              revIdOption(),
              {{QStringLiteral("--depends-on")}, QStringLiteral("depends_on"), true, true, QStringLiteral("DEPENDS_ON"),
               QStringLiteral("Specify one or more revision identifiers which this revision should depend on.")}},
             {}},
            runRevision};
}

Command mergeCommand()
{
    return {{QStringLiteral("merge"), QStringLiteral("Merge two revisions together.  Creates a new migration file."),
             {messageOption(), branchLabelOption(), revIdOption(), spliceOption()},
             {{QStringLiteral("revisions"), PositionalSpec::Count::OneOrMore,
               QStringLiteral("one or more revisions, or 'heads' for all heads")}}},
            runMerge};
}

} // namespace retort::cli
