#include "store/sql_p.h"

#include "store/workspace.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMutex>

namespace plens::store {

namespace {
QMutex g_readOnlyMutex;
QHash<QString, QString> g_readOnly; // workspace file -> why it is open read-only
} // namespace

void setReadOnlyReason(const QString &file, const QString &reason)
{
    const QMutexLocker locker(&g_readOnlyMutex);
    if (reason.isEmpty())
        g_readOnly.remove(file);
    else
        g_readOnly.insert(file, reason);
}

Error sqlError(const QString &file, const QSqlError &e)
{
    const QString detail = e.text().trimmed();
    // PostgreSQL: the SQLSTATE tells what happened.
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return Error {file,
                      Workspace::tr("your role in this team workspace does not allow this change (readers only "
                                    "read; editors change their own notes and figures); nothing was changed"),
                      Error::Kind::Denied};
    if (isConnectionLost(e))
        return Error {file, Workspace::tr("the team workspace's server cannot be reached (%1)").arg(detail),
                      Error::Kind::Offline};
    if (detail.contains(QLatin1String("database is locked"), Qt::CaseInsensitive))
        return Error {file, Workspace::tr("the workspace is busy (another program is writing to it)")};
    if (detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("read-only"), Qt::CaseInsensitive)) {
        const QMutexLocker locker(&g_readOnlyMutex);
        if (const QString reason = g_readOnly.value(file); !reason.isEmpty())
            return Error {file, Workspace::tr("not saved: %1").arg(reason)};
        return Error {file, Workspace::tr("the workspace cannot be written (read-only file or folder)")};
    }
    if (detail.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
        return Error {file,
                      Workspace::tr("the workspace is damaged (%1); recover what is readable with "
                                    "File > Recover Workspace or policylens-cli recover")
                          .arg(detail)};
    if (detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return Error {file, Workspace::tr("the disk is full")};
    return Error {file, Workspace::tr("database error: %1").arg(detail)};
}

bool isConnectionLost(const QSqlError &e)
{
    const QString state = e.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return true;
    const QString text = e.text();
    for (const char *lost :
         {"server closed the connection", "no connection to the server", "could not connect", "could not receive data",
          "could not send data", "connection to server", "terminating connection", "Connection refused",
          "timeout expired", "SSL SYSCALL", "connection not open", "Unable to connect"}) {
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray encodeBoxes(const QList<CharBox> &boxes)
{
    if (boxes.isEmpty())
        return {};
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << quint32(boxes.size());
    for (const CharBox &b : boxes)
        out << qint16(b.page) << float(b.box.x()) << float(b.box.y()) << float(b.box.width()) << float(b.box.height());
    return qCompress(raw, 3);
}

QList<CharBox> decodeBoxes(const QByteArray &blob)
{
    QList<CharBox> boxes;
    if (blob.isEmpty())
        return boxes;
    const QByteArray raw = qUncompress(blob);
    QDataStream in(raw);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 n = 0;
    in >> n;
    if (qsizetype(n) * 18 > raw.size())
        return boxes; // damaged
    boxes.reserve(n);
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        qint16 page = 0;
        float x = 0, y = 0, w = 0, h = 0;
        in >> page >> x >> y >> w >> h;
        boxes.append(CharBox {page, QRectF(x, y, w, h)});
    }
    return boxes;
}

QByteArray encodeSizes(const QList<QSizeF> &sizes)
{
    if (sizes.isEmpty())
        return {};
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(sizes.size());
    for (const QSizeF &s : sizes)
        out << s.width() << s.height();
    return raw;
}

QList<QSizeF> decodeSizes(const QByteArray &blob)
{
    QList<QSizeF> sizes;
    if (blob.isEmpty())
        return sizes;
    QDataStream in(blob);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 n = 0;
    in >> n;
    if (qsizetype(n) * 16 > blob.size())
        return sizes;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        double w = 0, h = 0;
        in >> w >> h;
        sizes.append(QSizeF(w, h));
    }
    return sizes;
}

QByteArray encodePages(const QList<int> &pages)
{
    QStringList parts;
    for (int p : pages)
        parts << QString::number(p);
    return parts.join(u',').toLatin1();
}

QList<int> decodePages(const QByteArray &blob)
{
    QList<int> pages;
    for (const QByteArray &part : blob.split(',')) {
        bool ok = false;
        const int p = part.toInt(&ok);
        if (ok && p >= 0)
            pages.append(p);
    }
    return pages;
}

Query::Query(const QSqlDatabase &db, const QString &file, const QString &sql) : m_q(db), m_file(file)
{
    m_q.setForwardOnly(true);
    m_prepared = m_q.prepare(sql);
}

Status Query::exec()
{
    if (!m_prepared || !m_q.exec())
        return sqlError(m_file, m_q.lastError());
    return Ok {};
}

namespace {
// Open transactions per connection of this thread (connections are per thread).
thread_local QHash<QString, int> t_depth;
} // namespace

Transaction::Transaction(QSqlDatabase db, QString file) : m_db(std::move(db)), m_file(std::move(file))
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth > 0) {
        m_started = true; // joins the outer transaction
        ++depth;
        return;
    }
    m_started = m_db.transaction();
    if (!m_started) {
        m_error = m_db.lastError();
        return;
    }
    m_outer = true;
    ++depth;
}

Transaction::~Transaction()
{
    if (!m_started)
        return;
    --t_depth[m_db.connectionName()];
    if (m_outer && !m_done)
        m_db.rollback();
}

Status Transaction::status() const
{
    if (!m_started)
        return sqlError(m_file, m_error);
    return Ok {};
}

Status Transaction::commit()
{
    if (!m_started)
        return sqlError(m_file, m_error);
    if (!m_outer) {
        m_done = true;
        return Ok {};
    }
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        m_done = true;
        return sqlError(m_file, e);
    }
    m_done = true;
    return Ok {};
}

} // namespace plens::store
