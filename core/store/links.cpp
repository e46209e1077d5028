// Workspace: indicators and links between figures.
#include "store/workspace.h"

#include "store/outbox.h"
#include "store/sql_p.h"

#include <QSqlDatabase>

namespace plens {

using namespace store;

namespace {
QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}
// Aliases are kept one per line (names never contain line breaks).
QString joinAliases(const QStringList &aliases)
{
    return aliases.join(u'\n');
}
} // namespace

QList<Indicator> Workspace::indicators() const
{
    QList<Indicator> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, name, aliases, unit, version, changed_by, changed_at FROM indicators"
                           " ORDER BY name"));
    if (!q.exec())
        return out;
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.name = q.value(1).toString();
        i.aliases = q.value(2).toString().split(u'\n', Qt::SkipEmptyParts);
        i.unit = q.value(3).toString();
        i.stamp = RowStamp {q.value(4).toLongLong(), q.value(5).toString(), timestampFrom(q.value(6))};
        out.append(i);
    }
    return out;
}

Result<qint64> Workspace::addIndicator(const Indicator &i)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error());
    Query q(d, m_path,
            QStringLiteral("INSERT INTO indicators (%1name, aliases, unit, changed_by, changed_at)"
                           " VALUES (%2?, ?, ?, ?, ?) RETURNING id")
                .arg(i.id ? QStringLiteral("id, ") : QString(), i.id ? QStringLiteral("?, ") : QString()));
    if (i.id)
        q.bind(i.id);
    q.bind(text(i.name)).bind(text(joinAliases(i.aliases))).bind(text(i.unit));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    if (auto st = q.exec(); !st)
        return failed(st.error());
    const qint64 id = q.returnedId();
    if (!id)
        return Error {m_path, tr("the indicator was not stored")};
    if (auto st = t.commit(); !st)
        return failed(st.error());
    return id;
}

