#include "store/workspace.h"

#include "store/dialect.h"
#include "store/outbox.h"
#include "store/sql_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace plens {

using namespace store;

namespace {

// Errors reported at most by the check on opening (PRAGMA quick_check(N) stops after N).
constexpr int kQuickCheckErrors = 20;

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// Writable by this process and not marked read-only (permission bits, or the read-only attribute on
// Windows, which Qt reports as bits): an administrator's account may write a file the user meant to
// protect, so the marking counts too.
bool fileWritable(const QFileInfo &info)
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

QString store::readOnlyUri(const QString &file, bool immutable)
{
    // Read-only through a URI. Without a write-ahead log beside it the file is read as it is
    // (immutable: SQLite then creates no -shm or -wal beside it, which a read-only share could not
    // hold anyway); with one, SQLite reads the log too, which needs its shared-memory index.
    const QFileInfo wal(file + QStringLiteral("-wal"));
    const bool asIs = immutable || !wal.exists() || wal.size() == 0;
    return QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded)
        + (asIs ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro"));
}

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
    if (!isServer())
        setReadOnlyReason(m_path, {});
}

int Workspace::schemaVersion()
{
    return Dialect::schemaVersion();
}

bool Workspace::isServer() const
{
    return m_backend == int(Backend::PostgreSQL);
}

Status Workspace::writable() const
{
    if (isReadOnly())
        return Error {m_path, m_readOnlyReason};
    return Ok {};
}

namespace {

// How many steps the file really holds, from the marks each step leaves; -1 when a step is there only
// in part or a later step without an earlier one (another program changed the tables).
int stepsPresent(const QSqlDatabase &d)
{
    QSet<QString> have;
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")))
        return -1;
    while (q.next())
        have.insert(q.value(0).toString());
    // Columns of the tables that steps alter.
    QSet<QString> altered;
    for (int step = 0; step < Dialect::schemaVersion(); ++step) {
        for (const QString &n : Dialect::stepMarks(step)) {
            if (n.contains(u'.'))
                altered.insert(n.section(u'.', 0, 0));
        }
    }
    for (const QString &table : std::as_const(altered)) {
        if (!have.contains(table))
            continue;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return -1;
        while (q.next())
            have.insert(table + u'.' + q.value(1).toString());
    }
    int present = 0;
    bool gap = false;
    for (int step = 0; step < Dialect::schemaVersion(); ++step) {
        const QStringList names = Dialect::stepMarks(step);
        const auto found
            = std::count_if(names.cbegin(), names.cend(), [&](const QString &n) { return have.contains(n); });
        if (found == names.size()) {
            if (gap)
                return -1;
            ++present;
        } else if (found > 0) {
            return -1;
        } else {
            gap = true;
        }
    }
    return present;
}

// PRAGMA quick_check, bounded: the problems found (none when the file is sound).
QStringList quickCheck(const QSqlDatabase &d)
{
    QStringList problems;
    QSqlQuery q(d);
    if (q.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(kQuickCheckErrors))) {
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != QLatin1String("ok"))
                problems << row;
        }
    } else {
        problems << q.lastError().text().trimmed();
    }
    return problems;
}

bool isDamageError(const QString &text)
{
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

// Less free space than this on the workspace's volume counts as a full disk (SQLite needs room for its
// journal and a page or two before anything can be written).
constexpr qint64 kFullDiskBytes = 256 * 1024;

bool diskFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < kFullDiskBytes;
}

// A lock file with no owner written into it: another PolicyLens is between creating and filling it
// (wait a moment), or died there long ago (then it is taken over).
constexpr int kUnreadableLockGraceMs = 10000;

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Access access)
{
    if (ServerAddress::isUrl(path)) {
        auto address = ServerAddress::fromUrl(path);
        if (!address)
            return address.error();
        return open(*address);
    }
    return openFile(path, access);
}

