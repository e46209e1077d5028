#include "store/workspace.h"

#include "store/dialect.h"
#include "store/outbox.h"
#include "store/sql_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <QUuid>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// Writable by this process and not marked read-only (permission bits, or the read-only attribute on
// Windows, which Qt reports as bits): an administrator's account may write a file the user meant to
// protect, so the marking counts too.
bool writable(const QFileInfo &info)
{
    // The owner/group/other bits, not WriteUser: that one says what this account may do, and an
    // administrator may write anything.
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.isEmpty() || head.startsWith("SQLite format 3");
}

} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    m_author = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
}

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
    return Dialect::schemaVersion();
}

bool Workspace::isServer() const
{
    return m_backend == int(Backend::PostgreSQL);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    if (ServerAddress::isUrl(path)) {
        auto address = ServerAddress::fromUrl(path);
        if (!address)
            return address.error();
        return open(*address);
    }
    return openFile(path);
}

Result<std::unique_ptr<Workspace>> Workspace::openFile(const QString &path)
{
    const int kSchemaVersion = Dialect::schemaVersion();
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error {path, tr("is a folder, not a workspace file")};
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Error {path, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (exists && !looksLikeSqlite(file))
        return Error {path, tr("not a PolicyLens workspace (the file is not a database)")};
    // SQLite needs to write the file and, for its journal, the folder: refuse early and clearly.
    if (exists && !writable(info))
        return Error {path, tr("the workspace file is read-only")};
    if (!writable(QFileInfo(info.absolutePath())))
        return Error {path, tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(info.absolutePath()))};

    // One PolicyLens at a time per workspace: a lock file beside it (stale locks of dead processes
    // are taken over).
    auto lock = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError)
            return Error {path,
                          tr("the workspace is open in another PolicyLens (process %1 on %2)").arg(pid).arg(host)};
        return Error {path, tr("cannot create the lock file beside the workspace")};
    }

    const QString name = QStringLiteral("plens-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(file);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<Workspace> ws(new Workspace(file, name));
    ws->m_lock = std::move(lock);
    auto d = db(name);
    if (!d.open())
        return sqlError(path, d.lastError());
    QSqlQuery q(d);
    const auto read = Dialect(Backend::SQLite).version(d, path);
    if (!read)
        return Error {path, tr("not a PolicyLens workspace (unreadable database)")};
    const int version = *read;
    if (version > kSchemaVersion)
        return Error {
            path,
            tr("made by a newer PolicyLens (schema %1, this version reads up to %2)").arg(version).arg(kSchemaVersion)};
    if (version == 0) {
        // A database PolicyLens did not make must not be taken over.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error {path, tr("not a PolicyLens workspace (unreadable database)")};
        if (q.value(0).toInt() > 0)
            return Error {path, tr("not a PolicyLens workspace (a database of another program)")};
    }
    if (version > 0 && version < kSchemaVersion) {
        // A copy of the file as it was, before anything (even the journal mode) changes.
        const QString backup = file + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        if (!QFile::copy(file, backup))
            return Error {path,
                          tr("cannot make a backup copy before upgrading the workspace (%1)")
                              .arg(QDir::toNativeSeparators(backup))};
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return sqlError(path, q.lastError());
    if (version < kSchemaVersion) {
        if (auto st = ws->migrate(version); !st)
            return st.error();
    }
    return ws;
}

Status Workspace::migrate(int from)
{
    auto d = db(m_connectionName);
    const Dialect dialect {Backend(m_backend)};
    // open() made the backup copy (workspace.plens.v1.bak) before anything changed.
    for (int v = from; v < Dialect::schemaVersion(); ++v) {
        // Each step in its own transaction, so an interrupted upgrade leaves a consistent older version.
        Transaction t(d, m_path);
        if (auto st = t.status(); !st)
            return st;
        if (auto st = Dialect::runScript(d, m_path, dialect.step(v)); !st)
            return st;
        if (auto st = dialect.setVersion(d, m_path, v + 1); !st)
            return st;
        if (auto st = t.commit(); !st)
            return st;
    }
    return Ok {};
}

QString Workspace::check() const
{
    QSqlQuery q(db(m_connectionName));
    QStringList problems;
    if (isServer()) {
        // The server keeps its pages and foreign keys itself; check what a crash could leave behind
        // if it did not: rows whose parent is missing.
        const char *const orphans[]
            = {"SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = "
               "c.document_id)",
               "SELECT count(*) FROM annotations a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = "
               "a.document_id)",
               "SELECT count(*) FROM links l WHERE NOT EXISTS (SELECT 1 FROM commitments c WHERE c.id = l.from_id)"
               " OR NOT EXISTS (SELECT 1 FROM commitments c WHERE c.id = l.to_id)"};
        for (const char *sql : orphans) {
            if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                problems << q.lastError().text();
            else if (q.value(0).toLongLong() > 0)
                problems << tr("%n row(s) without their parent", nullptr, q.value(0).toInt());
        }
        return problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n');
    }
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != QLatin1String("ok"))
                problems << row;
        }
    } else {
        problems << q.lastError().text();
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
        problems << tr("broken references in table %1").arg(q.value(0).toString());
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n');
}

