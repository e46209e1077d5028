// Workspace: figures (commitments and reported values) and their tags.
#include "store/workspace.h"

#include "store/outbox.h"
#include "store/sql_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

#include <algorithm>
#include <tuple>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

QString json(const Figure &f)
{
    return QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
}

Figure figureFrom(const QVariant &v)
{
    return Figure::fromJson(QJsonDocument::fromJson(v.toString().toUtf8()).object()).value_or(Figure {});
}

const QString kColumns = QStringLiteral("id, document_id, figure, extracted, start, \"end\", quote, prefix, suffix, "
                                        "orphaned, indicator_id, status, status_note,"
                                        " status_author, status_changed, confirmed, user_corrected, user_added,"
                                        " version, changed_by, changed_at");

Commitment commitmentFrom(Query &q)
{
    Commitment c;
    c.id = q.value(0).toLongLong();
    c.documentId = q.value(1).toLongLong();
    c.figure = figureFrom(q.value(2));
    c.extracted = figureFrom(q.value(3));
    c.anchor.start = q.value(4).toLongLong();
    c.anchor.end = q.value(5).toLongLong();
    c.anchor.quote = q.value(6).toString();
    c.anchor.prefix = q.value(7).toString();
    c.anchor.suffix = q.value(8).toString();
    c.anchor.orphaned = q.value(9).toBool();
    c.indicatorId = q.value(10).toLongLong();
    c.status = TargetStatus(q.value(11).toInt());
    c.statusNote = q.value(12).toString();
    c.statusAuthor = q.value(13).toString();
    c.statusChanged = timestampFrom(q.value(14));
    c.confirmed = q.value(15).toBool();
    c.userCorrected = q.value(16).toBool();
    c.userAdded = q.value(17).toBool();
    c.stamp = RowStamp {q.value(18).toLongLong(), q.value(19).toString(), timestampFrom(q.value(20))};
    return c;
}

// Binds every column but id, in the order of kColumns without id.
void bindCommitment(Query &q, const Commitment &c)
{
    q.bind(c.documentId).bind(json(c.figure)).bind(json(c.extracted)).bind(Figure::kindName(c.figure.kind));
    q.bind(text(c.figure.metric))
        .bind(text(c.figure.scope))
        .bind(c.figure.year ? QVariant(*c.figure.year) : QVariant());
    q.bind(c.anchor.start).bind(c.anchor.end).bind(text(c.anchor.quote)).bind(text(c.anchor.prefix));
    q.bind(text(c.anchor.suffix)).bind(c.anchor.orphaned ? 1 : 0);
    q.bind(c.indicatorId ? QVariant(c.indicatorId) : QVariant()).bind(int(c.status)).bind(text(c.statusNote));
    q.bind(text(c.statusAuthor)).bind(timestamp(c.statusChanged)).bind(c.confirmed ? 1 : 0);
    q.bind(c.userCorrected ? 1 : 0).bind(c.userAdded ? 1 : 0);
}

const QString kInsert = QStringLiteral(
    "INSERT INTO commitments (%1document_id, figure, extracted, kind, metric, scope, year, start, \"end\", quote,"
    " prefix, suffix, orphaned, indicator_id, status, status_note, status_author, status_changed, confirmed,"
    " user_corrected, user_added, version, changed_by, changed_at) VALUES (%2?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
    "?,?,?) RETURNING id");

// The stamp of an inserted row: kept when it is put back (restore), else a new one.
void bindStamp(Query &q, const RowStamp &kept, const QString &author)
{
    if (kept.version > 0) {
        q.bind(kept.version).bind(text(kept.changedBy)).bind(timestamp(kept.changedAt));
        return;
    }
    q.bind(1).bind(text(author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
}

} // namespace

QList<Commitment> Workspace::commitments(qint64 documentId) const
{
    QList<Commitment> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT %1 FROM commitments %2 ORDER BY document_id, start")
                .arg(kColumns, documentId ? QStringLiteral("WHERE document_id = ?") : QString()));
    if (documentId)
        q.bind(documentId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(commitmentFrom(q));
    return out;
}

QList<Commitment> Workspace::ungroupedCommitments() const
{
    QList<Commitment> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT %1 FROM commitments WHERE indicator_id IS NULL AND metric <> ''"
                           " ORDER BY document_id, start")
                .arg(kColumns));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(commitmentFrom(q));
    return out;
}

QStringList Workspace::figureMetrics(Figure::Kind kind, qint64 documentId) const
{
    QStringList out;
    const QString kindName = Figure::kindName(kind);
    // One document's through the index by document (the kind is checked here: given both, a planner may
    // pick the index by kind and read every figure of that kind).
    Query q(db(m_connectionName), m_path,
            documentId
                ? QStringLiteral("SELECT DISTINCT kind, metric FROM commitments WHERE document_id = ?"
                                 " AND metric <> ''")
                : QStringLiteral("SELECT DISTINCT kind, metric FROM commitments WHERE kind = ? AND metric <> ''"));
    q.bind(documentId ? QVariant(documentId) : QVariant(kindName));
    if (!q.exec())
        return out;
    while (q.next()) {
        if (q.value(0).toString() == kindName)
            out.append(q.value(1).toString());
    }
    return out;
}

