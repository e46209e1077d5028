#include "store/workspace.h"

#include "store/sql_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
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
};
constexpr int kSchemaVersion = int(std::size(kSteps));

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
    return kSchemaVersion;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
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
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error {path, tr("not a PolicyLens workspace (unreadable database)")};
    const int version = q.value(0).toInt();
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

Result<std::unique_ptr<Workspace>> Workspace::openConnection() const
{
    const QString name = QStringLiteral("plens-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(m_path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<Workspace> ws(new Workspace(m_path, name));
    ws->m_author = m_author;
    auto d = db(name);
    if (!d.open())
        return sqlError(m_path, d.lastError());
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return sqlError(m_path, q.lastError());
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
