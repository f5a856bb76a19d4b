#include "revisiondraft.h"

#include "script/makotemplate.h"
#include "script/revisionnaming.h"
#include "script/revisionresolver.h"
#include "script/templatevalue.h"

#include <QDir>
#include <QFileInfo>

namespace retort::gui {

namespace {

// revision.tuple_rev_as_scalar, as the writer renders down_revision / depends_on.
TemplateValue scalarOrContainer(const QStringList &ids, bool asList)
{
    if (ids.isEmpty())
        return TemplateValue::none();
    if (ids.size() == 1)
        return TemplateValue::string(ids.first());
    return asList ? TemplateValue::stringList(ids) : TemplateValue::stringTuple(ids);
}

} // namespace

Result<RevisionDraft> draftRevision(const Project &project, const NewRevisionRequest &request,
                                    std::chrono::system_clock::time_point now)
{
    const RevisionMap &map = project.map();
    const ProjectConfig &config = project.config();
    if (request.revisionId.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("draftRevision needs a revision id"));
    if (Result<void> ok = RevisionNaming::verifyRevisionId(request.revisionId); !ok)
        return ok.error();
    if (map.indexOfId(request.revisionId) >= 0)
        return makeError(ErrorCode::Command, QStringLiteral("Revision %1 is already present").arg(request.revisionId));

    const RevisionResolver resolver(map);
    const QStringList heads = request.heads.isEmpty() ? QStringList{QStringLiteral("head")} : request.heads;
    QStringList parents;
    for (const QString &h : heads) {
        RevResult<int> r = resolver.revision(h);
        if (!r)
            return r.error().toError(ErrorStyle::Cli, ErrorContext::NewRevision);
        if (*r < 0)
            return makeError(ErrorCode::Command, QStringLiteral("'%1' does not name a revision a new one can be based on").arg(h));
        if (parents.contains(map.id(*r)))
            return makeError(ErrorCode::Command, QStringLiteral("Duplicate head revisions specified"));
        if (!request.splice && !map.isHead(*r))
            return makeError(ErrorCode::Command, QStringLiteral("Revision %1 is not a head revision; please specify "
                                                                "--splice to create a new branch from this revision")
                                                     .arg(map.id(*r)));
        parents << map.id(*r);
    }
    QStringList dependsOn;
    for (const QString &d : request.dependsOn) {
        RevResult<int> r = resolver.revision(d);
        if (!r)
            return r.error().toError(ErrorStyle::Cli, ErrorContext::Generic);
        if (*r < 0)
            return makeError(ErrorCode::Command, QStringLiteral("--depends-on '%1' does not name a revision").arg(d));
        dependsOn << (map.branchLabels(*r).contains(d) ? d : map.id(*r));
    }

    Result<CreateDate> date = RevisionNaming::createDate(config.timezone(), now);
    if (!date)
        return date.error();
    Result<QString> fileName = RevisionNaming::fileName(config.fileTemplate(), request.revisionId,
                                                        request.message.value_or(QString()),
                                                        config.truncateSlugLength(), *date);
    if (!fileName)
        return fileName.error();

    TemplateContext context;
    context.variables.insert(QStringLiteral("up_revision"), TemplateValue::string(request.revisionId));
    context.variables.insert(QStringLiteral("down_revision"), scalarOrContainer(parents, false));
    context.variables.insert(QStringLiteral("branch_labels"), request.branchLabel.isEmpty()
                                                                  ? TemplateValue::none()
                                                                  : TemplateValue::stringTuple({request.branchLabel}));
    context.variables.insert(QStringLiteral("depends_on"), scalarOrContainer(dependsOn, true));
    context.variables.insert(QStringLiteral("create_date"), TemplateValue::object(date->str(), date->repr()));
    context.variables.insert(QStringLiteral("comma"), TemplateValue::function(QStringLiteral("comma")));
    context.variables.insert(QStringLiteral("message"),
                             TemplateValue::string(request.message.value_or(QStringLiteral("empty message"))));
    context.variables.insert(QStringLiteral("config"),
                             request.merge ? TemplateValue::string(QStringLiteral("config"))
                                           : TemplateValue::object(QStringLiteral("<alembic.config.Config object>"),
                                                                   QStringLiteral("<alembic.config.Config object>")));
    const ProjectConfig *cfg = &config;
    context.mainOption = [cfg](const QString &key) -> std::optional<QString> {
        if (!cfg->hasMainOption(key))
            return std::nullopt;
        Result<QString> v = cfg->mainOption(key);
        return v ? std::optional<QString>(*v) : std::nullopt;
    };
    const QString templatePath = QDir(config.scriptLocation()).filePath(QStringLiteral("script.py.mako"));
    if (!QFileInfo::exists(templatePath))
        return makeError(ErrorCode::Command, QStringLiteral("Template file %1 not found").arg(templatePath), templatePath);
    Result<MakoTemplate> tmpl = MakoTemplate::load(templatePath);
    if (!tmpl)
        return tmpl.error();
    Result<QString> text = tmpl->render(context);
    if (!text)
        return text.error();
    return RevisionDraft{*fileName, *text};
}

} // namespace retort::gui
