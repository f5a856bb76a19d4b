#include "connectionfields.h"

#include <QUrl>

namespace retort::gui {

ConnectionFields ConnectionFields::fromUrl(const DatabaseUrl &url)
{
    ConnectionFields f;
    f.backend = url.backend();
    const QString name = url.drivername();
    const qsizetype plus = name.indexOf(QLatin1Char('+'));
    f.driver = plus < 0 ? QString() : name.mid(plus + 1);
    f.host = url.host().value_or(QString());
    f.port = url.port().value_or(-1);
    f.user = url.username().value_or(QString());
    f.password = url.password().value_or(QString());
    f.database = url.database().value_or(QString());
    f.query = url.query();
    return f;
}

QString ConnectionFields::toUrl(bool withPassword) const
{
    QString text = backend;
    if (!driver.isEmpty())
        text += QLatin1Char('+') + driver;
    text += QLatin1String("://");
    if (isSqlite()) {
        if (!database.isEmpty())
            text += QLatin1Char('/') + database;
    } else {
        if (!user.isEmpty()) {
            text += QString::fromLatin1(QUrl::toPercentEncoding(user));
            if (withPassword && !password.isEmpty())
                text += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
            text += QLatin1Char('@');
        }
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        if (port > 0)
            text += QLatin1Char(':') + QString::number(port);
        if (!database.isEmpty())
            text += QLatin1Char('/') + database;
    }
    for (qsizetype i = 0; i < query.size(); ++i) {
        text += QLatin1Char(i == 0 ? '?' : '&');
        text += QString::fromLatin1(QUrl::toPercentEncoding(query[i].first)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(query[i].second));
    }
    return text;
}

} // namespace retort::gui
