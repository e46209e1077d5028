#pragma once
// Everything in which the two stores differ, in one place: SQLite (the .plens file) and PostgreSQL
// (a team workspace). The schema steps of both, where the schema version is kept, identity columns
// after rows were written with their ids, full-text search (FTS5 trigram / pg_trgm), the column list
// of a table, and the server's own objects (roles, grants, row-level security, triggers).
//
// The rest of core/store writes SQL that both understand: the column "end" quoted, INSERT ... ON
// CONFLICT, RETURNING id, CAST(? AS BIGINT) where a parameter's type must be known in advance.

#include "model/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace plens {
enum class WorkspaceRole;
}

namespace plens::store {

enum class Backend { SQLite, PostgreSQL };

// A statement and its parameters in order.
struct BoundSql
{
    QString sql;
    QVariantList binds;
};

class Dialect
{
public:
    explicit Dialect(Backend backend = Backend::SQLite) : m_backend(backend) { }

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool isServer() const { return m_backend == Backend::PostgreSQL; }

    // Schema: version N is the same tables and columns in both; step(N) takes version N to N + 1.
    static int schemaVersion();
    [[nodiscard]] QString step(int from) const;
    // What step(from) leaves in a workspace, the same in both stores: tables, and columns as
    // "table.column". A file whose version was set back (or forward) by hand is recognised by them.
    static QStringList stepMarks(int from);
    // Runs one step's statements (';'-separated; trigger bodies end in "END;").
    static Status runScript(const QSqlDatabase &db, const QString &file, const QString &script);
    [[nodiscard]] Result<int> version(const QSqlDatabase &db, const QString &file) const;
    [[nodiscard]] Status setVersion(const QSqlDatabase &db, const QString &file, int version) const;

    // After rows were inserted with explicit ids: the next id the server hands out is above them.
    [[nodiscard]] Status syncIdentity(const QSqlDatabase &db, const QString &file, const QString &table) const;
    // The columns of a table, in table order.
    [[nodiscard]] QStringList columns(const QSqlDatabase &db, const QString &table) const;

    // Search for documents containing `query`: id, 0-based offset of the first match, the match with
    // `context` characters either side. Notes: id, document_id, note, quote.
    [[nodiscard]] BoundSql searchDocuments(const QString &query, int limit, int context) const;
    [[nodiscard]] BoundSql searchNotes(const QString &query, int limit) const;

    // Server only --------------------------------------------------------------------------------
    // The group roles of a team workspace: <prefix>_reader, <prefix>_editor, <prefix>_owner.
    static QString roleName(const QString &prefix, WorkspaceRole role);
    // Roles, grants, row-level security, the triggers that stamp every change with its author, time
    // and version and that notify other clients: created again (idempotently) after every migration.
    [[nodiscard]] static QStringList serverObjects(const QString &prefix, const QString &database);
    // Tables whose rows carry a version, author and time.
    static const QStringList &versionedTables();
    // Every table of the workspace in an order that parents come before children.
    static const QStringList &tables();

private:
    Backend m_backend;
};

} // namespace plens::store
