// Workspace: documents — add (with duplicate and revision detection), read, correct, remove, restore.
#include "store/workspace.h"

#include "store/sql_p.h"
#include "text/normalize.h"

#include <QJsonDocument>
#include <QSqlDatabase>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// Copies of one document have (nearly) the same SimHash; a revised edition stays close.
constexpr int kDuplicateBits = 3;
constexpr int kRevisionBits = 24;
constexpr double kDuplicateSimilarity = 0.98; // the import issue's bar for "the same document"

QString kindName(Figure::Kind k)
{
    return Figure::kindName(k);
}

QByteArray json(const Figure &f)
{
    return QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

Status Workspace::insertFigures(qint64 documentId, const QString &displayText, const QList<Figure> &figures)
{
    auto d = db(m_connectionName);
    Query q(d, m_path,
            QStringLiteral(
                "INSERT INTO commitments (document_id, figure, extracted, kind, metric, scope, year, start,"
                " \"end\", quote, prefix, suffix, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariant now = timestamp(QDateTime::currentDateTimeUtc());
    for (const Figure &f : figures) {
        const Anchor a = Anchor::fromRange(displayText, f.start, f.end);
        const QByteArray j = json(f);
        q.bind(documentId).bind(QString::fromUtf8(j)).bind(QString::fromUtf8(j)).bind(kindName(f.kind));
        q.bind(text(f.metric)).bind(text(f.scope)).bind(f.year ? QVariant(*f.year) : QVariant());
        q.bind(a.start).bind(a.end).bind(text(a.quote)).bind(text(a.prefix)).bind(text(a.suffix));
        q.bind(text(m_author)).bind(now);
        if (auto st = q.exec(); !st)
            return st;
    }
    return Ok {};
}

Result<AddResult> Workspace::addDocument(const Document &doc, const QList<Figure> &figures)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    // Same content (any format) -> nothing to add; same file name, close content -> a revision.
    qint64 revisionOf = 0;
    {
        Query q(d, m_path, QStringLiteral("SELECT id, file_name, content_hash FROM documents"));
        if (auto st = q.exec(); !st)
            return failed(st.error());
        QList<qint64> candidates;
        while (q.next()) {
            const int distance = contentHashDistance(q.value(2).toByteArray(), doc.contentHash);
            if (!doc.contentHash.isEmpty() && distance <= kDuplicateBits)
                candidates.append(q.value(0).toLongLong());
            else if (!revisionOf && q.value(1).toString() == doc.fileName && distance <= kRevisionBits)
                revisionOf = q.value(0).toLongLong();
        }
        // A close hash only nominates: documents built on the same template can collide, so the texts
        // themselves decide (a "duplicate" that is not one would lose the user a document).
        for (qint64 id : std::as_const(candidates)) {
            Query t(d, m_path, QStringLiteral("SELECT display_text FROM documents WHERE id = ?"));
            t.bind(id);
            if (t.exec() && t.next() && textSimilarity(t.value(0).toString(), doc.displayText) >= kDuplicateSimilarity)
                return AddResult {AddResult::Outcome::Duplicate, id, 0, 0};
        }
    }
    if (revisionOf)
        return reviseDocument(revisionOf, doc, figures);

    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error());
    Query q(
        d, m_path,
        QStringLiteral("INSERT INTO documents (file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                       " display_text, original_bytes, content_hash, char_boxes, page_sizes, tables, recognised_pages,"
                       " changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.bind(text(doc.fileName)).bind(int(doc.format)).bind(text(doc.meta.title)).bind(text(doc.meta.issuer));
    q.bind(text(doc.meta.docNumber));
    q.bind(doc.meta.date.isValid() ? QVariant(doc.meta.date.toString(Qt::ISODate)) : QVariant());
    q.bind(text(doc.meta.region)).bind(text(doc.meta.docType)).bind(text(doc.displayText));
    q.bind(doc.originalBytes).bind(doc.contentHash).bind(encodeBoxes(doc.charBoxes)).bind(encodeSizes(doc.pageSizes));
    q.bind(QString::fromUtf8(tablesToJson(doc.tables))).bind(QString::fromLatin1(encodePages(doc.recognisedPages)));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    if (auto st = q.exec(); !st)
        return failed(st.error());
    const qint64 id = q.returnedId();
    if (!id)
        return Error {m_path, tr("the document was not stored")};
    if (auto st = insertFigures(id, doc.displayText, figures); !st)
        return failed(st.error());
    if (auto st = t.commit(); !st)
        return failed(st.error());
    emit documentsChanged();
    emit commitmentsChanged(id);
    return AddResult {AddResult::Outcome::Added, id, 0, 0};
}

Result<AddResult> Workspace::reviseDocument(qint64 id, const Document &doc, const QList<Figure> &figures)
{
    auto d = db(m_connectionName);
    const auto old = document(id);
    if (!old)
        return old.error();
    AddResult result {AddResult::Outcome::Revised, id, 0, 0};

    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st.error();
    // The user's metadata stays where the new edition has nothing to say.
    DocumentMeta meta = doc.meta;
    const DocumentMeta &was = old->meta;
    for (auto [now, before] : {std::pair {&meta.title, &was.title}, std::pair {&meta.issuer, &was.issuer},
                               std::pair {&meta.docNumber, &was.docNumber}, std::pair {&meta.region, &was.region},
                               std::pair {&meta.docType, &was.docType}}) {
        if (now->isEmpty())
            *now = *before;
    }
    if (!meta.date.isValid())
        meta.date = was.date;
    Query up(
        d, m_path,
        QStringLiteral("UPDATE documents SET format = ?, title = ?, issuer = ?, doc_number = ?, issued = ?, region = ?,"
                       " doc_type = ?, display_text = ?, original_bytes = ?, content_hash = ?, char_boxes = ?,"
                       " page_sizes = ?, tables = ?, recognised_pages = ?, version = version + 1, changed_by = ?,"
                       " changed_at = ? WHERE id = ?"));
    up.bind(int(doc.format)).bind(text(meta.title)).bind(text(meta.issuer)).bind(text(meta.docNumber));
    up.bind(meta.date.isValid() ? QVariant(meta.date.toString(Qt::ISODate)) : QVariant());
    up.bind(text(meta.region)).bind(text(meta.docType)).bind(text(doc.displayText)).bind(doc.originalBytes);
    up.bind(doc.contentHash).bind(encodeBoxes(doc.charBoxes)).bind(encodeSizes(doc.pageSizes));
    up.bind(QString::fromUtf8(tablesToJson(doc.tables))).bind(QString::fromLatin1(encodePages(doc.recognisedPages)));
    up.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc())).bind(id);
    if (auto st = up.exec(); !st)
        return st.error();

    // Annotations: found again in the new text, or kept and marked orphaned — never dropped.
    Query ua(d, m_path,
             QStringLiteral("UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?,"
                            " orphaned = ?, version = version + 1 WHERE id = ?"));
    for (const Annotation &a : annotations(id)) {
        const Anchor moved = a.anchor.relocated(doc.displayText);
        ua.bind(moved.start).bind(moved.end).bind(text(moved.quote)).bind(text(moved.prefix)).bind(text(moved.suffix));
        ua.bind(moved.orphaned ? 1 : 0).bind(a.id);
        if (auto st = ua.exec(); !st)
            return st.error();
        moved.orphaned ? ++result.orphaned : ++result.reanchored;
    }

    // Figures: those a user worked on are kept and re-anchored; the extractor's own are replaced.
    const QHash<qint64, QList<qint64>> tagsOf = commitmentTags();
    QSet<qint64> linked;
    for (const Link &l : links()) {
        if (l.state == Link::State::Accepted) {
            linked.insert(l.fromId);
            linked.insert(l.toId);
        }
    }
    QList<QPair<qsizetype, qsizetype>> kept;
    for (Commitment c : commitments(id)) {
        const bool touched = c.userCorrected || c.userAdded || c.confirmed || c.status != TargetStatus::None
            || tagsOf.contains(c.id) || linked.contains(c.id);
        if (!touched) {
            Query del(d, m_path, QStringLiteral("DELETE FROM commitments WHERE id = ?"));
            del.bind(c.id);
            if (auto st = del.exec(); !st)
                return st.error();
            continue;
        }
        c.anchor = c.anchor.relocated(doc.displayText);
        if (!c.anchor.orphaned) {
            c.figure.start = c.anchor.start;
            c.figure.end = c.anchor.end;
            kept.append({c.anchor.start, c.anchor.end});
        }
        if (auto st = updateCommitment(c); !st)
            return st.error();
    }
    QList<Figure> fresh;
    for (const Figure &f : figures) {
        const bool overlapsKept = std::any_of(kept.cbegin(), kept.cend(),
                                              [&f](const auto &r) { return f.start < r.second && r.first < f.end; });
        if (!overlapsKept)
            fresh.append(f);
    }
    if (auto st = insertFigures(id, doc.displayText, fresh); !st)
        return st.error();
    if (auto st = t.commit(); !st)
        return st.error();
    emit documentsChanged();
    emit commitmentsChanged(id);
    emit annotationsChanged(id);
    emit linksChanged();
    return result;
}

QList<DocumentSummary> Workspace::documents() const
{
    QList<DocumentSummary> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                           " (SELECT count(*) FROM commitments c WHERE c.document_id = documents.id),"
                           " (SELECT count(*) FROM annotations a WHERE a.document_id = documents.id)"
                           " FROM documents ORDER BY id"));
    if (!q.exec())
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
        s.figureCount = q.value(9).toInt();
        s.annotationCount = q.value(10).toInt();
        out.append(s);
    }
    return out;
}

