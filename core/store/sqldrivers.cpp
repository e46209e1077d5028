// The SQL part of components.h: which Qt SQL drivers this installation can load (SQL lives only in
// core/store).
#include "components.h"

#include <QSqlDatabase>
#include <QUuid>

namespace plens {

QStringList loadableSqlDrivers()
{
    QStringList loadable;
    const QStringList names = QSqlDatabase::drivers();
    for (const QString &driver : names) {
        const QString name = QStringLiteral("plens-driver-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            // A connection is valid only when the plugin and the libraries it needs (libpq for QPSQL,
            // sqlite3 for QSQLITE in vcpkg's Qt) loaded; nothing is opened.
            const QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            if (db.isValid())
                loadable << driver;
        }
        QSqlDatabase::removeDatabase(name);
    }
    loadable.sort();
    return loadable;
}

} // namespace plens
