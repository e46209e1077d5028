// Workspace: copying a whole workspace (or some of its documents) into an empty one — publishing a
// file to a team workspace, exporting a team workspace to a file for travel. Row by row, every column
// the two have in common, ids, versions, authors and times kept; one transaction on the target.
#include "store/workspace.h"

#include "store/dialect.h"
#include "store/sql_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace plens {

using namespace store;

namespace {

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// The rows of `table` that belong to the chosen documents ("" = all).
QString filterFor(const QString &table, const QList<qint64> &documentIds)
{
    if (documentIds.isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : documentIds)
        ids << QString::number(id);
    const QString list = ids.join(u',');
    const QString commitmentsOf = QStringLiteral("SELECT id FROM commitments WHERE document_id IN (%1)").arg(list);
    if (table == QLatin1String("documents"))
        return QStringLiteral("id IN (%1)").arg(list);
    if (table == QLatin1String("commitments") || table == QLatin1String("annotations")
        || table == QLatin1String("renditions"))
        return QStringLiteral("document_id IN (%1)").arg(list);
    if (table == QLatin1String("annotation_tags"))
        return QStringLiteral("annotation_id IN (SELECT id FROM annotations WHERE document_id IN (%1))").arg(list);
    if (table == QLatin1String("commitment_tags"))
        return QStringLiteral("commitment_id IN (%1)").arg(commitmentsOf);
    if (table == QLatin1String("links"))
        return QStringLiteral("from_id IN (%1) AND to_id IN (%1)").arg(commitmentsOf);
    return {}; // tags and indicators: all of them
}

QString quoted(const QString &column)
{
    return u'"' + column + u'"';
}

constexpr int kBatch = 100; // rows per INSERT statement

} // namespace

Status Workspace::copyInto(Workspace &target, const CopyFilter &filter,
                           const std::function<bool(qint64, qint64)> &progress) const
{
    auto from = db(m_connectionName);
    auto to = db(target.m_connectionName);
    const Dialect source {Backend(m_backend)};
    const Dialect dest {Backend(target.m_backend)};
    if (!target.m_online)
        return Error {target.m_path, tr("the team workspace's server cannot be reached"), Error::Kind::Offline};

    // Into an empty workspace only: ids are kept, so nothing may be there already.
    for (const QString &table : {QStringLiteral("documents"), QStringLiteral("tags"), QStringLiteral("indicators")}) {
        Query q(to, target.m_path, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (auto st = q.exec(); !st)
            return st.error();
        if (q.next() && q.value(0).toLongLong() > 0)
            return Error {target.m_path, tr("the target workspace is not empty (it has %1)").arg(table)};
    }

    struct Plan
    {
        QString table;
        QStringList columns;
        QString where;
        qint64 rows = 0;
        bool hasId = false;
    };
    QList<Plan> plans;
    qint64 total = 0;
    for (const QString &table : Dialect::tables()) {
        const QStringList theirs = dest.columns(to, table);
        Plan p;
        p.table = table;
        for (const QString &c : source.columns(from, table)) {
            if (theirs.contains(c))
                p.columns << c;
        }
        p.hasId = p.columns.contains(QStringLiteral("id"));
        p.where = filterFor(table, filter.documentIds);
        Query count(from, m_path,
                    QStringLiteral("SELECT count(*) FROM %1%2")
                        .arg(table, p.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + p.where));
        if (auto st = count.exec(); !st)
            return st.error();
        p.rows = count.next() ? count.value(0).toLongLong() : 0;
        total += p.rows;
        plans << p;
    }

    Transaction t(to, target.m_path);
    if (auto st = t.status(); !st)
        return st.error();
    {
        // Children may come before their parents (a tag moved under a newer one): foreign keys are
        // checked at commit. An owner's copy keeps every row's stamp.
        QSqlQuery q(to);
        const bool ok = dest.isServer() ? q.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"))
                                        : q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        if (!ok)
            return sqlError(target.m_path, q.lastError());
        if (auto st = target.keepStamps(); !st)
            return st;
    }
    qint64 done = 0;
    for (const Plan &p : std::as_const(plans)) {
        if (p.rows == 0 || p.columns.isEmpty())
            continue;
        QStringList cols;
        for (const QString &c : p.columns)
            cols << quoted(c);
        const QString row = u'(' + QStringList(p.columns.size(), QStringLiteral("?")).join(u',') + u')';
        auto insertSql = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(p.table, cols.join(u','), QStringList(rows, row).join(u','));
        };
        Query full(to, target.m_path, insertSql(kBatch));
        QVariantList pending;
        int pendingRows = 0;
        auto flush = [&](bool all) -> Status {
            if (pendingRows == 0 || (!all && pendingRows < kBatch))
                return Ok {};
            if (pendingRows == kBatch) {
                if (auto st = full.exec(pending); !st)
                    return st;
            } else {
                Query rest(to, target.m_path, insertSql(pendingRows));
                if (auto st = rest.exec(pending); !st)
                    return st;
            }
            done += pendingRows;
            pending.clear();
            pendingRows = 0;
            if (progress && !progress(done, total))
                return Error {target.m_path, tr("cancelled")};
            return Ok {};
        };
        // Tables with ids are read in pages (documents carry their files: a few at a time).
        const int page = p.table == QLatin1String("documents") ? 20 : 5000;
        qint64 after = -1; // ids are positive
        for (;;) {
            QString sql = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(u','), p.table);
            QStringList conditions;
            if (!p.where.isEmpty())
                conditions << p.where;
            if (p.hasId)
                conditions << QStringLiteral("id > %1").arg(after);
            if (!conditions.isEmpty())
                sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
            if (p.hasId)
                sql += QStringLiteral(" ORDER BY id LIMIT %1").arg(page);
            Query q(from, m_path, sql);
            if (auto st = q.exec(); !st)
                return st.error();
            int read = 0;
            const int idColumn = int(p.columns.indexOf(QStringLiteral("id")));
            while (q.next()) {
                ++read;
                for (int i = 0; i < p.columns.size(); ++i)
                    pending << q.value(i);
                if (p.hasId)
                    after = q.value(idColumn).toLongLong();
                ++pendingRows;
                if (auto st = flush(false); !st)
                    return st;
            }
            if (!p.hasId || read < page)
                break;
        }
        if (auto st = flush(true); !st)
            return st;
        if (p.hasId) {
            if (auto st = dest.syncIdentity(to, target.m_path, p.table); !st)
                return st;
        }
    }
    if (!filter.documentIds.isEmpty()) {
        // A version whose predecessor was not copied starts a chain of its own in the copy.
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral("UPDATE documents SET previous_version = NULL WHERE previous_version IS NOT NULL"
                                   " AND previous_version NOT IN (SELECT id FROM documents)")))
            return sqlError(target.m_path, q.lastError());
    }
    if (auto st = t.commit(); !st)
        return st;
    emit target.documentsChanged();
    emit target.tagsChanged();
    emit target.indicatorsChanged();
    emit target.linksChanged();
    return Ok {};
}

} // namespace plens
