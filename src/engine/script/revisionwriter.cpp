#include "script/revisionwriter.h"

#include "script/makotemplate.h"
#include "script/postwritehookrunner.h"
#include "script/revisionheader.h"
#include "script/revisionnaming.h"
#include "script/revisionresolver.h"
#include "script/scriptdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace retort {

struct RevisionWriter::Parents {
    QList<int> indexes;   // map indexes; kNoRevision for a None parent
};

namespace {

Error commandError(const QString &message)
{
    return makeError(ErrorCode::Command, message);
}

// os.path.abspath: joined with the working directory and normalised (no symlinks resolved).
QString absolutePath(const QString &path, const QString &workingDir)
{
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(workingDir + QLatin1Char('/') + path);
}

// os.path.join(a, b).
QString joinPath(const QString &dir, const QString &name)
{
    if (QDir::isAbsolutePath(name) || dir.isEmpty())
        return name;
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

// revision.tuple_rev_as_scalar over ids (empty -> None, one -> str, several -> the container).
TemplateValue scalarOrContainer(const QList<std::optional<QString>> &ids, bool asList)
{
    auto item = [](const std::optional<QString> &id) {
        return id ? TemplateValue::string(*id) : TemplateValue::none();
    };
    if (ids.isEmpty())
        return TemplateValue::none();
    if (ids.size() == 1)
        return item(ids.first());
    std::vector<TemplateValue> items;
    for (const std::optional<QString> &id : ids)
        items.push_back(item(id));
    return asList ? TemplateValue::list(std::move(items)) : TemplateValue::tuple(std::move(items));
}

QString codecName(const QString &encoding)
{
    return encoding.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

RevisionWriter::RevisionWriter(const ProjectConfig &config, const RevisionMap &map)
    : m_config(config), m_map(map)
{
}

RevisionWriter::RevisionWriter(const ProjectConfig &config, const RevisionMap &map, Options options)
    : m_config(config), m_map(map), m_options(std::move(options))
{
}

void RevisionWriter::out(const QString &text) const
{
    if (m_options.out)
        m_options.out(text);
}

void RevisionWriter::note(const QString &text) const
{
    if (m_options.note)
        m_options.note(text);
}

Result<void> RevisionWriter::checkCommandOptions(const NewRevisionRequest &request) const
{
    if (request.merge)
        return {};
    Result<bool> environment = m_config.revisionEnvironment();
    if (!environment)
        return environment.error();
    if (request.autogenerate) {
        if (request.sql)
            return commandError(QStringLiteral("Using --sql with --autogenerate does not make any sense"));
        return commandError(QStringLiteral("--autogenerate needs the schema comparison (autogenerate) feature, which "
                                           "is not available in this version of Retort yet; create the revision "
                                           "without --autogenerate and write its operations by hand, or run "
                                           "`alembic revision --autogenerate`"));
    }
    if (request.sql && !*environment)
        return commandError(QStringLiteral("Using --sql with the revision command when revision_environment is not "
                                           "configured does not make any sense"));
    return {};
}

Result<RevisionWriter::Parents> RevisionWriter::resolveParents(const NewRevisionRequest &request) const
{
    const RevisionResolver resolver(m_map);
    const QStringList heads = request.heads.isEmpty() ? QStringList{QStringLiteral("head")} : request.heads;
    RevResult<QList<int>> resolved = heads.size() == 1 ? resolver.revisions(heads.first()) : resolver.revisions(heads);
    if (!resolved)
        return resolved.error().toError(ErrorStyle::Cli, ErrorContext::NewRevision);
    Parents parents;
    for (const int i : *resolved) {
        if (i == kBaseRevision)
            return commandError(QStringLiteral("%1 does not name a revision a new one can be based on")
                                    .arg(TemplateValue::string(heads.join(QLatin1Char(' '))).repr()));
        if (parents.indexes.contains(i))
            return commandError(QStringLiteral("Duplicate head revisions specified"));
        parents.indexes << i;
    }
    return parents;
}

Result<QString> RevisionWriter::versionDirectory(const NewRevisionRequest &request, const Parents &parents) const
{
    const QStringList locations = m_config.versionLocations();
    QString versionPath = request.versionPath;
    if (versionPath.isEmpty()) {
        if (locations.size() > 1) {
            for (const int i : parents.indexes) {
                if (i >= 0) {
                    // Alembic's Script.path is <location>/<file>; ours is the real path, so map
                    // the parent's folder back to the configured location it is.
                    versionPath = QFileInfo(m_map.revision(i).path).path();
                    const QString real = QFileInfo(versionPath).canonicalFilePath();
                    for (const QString &location : locations)
                        if (!real.isEmpty() && QFileInfo(location).canonicalFilePath() == real)
                            versionPath = location;
                    break;
                }
            }
            if (versionPath.isEmpty())
                return commandError(QStringLiteral("Multiple version locations present, please specify --version-path"));
        } else if (!locations.isEmpty()) {
            versionPath = locations.first();
        }
    }
    const QString normalized = absolutePath(versionPath, m_config.workingDir());
    for (const QString &location : locations)
        if (QDir::cleanPath(location) == normalized)
            return versionPath;
    return commandError(QStringLiteral("Path %1 is not represented in current version locations").arg(versionPath));
}

Result<QStringList> RevisionWriter::resolveDependencies(const QStringList &dependsOn) const
{
    const RevisionResolver resolver(m_map);
    QStringList resolved;
    for (const QString &dep : dependsOn) {
        RevResult<int> rev = resolver.revision(dep);
        if (!rev)
            return rev.error().toError(ErrorStyle::Cli, ErrorContext::Generic);
        if (*rev < 0)
            return commandError(QStringLiteral("--depends-on %1 does not name a revision").arg(TemplateValue::string(dep).repr()));
        // a branch label of that revision is kept as written; anything else becomes the full id
        resolved << (m_map.branchLabels(*rev).contains(dep) ? dep : m_map.id(*rev));
    }
    return resolved;
}

Result<QByteArray> RevisionWriter::encode(const QString &text) const
{
    const QString name = codecName(m_config.outputEncoding());
    auto limited = [&](uint limit, const char *codec) -> Result<QByteArray> {
        for (int i = 0; i < text.size(); ++i)
            if (text.at(i).unicode() > limit)
                return commandError(QStringLiteral("Template rendering failed: '%1' codec can't encode character %2 "
                                                   "in position %3 (output_encoding = %4)")
                                        .arg(QLatin1String(codec), TemplateValue::string(QString(text.at(i))).repr())
                                        .arg(i)
                                        .arg(m_config.outputEncoding()));
        return text.toLatin1();
    };
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8") || name == QLatin1String("u8")
        || name == QLatin1String("utf"))
        return text.toUtf8();
    if (name == QLatin1String("latin-1") || name == QLatin1String("latin1") || name == QLatin1String("iso-8859-1")
        || name == QLatin1String("iso8859-1") || name == QLatin1String("l1") || name == QLatin1String("8859"))
        return limited(0xFF, "latin-1");
    if (name == QLatin1String("ascii") || name == QLatin1String("us-ascii") || name == QLatin1String("646"))
        return limited(0x7F, "ascii");
    QStringEncoder encoder(name.toLatin1().constData(),
                           name == QLatin1String("utf-16") || name == QLatin1String("utf-32")
                               ? QStringConverter::Flag::WriteBom
                               : QStringConverter::Flag::Default);
    if (!encoder.isValid())
        return commandError(QStringLiteral("LookupError: unknown encoding: %1 (output_encoding)").arg(m_config.outputEncoding()));
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return commandError(QStringLiteral("Template rendering failed: the text cannot be encoded as %1").arg(m_config.outputEncoding()));
    return bytes;
}

Result<void> RevisionWriter::ensureDirectory(const QString &path) const
{
    const QString absolute = absolutePath(path, m_config.workingDir());
    if (QFileInfo::exists(absolute))
        return {};
    out(QStringLiteral("Creating directory %1 ...").arg(absolute));
    if (!QDir().mkpath(absolute)) {
        out(QStringLiteral("  FAILED\n"));
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create directory %1").arg(absolute), absolute);
    }
    out(QStringLiteral("  done\n"));
    return {};
}

Result<PreparedRevision> RevisionWriter::prepare(const NewRevisionRequest &request) const
{
    PreparedRevision prepared;
    prepared.revisionId = request.revisionId.isEmpty() ? RevisionNaming::newRevisionId() : request.revisionId;
    Result<void> idOk = RevisionNaming::verifyRevisionId(prepared.revisionId);
    if (!idOk)
        return idOk.error();

    Result<Parents> parents = resolveParents(request);
    if (!parents)
        return parents.error();

    Result<CreateDate> createDate = RevisionNaming::createDate(
        m_config.timezone(), m_options.now.value_or(std::chrono::system_clock::now()));
    if (!createDate)
        return createDate.error();

    Result<QString> versionPath = versionDirectory(request, *parents);
    if (!versionPath)
        return versionPath.error();
    prepared.versionDirectory = *versionPath;

    Result<QString> fileName = RevisionNaming::fileName(m_config.fileTemplate(), prepared.revisionId,
                                                        request.message.value_or(QString()),
                                                        m_config.truncateSlugLength(), *createDate);
    if (!fileName) {
        Error e = fileName.error();
        e.file = m_config.iniPath().isEmpty() ? m_config.tomlPath() : m_config.iniPath();
        return e;
    }
    prepared.fileName = *fileName;
    prepared.path = joinPath(*versionPath, *fileName);

    if (!request.splice) {
        for (const int i : parents->indexes)
            if (i >= 0 && !m_map.isHead(i))
                return commandError(QStringLiteral("Revision %1 is not a head revision; please specify --splice to "
                                                   "create a new branch from this revision").arg(m_map.id(i)));
    }

    QStringList dependsOn;
    if (!request.dependsOn.isEmpty()) {
        Result<QStringList> deps = resolveDependencies(request.dependsOn);
        if (!deps)
            return deps.error();
        dependsOn = *deps;
    }

    // Retort's own safety checks: an id the project already has, a file that already exists.
    const int existing = m_map.indexOfId(prepared.revisionId);
    if (existing >= 0)
        return commandError(QStringLiteral("Revision %1 is already present in %2; choose another --rev-id")
                                .arg(prepared.revisionId, m_map.revision(existing).path));
    prepared.absolutePath = absolutePath(prepared.path, m_config.workingDir());
    if (QFileInfo::exists(prepared.absolutePath))
        return commandError(QStringLiteral("File %1 already exists; Retort never overwrites a file (choose another "
                                           "--rev-id or message)").arg(prepared.absolutePath));

    TemplateContext context;
    QList<std::optional<QString>> parentIds;
    for (const int i : parents->indexes)
        parentIds << (i >= 0 ? std::optional<QString>(m_map.id(i)) : std::nullopt);
    QList<std::optional<QString>> dependencyIds;
    for (const QString &d : dependsOn)
        dependencyIds << d;
    context.variables.insert(QStringLiteral("up_revision"), TemplateValue::string(prepared.revisionId));
    context.variables.insert(QStringLiteral("down_revision"), scalarOrContainer(parentIds, false));
    context.variables.insert(QStringLiteral("branch_labels"),
                             request.branchLabel.isEmpty() ? TemplateValue::none()
                                                           : TemplateValue::stringTuple({request.branchLabel}));
    context.variables.insert(QStringLiteral("depends_on"), scalarOrContainer(dependencyIds, true));
    context.variables.insert(QStringLiteral("create_date"), TemplateValue::object(createDate->str(), createDate->repr()));
    context.variables.insert(QStringLiteral("comma"), TemplateValue::function(QStringLiteral("comma")));
    context.variables.insert(QStringLiteral("message"),
                             TemplateValue::string(request.message.value_or(QStringLiteral("empty message"))));
    context.variables.insert(QStringLiteral("config"),
                             request.merge ? TemplateValue::string(QStringLiteral("config"))
                                           : TemplateValue::object(QStringLiteral("<alembic.config.Config object>"),
                                                                   QStringLiteral("<alembic.config.Config object>")));
    const ProjectConfig *config = &m_config;
    context.mainOption = [config](const QString &key) -> std::optional<QString> {
        if (!config->hasMainOption(key))
            return std::nullopt;
        Result<QString> v = config->mainOption(key);
        return v ? std::optional<QString>(*v) : std::nullopt;
    };

    const QString templatePath = QDir(m_config.scriptLocation()).filePath(QStringLiteral("script.py.mako"));
    Result<QString> text = [&]() -> Result<QString> {
        if (!QFileInfo::exists(templatePath))
            return commandError(QStringLiteral("Template file %1 not found (every script directory needs a "
                                               "script.py.mako)").arg(templatePath));
        Result<MakoTemplate> tmpl = MakoTemplate::load(templatePath);
        if (!tmpl)
            return tmpl.error();
        return tmpl->render(context);
    }();
    if (text)
        prepared.text = *text;
    else
        prepared.renderError = text.error();
    return prepared;
}

Result<WrittenRevision> RevisionWriter::write(const NewRevisionRequest &request) const
{
    Result<void> checked = checkCommandOptions(request);
    if (!checked)
        return checked.error();
    Result<bool> environment = m_config.revisionEnvironment();
    if (environment.ok() && *environment)
        note(QStringLiteral("note: revision_environment is set, but Retort does not run env.py while creating revisions "
                            "(process_revision_directives and template_args from env.py are not applied)\n"));

    Result<PreparedRevision> prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    const QString &path = prepared->path;
    const QString &absolute = prepared->absolutePath;
    if (m_config.hasExplicitVersionLocations()) {
        Result<void> made = ensureDirectory(prepared->versionDirectory);
        if (!made)
            return made.error();
    }
    const QString parentDir = QFileInfo(absolute).path();
    if (!QFileInfo::exists(parentDir)) {
        Result<void> made = ensureDirectory(parentDir);
        if (!made)
            return made.error();
        if (!m_config.recursiveVersionLocations())
            note(QStringLiteral("note: file_template puts revision files in sub-directories; set "
                                "recursive_version_locations = true so that they are found\n"));
    }

    out(QStringLiteral("Generating %1 ...").arg(absolute));
    auto failed = [&](Error e) -> Result<WrittenRevision> {
        out(QStringLiteral("  FAILED\n"));
        return e;
    };
    if (prepared->renderError)
        return failed(*prepared->renderError);
    const QString &text = prepared->text;
    Result<QByteArray> bytes = encode(text);
    if (!bytes)
        return failed(bytes.error());
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || QFileInfo::exists(absolute)
        || !file.commit()) {
        const QString reason = QFileInfo::exists(absolute) ? QStringLiteral("the file appeared while it was being written")
                                                           : file.errorString();
        file.cancelWriting();
        return failed(makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(absolute, reason), absolute));
    }
    out(QStringLiteral("  done\n"));

