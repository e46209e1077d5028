// Workspace: indicators and links between figures.
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
            QStringLiteral("SELECT id, name, aliases, unit FROM indicators ORDER BY name"));
    if (!q.exec())
        return out;
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.name = q.value(1).toString();
        i.aliases = q.value(2).toString().split(u'\n', Qt::SkipEmptyParts);
        i.unit = q.value(3).toString();
        out.append(i);
    }
    return out;
}

Result<qint64> Workspace::addIndicator(const Indicator &i)
{
    Query q(db(m_connectionName), m_path,
            QStringLiteral("INSERT INTO indicators (%1name, aliases, unit) VALUES (%2?, ?, ?)")
                .arg(i.id ? QStringLiteral("id, ") : QString(), i.id ? QStringLiteral("?, ") : QString()));
    if (i.id)
        q.bind(i.id);
    q.bind(text(i.name)).bind(text(joinAliases(i.aliases))).bind(text(i.unit));
    if (auto st = q.exec(); !st)
        return st.error();
    return q.lastId();
}

Status Workspace::updateIndicator(const Indicator &i)
{
    Query q(db(m_connectionName), m_path,
            QStringLiteral("UPDATE indicators SET name = ?, aliases = ?, unit = ? WHERE id = ?"));
    q.bind(text(i.name)).bind(text(joinAliases(i.aliases))).bind(text(i.unit)).bind(i.id);
    if (auto st = q.exec(); !st)
        return st;
    emit indicatorsChanged();
    emit commitmentsChanged(0);
    return Ok {};
}

Status Workspace::removeIndicator(qint64 id)
{
    Query q(db(m_connectionName), m_path, QStringLiteral("DELETE FROM indicators WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st;
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
    auto d = db(m_connectionName);
    Transaction t(d, m_path);
    if (auto st = t.status(); !st)
        return st;
    for (const QString &sql :
         {QStringLiteral("UPDATE commitments SET indicator_id = NULL"), QStringLiteral("DELETE FROM indicators")}) {
        Query q(d, m_path, sql);
        if (auto st = q.exec(); !st)
            return st;
    }
    Query ins(d, m_path, QStringLiteral("INSERT INTO indicators (id, name, aliases, unit) VALUES (?, ?, ?, ?)"));
    for (const Indicator &i : state.indicators) {
        ins.bind(i.id).bind(text(i.name)).bind(text(joinAliases(i.aliases))).bind(text(i.unit));
        if (auto st = ins.exec(); !st)
            return st;
    }
    Query set(d, m_path, QStringLiteral("UPDATE commitments SET indicator_id = ? WHERE id = ?"));
    for (auto it = state.assignment.cbegin(); it != state.assignment.cend(); ++it) {
        set.bind(it.value()).bind(it.key());
        if (auto st = set.exec(); !st)
            return st;
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
            QStringLiteral("SELECT id, kind, from_id, to_id, score, state FROM links ORDER BY id"));
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
        out.append(l);
    }
    return out;
}

Result<qint64> Workspace::addLink(const Link &l)
{
    if (l.fromId == l.toId)
        return Error {m_path, tr("a figure cannot be linked to itself")};
    Query q(db(m_connectionName), m_path,
            QStringLiteral(
                "INSERT INTO links (%1kind, from_id, to_id, score, state) VALUES (%2?, ?, ?, ?, ?)"
                " ON CONFLICT (kind, from_id, to_id) DO UPDATE SET score = excluded.score, state = excluded.state"
                " RETURNING id")
                .arg(l.id ? QStringLiteral("id, ") : QString(), l.id ? QStringLiteral("?, ") : QString()));
    if (l.id)
        q.bind(l.id);
    q.bind(int(l.kind)).bind(l.fromId).bind(l.toId).bind(l.score).bind(int(l.state));
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return Error {m_path, tr("the link was not stored")};
    const qint64 id = q.value(0).toLongLong();
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
    Query q(db(m_connectionName), m_path,
            QStringLiteral("UPDATE links SET kind = ?, from_id = ?, to_id = ?, score = ?, state = ? WHERE id = ?"));
    q.bind(int(l.kind)).bind(l.fromId).bind(l.toId).bind(l.score).bind(int(l.state)).bind(l.id);
    if (auto st = q.exec(); !st)
        return st;
    if (q.affected() == 0)
        return Error {m_path, tr("no link with id %1").arg(l.id)};
    emit linksChanged();
    return Ok {};
}

Status Workspace::removeLink(qint64 id)
{
    Query q(db(m_connectionName), m_path, QStringLiteral("DELETE FROM links WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st;
    emit linksChanged();
    return Ok {};
}

} // namespace plens
