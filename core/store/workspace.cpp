#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace plens {

namespace {
constexpr int kSchemaVersion = 1;

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// SQLite binds a null QString as NULL; text columns are NOT NULL, so bind "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error sqlError(const QString &file, const QSqlError &e)
{
    return Error {file, Workspace::tr("database error: %1").arg(e.text())};
}
} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

Workspace::~Workspace()
{
    {
        auto d = db(m_connectionName);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Workspace::schemaVersion()
{
    return kSchemaVersion;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {path, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()))};

    const QString name = QStringLiteral("plens-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(info.absoluteFilePath());
    }
    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), name));
    auto d = db(name);
    if (!d.open())
        return sqlError(path, d.lastError());
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(path, q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error {path, tr("not a PolicyLens workspace (unreadable database)")};
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Error {
            path,
            tr("made by a newer PolicyLens (schema %1, this version reads up to %2)").arg(version).arg(kSchemaVersion)};
    if (version == 0) {
        if (auto st = ws->createSchema(); !st)
            return st.error();
    }
    return ws;
}

Status Workspace::createSchema()
{
    auto d = db(m_connectionName);
    if (!d.transaction())
        return sqlError(m_path, d.lastError());
    QSqlQuery q(d);
    const bool ok = q.exec(QStringLiteral("CREATE TABLE documents ("
                                          " id INTEGER PRIMARY KEY,"
                                          " file_name TEXT NOT NULL,"
                                          " format INTEGER NOT NULL,"
                                          " title TEXT NOT NULL DEFAULT '',"
                                          " issuer TEXT NOT NULL DEFAULT '',"
                                          " doc_number TEXT NOT NULL DEFAULT '',"
                                          " issued TEXT,"
                                          " region TEXT NOT NULL DEFAULT '',"
                                          " doc_type TEXT NOT NULL DEFAULT '',"
                                          " display_text TEXT NOT NULL,"
                                          " original_bytes BLOB,"
                                          " content_hash BLOB,"
                                          " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))"))
        && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!ok) {
        const auto err = q.lastError();
        d.rollback();
        return sqlError(m_path, err);
    }
    if (!d.commit())
        return sqlError(m_path, d.lastError());
    return Ok {};
}

Result<qint64> Workspace::addDocument(const Document &doc)
{
    QSqlQuery q(db(m_connectionName));
    q.prepare(
        QStringLiteral("INSERT INTO documents (file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                       " display_text, original_bytes, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(text(doc.fileName));
    q.addBindValue(static_cast<int>(doc.format));
    q.addBindValue(text(doc.meta.title));
    q.addBindValue(text(doc.meta.issuer));
    q.addBindValue(text(doc.meta.docNumber));
    q.addBindValue(doc.meta.date.isValid() ? QVariant(doc.meta.date.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(text(doc.meta.region));
    q.addBindValue(text(doc.meta.docType));
    q.addBindValue(text(doc.displayText));
    q.addBindValue(doc.originalBytes);
    q.addBindValue(doc.contentHash);
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    return q.lastInsertId().toLongLong();
}

QList<DocumentSummary> Workspace::documents() const
{
    QList<DocumentSummary> out;
    QSqlQuery q(db(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, file_name, format, title, issuer, doc_number, issued, region, doc_type"
                               " FROM documents ORDER BY id")))
        return out;
    while (q.next()) {
        DocumentSummary s;
        s.id = q.value(0).toLongLong();
        s.fileName = q.value(1).toString();
        s.format = static_cast<SourceFormat>(q.value(2).toInt());
        s.meta.title = q.value(3).toString();
        s.meta.issuer = q.value(4).toString();
        s.meta.docNumber = q.value(5).toString();
        s.meta.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        s.meta.region = q.value(7).toString();
        s.meta.docType = q.value(8).toString();
        out.append(s);
    }
    return out;
}

Result<Document> Workspace::document(qint64 id) const
{
    QSqlQuery q(db(m_connectionName));
    q.prepare(QStringLiteral("SELECT file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                             " display_text, original_bytes, content_hash FROM documents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (!q.next())
        return Error {m_path, tr("no document with id %1").arg(id)};
    Document d;
    d.id = id;
    d.fileName = q.value(0).toString();
    d.format = static_cast<SourceFormat>(q.value(1).toInt());
    d.meta.title = q.value(2).toString();
    d.meta.issuer = q.value(3).toString();
    d.meta.docNumber = q.value(4).toString();
    d.meta.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.meta.region = q.value(6).toString();
    d.meta.docType = q.value(7).toString();
    d.displayText = q.value(8).toString();
    d.originalBytes = q.value(9).toByteArray();
    d.contentHash = q.value(10).toByteArray();
    return d;
}

} // namespace plens
