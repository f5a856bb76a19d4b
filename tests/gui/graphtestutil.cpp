#include "graphtestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QRegularExpression>
#include <QWidget>

namespace retort::test {

std::shared_ptr<const Project> openProject(const QString &dir, QString *error)
{
    Project::Options options;
    options.config.configFiles = {QDir(dir).filePath(QStringLiteral("alembic.ini"))};
    options.config.workingDir = dir;
    options.tolerant = true;
    Result<Project> project = Project::open(options);
    if (!project.ok()) {
        if (error)
            *error = project.error().toString();
        return nullptr;
    }
    return std::make_shared<const Project>(std::move(project.value()));
}

namespace {

QString idFor(int n)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("rev") + QByteArray::number(n), QCryptographicHash::Md5).toHex().left(12));
}

QString pyList(const QStringList &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("None");
    if (ids.size() == 1)
        return QStringLiteral("'%1'").arg(ids.first());
    QStringList quoted;
    for (const QString &id : ids)
        quoted << QStringLiteral("'%1'").arg(id);
    return QStringLiteral("(%1,)").arg(quoted.join(QStringLiteral(", ")));
}

const char *const Words[] = {"account", "invoice", "order", "customer", "product", "shipment", "audit",
                             "payment", "inventory", "session", "report", "tag"};
const char *const Verbs[] = {"add", "drop", "rename", "index", "backfill", "create", "alter"};

QString messageFor(int n)
{
    QString m = QStringLiteral("%1 %2 %3").arg(QLatin1String(Verbs[n % 7]), QLatin1String(Words[(n / 7) % 12]),
                                              QLatin1String(Words[(n / 3) % 12]));
    if (n % 17 == 0)
        m += QStringLiteral(" and migrate the existing rows of the legacy reporting tables to the new "
                            "partitioned layout, keeping the old columns for one release");
    return m;
}

bool writeRevision(const QString &versions, int n, const QStringList &downs, const QString &label,
                   const QStringList &deps)
{
    const QString id = idFor(n);
    const QString message = messageFor(n);
    QString slug = message.left(40).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    const QString text = QStringLiteral(
        "\"\"\"%1\n\nRevision ID: %2\nRevises: %3\nCreate Date: 2024-01-01 00:00:00.000000\n\n\"\"\"\n"
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        "revision = '%2'\ndown_revision = %4\nbranch_labels = %5\ndepends_on = %6\n\n\n"
        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
        .arg(message, id, downs.join(QStringLiteral(", ")), pyList(downs),
             label.isEmpty() ? QStringLiteral("None") : QStringLiteral("('%1',)").arg(label), pyList(deps));
    QFile file(QDir(versions).filePath(QStringLiteral("%1_%2.py").arg(id, slug)));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(text.toUtf8()) > 0;
}

} // namespace

bool writeSyntheticProject(const QString &dir, int revisions)
{
    const QString versions = QDir(dir).filePath(QStringLiteral("migrations/versions"));
    if (!QDir().mkpath(versions))
        return false;
    QFile ini(QDir(dir).filePath(QStringLiteral("alembic.ini")));
    if (!ini.open(QIODevice::WriteOnly))
        return false;
    ini.write("[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = sqlite:///%(here)s/test.db\n");
    ini.close();
    QFile env(QDir(dir).filePath(QStringLiteral("migrations/env.py")));
    if (!env.open(QIODevice::WriteOnly))
        return false;
    env.write("from alembic import context\n");
    env.close();

    int n = 0;
    QString tip;          // the main line's newest revision
    int featureCount = 0;
    while (n < revisions) {
        const bool fork = n > 0 && n % 20 == 0 && revisions - n > 30;
        if (!fork) {
            QStringList deps;
            if (n > 300 && n % 150 == 0)
                deps << idFor(n - 290);   // an old revision on the main line or a branch
            if (!writeRevision(versions, n, tip.isEmpty() ? QStringList() : QStringList{tip}, QString(), deps))
                return false;
            tip = idFor(n++);
            continue;
        }
        // A feature branch: 2-3 chains of 2-6 revisions forking off the tip, merged back.
        const int chains = 2 + featureCount % 2;
        QStringList ends;
        for (int c = 0; c < chains; ++c) {
            QString prev = tip;
            const int length = 2 + (featureCount + c * 3) % 5;
            for (int k = 0; k < length; ++k) {
                const QString label = k == 0 ? QStringLiteral("feature_%1_%2").arg(featureCount).arg(c) : QString();
                if (!writeRevision(versions, n, {prev}, featureCount % 3 == 0 && featureCount < 40 ? label : QString(), {}))
                    return false;
                prev = idFor(n++);
            }
            ends << prev;
        }
        if (!writeRevision(versions, n, ends, QString(), {}))
            return false;
        tip = idFor(n++);
        ++featureCount;
    }
    return true;
}

QString saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(RETORT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    const QPixmap shot = w.grab();
    if (shot.isNull() || !shot.save(path))
        return {};
    return path;
}

double residentMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.value(1).toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace retort::test
