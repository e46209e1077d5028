// Workspace: annotations (highlights with notes) and their tags.
#include "store/workspace.h"

#include "store/outbox.h"
#include "store/sql_p.h"

#include <QSqlDatabase>
#include <QUuid>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

Status setTags(const QSqlDatabase &d, const QString &file, qint64 id, const QList<qint64> &tagIds)
{
    Query del(d, file, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    del.bind(id);
    if (auto st = del.exec(); !st)
        return st;
    Query ins(
        d, file,
        QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 tag : tagIds) {
        ins.bind(id).bind(tag);
        if (auto st = ins.exec(); !st)
            return st;
    }
    return Ok {};
}

} // namespace

QList<Annotation> Workspace::annotations(qint64 documentId) const
{
    QList<Annotation> out;
    auto d = db(m_connectionName);
    Query q(
        d, m_path,
        QStringLiteral("SELECT id, document_id, start, \"end\", quote, prefix, suffix, orphaned, colour, note, author,"
                       " created, modified, version, changed_by, changed_at FROM annotations %1"
                       " ORDER BY document_id, start")
            .arg(documentId ? QStringLiteral("WHERE document_id = ?") : QString()));
    if (documentId)
        q.bind(documentId);
    if (!q.exec())
        return out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.documentId = q.value(1).toLongLong();
        a.anchor.start = q.value(2).toLongLong();
        a.anchor.end = q.value(3).toLongLong();
        a.anchor.quote = q.value(4).toString();
        a.anchor.prefix = q.value(5).toString();
        a.anchor.suffix = q.value(6).toString();
        a.anchor.orphaned = q.value(7).toBool();
        a.color = colourFrom(q.value(8));
        a.note = q.value(9).toString();
        a.author = q.value(10).toString();
        a.created = timestampFrom(q.value(11));
        a.modified = timestampFrom(q.value(12));
        a.stamp = RowStamp {q.value(13).toLongLong(), q.value(14).toString(), timestampFrom(q.value(15))};
        index.insert(a.id, out.size());
        out.append(a);
    }
    Query t(d, m_path,
            documentId ? QStringLiteral("SELECT at.annotation_id, at.tag_id FROM annotation_tags at JOIN annotations a"
                                        " ON a.id = at.annotation_id WHERE a.document_id = ?")
                       : QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags"));
    if (documentId)
        t.bind(documentId);
    if (t.exec()) {
        while (t.next()) {
            const auto it = index.constFind(t.value(0).toLongLong());
            if (it != index.constEnd())
                out[*it].tagIds.append(t.value(1).toLongLong());
        }
    }
    return out;
}

