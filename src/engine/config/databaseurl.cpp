#include "config/databaseurl.h"

#include "config/pycompat.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace retort {

namespace {

// sqlalchemy.engine.url._parse_url
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?P<name>[\\w\\+]+)://"
                       "(?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?"
                       "(?:(?:\\[(?P<ipv6host>[^/\\?]+)\\]|(?P<ipv4host>[^/:\\?]+))?"
                       "(?::(?P<port>[^/\\?]*))?)?"
                       "(?:/(?P<database>[^\\?]*))?"
                       "(?:\\?(?P<query>.*))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

std::optional<QString> group(const QRegularExpressionMatch &m, const QString &name)
{
    if (m.capturedStart(name) < 0)
        return std::nullopt;
    return m.captured(name);
}

// _sqla_url_quote: only ':', '@' and '/' are escaped when rendering user and password.
QString sqlaQuote(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char('@') || c == QLatin1Char('/'))
            out += QLatin1Char('%') + QString::number(c.unicode(), 16).toUpper();
        else
            out += c;
    }
    return out;
}

QString libpqQuote(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]"))))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

const QStringList &sqliteDrivers()
{
    static const QStringList d = {QStringLiteral("pysqlite"), QStringLiteral("aiosqlite")};
    return d;
}

const QStringList &postgresDrivers()
{
    static const QStringList d = {QStringLiteral("psycopg2"), QStringLiteral("psycopg"), QStringLiteral("asyncpg"),
                                  QStringLiteral("pg8000"), QStringLiteral("psycopg2cffi"),
                                  QStringLiteral("psycopg_async")};
    return d;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parseSyntax(const QString &text)
{
    const QRegularExpressionMatch m = urlPattern().match(text);
    if (!m.hasMatch()) {
        // A malformed URL may still hold "user:secret@": mask harder than maskPasswords() does.
        static const QRegularExpression loose(QStringLiteral(":([^:@/\\s]*)@"));
        QString masked = maskPasswords(text);
        masked.replace(loose, QStringLiteral(":***@"));
        return makeError(ErrorCode::Config, QStringLiteral("Could not parse SQLAlchemy URL from string '%1'").arg(masked));
    }
    DatabaseUrl url;
    url.m_drivername = m.captured(QStringLiteral("name"));
    if (auto u = group(m, QStringLiteral("username")))
        url.m_username = pycompat::unquote(*u);
    if (auto p = group(m, QStringLiteral("password")))
        url.m_password = pycompat::unquote(*p);
    const std::optional<QString> v4 = group(m, QStringLiteral("ipv4host"));
    const std::optional<QString> v6 = group(m, QStringLiteral("ipv6host"));
    if (v4 && !v4->isEmpty())
        url.m_host = *v4;
    else if (v6)
        url.m_host = *v6;
    if (auto port = group(m, QStringLiteral("port"))) {   // "host:" is int('') in SQLAlchemy too
        Result<qint64> n = pycompat::parseInt(*port);
        if (!n)
            return makeError(ErrorCode::Config, QStringLiteral("ValueError: %1 (port of database URL '%2')")
                                                    .arg(n.error().message, maskPasswords(text)));
        url.m_port = int(n.value());
    }
    url.m_database = group(m, QStringLiteral("database"));
    if (auto q = group(m, QStringLiteral("query"))) {
        // urllib.parse.parse_qsl(keep_blank_values=False)
        for (const QString &nameValue : q->split(QLatin1Char('&'))) {
            if (nameValue.isEmpty())
                continue;
            const qsizetype eq = nameValue.indexOf(QLatin1Char('='));
            if (eq < 0 || eq == nameValue.size() - 1)
                continue;
            QString key = nameValue.left(eq);
            QString value = nameValue.mid(eq + 1);
            key.replace(QLatin1Char('+'), QLatin1Char(' '));
            value.replace(QLatin1Char('+'), QLatin1Char(' '));
            url.m_query.append({pycompat::unquote(key), pycompat::unquote(value)});
        }
    }
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    Result<DatabaseUrl> url = parseSyntax(text);
    if (!url)
        return url;
    Result<void> supported = url->checkSupported();
    if (!supported)
        return supported.error();
    return url;
}

Result<void> DatabaseUrl::checkSupported() const
{
    const QString name = m_drivername.section(QLatin1Char('+'), 0, 0);
    const bool hasDriver = m_drivername.contains(QLatin1Char('+'));
    const QString drv = m_drivername.section(QLatin1Char('+'), 1);
    const QStringList *drivers = nullptr;
    if (name == QLatin1String("sqlite"))
        drivers = &sqliteDrivers();
    else if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        drivers = &postgresDrivers();
    if (!drivers)
        return makeError(ErrorCode::Config,
                         QStringLiteral("Unsupported database backend '%1' in URL '%2'; Retort supports sqlite and "
                                        "postgresql")
                             .arg(name, toString()));
    if (hasDriver && !drivers->contains(drv))
        return makeError(ErrorCode::Config,
                         QStringLiteral("Unsupported driver '%1' for %2 in URL '%3'; supported drivers: %4")
                             .arg(drv, backend(), toString(), drivers->join(QLatin1String(", "))));
    return {};
}

QString DatabaseUrl::backend() const
{
    const QString name = m_drivername.section(QLatin1Char('+'), 0, 0);
    return name == QLatin1String("postgres") ? QStringLiteral("postgresql") : name;
}

QString DatabaseUrl::driver() const
{
    if (m_drivername.contains(QLatin1Char('+')))
        return m_drivername.section(QLatin1Char('+'), 1);
    if (isSqlite())
        return QStringLiteral("pysqlite");
    if (isPostgresql())
        return QStringLiteral("psycopg2");
    return {};
}

QString DatabaseUrl::qtDriverName() const
{
    if (isSqlite())
        return QStringLiteral("QSQLITE");
    if (isPostgresql())
        return QStringLiteral("QPSQL");
    return {};
}

bool DatabaseUrl::isAsyncDriver() const
{
    const QString d = driver();
    return d == QLatin1String("aiosqlite") || d == QLatin1String("asyncpg") || d == QLatin1String("psycopg_async");
}

QStringList DatabaseUrl::queryValues(const QString &key) const
{
    QStringList values;
    for (const auto &[k, v] : m_query)
        if (k == key)
            values << v;
    return values;
}

std::optional<QString> DatabaseUrl::queryValue(const QString &key) const
{
    const QStringList values = queryValues(key);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

QString DatabaseUrl::connectHost() const
{
    if (m_host && !m_host->isEmpty())
        return *m_host;
    return queryValue(QStringLiteral("host")).value_or(QString());
}

int DatabaseUrl::connectPort() const
{
    if (m_port)
        return *m_port;
    if (auto p = queryValue(QStringLiteral("port"))) {
        bool ok = false;
        const int n = p->toInt(&ok);
        if (ok)
            return n;
    }
    return -1;
}

bool DatabaseUrl::isMemory() const
{
    if (!isSqlite())
        return false;
    return !m_database || m_database->isEmpty() || *m_database == QLatin1String(":memory:");
}

QString DatabaseUrl::sqliteFilePath(const QString &baseDir) const
{
    if (!isSqlite() || isMemory())
        return {};
    if (QDir::isAbsolutePath(*m_database))
        return QDir::cleanPath(*m_database);
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(*m_database));
}

QString DatabaseUrl::qtConnectOptions() const
{
    QStringList opts;
    if (isSqlite()) {
        if (auto t = queryValue(QStringLiteral("timeout"))) {
            bool ok = false;
            const double seconds = t->toDouble(&ok);
            if (ok)
                opts << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qRound64(seconds * 1000));
        }
        if (queryValue(QStringLiteral("mode")) == QStringLiteral("ro"))
            opts << QStringLiteral("QSQLITE_OPEN_READONLY");
        return opts.join(QLatin1Char(';'));
    }
    if (!isPostgresql())
        return {};
    static const QStringList libpqKeys = {
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("sslpassword"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("options"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("client_encoding"), QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"),
        QStringLiteral("service"), QStringLiteral("passfile"), QStringLiteral("channel_binding"),
        QStringLiteral("requiressl"), QStringLiteral("sslcompression"), QStringLiteral("hostaddr")};
    QStringList seen;
    // last value of each key wins, in the order keys first appear
    for (const auto &[k, v] : m_query) {
        Q_UNUSED(v);
        if (libpqKeys.contains(k) && !seen.contains(k))
            seen << k;
    }
    for (const QString &k : std::as_const(seen))
        opts << k + QLatin1Char('=') + libpqQuote(*queryValue(k));
    if (!seen.contains(QStringLiteral("sslmode"))) {
        // asyncpg spells it ssl=require / ssl=true
        if (auto ssl = queryValue(QStringLiteral("ssl"))) {
            const QString s = ssl->toLower();
            QString mode = s;
            if (s == QLatin1String("true") || s == QLatin1String("1"))
                mode = QStringLiteral("require");
            else if (s == QLatin1String("false") || s == QLatin1String("0"))
                mode = QStringLiteral("disable");
            opts << QStringLiteral("sslmode=") + libpqQuote(mode);
        }
    }
    if (!seen.contains(QStringLiteral("connect_timeout"))) {
        if (auto t = queryValue(QStringLiteral("timeout")))   // asyncpg
            opts << QStringLiteral("connect_timeout=") + libpqQuote(*t);
    }
    return opts.join(QLatin1Char(';'));
}

QString DatabaseUrl::toString(bool maskPassword) const
{
    // URL.render_as_string()
    QString s = m_drivername + QStringLiteral("://");
    if (m_username) {
        s += sqlaQuote(*m_username);
        if (m_password)
            s += QLatin1Char(':') + (maskPassword ? QStringLiteral("***") : sqlaQuote(*m_password));
        s += QLatin1Char('@');
    }
    if (m_host)
        s += m_host->contains(QLatin1Char(':')) ? QLatin1Char('[') + *m_host + QLatin1Char(']') : *m_host;
    if (m_port)
        s += QLatin1Char(':') + QString::number(*m_port);
    if (m_database)
        s += QLatin1Char('/') + *m_database;
    if (!m_query.isEmpty()) {
        QStringList keys;
        for (const auto &[k, v] : m_query)
            if (!keys.contains(k))
                keys << k;
        std::sort(keys.begin(), keys.end());
        QStringList parts;
        for (const QString &k : std::as_const(keys))
            for (const QString &v : queryValues(k))
                parts << pycompat::quotePlus(k) + QLatin1Char('=') + pycompat::quotePlus(v);
        s += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    }
    return s;
}

QString maskPasswords(const QString &text)
{
    static const QRegularExpression urlPassword(
        QStringLiteral("([\\w+]+://[^:/@\\s'\"]*):([^@\\s]*)@"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression keyValue(QStringLiteral("(password\\s*=\\s*)('[^']*'|\"[^\"]*\"|[^\\s&;'\"]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    // Fast path (log lines by the thousand): both patterns need one of these literals.
    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return text;
    QString out = text;
    out.replace(urlPassword, QStringLiteral("\\1:***@"));
    out.replace(keyValue, QStringLiteral("\\1***"));
    return out;
}

} // namespace retort
