#include "store/dialect.h"

#include "store/sql_p.h"
#include "store/workspace.h"

#include <QSqlQuery>

namespace plens::store {

namespace {

// The schema of the .plens file is built by the same steps that migrate old files: step N takes
// version N to N+1. Never change a step once released; add a new one (to both lists).
#define VERSIONED_COLUMNS(t)                                                                                           \
    "ALTER TABLE " t " ADD COLUMN version INTEGER NOT NULL DEFAULT 1;"                                                 \
    "ALTER TABLE " t " ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';"                                                \
    "ALTER TABLE " t " ADD COLUMN changed_at TEXT;"
const char *const kSqliteSteps[] = {
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

    // 3 -> 4: every row carries a version, who changed it last and when (stale edits are refused);
    // annotations carry a unique id of their own, so that an edit sent twice (after a lost
    // connection) is stored once.
    VERSIONED_COLUMNS("documents") VERSIONED_COLUMNS("commitments") VERSIONED_COLUMNS("annotations")
        VERSIONED_COLUMNS("tags") VERSIONED_COLUMNS("indicators")
            VERSIONED_COLUMNS("links") "UPDATE annotations SET changed_by = author, changed_at = modified;"
                                       "UPDATE commitments SET changed_by = status_author, changed_at = status_changed "
                                       "WHERE status_changed IS NOT NULL;"
                                       "ALTER TABLE annotations ADD COLUMN uid TEXT;"
                                       "CREATE UNIQUE INDEX annotations_uid ON annotations(uid);",

    // 4 -> 5: renditions (the same document in other formats) and versions (a document's predecessor).
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

    // 5 -> 6: figures found by kind and indicator text without reading every row (link suggestion
    // after an import into a large workspace, issue 19).
    "CREATE INDEX commitments_kind_metric ON commitments(kind, metric);",
};

#undef VERSIONED_COLUMNS

// The same schema on PostgreSQL, step for step: identity columns, BYTEA, DOUBLE PRECISION, the column
// "end" quoted, foreign keys deferrable (a whole workspace is copied in one transaction), pg_trgm
// indexes for search instead of FTS5, the schema version in plens_meta.
#define VERSIONED_COLUMNS(t)                                                                                           \
    "ALTER TABLE " t " ADD COLUMN version BIGINT NOT NULL DEFAULT 1,"                                                  \
    " ADD COLUMN changed_by TEXT NOT NULL DEFAULT '', ADD COLUMN changed_at TEXT;"
#define ID "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
#define NOW_TEXT "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
const char *const kPostgresSteps[] = {
    // 0 -> 1
    "CREATE TABLE plens_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE documents (" ID " file_name TEXT NOT NULL,"
    " format INTEGER NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " issuer TEXT NOT NULL DEFAULT '',"
    " doc_number TEXT NOT NULL DEFAULT '',"
    " issued TEXT,"
    " region TEXT NOT NULL DEFAULT '',"
    " doc_type TEXT NOT NULL DEFAULT '',"
    " display_text TEXT NOT NULL,"
    " original_bytes BYTEA,"
    " content_hash BYTEA,"
    " imported_at TEXT NOT NULL DEFAULT " NOW_TEXT ");",

    // 1 -> 2
    "CREATE EXTENSION IF NOT EXISTS pg_trgm;"
    "ALTER TABLE documents ADD COLUMN char_boxes BYTEA, ADD COLUMN page_sizes BYTEA;"
    "CREATE INDEX documents_hash ON documents(content_hash);"
    "CREATE INDEX documents_file ON documents(file_name);"
    "CREATE TABLE indicators (" ID " name TEXT NOT NULL UNIQUE,"
    " aliases TEXT NOT NULL DEFAULT '',"
    " unit TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE commitments (" ID
    " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE,"
    " figure TEXT NOT NULL,"
    " extracted TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " metric TEXT NOT NULL DEFAULT '',"
    " scope TEXT NOT NULL DEFAULT '',"
    " year INTEGER,"
    " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
    " quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
    " orphaned INTEGER NOT NULL DEFAULT 0,"
    " indicator_id BIGINT REFERENCES indicators(id) ON DELETE SET NULL DEFERRABLE,"
    " status INTEGER NOT NULL DEFAULT 0,"
    " status_note TEXT NOT NULL DEFAULT '', status_author TEXT NOT NULL DEFAULT '', status_changed TEXT,"
    " confirmed INTEGER NOT NULL DEFAULT 0,"
    " user_corrected INTEGER NOT NULL DEFAULT 0,"
    " user_added INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX commitments_document ON commitments(document_id, start);"
    "CREATE INDEX commitments_indicator ON commitments(indicator_id);"
    "CREATE TABLE annotations (" ID
    " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE,"
    " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
    " quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
    " orphaned INTEGER NOT NULL DEFAULT 0,"
    " colour TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " created TEXT, modified TEXT);"
    "CREATE INDEX annotations_document ON annotations(document_id, start);"
    "CREATE TABLE tags (" ID " parent_id BIGINT REFERENCES tags(id) ON DELETE SET NULL DEFERRABLE,"
    " name TEXT NOT NULL,"
    " colour TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE annotation_tags ("
    " annotation_id BIGINT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE DEFERRABLE,"
    " tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE DEFERRABLE,"
    " PRIMARY KEY (annotation_id, tag_id));"
    "CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);"
    "CREATE TABLE commitment_tags ("
    " commitment_id BIGINT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE DEFERRABLE,"
    " tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE DEFERRABLE,"
    " PRIMARY KEY (commitment_id, tag_id));"
    "CREATE INDEX commitment_tags_tag ON commitment_tags(tag_id);"
    "CREATE TABLE links (" ID " kind INTEGER NOT NULL,"
    " from_id BIGINT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE DEFERRABLE,"
    " to_id BIGINT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE DEFERRABLE,"
    " score DOUBLE PRECISION NOT NULL DEFAULT 0,"
    " state INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (kind, from_id, to_id));"
    "CREATE INDEX links_to ON links(to_id);"
    "CREATE INDEX documents_text_trgm ON documents USING gin (display_text gin_trgm_ops);"
    "CREATE INDEX annotations_note_trgm ON annotations USING gin (note gin_trgm_ops);"
    "CREATE INDEX annotations_quote_trgm ON annotations USING gin (quote gin_trgm_ops);",