Result<Document> Workspace::document(qint64 id) const
{
    Query q(
        db(m_connectionName), m_path,
        QStringLiteral("SELECT file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                       " display_text, original_bytes, content_hash, char_boxes, page_sizes, tables, recognised_pages"
                       " FROM documents WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
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
    d.charBoxes = decodeBoxes(q.value(11).toByteArray());
    d.pageSizes = decodeSizes(q.value(12).toByteArray());
    if (!d.charBoxes.isEmpty() && d.charBoxes.size() != d.displayText.size())
        d.charBoxes.clear(); // damaged: show the text without boxes rather than wrong highlights
    d.tables = tablesFromJson(q.value(13).toString().toUtf8(), d.displayText.size());
    d.recognisedPages = decodePages(q.value(14).toString().toLatin1());
    return d;
}

Result<DocumentMeta> Workspace::documentMeta(qint64 id) const
{
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT title, issuer, doc_number, issued, region, doc_type FROM documents WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return Error {m_path, tr("no document with id %1").arg(id)};
    DocumentMeta m;
    m.title = q.value(0).toString();
    m.issuer = q.value(1).toString();
    m.docNumber = q.value(2).toString();
    m.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m.region = q.value(4).toString();
    m.docType = q.value(5).toString();
    return m;
}

Status Workspace::setDocumentMeta(qint64 id, const DocumentMeta &m, qint64 expectedVersion)
{
    if (auto off = offline())
        return *off;
    Query q(db(m_connectionName), m_path,
            QStringLiteral(
                "UPDATE documents SET title = ?, issuer = ?, doc_number = ?, issued = ?, region = ?, doc_type = ?,"
                " version = version + 1, changed_by = ?, changed_at = ? WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(text(m.title)).bind(text(m.issuer)).bind(text(m.docNumber));
    q.bind(m.date.isValid() ? QVariant(m.date.toString(Qt::ISODate)) : QVariant());
    q.bind(text(m.region)).bind(text(m.docType));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    q.bind(id).bind(expectedVersion).bind(expectedVersion);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    if (q.affected() == 0)
        return notChanged(Item::Document, id, expectedVersion, tr("no document with id %1").arg(id));
    emit documentsChanged();
    return Ok {};
}

Status Workspace::removeDocument(qint64 id)
{
    if (auto off = offline())
        return *off;
    Query q(db(m_connectionName), m_path, QStringLiteral("DELETE FROM documents WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    emit documentsChanged();
    emit commitmentsChanged(id);
    emit annotationsChanged(id);
    emit linksChanged();
    return Ok {};
}

Result<Workspace::DocumentRecord> Workspace::documentRecord(qint64 id) const
{
    auto doc = document(id);
    if (!doc)
        return doc.error();
    DocumentRecord r;
    r.document = std::move(doc).value();
    if (const auto s = stamp(Item::Document, id))
        r.documentStamp = *s;
    r.commitments = commitments(id);
    r.annotations = annotations(id);
    QSet<qint64> ids;
    for (const Commitment &c : std::as_const(r.commitments))
        ids.insert(c.id);
    for (const Link &l : links()) {
        if (ids.contains(l.fromId) || ids.contains(l.toId))
            r.links.append(l);
    }
    const auto tags = commitmentTags();
    for (qint64 c : std::as_const(ids)) {
        if (tags.contains(c))
            r.commitmentTags.insert(c, tags.value(c));
    }
    return r;
}

Status Workspace::restoreDocument(const DocumentRecord &r)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error());
    if (auto st = keepStamps(); !st)
        return failed(st.error());
    const Document &doc = r.document;
    Query q(d, m_path,
            QStringLiteral(
                "INSERT INTO documents (id, file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                " display_text, original_bytes, content_hash, char_boxes, page_sizes, tables, recognised_pages,"
                " version, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.bind(doc.id)
        .bind(text(doc.fileName))
        .bind(int(doc.format))
        .bind(text(doc.meta.title))
        .bind(text(doc.meta.issuer));
    q.bind(text(doc.meta.docNumber));
    q.bind(doc.meta.date.isValid() ? QVariant(doc.meta.date.toString(Qt::ISODate)) : QVariant());
    q.bind(text(doc.meta.region)).bind(text(doc.meta.docType)).bind(text(doc.displayText));
    q.bind(doc.originalBytes).bind(doc.contentHash).bind(encodeBoxes(doc.charBoxes)).bind(encodeSizes(doc.pageSizes));
    q.bind(QString::fromUtf8(tablesToJson(doc.tables))).bind(QString::fromLatin1(encodePages(doc.recognisedPages)));
    q.bind(std::max<qint64>(1, r.documentStamp.version)).bind(text(r.documentStamp.changedBy));
    q.bind(timestamp(r.documentStamp.changedAt));
    if (auto st = q.exec(); !st)
        return failed(st.error());
    for (const Commitment &c : r.commitments) {
        if (auto st = restoreCommitment(c, {}, r.commitmentTags.value(c.id)); !st)
            return st;
    }
    for (const Annotation &a : r.annotations) {
        if (auto st = addAnnotation(a); !st)
            return st.error();
    }
    for (const Link &l : r.links) {
        if (auto st = addLink(l); !st)
            return st.error();
    }
    if (auto st = t.commit(); !st)
        return st;
    emit documentsChanged();
    emit commitmentsChanged(doc.id);
    emit annotationsChanged(doc.id);
    emit linksChanged();
    return Ok {};
}

} // namespace plens
