#include "commands/project.h"

#include "python/tokenizer.h"
#include "script/headercache.h"
#include "script/scriptdirectory.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSet>

namespace retort {

namespace {

// Reads the literal keyword arguments of env.py's context.configure(...) calls that change what
// Retort does (version table name/schema/pk, transaction_per_migration). Statically, like the
// revision headers: non-literal values are ignored.
void scanEnvPy(const QString &path, VersionTableOptions *table, bool *perMigration)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString source = QString::fromUtf8(file.readAll());
    Result<QList<python::Token>> tokens = python::tokenize(source);
    if (!tokens.ok())
        return;
    const QList<python::Token> &t = *tokens;
    for (qsizetype i = 0; i + 2 < t.size(); ++i) {
        if (t[i].kind != python::TokenKind::Name || !t[i + 1].isOp(u"="))
            continue;
        const python::Token &value = t[i + 2];
        const QStringView key = t[i].text;
        if (value.kind == python::TokenKind::String) {
            Result<QString> text = python::decodeStringLiteral(value.text);
            if (!text.ok())
                continue;
            if (key == u"version_table")
                table->table = *text;
            else if (key == u"version_table_schema")
                table->schema = *text;
        } else if (value.kind == python::TokenKind::Name && (value.text == u"True" || value.text == u"False")) {
            const bool on = value.text == u"True";
            if (key == u"version_table_pk")
                table->primaryKey = on;
            else if (key == u"transaction_per_migration")
                *perMigration = on;
        }
    }
}

// Tolerant mode: leaves out revisions whose files have errors and, repeatedly, revisions that
// point at something no longer present, recording why.
QList<Revision> usableRevisions(QList<Revision> revisions, Diagnostics *diagnostics)
{
    QList<Revision> kept;
    for (Revision &r : revisions) {
        if (hasErrors(r.diagnostics) || r.id.isEmpty())
            continue;
        kept.append(std::move(r));
    }
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> keys;
        for (const Revision &r : kept) {
            keys.insert(r.id);
            for (const QString &l : r.branchLabels)
                keys.insert(l);
        }
        auto present = [&keys, &kept](const QString &key) {
            if (keys.contains(key))
                return true;
            for (const Revision &r : kept)
                if (r.id.startsWith(key))
                    return true;
            return false;
        };
        QList<Revision> next;
        for (Revision &r : kept) {
            QString missing;
            for (const QString &d : r.downRevisions + r.dependsOn)
                if (!keys.contains(d) && !present(d))
                    missing = d;
            if (missing.isEmpty()) {
                next.append(std::move(r));
                continue;
            }
            changed = true;
            diagnostics->append({Diagnostic::Severity::Error, r.path, r.downRevisionLine, 0,
                                 QStringLiteral("Revision %1 referenced from %2 is not present").arg(missing, r.id)});
        }
        kept = std::move(next);
    }
    return kept;
}

} // namespace

Result<Project> Project::open(const Options &options)
{
    Result<ProjectConfig> config = ProjectConfig::load(options.config);
    if (!config.ok())
        return config.error();

    Project project;
    project.m_config = std::move(config.value());
    ScanResult scan = ScriptDirectory::scan(project.m_config.versionLocations(),
                                            project.m_config.recursiveVersionLocations(),
                                            HeaderCache::defaultPath(project.m_config.versionLocations()));
    project.m_diagnostics = scan.diagnostics;
    for (const Revision &r : scan.revisions)
        project.m_diagnostics.append(r.diagnostics);

    QList<Revision> revisions = std::move(scan.revisions);
    if (options.tolerant) {
        revisions = usableRevisions(std::move(revisions), &project.m_diagnostics);
    } else {
        for (const Diagnostic &d : std::as_const(project.m_diagnostics)) {
            if (d.severity == Diagnostic::Severity::Error)
                return makeError(ErrorCode::Parse, d.message, d.file, d.line);
        }
    }

    Result<RevisionMap> map = RevisionMap::build(std::move(revisions));
    if (!map.ok()) {
        if (!options.tolerant)
            return map.error();
        project.m_diagnostics.append({Diagnostic::Severity::Error, map.error().file, map.error().line, 0,
                                      map.error().message});
    } else {
        project.m_map = std::move(map.value());
    }

    scanEnvPy(project.m_config.scriptLocation() + QStringLiteral("/env.py"), &project.m_versionTable,
              &project.m_transactionPerMigration);
    return project;
}

Result<ResolvedUrl> Project::databaseUrl(const QString &cliUrl) const
{
    return resolveDatabaseUrl(cliUrl, QProcessEnvironment::systemEnvironment(), m_config);
}

} // namespace retort