namespace {

// What the server said when it could not be opened, in the user's words.
Error serverOpenError(const ServerAddress &a, const QSqlError &e)
{
    const QString where = a.toUrl();
    const QString detail = e.text().trimmed();
    if (detail.contains(QLatin1String("password authentication failed"))
        || detail.contains(QLatin1String("no password supplied")) || detail.contains(QLatin1String("fe_sendauth")))
        return Error {where, Workspace::tr("the server refused the user name or password")};
    if (detail.contains(QLatin1String("does not exist")) && detail.contains(QLatin1String("database")))
        return Error {where, Workspace::tr("the server has no database %1").arg(a.database)};
    if (detail.contains(QLatin1String("does not support SSL")) || detail.contains(QLatin1String("SSL off")))
        return Error {where,
                      Workspace::tr("the server offers no encrypted connection (TLS): ask IT to turn TLS on, or "
                                    "choose \"no encryption\" on a trusted network")};
    if (detail.contains(QLatin1String("permission denied")) || detail.contains(QLatin1String("pg_hba.conf")))
        return Error {where, Workspace::tr("the server does not let %1 into this team workspace").arg(a.user)};
    return Error {
        where,
        Workspace::tr("cannot reach the team workspace's server at %1:%2 (%3)").arg(a.host).arg(a.port).arg(detail),
        Error::Kind::Offline};
}

QString itemTable(Workspace::Item item)
{
    switch (item) {
    case Workspace::Item::Document:
        return QStringLiteral("documents");
    case Workspace::Item::Commitment:
        return QStringLiteral("commitments");
    case Workspace::Item::Annotation:
        return QStringLiteral("annotations");
    case Workspace::Item::Tag:
        return QStringLiteral("tags");
    case Workspace::Item::Indicator:
        return QStringLiteral("indicators");
    case Workspace::Item::Link:
        break;
    }
    return QStringLiteral("links");
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("?");
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const ServerAddress &address)
{
    const QString where = address.toUrl();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {where, tr("this PolicyLens has no PostgreSQL driver (Qt's QPSQL plugin and libpq)")};
    const QString name = QStringLiteral("plens-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(address.host);
        d.setPort(address.port);
        d.setDatabaseName(address.database);
        d.setUserName(address.user);
        d.setPassword(address.password);
        d.setConnectOptions(address.connectOptions());
    }
    std::unique_ptr<Workspace> ws(new Workspace(where, name));
    ws->m_backend = int(Backend::PostgreSQL);
    auto d = db(name);
    if (!d.open())
        return serverOpenError(address, d.lastError());
    const Dialect dialect(Backend::PostgreSQL);
    const auto version = dialect.version(d, where);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error {where,
                      tr("this database is not a PolicyLens team workspace (IT sets one up with "
                         "packaging/server/setup-team-workspace.sh)")};
    if (*version > Dialect::schemaVersion())
        return Error {where,
                      tr("made by a newer PolicyLens (schema %1, this version reads up to %2)")
                          .arg(*version)
                          .arg(Dialect::schemaVersion())};
    if (*version < Dialect::schemaVersion())
        return Error {where,
                      tr("the team workspace has an older schema (%1); IT upgrades it with "
                         "policylens-cli server upgrade (it makes a backup first)")
                          .arg(*version)};
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT current_user, (SELECT value FROM plens_meta WHERE key = 'role_prefix')"))
        || !q.next())
        return sqlError(where, q.lastError());
    ws->m_author = q.value(0).toString();
    const QString prefix = q.value(1).toString();
    Query roles(d, where,
                QStringLiteral("SELECT pg_has_role(current_user, ?, 'USAGE'), pg_has_role(current_user, ?, 'USAGE'),"
                               " pg_has_role(current_user, ?, 'USAGE')"));
    if (auto st
        = roles.exec({Dialect::roleName(prefix, WorkspaceRole::Owner), Dialect::roleName(prefix, WorkspaceRole::Editor),
                      Dialect::roleName(prefix, WorkspaceRole::Reader)});
        !st)
        return st.error();
    if (!roles.next())
        return Error {where, tr("cannot read your rights in this team workspace")};
    if (roles.value(0).toBool())
        ws->m_role = WorkspaceRole::Owner;
    else if (roles.value(1).toBool())
        ws->m_role = WorkspaceRole::Editor;
    else if (roles.value(2).toBool())
        ws->m_role = WorkspaceRole::Reader;
    else
        return Error {where, tr("%1 has no rights in this team workspace (ask its owner)").arg(ws->m_author),
                      Error::Kind::Denied};

