#pragma once
// Shared by the revision writer tests: small Alembic projects built in temporary folders, the
// project opened the way the CLI opens it, the command line turned into a NewRevisionRequest,
// snapshots of a project's files, and Alembic's Create Date read back as a clock value.

#include "config/projectconfig.h"
#include "script/revisionmap.h"
#include "script/revisionwriter.h"
#include "script/scriptdirectory.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

#include <chrono>
#include <optional>

namespace retort::writertest {

// What goes into a generated project: alembic.ini's [alembic] extra lines, the script.py.mako of
// tests/data/writer/templates/<templateName>, the revision files copied from labh (all, or all but
// the listed ones), and extra files (relative path -> text).
struct ProjectSpec {
    QString templateName = QStringLiteral("untyped");
    bool labhRevisions = true;
    QStringList skipRevisions;
    QStringList iniLines;
    QString extraIni;   // text appended after the [alembic] section
    QList<std::pair<QString, QString>> files;
};

inline bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

inline bool buildProject(const QString &dir, const ProjectSpec &spec)
{
    QString ini = QStringLiteral("[alembic]\nscript_location = migrations\n");
    for (const QString &line : spec.iniLines)
        ini += line + QLatin1Char('\n');
    ini += QStringLiteral("sqlalchemy.url = sqlite:///%(here)s/test.db\n\n") + spec.extraIni;
    if (!test::writeFile(QDir(dir).filePath(QStringLiteral("alembic.ini")), ini))
        return false;
    if (!copyFile(test::dataPath(QStringLiteral("writer/templates/%1/script.py.mako").arg(spec.templateName)),
                  QDir(dir).filePath(QStringLiteral("migrations/script.py.mako"))))
        return false;
    QDir().mkpath(QDir(dir).filePath(QStringLiteral("migrations/versions")));
    if (spec.labhRevisions) {
        const QDir versions(test::dataPath(QStringLiteral("projects/labh/migrations/versions")));
        for (const QString &f : versions.entryList({QStringLiteral("*.py")}, QDir::Files)) {
            if (spec.skipRevisions.contains(f.left(12)))
                continue;
            if (!copyFile(versions.filePath(f), QDir(dir).filePath(QStringLiteral("migrations/versions/") + f)))
                return false;
        }
    }
    for (const auto &[path, text] : spec.files)
        if (!test::writeFile(QDir(dir).filePath(path), text))
            return false;
    return true;
}

// The project in `dir` opened like `retort` opens it (config, scan, map).
struct OpenedProject {
    ProjectConfig config;
    RevisionMap map;
};

inline Result<OpenedProject> openProject(const QString &dir)
{
    ConfigOptions options;
    options.workingDir = dir;
    options.environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
    Result<ProjectConfig> config = ProjectConfig::load(options);
    if (!config)
        return config.error();
    ScanResult scan = ScriptDirectory::scan(config->versionLocations(), config->recursiveVersionLocations());
    for (const Diagnostic &d : scan.allDiagnostics())
        if (d.severity == Diagnostic::Severity::Error)
            return makeError(ErrorCode::Parse, d.toString());
    Result<RevisionMap> map = RevisionMap::build(scan.revisions);
    if (!map)
        return map.error();
    return OpenedProject{*config, *map};
}

// `revision ...` / `merge ...` arguments (Alembic's CLI) as a request.
inline NewRevisionRequest parseRequest(const QStringList &args)
{
    NewRevisionRequest r;
    r.merge = args.value(0) == QLatin1String("merge");
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto next = [&] { return args.value(++i); };
        if (a == QLatin1String("-m") || a == QLatin1String("--message"))
            r.message = next();
        else if (a == QLatin1String("--head"))
            r.heads = {next()};
        else if (a == QLatin1String("--splice"))
            r.splice = true;
        else if (a == QLatin1String("--branch-label"))
            r.branchLabel = next();
        else if (a == QLatin1String("--version-path"))
            r.versionPath = next();
        else if (a == QLatin1String("--rev-id"))
            r.revisionId = next();
        else if (a == QLatin1String("--depends-on"))
            r.dependsOn << next();
        else if (a == QLatin1String("--sql"))
            r.sql = true;
        else if (a == QLatin1String("--autogenerate"))
            r.autogenerate = true;
        else
            r.heads << a;   // merge's REVISIONS
    }
    return r;
}

// Every file under dir (relative path -> bytes), __pycache__ left out.
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("__pycache__")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

// The clock value of a "Create Date: ..." line (local naive time, or with a UTC offset).
inline std::optional<std::chrono::system_clock::time_point> createDateOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "Create Date: (\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{6}))?(?:([+-])(\\d\\d):(\\d\\d))?"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    QDateTime dt;
    if (m.capturedLength(8)) {
        const int offset = (m.captured(9).toInt() * 3600 + m.captured(10).toInt() * 60) * (m.captured(8) == QLatin1String("-") ? -1 : 1);
        dt = QDateTime(date, time, QTimeZone(offset));
    } else {
        dt = QDateTime(date, time, Qt::LocalTime);
    }
    const qint64 micros = dt.toSecsSinceEpoch() * 1000000 + m.captured(7).toLongLong();
    return std::chrono::system_clock::time_point(std::chrono::microseconds(micros));
}

} // namespace retort::writertest
