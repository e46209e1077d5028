// Workspace: full-text search over documents and notes. FTS5 with the trigram tokenizer answers
// queries of three characters or more; trigram cannot match shorter ones, so those are answered with
// instr() over the texts (a scan, still fast for a workspace's size).
#include "store/workspace.h"

#include "store/sql_p.h"

#include <QSqlDatabase>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// "a" "b" as one FTS5 phrase: double quotes inside are doubled.
QString phrase(const QString &query)
{
    QString q = query;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

constexpr int kContext = 20; // characters of context either side of a match in a snippet

QString snippetAround(const QString &text, qsizetype at, qsizetype length)
{
    if (at < 0)
        return text.left(2 * kContext).simplified();
    const qsizetype from = std::max<qsizetype>(0, at - kContext);
    const qsizetype to = std::min(text.size(), at + length + kContext);
    QString s
        = text.mid(from, at - from) + u'[' + text.mid(at, length) + u']' + text.mid(at + length, to - at - length);
    s.replace(u'\n', u' ');
    return (from > 0 ? QStringLiteral("…") : QString()) + s + (to < text.size() ? QStringLiteral("…") : QString());
}

} // namespace

Result<QList<SearchHit>> Workspace::search(const QString &rawQuery, int limit) const
{
    const QString query = rawQuery.trimmed();
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    auto d = db(m_connectionName);
    const bool shortQuery = query.size() < 3;
    // The match position and context are cut out in SQL, so large texts never leave the database.
    // Placeholders in order: the query for the position, for the context, for its length; then the
    // FTS phrase (long queries) or the query again (short ones); then the limit.
    const QString docSql = shortQuery
        ? QStringLiteral("SELECT id, instr(display_text, ?) - 1 AS at,"
                         " substr(display_text, max(1, instr(display_text, ?) - %1), length(?) + %2)"
                         " FROM documents WHERE instr(display_text, ?) > 0 ORDER BY id LIMIT ?")
        : QStringLiteral("SELECT d.id, instr(d.display_text, ?) - 1 AS at,"
                         " substr(d.display_text, max(1, instr(d.display_text, ?) - %1), length(?) + %2)"
                         " FROM documents_fts f JOIN documents d ON d.id = f.rowid"
                         " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?");
    Query q(d, m_path, docSql.arg(kContext).arg(2 * kContext));
    q.bind(query).bind(query).bind(query).bind(shortQuery ? query : phrase(query)).bind(limit);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        SearchHit h;
        h.where = SearchHit::Where::Document;
        h.documentId = q.value(0).toLongLong();
        h.offset = q.value(1).toLongLong();
        const QString around = q.value(2).toString();
        const qsizetype at = around.indexOf(query);
        h.snippet = snippetAround(around, at, query.size());
        if (h.offset > kContext)
            h.snippet.prepend(QStringLiteral("…"));
        hits.append(h);
    }

    Query n(
        d, m_path,
        shortQuery
            ? QStringLiteral("SELECT id, document_id, note, quote FROM annotations"
                             " WHERE instr(note, ?) > 0 OR instr(quote, ?) > 0 ORDER BY document_id, start LIMIT ?")
            : QStringLiteral("SELECT a.id, a.document_id, a.note, a.quote FROM notes_fts f"
                             " JOIN annotations a ON a.id = f.rowid WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?"));
    if (shortQuery)
        n.bind(query).bind(query);
    else
        n.bind(phrase(query));
    n.bind(limit);
    if (auto st = n.exec(); !st)
        return st.error();
    while (n.next()) {
        SearchHit h;
        h.where = SearchHit::Where::Note;
        h.annotationId = n.value(0).toLongLong();
        h.documentId = n.value(1).toLongLong();
        const QString note = n.value(2).toString();
        const QString quote = n.value(3).toString();
        const qsizetype inNote = note.indexOf(query);
        h.snippet = inNote >= 0 ? snippetAround(note, inNote, query.size())
                                : snippetAround(quote, quote.indexOf(query), query.size());
        hits.append(h);
    }
    return hits;
}

} // namespace plens