Status Workspace::updateIndicator(const Indicator &i)
{
    if (auto off = offline())
        return *off;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("UPDATE indicators SET name = ?, aliases = ?, unit = ?, version = version + 1,"
                           " changed_by = ?, changed_at = ? WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(text(i.name)).bind(text(joinAliases(i.aliases))).bind(text(i.unit));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    q.bind(i.id).bind(i.stamp.version).bind(i.stamp.version);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    if (q.affected() == 0)
        return notChanged(Item::Indicator, i.id, i.stamp.version, tr("no indicator with id %1").arg(i.id));
    emit indicatorsChanged();
    emit commitmentsChanged(0);
    return Ok {};
}

Status Workspace::removeIndicator(qint64 id)
{
    if (auto off = offline())
        return *off;
    Query q(db(m_connectionName), m_path, QStringLiteral("DELETE FROM indicators WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return failed(st.error());
    emit indicatorsChanged();
    emit commitmentsChanged(0);
    return Ok {};
}

IndicatorState Workspace::indicatorState() const
{
    IndicatorState s;
    s.indicators = indicators();
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, indicator_id FROM commitments WHERE indicator_id IS NOT NULL"));
    if (q.exec()) {
        while (q.next())
            s.assignment.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return s;
}

Status Workspace::setIndicatorState(const IndicatorState &state)
{
    if (auto off = offline())
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error());
    // Only what differs from the stored state is written: grouping the figures of a small import into a
    // workspace of 100,000 figures touches a few rows, not all of them (issue 19), and the indicators
    // nobody changed keep their version and author.
    const IndicatorState stored = indicatorState();
    QHash<qint64, const Indicator *> wanted;
    for (const Indicator &i : state.indicators)
        wanted.insert(i.id, &i);
    QHash<qint64, const Indicator *> had;
    for (const Indicator &i : stored.indicators)
        had.insert(i.id, &i);
    const auto run = [&](const QString &sql, const QVariantList &binds) -> Status {
        Query q(d, m_path, sql);
        return q.exec(binds);
    };
    // Removed indicators first (their figures lose them), then changed ones, each first under a name
    // no indicator uses, so that names can pass from one indicator to another (rename, merge), then
    // new ones.
    for (const Indicator &old : stored.indicators) {
        if (wanted.contains(old.id))
            continue;
        if (auto st
            = run(QStringLiteral("UPDATE commitments SET indicator_id = NULL WHERE indicator_id = ?"), {old.id});
            !st)
            return failed(st.error());
        if (auto st = run(QStringLiteral("DELETE FROM indicators WHERE id = ?"), {old.id}); !st)
            return failed(st.error());
    }
    QList<const Indicator *> changed;
    for (const Indicator &i : state.indicators) {
        const Indicator *old = had.value(i.id);
        if (old && (old->name != i.name || old->aliases != i.aliases || old->unit != i.unit))
            changed.append(&i);
    }
    for (const Indicator *i : std::as_const(changed)) {
        if (i->name == had.value(i->id)->name)
            continue;
        if (auto st = run(QStringLiteral("UPDATE indicators SET name = ? WHERE id = ?"),
                          {QStringLiteral("\x01%1").arg(i->id), i->id});
            !st)
            return failed(st.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Indicator *i : std::as_const(changed)) {
        if (auto st
            = run(QStringLiteral("UPDATE indicators SET name = ?, aliases = ?, unit = ?, version = version + 1,"
                                 " changed_by = ?, changed_at = ? WHERE id = ?"),
                  {text(i->name), text(joinAliases(i->aliases)), text(i->unit), text(m_author), timestamp(now), i->id});
            !st)
            return failed(st.error());
    }
    for (const Indicator &i : state.indicators) {
        if (had.contains(i.id))
            continue;
        if (auto st = run(QStringLiteral("INSERT INTO indicators (id, name, aliases, unit) VALUES (?, ?, ?, ?)"),
                          {i.id, text(i.name), text(joinAliases(i.aliases)), text(i.unit)});
            !st)
            return failed(st.error());
    }
    Query set(d, m_path, QStringLiteral("UPDATE commitments SET indicator_id = ? WHERE id = ?"));
    for (auto it = state.assignment.cbegin(); it != state.assignment.cend(); ++it) {
        if (stored.assignment.value(it.key()) == it.value() && wanted.contains(it.value()) && had.contains(it.value()))
            continue;
        set.bind(it.value()).bind(it.key());
        if (auto st = set.exec(); !st)
            return failed(st.error());
    }
    Query clear(d, m_path, QStringLiteral("UPDATE commitments SET indicator_id = NULL WHERE id = ?"));
    for (auto it = stored.assignment.cbegin(); it != stored.assignment.cend(); ++it) {
        if (state.assignment.contains(it.key()))
            continue;
        clear.bind(it.key());
        if (auto st = clear.exec(); !st)
            return failed(st.error());
    }
    if (auto st = t.commit(); !st)
        return st;
    emit indicatorsChanged();
    emit commitmentsChanged(0);
    return Ok {};
}

QList<Link> Workspace::links() const
{
    QList<Link> out;
    Query q(db(m_connectionName), m_path,
            QStringLiteral("SELECT id, kind, from_id, to_id, score, state, version, changed_by, changed_at FROM links"
                           " ORDER BY id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        Link l;
        l.id = q.value(0).toLongLong();
        l.kind = Link::Kind(q.value(1).toInt());
        l.fromId = q.value(2).toLongLong();
        l.toId = q.value(3).toLongLong();
        l.score = q.value(4).toDouble();
        l.state = Link::State(q.value(5).toInt());
        l.stamp = RowStamp {q.value(6).toLongLong(), q.value(7).toString(), timestampFrom(q.value(8))};
        out.append(l);
    }
    return out;
}

QSet<QPair<qint64, qint64>> Workspace::linkedPairs(Link::Kind kind) const
{
    QSet<QPair<qint64, qint64>> out;
    Query q(db(m_connectionName), m_path, QStringLiteral("SELECT from_id, to_id FROM links WHERE kind = ?"));
    q.bind(int(kind));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

Result<qint64> Workspace::addLink(const Link &l)
{
    if (l.fromId == l.toId)
        return Error {m_path, tr("a figure cannot be linked to itself")};
    const QJsonObject args {{QStringLiteral("item"), Outbox::toJson(l)}};
    if (auto off = offline(QStringLiteral("addLink"), args))
        return *off;
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return failed(st.error(), QStringLiteral("addLink"), args);
    if (l.id) {
        if (auto st = keepStamps(); !st)
            return failed(st.error(), QStringLiteral("addLink"), args);
    }
    const bool kept = l.id && l.stamp.version > 0;
    Query q(d, m_path,
            QStringLiteral("INSERT INTO links (%1kind, from_id, to_id, score, state, version, changed_by, changed_at)"
                           " VALUES (%2?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (kind, from_id, to_id) DO UPDATE SET score = excluded.score,"
                           " state = excluded.state, version = links.version + 1, changed_by = excluded.changed_by,"
                           " changed_at = excluded.changed_at RETURNING id")
                .arg(l.id ? QStringLiteral("id, ") : QString(), l.id ? QStringLiteral("?, ") : QString()));
    if (l.id)
        q.bind(l.id);
    q.bind(int(l.kind)).bind(l.fromId).bind(l.toId).bind(l.score).bind(int(l.state));
    q.bind(kept ? l.stamp.version : 1).bind(text(kept ? l.stamp.changedBy : m_author));
    q.bind(timestamp(kept ? l.stamp.changedAt : QDateTime::currentDateTimeUtc()));
    if (auto st = q.exec(); !st)
        return failed(st.error(), QStringLiteral("addLink"), args);
    const qint64 id = q.returnedId();
    if (!id)
        return Error {m_path, tr("the link was not stored")};
    if (auto st = t.commit(); !st)
        return failed(st.error(), QStringLiteral("addLink"), args);
    emit linksChanged();
    return id;
}

Result<int> Workspace::addLinks(const QList<Link> &links)
{
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st.error();
    Query q(d, m_path,
            QStringLiteral(
                "INSERT INTO links (kind, from_id, to_id, score, state) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (kind, from_id, to_id) DO UPDATE SET score = excluded.score, state = excluded.state"));
    int stored = 0;
    for (const Link &l : links) {
        if (l.fromId == l.toId)
            continue;
        q.bind(int(l.kind)).bind(l.fromId).bind(l.toId).bind(l.score).bind(int(l.state));
        if (auto st = q.exec(); !st)
            return st.error();
        ++stored;
    }
    if (auto st = t.commit(); !st)
        return st.error();
    if (stored)
        emit linksChanged();
    return stored;
}

Status Workspace::updateLink(const Link &l)
{
    const QJsonObject args {{QStringLiteral("item"), Outbox::toJson(l)}};
    if (auto off = offline(QStringLiteral("updateLink"), args))
        return *off;
    Query q(db(m_connectionName), m_path,
            QStringLiteral(
                "UPDATE links SET kind = ?, from_id = ?, to_id = ?, score = ?, state = ?,"
                " version = version + 1, changed_by = ?, changed_at = ? WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(int(l.kind)).bind(l.fromId).bind(l.toId).bind(l.score).bind(int(l.state));
    q.bind(text(m_author)).bind(timestamp(QDateTime::currentDateTimeUtc()));
    q.bind(l.id).bind(l.stamp.version).bind(l.stamp.version);
    if (auto st = q.exec(); !st)
        return failed(st.error(), QStringLiteral("updateLink"), args);
    if (q.affected() == 0)
        return notChanged(Item::Link, l.id, l.stamp.version, tr("no link with id %1").arg(l.id));
    emit linksChanged();
    return Ok {};
}

Status Workspace::removeLink(qint64 id, qint64 expectedVersion)
{
    const QJsonObject args {{QStringLiteral("id"), id}, {QStringLiteral("version"), expectedVersion}};
    if (auto off = offline(QStringLiteral("removeLink"), args))
        return *off;
    Query q(db(m_connectionName), m_path, QStringLiteral("DELETE FROM links WHERE id = ? AND (? = 0 OR version = ?)"));
    q.bind(id).bind(expectedVersion).bind(expectedVersion);
    if (auto st = q.exec(); !st)
        return failed(st.error(), QStringLiteral("removeLink"), args);
    if (q.affected() == 0 && expectedVersion > 0)
        return notChanged(Item::Link, id, expectedVersion, tr("no link with id %1").arg(id));
    emit linksChanged();
    return Ok {};
}

} // namespace plens
