#include "store/outbox.h"

#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace plens::store {

namespace {

QJsonObject anchorJson(const Anchor &a)
{
    return {{QStringLiteral("start"), a.start},   {QStringLiteral("end"), a.end},
            {QStringLiteral("quote"), a.quote},   {QStringLiteral("prefix"), a.prefix},
            {QStringLiteral("suffix"), a.suffix}, {QStringLiteral("orphaned"), a.orphaned}};
}

Anchor anchorFrom(const QJsonObject &o)
{
    Anchor a;
    a.start = o.value(QStringLiteral("start")).toInteger();
    a.end = o.value(QStringLiteral("end")).toInteger();
    a.quote = o.value(QStringLiteral("quote")).toString();
    a.prefix = o.value(QStringLiteral("prefix")).toString();
    a.suffix = o.value(QStringLiteral("suffix")).toString();
    a.orphaned = o.value(QStringLiteral("orphaned")).toBool();
    return a;
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

QList<qint64> idsFrom(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toInteger());
    return out;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

Outbox::Outbox(const QString &workspaceUrl)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    dir += QStringLiteral("/outbox");
    QDir().mkpath(dir);
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(workspaceUrl.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    m_path = dir + QStringLiteral("/") + key + QStringLiteral(".jsonl");
    m_rejectedPath = dir + QStringLiteral("/") + key + QStringLiteral("-not-sent.jsonl");
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (!o.isEmpty())
                m_entries.append(
                    Entry {o.value(QStringLiteral("op")).toString(), o.value(QStringLiteral("args")).toObject()});
        }
    }
}

Status Outbox::save()
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error {m_path, Workspace::tr("cannot write the outbox: %1").arg(f.errorString())};
    for (const Entry &e : std::as_const(m_entries)) {
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("op"), e.op}, {QStringLiteral("args"), e.args}})
                    .toJson(QJsonDocument::Compact));
        f.write("\n");
    }
    if (!f.commit())
        return Error {m_path, Workspace::tr("cannot write the outbox: %1").arg(f.errorString())};
    return Ok {};
}

Status Outbox::append(const QString &op, const QJsonObject &args)
{
    m_entries.append(Entry {op, args});
    return save();
}

Status Outbox::takeFirst()
{
    if (!m_entries.isEmpty())
        m_entries.removeFirst();
    return save();
}

Status Outbox::rejectFirst(const QString &why)
{
    if (m_entries.isEmpty())
        return Ok {};
    const Entry e = m_entries.first();
    QFile f(m_rejectedPath);
    if (!f.open(QIODevice::Append))
        return Error {m_rejectedPath, Workspace::tr("cannot write the outbox: %1").arg(f.errorString())};
    f.write(
        QJsonDocument(
            QJsonObject {{QStringLiteral("op"), e.op}, {QStringLiteral("args"), e.args}, {QStringLiteral("why"), why}})
            .toJson(QJsonDocument::Compact));
    f.write("\n");
    f.close();
    return takeFirst();
}

QJsonObject Outbox::toJson(const Annotation &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("document"), a.documentId},
            {QStringLiteral("anchor"), anchorJson(a.anchor)},
            {QStringLiteral("colour"), a.color.isValid() ? a.color.name(QColor::HexArgb) : QString()},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("created"), time(a.created)},
            {QStringLiteral("modified"), time(a.modified)},
            {QStringLiteral("tags"), ids(a.tagIds)},
            {QStringLiteral("version"), a.stamp.version}};
}

Annotation Outbox::annotationFrom(const QJsonObject &o)
{
    Annotation a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.documentId = o.value(QStringLiteral("document")).toInteger();
    a.anchor = anchorFrom(o.value(QStringLiteral("anchor")).toObject());
    const QString colour = o.value(QStringLiteral("colour")).toString();
    a.color = colour.isEmpty() ? QColor() : QColor::fromString(colour);
    a.note = o.value(QStringLiteral("note")).toString();
    a.author = o.value(QStringLiteral("author")).toString();
    a.created = timeFrom(o.value(QStringLiteral("created")));
    a.modified = timeFrom(o.value(QStringLiteral("modified")));
    a.tagIds = idsFrom(o.value(QStringLiteral("tags")));
    a.stamp.version = o.value(QStringLiteral("version")).toInteger();
    return a;
}

QJsonObject Outbox::toJson(const Commitment &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("document"), c.documentId},
            {QStringLiteral("figure"), c.figure.toJson()},
            {QStringLiteral("extracted"), c.extracted.toJson()},
            {QStringLiteral("anchor"), anchorJson(c.anchor)},
            {QStringLiteral("indicator"), c.indicatorId},
            {QStringLiteral("status"), int(c.status)},
            {QStringLiteral("statusNote"), c.statusNote},
            {QStringLiteral("statusAuthor"), c.statusAuthor},
            {QStringLiteral("statusChanged"), time(c.statusChanged)},
            {QStringLiteral("confirmed"), c.confirmed},
            {QStringLiteral("userCorrected"), c.userCorrected},
            {QStringLiteral("userAdded"), c.userAdded},
            {QStringLiteral("version"), c.stamp.version}};
}