    const QList<PostWriteHook> hooks = m_config.postWriteHooks();
    if (!hooks.isEmpty()) {
        PostWriteHookRunner::Options hookOptions;
        hookOptions.out = m_options.out;
        hookOptions.captureOutput = m_options.captureHookOutput;
        hookOptions.workingDir = m_config.workingDir();
        Result<void> ran = PostWriteHookRunner::run(hooks, path, hookOptions);
        if (!ran)
            return ran.error();
    }

    WrittenRevision written;
    written.path = path;
    written.absolutePath = absolute;
    written.text = text;
    if (!ScriptDirectory::isCandidateName(QFileInfo(absolute).fileName())) {
        note(QStringLiteral("note: %1 is not a revision file name Alembic loads (file_template)\n").arg(absolute));
        return written;
    }
    written.revision = readRevisionFile(absolute);
    for (const Diagnostic &d : written.revision.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return makeError(ErrorCode::Command,
                             QStringLiteral("The new revision file was written, but its header cannot be read back: %1")
                                 .arg(d.message),
                             d.file.isEmpty() ? absolute : d.file, d.line);
    if (!request.branchLabel.isEmpty() && written.revision.branchLabels.isEmpty())
        return commandError(QStringLiteral("Version %1 specified branch_labels %2, however the migration file %3 does "
                                           "not have them; have you upgraded your script.py.mako to include the "
                                           "'branch_labels' section?")
                                .arg(written.revision.id, request.branchLabel, path));
    return written;
}

} // namespace retort
