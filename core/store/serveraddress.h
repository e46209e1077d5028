#pragma once

#include "model/result.h"

#include <QString>

namespace plens {

// Where a team workspace lives: a PostgreSQL database. Written as a URL the way libpq reads it,
// postgresql://user[:password]@host[:port]/database[?sslmode=...], or with a Unix socket folder as
// postgresql://user@/database?host=/run/postgresql. TLS is required unless the URL or the dialog says
// otherwise (sslmode=require: the connection is encrypted; verify-full also checks the server's
// certificate). A password that is not given is asked for, or libpq finds it (PGPASSWORD, pgpass).
struct ServerAddress
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode = QStringLiteral("require");
    int connectTimeout = 8; // seconds

    [[nodiscard]] static bool isUrl(const QString &text);
    [[nodiscard]] static Result<ServerAddress> fromUrl(const QString &url);
    // The URL without the password (for titles, recent lists, messages).
    [[nodiscard]] QString toUrl() const;
    // Options for the QPSQL driver (libpq's connection keywords).
    [[nodiscard]] QString connectOptions() const;

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

} // namespace plens
