#pragma once
// Internal helpers of core/store: errors, transactions, binding and blob codecs.

#include "model/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace plens::store {

// The error as the user reads it, with its kind: Denied (a team workspace's rights), Offline (the
// server cannot be reached), else General.
Error sqlError(const QString &file, const QSqlError &e);
// The connection to the server is gone (refused, closed, timed out, the server shutting down).
bool isConnectionLost(const QSqlError &e);

// Why the workspace `file` is open read-only (empty: it is not), for the error of a refused write.
void setReadOnlyReason(const QString &file, const QString &reason);

// The SQLite URI that opens `file` for reading only (`immutable`: as it is, ignoring a WAL beside it).
QString readOnlyUri(const QString &file, bool immutable);

// SQLite binds a null QString as NULL; text columns are NOT NULL, so bind "" instead.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant colour(const QColor &c)
{
    return c.isValid() ? QVariant(c.name(QColor::HexArgb)) : QVariant(QStringLiteral(""));
}

inline QColor colourFrom(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QColor() : QColor::fromString(s);
}

inline QVariant timestamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime timestampFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Character boxes and page sizes as compact blobs (little-endian floats, compressed).
QByteArray encodeBoxes(const QList<CharBox> &boxes);
QList<CharBox> decodeBoxes(const QByteArray &blob);
QByteArray encodeSizes(const QList<QSizeF> &sizes);
QList<QSizeF> decodeSizes(const QByteArray &blob);
QByteArray encodePages(const QList<int> &pages); // "0,3,4"
QList<int> decodePages(const QByteArray &blob);

// A prepared query that reports its error with the workspace's file name.
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &file, const QString &sql);
    Query &bind(const QVariant &v)
    {
        m_q.addBindValue(v);
        return *this;
    }
    [[nodiscard]] Status exec();
    // Runs the statement with these parameters (instead of bind() calls).
    [[nodiscard]] Status exec(const QVariantList &binds)
    {
        for (const QVariant &v : binds)
            m_q.addBindValue(v);
        return exec();
    }
    [[nodiscard]] bool next() { return m_q.next(); }
    // The id an INSERT ... RETURNING id gave back (0: none); the statement is finished, as SQLite
    // cannot commit while one is still being read.
    [[nodiscard]] qint64 returnedId()
    {
        const qint64 id = m_q.next() ? m_q.value(0).toLongLong() : 0;
        m_q.finish();
        return id;
    }
    void finish() { m_q.finish(); }
    [[nodiscard]] QVariant value(int i) const { return m_q.value(i); }
    [[nodiscard]] qint64 lastId() const { return m_q.lastInsertId().toLongLong(); }
    [[nodiscard]] int affected() const { return m_q.numRowsAffected(); }
    QSqlQuery &raw() { return m_q; }

private:
    QSqlQuery m_q;
    QString m_file;
    bool m_prepared = false;
};

// RAII transaction: rolls back unless commit() succeeded. An inner Transaction on a connection that is
// already in one joins it (its commit() does nothing; the outer one decides).
class Transaction
{
public:
    Transaction(QSqlDatabase db, QString file);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] Status status() const; // the error of begin, if any
    [[nodiscard]] Status commit();

private:
    QSqlDatabase m_db;
    QString m_file;
    bool m_started = false;
    bool m_done = false;
    bool m_outer = false;
    QSqlError m_error;
};

} // namespace plens::store
