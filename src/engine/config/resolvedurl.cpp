#include "config/resolvedurl.h"

#include "config/dotenv.h"
#include "config/projectconfig.h"

#include <QDir>
#include <QFileInfo>

namespace retort {

namespace {

const QString kVar = QStringLiteral("DATABASE_URL");

Result<ResolvedUrl> accept(const QString &text, const QString &source, const QString &file = {}, int line = 0)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    if (!url) {
        Error e = url.error();
        e.message = QStringLiteral("%1 (database URL from %2)").arg(e.message, source);
        if (!file.isEmpty()) {
            e.file = file;
            e.line = line;
        }
        return e;
    }
    return ResolvedUrl{url.value(), source, text};
}

} // namespace

Result<ResolvedUrl> resolveDatabaseUrl(const QString &cliUrl, const QProcessEnvironment &env,
                                       const ProjectConfig &config)
{
    if (!cliUrl.isEmpty())
        return accept(cliUrl, QStringLiteral("--url"));

    const QString fromEnv = env.value(kVar);
    if (!fromEnv.isEmpty())
        return accept(fromEnv, QStringLiteral("DATABASE_URL environment variable"));

    const QString dotEnvPath = QDir(config.projectDir()).filePath(QStringLiteral(".env"));
    if (QFileInfo(dotEnvPath).isFile()) {
        Result<DotEnv> dotEnv = DotEnv::load(dotEnvPath, env);
        if (!dotEnv)
            return dotEnv.error();
        const std::optional<QString> v = dotEnv->value(kVar);
        if (v && !v->isEmpty())
            return accept(*v, dotEnvPath, dotEnvPath, dotEnv->line(kVar));
    }

    Result<QString> fromIni = config.sqlalchemyUrl();
    if (!fromIni)
        return fromIni.error();
    if (!fromIni.value().isEmpty()) {
        return accept(fromIni.value(), QStringLiteral("alembic.ini sqlalchemy.url"), config.iniPath(),
                      config.ini().line(config.section(), QStringLiteral("sqlalchemy.url")));
    }

    return makeError(ErrorCode::Config,
                     QStringLiteral("No database URL found: pass --url, set the DATABASE_URL environment variable, "
                                    "add DATABASE_URL to %1, or set sqlalchemy.url in the [%2] section of %3")
                         .arg(dotEnvPath, config.section(),
                              config.iniPath().isEmpty() ? QStringLiteral("alembic.ini") : config.iniPath()));
}

} // namespace retort
