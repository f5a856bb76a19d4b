#pragma once

#include "config/databaseurl.h"
#include "core/result.h"

#include <QProcessEnvironment>
#include <QString>

namespace retort {

class ProjectConfig;

// The database URL a command will use, and where it came from (shown to the user, e.g.
// "Using database postgresql://app:***@db/prod (from DATABASE_URL environment variable)").
struct ResolvedUrl {
    DatabaseUrl url;
    QString source;   // "--url", "DATABASE_URL environment variable", "<projectDir>/.env",
                      // "alembic.ini sqlalchemy.url"
    QString text;     // the URL text as found (unmasked: keep it out of logs)
};

// Picks the URL: --url, else $DATABASE_URL, else DATABASE_URL in <projectDir>/.env, else the
// ini main section's sqlalchemy.url. Empty values count as absent. The chosen URL must parse and
// name a supported backend; errors name the source. Nothing found -> an error listing the four
// places. Reentrant.
Result<ResolvedUrl> resolveDatabaseUrl(const QString &cliUrl, const QProcessEnvironment &env,
                                       const ProjectConfig &config);

} // namespace retort
