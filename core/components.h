#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plens {

// A library PolicyLens is built on, for the About box and the package's licence notes.
struct Component
{
    QString name;
    QString version; // as the running program sees it (runtime version where the library has one)
    QString licence; // SPDX expression
    QString url;
};

// PolicyLens itself is GPL-3.0-or-later: Poppler is GPL-2.0-or-later, so the application as a whole
// must be GPL-compatible; Qt is used under LGPL-3.0, SQLite is public domain, libzip and libxlsxwriter
// are BSD-style.
inline constexpr const char *applicationLicence = "GPL-3.0-or-later";

QList<Component> thirdPartyComponents();

// Implemented next to the library that knows the answer (Poppler only in PDF code, SQL only in store).
QString popplerVersion();
QString sqliteVersion();
// The Qt SQL drivers that load here, plugin and libraries (QSQLITE for workspace files, QPSQL for team
// workspaces); the installed layout check and `policylens-cli paths` show them.
QStringList loadableSqlDrivers();

} // namespace plens
