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

namespace {

// What the figures of a text say, without where they stand: two renditions of one document give the
// same list; a version with one more target, or another value, does not.
QStringList figureSignature(const QList<Figure> &figures)
{
    QStringList out;
    out.reserve(figures.size());
    for (const Figure &f : figures) {
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(Figure::kindName(f.kind))
                   .arg(f.value, 0, 'g', 12)
                   .arg(f.valueMax ? QString::number(*f.valueMax, 'g', 12) : QString())
                   .arg(Figure::cmpName(f.cmp), f.unit)
                   .arg(f.year ? *f.year : 0);
    }
    out.sort();
    return out;
}

} // namespace

Result<AddResult> Workspace::addDocument(const Document &doc, const QList<Figure> &figures)
{
    if (auto st = writable(); !st)
        return st.error();
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    // A close content hash nominates documents of (nearly) the same text, in any format; the texts and
    // figures decide what the new file is to them. Same file name, further apart: a revision.
    qint64 revisionOf = 0;
    QList<qint64> candidates; // the same file name first, then the latest
    {
        Query q(d, m_path, QStringLiteral("SELECT id, file_name, content_hash FROM documents ORDER BY id DESC"));
        if (auto st = q.exec(); !st)
            return failed(st.error());
        qsizetype sameName = 0;
        while (q.next()) {
            const int distance = contentHashDistance(q.value(2).toByteArray(), doc.contentHash);
            const bool named = q.value(1).toString() == doc.fileName;
            if (!doc.contentHash.isEmpty() && distance <= kDuplicateBits)
                candidates.insert(named ? sameName++ : candidates.size(), q.value(0).toLongLong());
            else if (!revisionOf && named && distance <= kRevisionBits)
                revisionOf = q.value(0).toLongLong();
        }
    }
    // Documents built on the same template can have close hashes, so the texts themselves decide (a
    // "duplicate" that is not one would lose the user a document).
    const QString key = matchingKey(doc.displayText);
    const QStringList signature = figureSignature(figures);
    for (qint64 id : std::as_const(candidates)) {
        Query t(d, m_path, QStringLiteral("SELECT display_text, file_name, format FROM documents WHERE id = ?"));
        t.bind(id);
        if (!t.exec() || !t.next())
            continue;
        const QString storedText = t.value(0).toString();
        const QString storedKey = matchingKey(storedText);
        const bool identical = storedKey == key;
        if (!identical && keySimilarity(storedKey, key) < kDuplicateSimilarity)
            continue;
        const QString storedName = t.value(1).toString();
        QList<SourceFormat> held {static_cast<SourceFormat>(t.value(2).toInt())};
        for (const Rendition &r : renditions(id))
            held << r.format;
        QList<Figure> storedFigures;
        for (const Commitment &c : commitments(id)) {
            if (!c.userAdded)
                storedFigures << c.extracted;
        }
        const bool sameFigures = identical || figureSignature(storedFigures) == signature;
        if (held.contains(doc.format)) {
            if (sameFigures)
                return AddResult {AddResult::Outcome::Duplicate, id, 0, 0};
            if (storedName == doc.fileName)
                return reviseDocument(id, doc, figures);
        } else if (sameFigures) {
            return addRendition(id, doc, figures);
        }
        // Nearly the same text with other figures: a new version, kept beside the old one.
        auto added = insertDocument(doc, figures, id);
        if (added)
            added->outcome = AddResult::Outcome::NewVersion;
        return added;
    }
    if (revisionOf)
        return reviseDocument(revisionOf, doc, figures);
    return insertDocument(doc, figures, 0);
}