QList<Commitment> Workspace::figuresForLinking(Figure::Kind kind, const QStringList &metrics) const
{
    QList<Commitment> out;
    constexpr qsizetype chunk = 200; // parameters per statement, well under every backend's limit
    for (qsizetype from = 0; from < metrics.size(); from += chunk) {
        const QStringList part = metrics.mid(from, chunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        Query q(
            db(m_connectionName), m_path,
            QStringLiteral("SELECT id, document_id, figure, start FROM commitments WHERE kind = ? AND metric IN (%1)")
                .arg(marks.join(u',')));
        q.bind(Figure::kindName(kind));
        for (const QString &m : part)
            q.bind(text(m));
        if (!q.exec())
            return {};
        while (q.next()) {
            Commitment c;
            c.id = q.value(0).toLongLong();
            c.documentId = q.value(1).toLongLong();
            c.figure = figureFrom(q.value(2));
            c.anchor.start = q.value(3).toLongLong();
            out.append(c);
        }
    }
    std::sort(out.begin(), out.end(), [](const Commitment &a, const Commitment &b) {
        return std::tie(a.documentId, a.anchor.start, a.id) < std::tie(b.documentId, b.anchor.start, b.id);
    });
    return out;
}

Result<Commitment> Workspace::commitment(qint64 id) const
{
    Query q(db(m_connectionName), m_path, QStringLiteral("SELECT %1 FROM commitments WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return Error {m_path, tr("no figure with id %1").arg(id)};
    return commitmentFrom(q);
}

Result<qint64> Workspace::addCommitment(const Commitment &c)
{
    if (auto off = offline())
        return *off;
    Query q(db(m_connectionName), m_path, kInsert.arg(QString(), QString()));
    bindCommitment(q, c);
    bindStamp(q, {}, m_author);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    const qint64 id = q.returnedId();
    if (!id)
        return Error {m_path, tr("the figure was not stored")};
    emit commitmentsChanged(c.documentId);
    return id;
}

Status Workspace::updateCommitment(const Commitment &c)
{
    const QJsonObject args {{QStringLiteral("item"), Outbox::toJson(c)}};
    if (auto off = offline(QStringLiteral("updateCommitment"), args))
        return *off;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("UPDATE commitments SET document_id = ?, figure = ?, extracted = ?, kind = ?, metric = ?,"
                           " scope = ?, year = ?, start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?,"
                           " orphaned = ?, indicator_id = ?, status = ?, status_note = ?, status_author = ?,"
                           " status_changed = ?, confirmed = ?, user_corrected = ?, user_added = ?,"
                           " version = version + 1, changed_by = ?, changed_at = ?"
                           " WHERE id = ? AND (? = 0 OR version = ?)"));
    bindCommitment(q, c);
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    q.bind(c.id).bind(c.stamp.version).bind(c.stamp.version);
    if (auto st = q.exec(); !st)
        return failed(st.error(), QStringLiteral("updateCommitment"), args);
    if (q.affected() == 0)
        return notChanged(Item::Commitment, c.id, c.stamp.version, tr("no figure with id %1").arg(c.id));
    emit commitmentsChanged(c.documentId);
    return Ok {};
}

Status Workspace::removeCommitment(qint64 id, qint64 expectedVersion)
{
    if (auto off = offline())
        return *off;
    const auto c = commitment(id);
    if (!c)
        return c.error().kind == Error::Kind::Offline
            ? failed(c.error())
            : notChanged(Item::Commitment, id, expectedVersion, c.error().message);
    Query q(db(m_connectionName), m_path,
            QStringLiteral("DELETE FROM commitments WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(id).bind(expectedVersion).bind(expectedVersion);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    if (q.affected() == 0)
        return notChanged(Item::Commitment, id, expectedVersion, tr("no figure with id %1").arg(id));
    emit commitmentsChanged(c->documentId);
    emit linksChanged();
    return Ok {};
}

Status Workspace::restoreCommitment(const Commitment &c, const QList<Link> &links, const QList<qint64> &tags)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error());
    if (auto st = keepStamps(); !st)
        return failed(st.error());
    Query q(d, m_path, kInsert.arg(QStringLiteral("id, "), QStringLiteral("?,")));
    q.bind(c.id);
    bindCommitment(q, c);
    bindStamp(q, c.stamp, m_author);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    q.finish();
    if (!tags.isEmpty()) {
        if (auto st = setCommitmentTags(c.id, tags); !st)
            return st;
    }
    for (const Link &l : links) {
        if (auto st = addLink(l); !st)
            return st.error();
    }
    if (auto st = t.commit(); !st)
        return st;
    emit commitmentsChanged(c.documentId);
    if (!links.isEmpty())
        emit linksChanged();
    return Ok {};
}

QHash<qint64, QList<qint64>> Workspace::commitmentTags() const
{
    QHash<qint64, QList<qint64>> out;
    Query q(db(m_connectionName), m_path, QStringLiteral("SELECT commitment_id, tag_id FROM commitment_tags"));
    if (!q.exec())
        return out;
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return out;
}

Status Workspace::setCommitmentTags(qint64 id, const QList<qint64> &tagIds)
{
    QJsonArray tagArray;
    for (qint64 tag : tagIds)
        tagArray.append(tag);
    const QJsonObject args {{QStringLiteral("id"), id}, {QStringLiteral("tags"), tagArray}};
    if (auto off = offline(QStringLiteral("setCommitmentTags"), args))
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error(), QStringLiteral("setCommitmentTags"), args);
    Query del(d, m_path, QStringLiteral("DELETE FROM commitment_tags WHERE commitment_id = ?"));
    del.bind(id);
    if (auto st = del.exec(); !st)
        return failed(st.error(), QStringLiteral("setCommitmentTags"), args);
    Query ins(
        d, m_path,
        QStringLiteral("INSERT INTO commitment_tags (commitment_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 tag : tagIds) {
        ins.bind(id).bind(tag);
        if (auto st = ins.exec(); !st)
            return failed(st.error(), QStringLiteral("setCommitmentTags"), args);
    }
    if (auto st = t.commit(); !st)
        return failed(st.error(), QStringLiteral("setCommitmentTags"), args);
    emit tagsChanged();
    return Ok {};
}

} // namespace plens