    // 2 -> 3
    "ALTER TABLE documents ADD COLUMN tables TEXT, ADD COLUMN recognised_pages TEXT;",

    // 3 -> 4
    VERSIONED_COLUMNS("documents") VERSIONED_COLUMNS("commitments") VERSIONED_COLUMNS("annotations")
        VERSIONED_COLUMNS("tags") VERSIONED_COLUMNS("indicators") VERSIONED_COLUMNS(
            "links") "UPDATE annotations SET changed_by = author, changed_at = modified;"
                     "UPDATE commitments SET changed_by = status_author, changed_at = status_changed WHERE "
                     "status_changed IS NOT NULL;"
                     "ALTER TABLE annotations ADD COLUMN uid TEXT;"
                     "CREATE UNIQUE INDEX annotations_uid ON annotations(uid);"
                     "CREATE TABLE plens_deleted (tbl TEXT NOT NULL, row_id BIGINT NOT NULL, deleted_by TEXT NOT NULL,"
                     " deleted_at TEXT NOT NULL, PRIMARY KEY (tbl, row_id));",

    // 4 -> 5
    "ALTER TABLE documents ADD COLUMN previous_version BIGINT REFERENCES documents(id) ON DELETE SET NULL"
    " DEFERRABLE;"
    "CREATE INDEX documents_previous ON documents(previous_version);"
    "CREATE TABLE renditions (" ID " document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE,"
    " file_name TEXT NOT NULL,"
    " format INTEGER NOT NULL,"
    " display_text TEXT NOT NULL,"
    " original_bytes BYTEA,"
    " content_hash BYTEA,"
    " char_boxes BYTEA,"
    " page_sizes BYTEA,"
    " imported_at TEXT NOT NULL DEFAULT " NOW_TEXT ");"
    "CREATE INDEX renditions_document ON renditions(document_id);",

