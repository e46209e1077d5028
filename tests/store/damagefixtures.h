#pragma once
// Damaging a workspace file on purpose (tests of damaged workspaces and their recovery): SQL run on the
// file directly, and pages overwritten with seeded random bytes.

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

namespace plens::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on a file directly (bypassing PolicyLens) and returns the first column of the last statement.
inline QVariant rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-damage");
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s))
                    qWarning() << "raw SQL failed:" << s << q.lastError().text();
                else if (q.next())
                    last = q.value(0);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

// Overwrites `bytes` bytes of page `page` (1-based) with seeded random bytes.
inline void damagePage(const QString &path, int page, int bytes = 4096, quint32 seed = 19)
{
    const int pageSize = rawSql(path, {QStringLiteral("PRAGMA page_size")}).toInt();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(page - 1) * pageSize));
    QRandomGenerator rng(seed);
    QByteArray junk(bytes, '\0');
    for (char &c : junk)
        c = char(rng.bounded(256));
    QCOMPARE(f.write(junk), qint64(bytes));
}

// The root page (1-based) of a table's b-tree.
inline int rootPage(const QString &path, const QString &table)
{
    return rawSql(path, {QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)}).toInt();
}

} // namespace plens::test