Result<AddResult> Workspace::insertDocument(const Document &doc, const QList<Figure> &figures, qint64 previousVersion)
{
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error());
    Query q(
        d, m_path,
        QStringLiteral("INSERT INTO documents (file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                       " display_text, original_bytes, content_hash, char_boxes, page_sizes, tables, recognised_pages,"
                       " previous_version, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                       " RETURNING id"));
    q.bind(text(doc.fileName)).bind(int(doc.format)).bind(text(doc.meta.title)).bind(text(doc.meta.issuer));
    q.bind(text(doc.meta.docNumber));
    q.bind(doc.meta.date.isValid() ? QVariant(doc.meta.date.toString(Qt::ISODate)) : QVariant());
    q.bind(text(doc.meta.region)).bind(text(doc.meta.docType)).bind(text(doc.displayText));
    q.bind(doc.originalBytes).bind(doc.contentHash).bind(encodeBoxes(doc.charBoxes)).bind(encodeSizes(doc.pageSizes));
    q.bind(QString::fromUtf8(tablesToJson(doc.tables))).bind(QString::fromLatin1(encodePages(doc.recognisedPages)));
    q.bind(previousVersion ? QVariant(previousVersion) : QVariant(QMetaType(QMetaType::LongLong)));
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
    AddResult result {AddResult::Outcome::Added, id, 0, 0};
    result.previousVersion = previousVersion;
    return result;
}

Status Workspace::insertRendition(qint64 documentId, const Document &doc)
{
    Query q(db(m_connectionName), m_path,
            QStringLiteral("INSERT INTO renditions (document_id, file_name, format, display_text, original_bytes,"
                           " content_hash, char_boxes, page_sizes) VALUES (?,?,?,?,?,?,?,?)"));
    q.bind(documentId).bind(text(doc.fileName)).bind(int(doc.format)).bind(text(doc.displayText));
    q.bind(doc.originalBytes).bind(doc.contentHash).bind(encodeBoxes(doc.charBoxes)).bind(encodeSizes(doc.pageSizes));
    return q.exec();
}

// The same document in another format. A PDF is what the officer reads and exports, so a PDF arriving
// after the text (or the Word file) takes the document's place and the text becomes a rendition beside
// it, the annotations and the user's figures re-anchored to the PDF's text; any other format is kept
// beside the document as it is.
Result<AddResult> Workspace::addRendition(qint64 id, const Document &doc, const QList<Figure> &figures)
{
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st.error();
    auto current = document(id);
    if (!current)
        return current.error();
    AddResult result {AddResult::Outcome::Rendition, id, 0, 0};
    if (doc.format == SourceFormat::Pdf && current->format != SourceFormat::Pdf) {
        if (auto st = insertRendition(id, *current); !st)
            return st.error();
        auto revised = reviseDocument(id, doc, figures, AddResult::Outcome::Rendition);
        if (!revised)
            return revised.error();
        result = *revised;
    } else if (auto st = insertRendition(id, doc); !st) {
        return st.error();
    }
    if (auto st = t.commit(); !st)
        return st.error();
    emit documentsChanged();
    return result;
}

QList<Rendition> Workspace::renditions(qint64 documentId) const
{
    QList<Rendition> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, file_name, format FROM renditions WHERE document_id = ? ORDER BY id"));
    q.bind(documentId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Rendition {q.value(0).toLongLong(),
                              documentId,
                              q.value(1).toString(),
                              static_cast<SourceFormat>(q.value(2).toInt()),
                              {}});
    return out;
}

Result<Rendition> Workspace::rendition(qint64 id) const
{
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT document_id, file_name, format, original_bytes FROM renditions WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return Error {m_path, tr("no rendition with id %1").arg(id)};
    return Rendition {id, q.value(0).toLongLong(), q.value(1).toString(), static_cast<SourceFormat>(q.value(2).toInt()),
                      q.value(3).toByteArray()};
}

Result<AddResult> Workspace::reviseDocument(qint64 id, const Document &doc, const QList<Figure> &figures,
                                            AddResult::Outcome outcome)
{
    auto d = db(m_connectionName);
    const auto old = document(id);
    if (!old)
        return old.error();
    AddResult result {outcome, id, 0, 0};

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
    // The formats of the other renditions, by document (one query for all, in SQL both stores
    // understand), read before the list: a server connection reads one result at a time.
    QHash<qint64, QList<SourceFormat>> renditionFormats;
    {
        Query r(db(m_connectionName), m_path,
                QStringLiteral("SELECT document_id, format FROM renditions ORDER BY document_id, id"));
        if (r.exec()) {
            while (r.next())
                renditionFormats[r.value(0).toLongLong()].append(static_cast<SourceFormat>(r.value(1).toInt()));
        }
    }
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, file_name, format, title, issuer, doc_number, issued, region, doc_type,"
                           " (SELECT count(*) FROM commitments c WHERE c.document_id = documents.id),"
                           " (SELECT count(*) FROM annotations a WHERE a.document_id = documents.id),"
                           " previous_version FROM documents ORDER BY id"));
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
        s.previousVersion = q.value(11).toLongLong();
        s.renditions = renditionFormats.value(s.id);
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
    auto d = db(m_connectionName);
    Query v(d, m_path, QStringLiteral("SELECT previous_version FROM documents WHERE id = ?"));
    v.bind(id);
    if (v.exec() && v.next())
        r.previousVersion = v.value(0).toLongLong();
    Query n(d, m_path, QStringLiteral("SELECT id FROM documents WHERE previous_version = ?"));
    n.bind(id);
    if (n.exec()) {
        while (n.next())
            r.nextVersions.append(n.value(0).toLongLong());
    }
    Query rq(d, m_path,
             QStringLiteral("SELECT id, file_name, format, display_text, original_bytes, content_hash, char_boxes,"
                            " page_sizes FROM renditions WHERE document_id = ? ORDER BY id"));
    rq.bind(id);
    if (auto st = rq.exec(); !st)
        return st.error();
    while (rq.next()) {
        Rendition rendition {rq.value(0).toLongLong(), id, rq.value(1).toString(),
                             static_cast<SourceFormat>(rq.value(2).toInt()), rq.value(4).toByteArray()};
        Document text;
        text.fileName = rendition.fileName;
        text.format = rendition.format;
        text.displayText = rq.value(3).toString();
        text.originalBytes = rendition.originalBytes;
        text.contentHash = rq.value(5).toByteArray();
        text.charBoxes = decodeBoxes(rq.value(6).toByteArray());
        text.pageSizes = decodeSizes(rq.value(7).toByteArray());
        r.renditions.append(rendition);
        r.renditionTexts.append(text);
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
                " previous_version, version, changed_by, changed_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
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
    q.bind(r.previousVersion ? QVariant(r.previousVersion) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bind(std::max<qint64>(1, r.documentStamp.version)).bind(text(r.documentStamp.changedBy));
    q.bind(timestamp(r.documentStamp.changedAt));
    if (auto st = q.exec(); !st)
        return failed(st.error());
    for (qsizetype i = 0; i < r.renditionTexts.size(); ++i) {
        if (auto st = insertRendition(doc.id, r.renditionTexts.at(i)); !st)
            return failed(st.error());
    }
    Query next(d, m_path, QStringLiteral("UPDATE documents SET previous_version = ? WHERE id = ?"));
    for (qint64 later : r.nextVersions) {
        next.bind(doc.id).bind(later);
        if (auto st = next.exec(); !st)
            return failed(st.error());
    }
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