    // Other clients' changes: the triggers notify "table:document".
    QSqlDriver *driver = d.driver();
    driver->subscribeToNotification(QStringLiteral("plens_changes"));
    Workspace *self = ws.get();
    connect(driver, &QSqlDriver::notification, self,
            [self](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                self->onNotification(channel, payload, source == QSqlDriver::SelfSource);
            });
    ws->m_outbox = std::make_unique<Outbox>(where);
    ws->m_retry = new QTimer(self);
    ws->m_retry->setInterval(3000);
    connect(ws->m_retry, &QTimer::timeout, self, [self] { self->reconnect(); });
    if (ws->m_outbox->count() > 0)
        ws->sendOutbox();
    return ws;
}

void Workspace::onNotification(const QString &channel, const QVariant &payload, bool own)
{
    if (own || channel != QLatin1String("plens_changes"))
        return;
    const QString text = payload.toString();
    const QString table = text.section(u':', 0, 0);
    const qint64 doc = text.section(u':', 1, 1).toLongLong();
    if (table == QLatin1String("documents")) {
        emit documentsChanged();
    } else if (table == QLatin1String("commitments")) {
        emit commitmentsChanged(doc);
        emit documentsChanged(); // the library counts figures
    } else if (table == QLatin1String("annotations")) {
        emit annotationsChanged(doc);
        emit documentsChanged();
    } else if (table == QLatin1String("annotation_tags")) {
        emit annotationsChanged(0);
    } else if (table == QLatin1String("commitment_tags") || table == QLatin1String("tags")) {
        emit tagsChanged();
    } else if (table == QLatin1String("indicators")) {
        emit indicatorsChanged();
        emit commitmentsChanged(0);
    } else if (table == QLatin1String("links")) {
        emit linksChanged();
    }
}

Result<RowStamp> Workspace::stamp(Item item, qint64 id) const
{
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT version, changed_by, changed_at FROM %1 WHERE id = ?").arg(itemTable(item)));
    if (auto st = q.exec({id}); !st)
        return st.error();
    if (!q.next())
        return Error {m_path, tr("no item with id %1").arg(id)};
    return RowStamp {q.value(0).toLongLong(), q.value(1).toString(), timestampFrom(q.value(2))};
}

void Workspace::emitChanged(Item item, qint64 documentId)
{
    switch (item) {
    case Item::Document:
        emit documentsChanged();
        break;
    case Item::Commitment:
        emit commitmentsChanged(documentId);
        break;
    case Item::Annotation:
        emit annotationsChanged(documentId);
        break;
    case Item::Tag:
        emit tagsChanged();
        break;
    case Item::Indicator:
        emit indicatorsChanged();
        break;
    case Item::Link:
        emit linksChanged();
        break;
    }
}

