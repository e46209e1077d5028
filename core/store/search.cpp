// Workspace: full-text search over documents and notes. The SQL of each store is in the dialect:
// FTS5 trigram in a file (shorter queries scan with instr()), pg_trgm on a server (ILIKE through a
// trigram index; shorter queries scan).
#include "store/workspace.h"

#include "store/dialect.h"
#include "store/sql_p.h"

#include <QSqlDatabase>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
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
    const Dialect dialect {Backend(m_backend)};
    const BoundSql docs = dialect.searchDocuments(query, limit, kContext);
    Query q(d, m_path, docs.sql);
    if (auto st = q.exec(docs.binds); !st)
        return st.error();
    while (q.next()) {
        SearchHit h;
        h.where = SearchHit::Where::Document;
        h.documentId = q.value(0).toLongLong();
        h.offset = q.value(1).toLongLong();
        const QString around = q.value(2).toString();
        const qsizetype at = around.indexOf(query, 0, Qt::CaseInsensitive);
        h.snippet = snippetAround(around, at, query.size());
        if (h.offset > kContext)
            h.snippet.prepend(QStringLiteral("…"));
        hits.append(h);
    }

    const BoundSql notes = dialect.searchNotes(query, limit);
    Query n(d, m_path, notes.sql);
    if (auto st = n.exec(notes.binds); !st)
        return st.error();
    while (n.next()) {
        SearchHit h;
        h.where = SearchHit::Where::Note;
        h.annotationId = n.value(0).toLongLong();
        h.documentId = n.value(1).toLongLong();
        const QString note = n.value(2).toString();
        const QString quote = n.value(3).toString();
        const qsizetype inNote = note.indexOf(query, 0, Qt::CaseInsensitive);
        h.snippet = inNote >= 0 ? snippetAround(note, inNote, query.size())
                                : snippetAround(quote, quote.indexOf(query, 0, Qt::CaseInsensitive), query.size());
        hits.append(h);
    }
    return hits;
}

} // namespace plens