Result<Annotation> Workspace::annotation(qint64 id) const
{
    Query q(db(m_connectionName), m_path, QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return Error {m_path, tr("no annotation with id %1").arg(id)};
    for (const Annotation &a : annotations(q.value(0).toLongLong())) {
        if (a.id == id)
            return a;
    }
    return Error {m_path, tr("no annotation with id %1").arg(id)};
}

Result<qint64> Workspace::addAnnotation(const Annotation &a)
{
    // Every new annotation has an id of its own, so that an edit sent again (from the outbox, after
    // a lost connection) is stored once.
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject args {{QStringLiteral("item"), Outbox::toJson(a)}, {QStringLiteral("uid"), uid}};
    if (auto off = offline(QStringLiteral("addAnnotation"), args))
        return *off;
    auto id = insertAnnotation(a, uid);
    if (!id)
        return failed(id.error(), QStringLiteral("addAnnotation"), args);
    return id;
}

Result<qint64> Workspace::insertAnnotation(const Annotation &a, const QString &uid)
{
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st.error();
    if (a.id) {
        // Put back under its id (undo of a delete): an owner keeps who wrote it.
        if (auto st = keepStamps(); !st)
            return st.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString author = text(a.author.isEmpty() ? m_author : a.author);
    Query q(d, m_path,
            QStringLiteral("INSERT INTO annotations (%1document_id, start, \"end\", quote, prefix, suffix, orphaned,"
                           " colour, note, author, created, modified, version, changed_by, changed_at, uid)"
                           " VALUES (%2?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (uid) DO NOTHING RETURNING id")
                .arg(a.id ? QStringLiteral("id, ") : QString(), a.id ? QStringLiteral("?,") : QString()));
    if (a.id)
        q.bind(a.id);
    q.bind(a.documentId).bind(a.anchor.start).bind(a.anchor.end).bind(text(a.anchor.quote)).bind(text(a.anchor.prefix));
    q.bind(text(a.anchor.suffix)).bind(a.anchor.orphaned ? 1 : 0).bind(colour(a.color)).bind(text(a.note));
    q.bind(author);
    q.bind(timestamp(a.created.isValid() ? a.created : now)).bind(timestamp(a.modified.isValid() ? a.modified : now));
    q.bind(a.stamp.version > 0 && a.id ? a.stamp.version : 1);
    q.bind(a.id && !a.stamp.changedBy.isEmpty() ? a.stamp.changedBy : author);
    q.bind(timestamp(a.id && a.stamp.changedAt.isValid() ? a.stamp.changedAt : now));
    q.bind(uid.isEmpty() ? QVariant() : QVariant(uid));
    if (auto st = q.exec(); !st)
        return st.error();
    qint64 id = q.returnedId();
    if (!id) {
        // Sent before (the answer was lost with the connection): the stored one stands.
        Query again(d, m_path, QStringLiteral("SELECT id FROM annotations WHERE uid = ?"));
        if (auto st = again.exec({uid}); !st)
            return st.error();
        id = again.returnedId();
        if (!id)
            return Error {m_path, tr("the annotation was not stored")};
        if (auto st = t.commit(); !st)
            return st.error();
        emit annotationsChanged(a.documentId);
        return id;
    }
    if (auto st = setTags(d, m_path, id, a.tagIds); !st)
        return st.error();
    if (auto st = t.commit(); !st)
        return st.error();
    emit annotationsChanged(a.documentId);
    return id;
}

Status Workspace::updateAnnotation(const Annotation &a)
{
    const QJsonObject args {{QStringLiteral("item"), Outbox::toJson(a)}};
    if (auto off = offline(QStringLiteral("updateAnnotation"), args))
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error(), QStringLiteral("updateAnnotation"), args);
    Query q(d, m_path,
            QStringLiteral("UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?,"
                           " orphaned = ?, colour = ?, note = ?, modified = ?, version = version + 1, changed_by = ?,"
                           " changed_at = ? WHERE id = ? AND (? = 0 OR version = ?)"));
    const QVariant now = timestamp(QDateTime::currentDateTimeUtc());
    q.bind(a.anchor.start).bind(a.anchor.end).bind(text(a.anchor.quote)).bind(text(a.anchor.prefix));
    q.bind(text(a.anchor.suffix)).bind(a.anchor.orphaned ? 1 : 0).bind(colour(a.color)).bind(text(a.note));
    q.bind(now).bind(text(m_author)).bind(now).bind(a.id).bind(a.stamp.version).bind(a.stamp.version);
    if (auto st = q.exec(); !st)
        return failed(st.error(), QStringLiteral("updateAnnotation"), args);
    if (q.affected() == 0)
        return notChanged(Item::Annotation, a.id, a.stamp.version, tr("no annotation with id %1").arg(a.id));
    if (auto st = setTags(d, m_path, a.id, a.tagIds); !st)
        return failed(st.error(), QStringLiteral("updateAnnotation"), args);
    if (auto st = t.commit(); !st)
        return failed(st.error(), QStringLiteral("updateAnnotation"), args);
    emit annotationsChanged(a.documentId);
    return Ok {};
}

Status Workspace::removeAnnotation(qint64 id, qint64 expectedVersion)
{
    const QJsonObject args {{QStringLiteral("id"), id}, {QStringLiteral("version"), expectedVersion}};
    if (auto off = offline(QStringLiteral("removeAnnotation"), args))
        return *off;
    const auto a = annotation(id);
    if (!a)
        return a.error().kind == Error::Kind::Offline
            ? failed(a.error(), QStringLiteral("removeAnnotation"), args)
            : notChanged(Item::Annotation, id, expectedVersion, a.error().message);
    Query q(db(m_connectionName), m_path,
            QStringLiteral("DELETE FROM annotations WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(id).bind(expectedVersion).bind(expectedVersion);
    if (auto st = q.exec(); !st)
        return failed(st.error(), QStringLiteral("removeAnnotation"), args);
    if (q.affected() == 0)
        return notChanged(Item::Annotation, id, expectedVersion, tr("no annotation with id %1").arg(id));
    emit annotationsChanged(a->documentId);
    return Ok {};
}

} // namespace plens