Commitment Outbox::commitmentFrom(const QJsonObject &o)
{
    Commitment c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.documentId = o.value(QStringLiteral("document")).toInteger();
    c.figure = Figure::fromJson(o.value(QStringLiteral("figure")).toObject()).value_or(Figure {});
    c.extracted = Figure::fromJson(o.value(QStringLiteral("extracted")).toObject()).value_or(Figure {});
    c.anchor = anchorFrom(o.value(QStringLiteral("anchor")).toObject());
    c.indicatorId = o.value(QStringLiteral("indicator")).toInteger();
    c.status = TargetStatus(o.value(QStringLiteral("status")).toInt());
    c.statusNote = o.value(QStringLiteral("statusNote")).toString();
    c.statusAuthor = o.value(QStringLiteral("statusAuthor")).toString();
    c.statusChanged = timeFrom(o.value(QStringLiteral("statusChanged")));
    c.confirmed = o.value(QStringLiteral("confirmed")).toBool();
    c.userCorrected = o.value(QStringLiteral("userCorrected")).toBool();
    c.userAdded = o.value(QStringLiteral("userAdded")).toBool();
    c.stamp.version = o.value(QStringLiteral("version")).toInteger();
    return c;
}

QJsonObject Outbox::toJson(const Link &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("kind"), int(l.kind)},
            {QStringLiteral("from"), l.fromId},
            {QStringLiteral("to"), l.toId},
            {QStringLiteral("score"), l.score},
            {QStringLiteral("state"), int(l.state)},
            {QStringLiteral("version"), l.stamp.version}};
}

Link Outbox::linkFrom(const QJsonObject &o)
{
    Link l;
    l.id = o.value(QStringLiteral("id")).toInteger();
    l.kind = Link::Kind(o.value(QStringLiteral("kind")).toInt());
    l.fromId = o.value(QStringLiteral("from")).toInteger();
    l.toId = o.value(QStringLiteral("to")).toInteger();
    l.score = o.value(QStringLiteral("score")).toDouble();
    l.state = Link::State(o.value(QStringLiteral("state")).toInt());
    l.stamp.version = o.value(QStringLiteral("version")).toInteger();
    return l;
}

} // namespace plens::store

namespace plens {

using store::Outbox;

void Workspace::sendOutbox()
{
    if (!m_outbox)
        return;
    m_replaying = true;
    while (m_outbox->count() > 0 && m_online) {
        const Outbox::Entry e = m_outbox->entries().first();
        const Status st = replay(e.op, e.args);
        if (st) {
            (void)m_outbox->takeFirst();
            continue;
        }
        if (st.error().kind == Error::Kind::Offline) {
            goOffline();
            break;
        }
        // Refused (changed by someone meanwhile, rights): set aside and said, never dropped.
        (void)m_outbox->rejectFirst(st.error().message);
        emit editFailed(Error {m_outbox->rejectedPath(),
                               tr("an edit made while offline was not accepted by the server (%1); it is kept in "
                                  "this file")
                                   .arg(st.error().message),
                               st.error().kind});
    }
    m_replaying = false;
    emit outboxChanged(m_outbox->count());
}

Status Workspace::replay(const QString &op, const QJsonObject &args)
{
    const QJsonObject item = args.value(QStringLiteral("item")).toObject();
    if (op == QLatin1String("addAnnotation")) {
        auto r = insertAnnotation(Outbox::annotationFrom(item), args.value(QStringLiteral("uid")).toString());
        return r ? Status(Ok {}) : Status(r.error());
    }
    if (op == QLatin1String("updateAnnotation"))
        return updateAnnotation(Outbox::annotationFrom(item));
    if (op == QLatin1String("removeAnnotation"))
        return removeAnnotation(args.value(QStringLiteral("id")).toInteger(),
                                args.value(QStringLiteral("version")).toInteger());
    if (op == QLatin1String("updateCommitment"))
        return updateCommitment(Outbox::commitmentFrom(item));
    if (op == QLatin1String("setCommitmentTags")) {
        QList<qint64> tags;
        for (const QJsonValue &v : args.value(QStringLiteral("tags")).toArray())
            tags.append(v.toInteger());
        return setCommitmentTags(args.value(QStringLiteral("id")).toInteger(), tags);
    }
    if (op == QLatin1String("addLink")) {
        auto r = addLink(Outbox::linkFrom(item));
        return r ? Status(Ok {}) : Status(r.error());
    }
    if (op == QLatin1String("updateLink"))
        return updateLink(Outbox::linkFrom(item));
    if (op == QLatin1String("removeLink"))
        return removeLink(args.value(QStringLiteral("id")).toInteger(),
                          args.value(QStringLiteral("version")).toInteger());
    return Error {m_path, tr("unknown edit in the outbox: %1").arg(op)};
}

} // namespace plens