Error Workspace::notChanged(Item item, qint64 id, qint64 expectedVersion, const QString &missing)
{
    const auto now = stamp(item, id);
    if (!now) {
        if (now.error().kind == Error::Kind::Offline)
            return now.error();
        if (isServer()) {
            Query q(db(m_connectionName), m_path,
                    QStringLiteral("SELECT deleted_by, deleted_at FROM plens_deleted WHERE tbl = ? AND row_id = ?"));
            if (q.exec({itemTable(item), id}) && q.next()) {
                emitChanged(item, 0);
                return Error {m_path,
                              tr("%1 removed it at %2; your change was not written")
                                  .arg(q.value(0).toString(), when(timestampFrom(q.value(1)))),
                              Error::Kind::Stale};
            }
        }
        return Error {m_path, missing};
    }
    if (expectedVersion > 0 && now->version != expectedVersion) {
        emitChanged(item, 0); // the window reloads the item
        return Error {m_path,
                      tr("%1 changed it at %2 since you opened it; your change was not written and the item has "
                         "been reloaded")
                          .arg(now->changedBy.isEmpty() ? tr("someone") : now->changedBy, when(now->changedAt)),
                      Error::Kind::Stale};
    }
    if (isServer()) {
        // The row is there and unchanged, yet the server changed nothing: row-level security hid it
        // from this user's change (an editor changes only their own annotations and hand-made figures).
        return Error {m_path,
                      tr("this item is %1's; your role lets you change only your own (nothing was changed)")
                          .arg(now->changedBy.isEmpty() ? tr("someone else") : now->changedBy),
                      Error::Kind::Denied};
    }
    return Error {m_path, missing};
}

Status Workspace::keepStamps()
{
    if (!isServer())
        return Ok {};
    QSqlQuery q(db(m_connectionName));
    if (!q.exec(QStringLiteral("SET LOCAL plens.restore = 'on'")))
        return sqlError(m_path, q.lastError());
    return Ok {};
}

Error Workspace::failed(const Error &error, const QString &op, const QJsonObject &args)
{
    if (error.kind != Error::Kind::Offline || !isServer())
        return error;
    goOffline();
    if (op.isEmpty() || !m_outbox || m_replaying)
        return Error {m_path, tr("the team workspace's server cannot be reached; this change was not saved"),
                      Error::Kind::Offline};
    if (auto st = m_outbox->append(op, args); !st)
        return st.error();
    emit outboxChanged(m_outbox->count());
    return Error {m_path,
                  tr("the team workspace's server cannot be reached; your change is kept in the outbox and will be "
                     "sent when the connection is back"),
                  Error::Kind::Offline};
}

std::optional<Error> Workspace::offline(const QString &op, const QJsonObject &args)
{
    if (m_online || !isServer())
        return std::nullopt;
    return failed(Error {m_path, QString(), Error::Kind::Offline}, op, args);
}

void Workspace::goOffline()
{
    if (!isServer())
        return;
    if (m_online) {
        m_online = false;
        emit connectionChanged(false);
    }
    if (m_retry && !m_retry->isActive())
        m_retry->start();
}

int Workspace::pendingEdits() const
{
    return m_outbox ? m_outbox->count() : 0;
}

bool Workspace::reconnect()
{
    if (!isServer())
        return true;
    auto d = db(m_connectionName);
    d.close();
    if (!d.open())
        return false;
    d.driver()->subscribeToNotification(QStringLiteral("plens_changes"));
    m_online = true;
    if (m_retry)
        m_retry->stop();
    emit connectionChanged(true);
    sendOutbox();
    // Other clients' changes made while this one was away were not heard: everything reloads.
    emit documentsChanged();
    emit commitmentsChanged(0);
    emit annotationsChanged(0);
    emit tagsChanged();
    emit indicatorsChanged();
    emit linksChanged();
    return m_online;
}

} // namespace plens
