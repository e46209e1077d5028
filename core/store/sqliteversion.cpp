// The SQLite part of components.h (SQL lives only in core/store).
#include "components.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace plens {

QString sqliteVersion()
{
    const QString name = QStringLiteral("plens-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace plens
