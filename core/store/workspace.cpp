#include "store/workspace.h"

#include "store/sql_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

namespace plens {

using namespace store;

namespace {

// The schema is built by the same steps that migrate old files: step N takes version N to N+1.
// Never change a step once released; add a new one.
const char *const kSteps[] = {
    // 0 -> 1: documents only (PolicyLens 0.1 foundation).
    "CREATE TABLE documents ("
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
    " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));",

    // 1 -> 2: pages and boxes, figures, annotations, tags, indicators, links, full-text search.
    "ALTER TABLE documents ADD COLUMN char_boxes BLOB;"
    "ALTER TABLE documents ADD COLUMN page_sizes BLOB;"
    "CREATE INDEX documents_hash ON documents(content_hash);"
    "CREATE INDEX documents_file ON documents(file_name);"
    "CREATE TABLE indicators ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " aliases TEXT NOT NULL DEFAULT '',"
    " unit TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE commitments ("
    " id INTEGER PRIMARY KEY,"
    " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " figure TEXT NOT NULL,"
    " extracted TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " metric TEXT NOT NULL DEFAULT '',"
    " scope TEXT NOT NULL DEFAULT '',"
    " year INTEGER,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
    " orphaned INTEGER NOT NULL DEFAULT 0,"
    " indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,"
    " status INTEGER NOT NULL DEFAULT 0,"
    " status_note TEXT NOT NULL DEFAULT '', status_author TEXT NOT NULL DEFAULT '', status_changed TEXT,"
    " confirmed INTEGER NOT NULL DEFAULT 0,"
    " user_corrected INTEGER NOT NULL DEFAULT 0,"
    " user_added INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX commitments_document ON commitments(document_id, start);"
    "CREATE INDEX commitments_indicator ON commitments(indicator_id);"
    "CREATE TABLE annotations ("
    " id INTEGER PRIMARY KEY,"
    " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
    " orphaned INTEGER NOT NULL DEFAULT 0,"
    " colour TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " created TEXT, modified TEXT);"
    "CREATE INDEX annotations_document ON annotations(document_id, start);"
    "CREATE TABLE tags ("
    " id INTEGER PRIMARY KEY,"
    " parent_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,"
    " name TEXT NOT NULL,"
    " colour TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE annotation_tags ("
    " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID;"
    "CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);"
    "CREATE TABLE commitment_tags ("
    " commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (commitment_id, tag_id)) WITHOUT ROWID;"
    "CREATE INDEX commitment_tags_tag ON commitment_tags(tag_id);"
    "CREATE TABLE links ("
    " id INTEGER PRIMARY KEY,"
    " kind INTEGER NOT NULL,"
    " from_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,"
    " to_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,"
    " score REAL NOT NULL DEFAULT 0,"
    " state INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (kind, from_id, to_id));"
    "CREATE INDEX links_to ON links(to_id);"
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, display_text, content='documents',"
    " content_rowid='id', tokenize='trigram');"
    "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN"
    " INSERT INTO documents_fts(rowid, title, display_text) VALUES (new.id, new.title, new.display_text); END;"
    "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN"
    " INSERT INTO documents_fts(documents_fts, rowid, title, display_text)"
    " VALUES ('delete', old.id, old.title, old.display_text); END;"
    "CREATE TRIGGER documents_au AFTER UPDATE OF title, display_text ON documents BEGIN"
    " INSERT INTO documents_fts(documents_fts, rowid, title, display_text)"
    " VALUES ('delete', old.id, old.title, old.display_text);"
    " INSERT INTO documents_fts(rowid, title, display_text) VALUES (new.id, new.title, new.display_text); END;"
    "CREATE VIRTUAL TABLE notes_fts USING fts5(note, quote, content='annotations', content_rowid='id',"
    " tokenize='trigram');"
    "CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN"
    " INSERT INTO notes_fts(rowid, note, quote) VALUES (new.id, new.note, new.quote); END;"
    "CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN"
    " INSERT INTO notes_fts(notes_fts, rowid, note, quote) VALUES ('delete', old.id, old.note, old.quote); END;"
    "CREATE TRIGGER annotations_au AFTER UPDATE OF note, quote ON annotations BEGIN"
    " INSERT INTO notes_fts(notes_fts, rowid, note, quote) VALUES ('delete', old.id, old.note, old.quote);"
    " INSERT INTO notes_fts(rowid, note, quote) VALUES (new.id, new.note, new.quote); END;"
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');",

