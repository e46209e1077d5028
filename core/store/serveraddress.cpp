#include "store/serveraddress.h"

#include "store/workspace.h"

#include <QUrl>
#include <QUrlQuery>

namespace plens {

bool ServerAddress::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isUrl(text) || !url.isValid())
        return Error {text, Workspace::tr("not a team workspace address (postgresql://user@host/database)")};
    ServerAddress a;
    if (!url.host().isEmpty())
        a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        a.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        a.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (query.hasQueryItem(QStringLiteral("user")))
        a.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("password")))
        a.password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        a.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (query.hasQueryItem(QStringLiteral("connect_timeout")))
        a.connectTimeout = query.queryItemValue(QStringLiteral("connect_timeout")).toInt();
    static const QStringList modes {QStringLiteral("disable"),   QStringLiteral("allow"),
                                    QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(a.sslMode))
        return Error {text, Workspace::tr("unknown sslmode %1 (use require, verify-full or disable)").arg(a.sslMode)};
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return Error {text, Workspace::tr("the address names no database (postgresql://user@host/database)")};
    if (a.port <= 0 || a.port > 65535)
        return Error {text, Workspace::tr("the port must be a number from 1 to 65535")};
    return a;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    if (sslMode != QLatin1String("require"))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    return QStringLiteral("sslmode=%1;connect_timeout=%2;application_name=PolicyLens").arg(sslMode).arg(connectTimeout);
}

} // namespace plens