    // 5 -> 6
    "CREATE INDEX commitments_kind_metric ON commitments(kind, metric);",
};
#undef VERSIONED_COLUMNS
#undef ID
#undef NOW_TEXT

static_assert(std::size(kSqliteSteps) == std::size(kPostgresSteps), "every schema step is written for both stores");

// What each step leaves (tables and indexes, and columns as "table.column"), to tell which steps a file
// really holds. Full-text search is a table of the file's only (the server's indexes are not counted).
const char *const kStepMarks[] = {
    "documents",
    "documents.char_boxes documents.page_sizes indicators commitments annotations tags annotation_tags"
    " commitment_tags links",
    "documents.tables documents.recognised_pages",
    "documents.version commitments.version annotations.version tags.version indicators.version links.version"
    " annotations.uid",
    "documents.previous_version renditions",
    "commitments_kind_metric",
};
static_assert(std::size(kStepMarks) == std::size(kSqliteSteps), "every schema step says what it leaves");

// Escapes LIKE's wildcards so that the query is matched literally (the escape character is '\').
QString likePattern(const QString &query)
{
    QString q = query;
    q.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + q + u'%';
}

// "a" "b" as one FTS5 phrase: double quotes inside are doubled.
QString phrase(const QString &query)
{
    QString q = query;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(u'"', QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

QString literal(const QString &text)
{
    QString s = text;
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

} // namespace

int Dialect::schemaVersion()
{
    return int(std::size(kSqliteSteps));
}

QStringList Dialect::stepMarks(int from)
{
    if (from < 0 || from >= schemaVersion())
        return {};
    return QString::fromLatin1(kStepMarks[from]).split(u' ', Qt::SkipEmptyParts);
}

QString Dialect::step(int from) const
{
    if (from < 0 || from >= schemaVersion())
        return {};
    return QString::fromUtf8(isServer() ? kPostgresSteps[from] : kSqliteSteps[from]);
}

Status Dialect::runScript(const QSqlDatabase &d, const QString &file, const QString &script)
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

Result<int> Dialect::version(const QSqlDatabase &d, const QString &file) const
{
    QSqlQuery q(d);
    if (!isServer()) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return sqlError(file, q.lastError());
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('plens_meta') IS NOT NULL")) || !q.next())
        return sqlError(file, q.lastError());
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT value FROM plens_meta WHERE key = 'schema_version'")))
        return sqlError(file, q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

Status Dialect::setVersion(const QSqlDatabase &d, const QString &file, int v) const
{
    QSqlQuery q(d);
    const bool ok = isServer()
        ? q.exec(QStringLiteral("INSERT INTO plens_meta (key, value) VALUES ('schema_version', '%1')"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                     .arg(v))
        : q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
    if (!ok)
        return sqlError(file, q.lastError());
    return Ok {};
}

Status Dialect::syncIdentity(const QSqlDatabase &d, const QString &file, const QString &table) const
{
    if (!isServer())
        return Ok {}; // SQLite's INTEGER PRIMARY KEY takes the next id above the largest
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, 'id'), coalesce(max(id), 0) + 1, false)"
                               " FROM %2")
                    .arg(literal(table), quoted(table))))
        return sqlError(file, q.lastError());
    return Ok {};
}

QStringList Dialect::columns(const QSqlDatabase &d, const QString &table) const
{
    QStringList out;
    QSqlQuery q(d);
    if (isServer()) {
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        if (!q.exec())
            return out;
    } else if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1) ORDER BY cid").arg(literal(table)))) {
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

BoundSql Dialect::searchDocuments(const QString &query, int limit, int context) const
{
    // The match position and context are cut out in SQL, so large texts never leave the database.
    if (isServer() && query.size() < 3) {
        // pg_trgm's index cannot answer one or two characters: the rows are scanned, with strpos()
        // rather than ILIKE (no case folding of every text; the same exact match as the file's instr()).
        return {QStringLiteral("SELECT id, strpos(display_text, CAST(? AS TEXT)) - 1,"
                               " substr(display_text, greatest(1, strpos(display_text, CAST(? AS TEXT)) - %1),"
                               " char_length(CAST(? AS TEXT)) + %2)"
                               " FROM documents WHERE strpos(display_text, CAST(? AS TEXT)) > 0 ORDER BY id LIMIT ?")
                    .arg(context)
                    .arg(2 * context),
                {query, query, query, query, limit}};
    }
    if (isServer()) {
        // pg_trgm's GIN index answers ILIKE for three characters and more.
        return {QStringLiteral("SELECT id, strpos(lower(display_text), lower(CAST(? AS TEXT))) - 1,"
                               " substr(display_text, greatest(1, strpos(lower(display_text), lower(CAST(? AS TEXT)))"
                               " - %1), char_length(CAST(? AS TEXT)) + %2)"
                               " FROM documents WHERE display_text ILIKE CAST(? AS TEXT) ESCAPE '\\'"
                               " ORDER BY id LIMIT ?")
                    .arg(context)
                    .arg(2 * context),
                {query, query, query, likePattern(query), limit}};
    }
    // FTS5 trigram answers three characters and more; it cannot match shorter ones: instr() scans.
    const bool shortQuery = query.size() < 3;
    const QString sql = shortQuery
        ? QStringLiteral("SELECT id, instr(display_text, ?) - 1 AS at,"
                         " substr(display_text, max(1, instr(display_text, ?) - %1), length(?) + %2)"
                         " FROM documents WHERE instr(display_text, ?) > 0 ORDER BY id LIMIT ?")
        : QStringLiteral("SELECT d.id, instr(d.display_text, ?) - 1 AS at,"
                         " substr(d.display_text, max(1, instr(d.display_text, ?) - %1), length(?) + %2)"
                         " FROM documents_fts f JOIN documents d ON d.id = f.rowid"
                         " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?");
    return {sql.arg(context).arg(2 * context), {query, query, query, shortQuery ? query : phrase(query), limit}};
}

BoundSql Dialect::searchNotes(const QString &query, int limit) const
{
    if (isServer() && query.size() < 3) { // scanned, as for documents
        return {QStringLiteral(
                    "SELECT id, document_id, note, quote FROM annotations WHERE strpos(note, CAST(? AS TEXT)) > 0"
                    " OR strpos(quote, CAST(? AS TEXT)) > 0 ORDER BY document_id, start LIMIT ?"),
                {query, query, limit}};
    }
    if (isServer()) {
        const QString like = likePattern(query);
        return {QStringLiteral("SELECT id, document_id, note, quote FROM annotations WHERE note ILIKE CAST(? AS TEXT)"
                               " ESCAPE '\\' OR quote ILIKE CAST(? AS TEXT) ESCAPE '\\'"
                               " ORDER BY document_id, start LIMIT ?"),
                {like, like, limit}};
    }
    if (query.size() < 3) {
        return {QStringLiteral("SELECT id, document_id, note, quote FROM annotations"
                               " WHERE instr(note, ?) > 0 OR instr(quote, ?) > 0 ORDER BY document_id, start LIMIT ?"),
                {query, query, limit}};
    }
    return {QStringLiteral("SELECT a.id, a.document_id, a.note, a.quote FROM notes_fts f"
                           " JOIN annotations a ON a.id = f.rowid WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?"),
            {phrase(query), limit}};
}

const QStringList &Dialect::versionedTables()
{
    static const QStringList t {QStringLiteral("documents"),   QStringLiteral("commitments"),
                                QStringLiteral("annotations"), QStringLiteral("tags"),
                                QStringLiteral("indicators"),  QStringLiteral("links")};
    return t;
}

const QStringList &Dialect::tables()
{
    static const QStringList t {QStringLiteral("documents"),
                                QStringLiteral("renditions"),
                                QStringLiteral("indicators"),
                                QStringLiteral("tags"),
                                QStringLiteral("commitments"),
                                QStringLiteral("annotations"),
                                QStringLiteral("annotation_tags"),
                                QStringLiteral("commitment_tags"),
                                QStringLiteral("links")};
    return t;
}

QString Dialect::roleName(const QString &prefix, WorkspaceRole role)
{
    switch (role) {
    case WorkspaceRole::Reader:
        return prefix + QStringLiteral("_reader");
    case WorkspaceRole::Editor:
        return prefix + QStringLiteral("_editor");
    case WorkspaceRole::Owner:
        break;
    }
    return prefix + QStringLiteral("_owner");
}

QStringList Dialect::serverObjects(const QString &prefix, const QString &database)
{
    const QString reader = quoted(roleName(prefix, WorkspaceRole::Reader));
    const QString editor = quoted(roleName(prefix, WorkspaceRole::Editor));
    const QString owner = quoted(roleName(prefix, WorkspaceRole::Owner));
    const QString ownerLiteral = literal(roleName(prefix, WorkspaceRole::Owner));
    // Owners are the workspace's owner role, its members, and the administrator who set it up.
    const QString isOwner = QStringLiteral("pg_has_role(current_user, %1, 'USAGE')").arg(ownerLiteral);
    QStringList s;
    // Group roles: owner includes editor includes reader.
    for (const QString &r : {roleName(prefix, WorkspaceRole::Reader), roleName(prefix, WorkspaceRole::Editor),
                             roleName(prefix, WorkspaceRole::Owner)}) {
        s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN"
                            " CREATE ROLE %2 NOLOGIN; END IF; END $$")
                 .arg(literal(r), quoted(r));
    }
    s << QStringLiteral("GRANT %1 TO %2").arg(reader, editor) << QStringLiteral("GRANT %1 TO %2").arg(editor, owner);
    s << QStringLiteral("INSERT INTO plens_meta (key, value) VALUES ('role_prefix', %1)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
             .arg(literal(prefix));

    // Rights: readers see everything; editors annotate, link, correct, tag figures and passages and
    // add figures by hand; owners also import, delete, and manage tags and indicators.
    s << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(quoted(database))
      << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quoted(database), reader)
      << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
      << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader)
      << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
      << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON annotations, annotation_tags, commitment_tags, links,"
                        " commitments TO %1")
             .arg(editor)
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON documents, renditions, tags, indicators TO %1").arg(owner)
      << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor)
      // Publishing a workspace keeps its ids and moves the sequences past them.
      << QStringLiteral("GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(owner);

    // Row-level security: an editor changes and removes only their own annotations (and their tags)
    // and only the figures they added by hand; owners change everything.
    s << QStringLiteral("ALTER TABLE annotations ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("ALTER TABLE annotation_tags ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("ALTER TABLE commitments ENABLE ROW LEVEL SECURITY");
    const QString ownAnnotation = QStringLiteral("(author = current_user OR %1)").arg(isOwner);
    const QString ownTagged = QStringLiteral("(EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id AND"
                                             " (a.author = current_user OR %1)))")
                                  .arg(isOwner);
    const QString handMade = QStringLiteral("(user_added = 1 OR %1)").arg(isOwner);
    struct Policy
    {
        const char *table;
        const char *name;
        const char *command;
        QString rule;
    };
    const Policy policies[] = {
        {"annotations", "plens_read", "SELECT", QStringLiteral("USING (true)")},
        {"annotations", "plens_insert", "INSERT", QStringLiteral("WITH CHECK %1").arg(ownAnnotation)},
        {"annotations", "plens_update", "UPDATE", QStringLiteral("USING %1 WITH CHECK %1").arg(ownAnnotation)},
        {"annotations", "plens_delete", "DELETE", QStringLiteral("USING %1").arg(ownAnnotation)},
        {"annotation_tags", "plens_read", "SELECT", QStringLiteral("USING (true)")},
        {"annotation_tags", "plens_insert", "INSERT", QStringLiteral("WITH CHECK %1").arg(ownTagged)},
        {"annotation_tags", "plens_delete", "DELETE", QStringLiteral("USING %1").arg(ownTagged)},
        {"commitments", "plens_read", "SELECT", QStringLiteral("USING (true)")},
        {"commitments", "plens_insert", "INSERT", QStringLiteral("WITH CHECK %1").arg(handMade)},
        {"commitments", "plens_update", "UPDATE", QStringLiteral("USING (true)")},
        {"commitments", "plens_delete", "DELETE", QStringLiteral("USING %1").arg(handMade)},
    };
    for (const Policy &p : policies) {
        s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(p.name), QLatin1String(p.table));
        s << QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO %4 %5")
                 .arg(QLatin1String(p.name), QLatin1String(p.table), QLatin1String(p.command), reader, p.rule);
    }

    // Every change is stamped by the server: version + 1, the database role and the server's time —
    // a client cannot write another name. Only an owner copying a workspace (publish) keeps the
    // stamps of the rows it copies (SET LOCAL plens.restore = 'on').
    const QString nowText
        = QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION plens_stamp() RETURNS trigger LANGUAGE plpgsql AS $$\n"
             "DECLARE now_text TEXT := %1;\n"
             "BEGIN\n"
             "  IF TG_OP = 'INSERT' AND current_setting('plens.restore', true) = 'on' AND %2 THEN\n"
             "    RETURN NEW;\n"
             "  END IF;\n"
             "  NEW.changed_by := current_user;\n"
             "  NEW.changed_at := now_text;\n"
             "  IF TG_OP = 'UPDATE' THEN NEW.version := OLD.version + 1; ELSE NEW.version := 1; END IF;\n"
             "  IF TG_TABLE_NAME = 'annotations' THEN\n"
             "    IF TG_OP = 'INSERT' THEN NEW.author := current_user; NEW.created := now_text; END IF;\n"
             "    NEW.modified := now_text;\n"
             "  ELSIF TG_TABLE_NAME = 'commitments' THEN\n"
             "    IF (TG_OP = 'INSERT' AND NEW.status <> 0) OR (TG_OP = 'UPDATE' AND (NEW.status <> OLD.status\n"
             "        OR NEW.status_note <> OLD.status_note)) THEN\n"
             "      NEW.status_author := current_user; NEW.status_changed := now_text;\n"
             "    ELSIF TG_OP = 'UPDATE' THEN\n"
             "      NEW.status_author := OLD.status_author; NEW.status_changed := OLD.status_changed;\n"
             "    END IF;\n"
             "  END IF;\n"
             "  RETURN NEW;\n"
             "END $$")
             .arg(nowText, isOwner);
    // Who removed a row, so that a stale edit of it can say so.
    s << QStringLiteral("CREATE OR REPLACE FUNCTION plens_forget() RETURNS trigger LANGUAGE plpgsql"
                        " SECURITY DEFINER SET search_path = public AS $$\n"
                        "BEGIN\n"
                        "  INSERT INTO plens_deleted (tbl, row_id, deleted_by, deleted_at)"
                        " VALUES (TG_TABLE_NAME, OLD.id, session_user, %1)\n"
                        "  ON CONFLICT (tbl, row_id) DO UPDATE SET deleted_by = excluded.deleted_by,"
                        " deleted_at = excluded.deleted_at;\n"
                        "  RETURN NULL;\n"
                        "END $$")
             .arg(nowText);
    // Other clients hear of every change: "table:document id" (0 when not about one document).
    // Identical notifications of one transaction are delivered once.
    s << QStringLiteral("CREATE OR REPLACE FUNCTION plens_notify() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                        "DECLARE doc BIGINT := 0;\n"
                        "BEGIN\n"
                        "  IF TG_TABLE_NAME = 'documents' THEN\n"
                        "    doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;\n"
                        "  ELSIF TG_TABLE_NAME IN ('commitments', 'annotations') THEN\n"
                        "    doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;\n"
                        "  END IF;\n"
                        "  PERFORM pg_notify('plens_changes', TG_TABLE_NAME || ':' || doc);\n"
                        "  RETURN NULL;\n"
                        "END $$");
    for (const QString &t : versionedTables()) {
        s << QStringLiteral("DROP TRIGGER IF EXISTS plens_stamp ON %1").arg(t)
          << QStringLiteral("CREATE TRIGGER plens_stamp BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW"
                            " EXECUTE FUNCTION plens_stamp()")
                 .arg(t)
          << QStringLiteral("DROP TRIGGER IF EXISTS plens_forget ON %1").arg(t)
          << QStringLiteral("CREATE TRIGGER plens_forget AFTER DELETE ON %1 FOR EACH ROW"
                            " EXECUTE FUNCTION plens_forget()")
                 .arg(t);
    }
    for (const QString &t : tables()) {
        s << QStringLiteral("DROP TRIGGER IF EXISTS plens_notify ON %1").arg(t)
          << QStringLiteral("CREATE TRIGGER plens_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW"
                            " EXECUTE FUNCTION plens_notify()")
                 .arg(t);
    }
    return s;
}

} // namespace plens::store