    // 2 -> 3: tables read from the source (JSON, see model/table.h) and the pages recognised by OCR.
    "ALTER TABLE documents ADD COLUMN tables TEXT;"
    "ALTER TABLE documents ADD COLUMN recognised_pages TEXT;",

    // 3 -> 4: renditions (the same document in other formats) and versions (a document's predecessor).
    "ALTER TABLE documents ADD COLUMN previous_version INTEGER REFERENCES documents(id) ON DELETE SET NULL;"
    "CREATE INDEX documents_previous ON documents(previous_version);"
    "CREATE TABLE renditions ("
    " id INTEGER PRIMARY KEY,"
    " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " file_name TEXT NOT NULL,"
    " format INTEGER NOT NULL,"
    " display_text TEXT NOT NULL,"
    " original_bytes BLOB,"
    " content_hash BLOB,"
    " char_boxes BLOB,"
    " page_sizes BLOB,"
    " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE INDEX renditions_document ON renditions(document_id);",
};
constexpr int kSchemaVersion = int(std::size(kSteps));

// What each step leaves in the file (tables, and columns as "table.column"), to tell which steps a file
// really holds: a file whose user_version was set back (or forward) by hand is recognised instead of
// failing halfway through a step it already has.
const char *const kStepMarks[] = {
    "documents",
    "documents.char_boxes documents.page_sizes indicators commitments annotations tags annotation_tags"
    " commitment_tags links documents_fts notes_fts",
    "documents.tables documents.recognised_pages",
    "documents.previous_version renditions",
};
static_assert(std::size(kStepMarks) == std::size(kSteps));

// Errors reported at most by the check on opening (PRAGMA quick_check(N) stops after N).
constexpr int kQuickCheckErrors = 20;

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// Runs the ';'-separated statements of one step (QSqlQuery runs one statement at a time). Statements
// in the steps contain no ';' other than as separators, except inside trigger bodies, which end in "END;".
Status runScript(const QSqlDatabase &d, const QString &file, const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &part : script.split(u';')) {
        current += part;
        const QString trimmed = current.trimmed();
        const bool inTrigger
            = trimmed.startsWith(QLatin1String("CREATE TRIGGER")) && !trimmed.endsWith(QLatin1String("END"));
        if (inTrigger) {
            current += u';';
            continue;
        }
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
    }
    QSqlQuery q(d);
    for (const QString &s : std::as_const(statements)) {
        if (!q.exec(s))
            return sqlError(file, q.lastError());
    }
    return Ok {};
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
    setReadOnlyReason(m_path, {});
}

int Workspace::schemaVersion()
{
    return kSchemaVersion;
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
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return -1;
    while (q.next())
        have.insert(q.value(0).toString());
    // Columns of the tables that steps alter.
    QSet<QString> altered;
    for (const char *marks : kStepMarks) {
        for (const QString &n : QString::fromLatin1(marks).split(u' ', Qt::SkipEmptyParts)) {
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
    for (const char *marks : kStepMarks) {
        const QStringList names = QString::fromLatin1(marks).split(u' ', Qt::SkipEmptyParts);
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
    if (auto st = ws->connect(readOnly.isEmpty() ? Connection::ReadWrite : Connection::ReadOnly); !st)
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
                if (auto st = ws->connect(Connection::ReadOnly); !st)
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

Status Workspace::connect(Connection mode)
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
    // open() made the backup copy (workspace.plens.v1.bak) before anything changed.
    for (int v = from; v < kSchemaVersion; ++v) {
        // Each step in its own transaction, so an interrupted upgrade leaves a consistent older version.
        Transaction t(d, m_path);
        if (auto st = t.status(); !st)
            return st;
        if (auto st = runScript(d, m_path, QString::fromUtf8(kSteps[v])); !st)
            return st;
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
            return sqlError(m_path, q.lastError());
        if (auto st = t.commit(); !st)
            return st;
    }
    return Ok {};
}

QString Workspace::check() const
{
    QSqlQuery q(db(m_connectionName));
    QStringList problems;
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

} // namespace plens