Result<std::unique_ptr<Workspace>> Workspace::openFile(const QString &path, Access access)
{
    const int kSchemaVersion = Dialect::schemaVersion();
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error {path, tr("is a folder, not a workspace file")};
    if (!exists && access == Access::ReadOnly)
        return Error {path, tr("no such workspace")};
    if (!exists && !QDir().mkpath(folder))
        return Error {path, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder))};
    if (exists && !looksLikeSqlite(file))
        return Error {path, tr("not a PolicyLens workspace (the file is not a database)")};

    // What cannot be written is opened read-only; a new workspace needs a writable folder with room.
    QString readOnly;
    if (access == Access::ReadOnly)
        readOnly = tr("the workspace is open for reading only");
    else if (exists && !fileWritable(info))
        readOnly = tr("the workspace file is read-only; it is open for reading only");
    else if (!fileWritable(QFileInfo(folder)))
        readOnly = tr("the folder %1 is read-only; the workspace is open for reading only")
                       .arg(QDir::toNativeSeparators(folder));
    if (!exists && !readOnly.isEmpty())
        return Error {path, tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(folder))};
    if (readOnly.isEmpty() && diskFull(folder)) {
        if (!exists)
            return Error {
                path, tr("the disk is full: no room for a new workspace in %1").arg(QDir::toNativeSeparators(folder))};
        readOnly = tr("the disk is full; the workspace is open for reading only until space is freed");
    }

    // One PolicyLens at a time writes a workspace: a lock file beside it (locks of dead processes are
    // taken over). Readers take no lock.
    std::unique_ptr<QLockFile> lock;
    if (readOnly.isEmpty()) {
        lock = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        bool locked = lock->tryLock(0);
        qint64 pid = 0;
        QString host, app;
        // The other process may be between creating its lock file and writing its name into it, or
        // releasing it: look again for a moment before naming it.
        for (int i = 0; !locked && lock->error() == QLockFile::LockFailedError && i < 10; ++i) {
            if (lock->getLockInfo(&pid, &host, &app) && pid > 0)
                break;
            locked = lock->tryLock(50);
        }
        if (!locked && lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
            const QFileInfo lockInfo(file + QStringLiteral(".lock"));
            if (lockInfo.lastModified().msecsTo(QDateTime::currentDateTime()) > kUnreadableLockGraceMs
                && lock->removeStaleLockFile())
                locked = lock->tryLock(0);
        }
        if (!locked) {
            if (lock->error() == QLockFile::LockFailedError) {
                if (pid > 0 && !host.isEmpty())
                    return Error {
                        path, tr("the workspace is open in another PolicyLens (process %1 on %2)").arg(pid).arg(host)};
                return Error {path, tr("the workspace is open in another PolicyLens")};
            }
            if (diskFull(folder)) {
                if (!exists)
                    return Error {path,
                                  tr("the disk is full: no room for a new workspace in %1")
                                      .arg(QDir::toNativeSeparators(folder))};
                readOnly = tr("the disk is full; the workspace is open for reading only until space is freed");
            } else if (lock->error() == QLockFile::PermissionError) {
                if (!exists)
                    return Error {path, tr("the folder %1 cannot be written").arg(QDir::toNativeSeparators(folder))};
                readOnly = tr("the folder %1 cannot be written; the workspace is open for reading only")
                               .arg(QDir::toNativeSeparators(folder));
            } else {
                return Error {path,
                              tr("cannot create the lock file %1 beside the workspace")
                                  .arg(QDir::toNativeSeparators(file + QStringLiteral(".lock")))};
            }
            lock.reset();
        }
    }

    const QString name = QStringLiteral("plens-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Workspace> ws(new Workspace(file, name));
    ws->m_lock = std::move(lock);
    if (auto st = ws->openConnection(readOnly.isEmpty() ? Connection::ReadWrite : Connection::ReadOnly); !st)
        return st.error();
    int version = 0;
    int present = 0;
    {
        QSqlQuery q(db(name));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            if (isDamageError(q.lastError().text()))
                return Error {path,
                              tr("the workspace is damaged (%1); recover what is readable with "
                                 "File > Recover Workspace or policylens-cli recover")
                                  .arg(q.lastError().text().trimmed())};
            return Error {path, tr("not a PolicyLens workspace (unreadable database)")};
        }
        version = q.value(0).toInt();
        if (version < 0)
            return Error {path,
                          tr("not a PolicyLens workspace (unknown schema version %1; this version knows 0 to %2)")
                              .arg(version)
                              .arg(kSchemaVersion)};
        if (version > kSchemaVersion)
            return Error {path,
                          tr("made by a newer PolicyLens (schema %1, this version reads up to %2)")
                              .arg(version)
                              .arg(kSchemaVersion)};
        if (version == 0) {
            // A database PolicyLens did not make must not be taken over.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
                return Error {path, tr("not a PolicyLens workspace (unreadable database)")};
            if (q.value(0).toInt() > 0)
                return Error {path, tr("not a PolicyLens workspace (a database of another program)")};
            if (!readOnly.isEmpty())
                return Error {path, tr("an empty workspace that cannot be written (%1)").arg(readOnly)};
        }
    }

    if (version > 0) {
        // Which steps the file really holds: a version number set by hand is corrected, tables another
        // program changed are refused before anything is touched.
        present = stepsPresent(db(name));
        if (present < version)
            return Error {path,
                          tr("the workspace's tables do not match its schema version %1 (changed by another "
                             "program?); it was left as it was")
                              .arg(version)};
        // A quick structural check (bounded: it stops after a few errors): a damaged file is opened
        // read-only so that nothing is written into it, and can be recovered into a new workspace.
        if (const QStringList problems = quickCheck(db(name)); !problems.isEmpty()) {
            ws->m_damage = problems.join(u'\n');
            if (present < kSchemaVersion)
                return Error {path,
                              tr("the workspace is damaged and made by an older PolicyLens; recover what is "
                                 "readable with File > Recover Workspace or policylens-cli recover (%1)")
                                  .arg(problems.first())};
            readOnly = tr("the workspace is damaged; it is open for reading only. Recover what is readable into a "
                          "new workspace with File > Recover Workspace or policylens-cli recover");
            if (ws->m_lock) {
                if (auto st = ws->openConnection(Connection::ReadOnly); !st)
                    return st.error();
                ws->m_lock.reset();
            }
        }
    }

    if (present < kSchemaVersion && !readOnly.isEmpty())
        return Error {path, tr("made by an older PolicyLens and cannot be upgraded here (%1)").arg(readOnly)};
    if (present > 0 && present < kSchemaVersion) {
        // A copy of the file as it was, before anything (even the journal mode) changes.
        const QString backup = file + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        if (!QFile::copy(file, backup))
            return Error {path,
                          tr("cannot make a backup copy before upgrading the workspace (%1)")
                              .arg(QDir::toNativeSeparators(backup))};
    }
    {
        QSqlQuery q(db(name));
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return sqlError(path, q.lastError());
        if (readOnly.isEmpty()) {
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
                || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
                return sqlError(path, q.lastError());
            // The file holds more steps than its number says: say so in the number, nothing else.
            if (present != version && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(present)))
                return sqlError(path, q.lastError());
        }
    }
    if (readOnly.isEmpty() && present < kSchemaVersion) {
        if (auto st = ws->migrate(present); !st)
            return st.error();
    }
    ws->m_readOnlyReason = readOnly;
    setReadOnlyReason(file, readOnly);
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openConnection() const
{
    // The same database (file or server, with the same credentials and options) on a connection of
    // its own; a team workspace's connection keeps the role read when this one opened. It has no
    // outbox: a write that fails while the server is away fails (the worker reports it).
    const QString name = QStringLiteral("plens-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase::cloneDatabase(m_connectionName, name);
    std::unique_ptr<Workspace> ws(new Workspace(m_path, name));
    ws->m_author = m_author;
    ws->m_backend = m_backend;
    ws->m_role = m_role;
    ws->m_readOnlyReason = m_readOnlyReason;
    ws->m_damage = m_damage;
    auto d = db(name);
    if (!d.open())
        return sqlError(m_path, d.lastError());
    if (!isServer()) {
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
            || (!isReadOnly() && !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))))
            return sqlError(m_path, q.lastError());
    }
    return ws;
}

void Workspace::announceChanges()
{
    emit documentsChanged();
    emit commitmentsChanged(0);
    emit annotationsChanged(0);
    emit tagsChanged();
    emit indicatorsChanged();
    emit linksChanged();
}

Status Workspace::openConnection(Connection mode)
{
    {
        auto old = db(m_connectionName);
        if (old.isValid()) {
            old.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (mode == Connection::ReadWrite) {
            d.setDatabaseName(m_path);
            d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            d.setDatabaseName(readOnlyUri(m_path, false));
            d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!d.open())
            return sqlError(m_path, d.lastError());
        if (mode == Connection::ReadOnly) {
            QSqlQuery q(d);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                d.close();
                d.setDatabaseName(readOnlyUri(m_path, true));
                if (!d.open())
                    return sqlError(m_path, d.lastError());
            }
        }
    }
    return Ok {};
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
