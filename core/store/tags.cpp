// Workspace: the tag tree.
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
} // namespace

QList<Tag> Workspace::tags() const
{
    QList<Tag> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, parent_id, name, colour, version, changed_by, changed_at FROM tags"
                           " ORDER BY name, id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        Tag t;
        t.id = q.value(0).toLongLong();
        t.parentId = q.value(1).toLongLong();
        t.name = q.value(2).toString();
        t.color = colourFrom(q.value(3));
        t.stamp = RowStamp {q.value(4).toLongLong(), q.value(5).toString(), timestampFrom(q.value(6))};
        out.append(t);
    }
    return out;
}

Result<qint64> Workspace::addTag(const Tag &t)
{
    if (t.name.trimmed().isEmpty())
        return Error {m_path, tr("a tag needs a name")};
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction txn(d, m_path);
    if (auto st = txn.status(); !st)
        return failed(st.error());
    Query q(d, m_path,
            QStringLiteral("INSERT INTO tags (%1parent_id, name, colour, changed_by, changed_at)"
                           " VALUES (%2?, ?, ?, ?, ?) RETURNING id")
                .arg(t.id ? QStringLiteral("id, ") : QString(), t.id ? QStringLiteral("?, ") : QString()));
    if (t.id)
        q.bind(t.id);
    q.bind(t.parentId ? QVariant(t.parentId) : QVariant()).bind(t.name.trimmed()).bind(colour(t.color));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    if (auto st = q.exec(); !st)
        return failed(st.error());
    const qint64 id = q.returnedId();
    if (!id)
        return Error {m_path, tr("the tag was not stored")};
    if (auto st = txn.commit(); !st)
        return failed(st.error());
    emit tagsChanged();
    return id;
}

Status Workspace::updateTag(const Tag &t)
{
    if (t.name.trimmed().isEmpty())
        return Error {m_path, tr("a tag needs a name")};
    if (auto off = offline())
        return *off;
    // A tag cannot move under itself or one of its descendants.
    for (qint64 p = t.parentId; p;) {
        if (p == t.id)
            return Error {m_path, tr("a tag cannot be moved inside itself")};
        Query up(db(m_connectionName), m_path, QStringLiteral("SELECT parent_id FROM tags WHERE id = ?"));
        up.bind(p);
        if (auto st = up.exec(); !st)
            return st;
        p = up.next() ? up.value(0).toLongLong() : 0;
    }
    Query q(db(m_connectionName), m_path,
            QStringLiteral("UPDATE tags SET parent_id = ?, name = ?, colour = ?, version = version + 1, changed_by = ?,"
                           " changed_at = ? WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(t.parentId ? QVariant(t.parentId) : QVariant()).bind(t.name.trimmed()).bind(colour(t.color));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    q.bind(t.id).bind(t.stamp.version).bind(t.stamp.version);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    if (q.affected() == 0)
        return notChanged(Item::Tag, t.id, t.stamp.version, tr("no tag with id %1").arg(t.id));
    emit tagsChanged();
    return Ok {};
}

Status Workspace::removeTag(qint64 id)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st;
    Query up(
        d, m_path,
        QStringLiteral("UPDATE tags SET parent_id = (SELECT parent_id FROM tags WHERE id = ?) WHERE parent_id = ?"));
    up.bind(id).bind(id);
    if (auto st = up.exec(); !st)
        return st;
    Query del(d, m_path, QStringLiteral("DELETE FROM tags WHERE id = ?"));
    del.bind(id);
    if (auto st = del.exec(); !st)
        return st;
    if (auto st = t.commit(); !st)
        return st;
    emit tagsChanged();
    emit annotationsChanged(0);
    return Ok {};
}

Status Workspace::mergeTags(qint64 from, qint64 into)
{
    if (from == into)
        return Ok {};
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st;
    for (const QString &sql :
         {QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id,"
                         " CAST(? AS BIGINT) FROM annotation_tags WHERE tag_id = ?"
                         " ON CONFLICT DO NOTHING"),
          QStringLiteral("INSERT INTO commitment_tags (commitment_id, tag_id) SELECT commitment_id,"
                         " CAST(? AS BIGINT) FROM commitment_tags WHERE tag_id = ?"
                         " ON CONFLICT DO NOTHING"),
          QStringLiteral("UPDATE tags SET parent_id = ? WHERE parent_id = ?")}) {
        Query q(d, m_path, sql);
        q.bind(into).bind(from);
        if (auto st = q.exec(); !st)
            return st;
    }
    Query del(d, m_path, QStringLiteral("DELETE FROM tags WHERE id = ?"));
    del.bind(from);
    if (auto st = del.exec(); !st)
        return st;
    if (auto st = t.commit(); !st)
        return st;
    emit tagsChanged();
    emit annotationsChanged(0);
    return Ok {};
}

Workspace::TagState Workspace::tagState() const
{
    TagState s;
    s.tags = tags();
    s.commitmentTags = commitmentTags();
    Query q(db(m_connectionName), m_path, QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags"));
    if (q.exec()) {
        while (q.next())
            s.annotationTags[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    }
    return s;
}

Status Workspace::setTagState(const TagState &state)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st;
    for (const QString &sql : {QStringLiteral("DELETE FROM annotation_tags"),
                               QStringLiteral("DELETE FROM commitment_tags"), QStringLiteral("DELETE FROM tags")}) {
        Query q(d, m_path, sql);
        if (auto st = q.exec(); !st)
            return st;
    }
    // Parents first: insert without parents, then set them.
    Query ins(d, m_path, QStringLiteral("INSERT INTO tags (id, name, colour) VALUES (?, ?, ?)"));
    for (const Tag &tag : state.tags) {
        ins.bind(tag.id).bind(tag.name).bind(colour(tag.color));
        if (auto st = ins.exec(); !st)
            return st;
    }
    Query parent(d, m_path, QStringLiteral("UPDATE tags SET parent_id = ? WHERE id = ?"));
    for (const Tag &tag : state.tags) {
        if (!tag.parentId)
            continue;
        parent.bind(tag.parentId).bind(tag.id);
        if (auto st = parent.exec(); !st)
            return st;
    }
    Query at(d, m_path,
             QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) SELECT CAST(? AS BIGINT),"
                            " CAST(? AS BIGINT) WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?)"
                            " ON CONFLICT DO NOTHING"));
    for (auto it = state.annotationTags.cbegin(); it != state.annotationTags.cend(); ++it) {
        for (qint64 tag : it.value()) {
            at.bind(it.key()).bind(tag).bind(it.key());
            if (auto st = at.exec(); !st)
                return st;
        }
    }
    Query ct(d, m_path,
             QStringLiteral("INSERT INTO commitment_tags (commitment_id, tag_id) SELECT CAST(? AS BIGINT),"
                            " CAST(? AS BIGINT) WHERE EXISTS (SELECT 1 FROM commitments WHERE id = ?)"
                            " ON CONFLICT DO NOTHING"));
    for (auto it = state.commitmentTags.cbegin(); it != state.commitmentTags.cend(); ++it) {
        for (qint64 tag : it.value()) {
            ct.bind(it.key()).bind(tag).bind(it.key());
            if (auto st = ct.exec(); !st)
                return st;
        }
    }
    if (auto st = t.commit(); !st)
        return st;
    emit tagsChanged();
    emit annotationsChanged(0);
    return Ok {};
}

} // namespace plens
