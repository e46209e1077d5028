// Workspace::recover: copies what is readable of a damaged workspace into a new one (the approach of
// SQLite's .recover, within what the SQL interface can reach): table by table in key ranges, around
// unreadable pages row by row and column by column, then rows whose parent was lost are dropped (or
// their optional reference cleared). The search indexes are rebuilt by the new file's triggers.
#include "store/workspace.h"

#include "store/sql_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <limits>

namespace plens {

using namespace store;

namespace {

// Parents before children, so that a row's references can be checked once its parents are in.
const char *const kTables[] = {"documents",   "renditions",      "indicators",      "tags", "commitments",
                               "annotations", "annotation_tags", "commitment_tags", "links"};

constexpr qint64 kBatch = 512; // keys per range read in one query
constexpr qint64 kMaxProbes = 64 * kBatch; // keys read one by one in a table, at most
constexpr qint64 kMaxKey = qint64(1) << 40; // keys beyond are not looked for

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

struct Column
{
    QString name;
    bool notNull = false;
    QString defaultSql; // the column's DEFAULT expression, empty when none
};

QList<Column> columnsOf(const QSqlDatabase &d, const QString &table)
{
    QList<Column> out;
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return out;
    while (q.next())
        out.append(Column {q.value(1).toString(), q.value(3).toInt() != 0, q.value(4).toString()});
    return out;
}

// The key a table is read by: its rowid, or for a WITHOUT ROWID table its first key column.
QString keyOf(const QSqlDatabase &d, const QString &table)
{
    QSqlQuery q(d);
    if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table)) && q.next()
        && q.value(0).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive)) {
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (q.next()) {
                if (q.value(5).toInt() == 1)
                    return q.value(1).toString();
            }
        }
    }
    return QStringLiteral("rowid");
}

class Copier
{
public:
    Copier(QSqlDatabase from, QSqlDatabase to, RecoveryReport &report)
        : m_from(std::move(from)), m_to(std::move(to)), m_report(report)
    { }

    // Copies one table; `progress` gets the share of this table done, false cancels.
    bool copy(const QString &table, const std::function<bool(double)> &progress)
    {
        const QList<Column> target = columnsOf(m_to, table);
        const QList<Column> source = columnsOf(m_from, table);
        m_columns.clear();
        m_defaults.clear();
        for (const Column &c : target) {
            if (std::any_of(source.cbegin(), source.cend(), [&](const Column &s) { return s.name == c.name; }))
                m_columns.append(c);
        }
        if (m_columns.isEmpty())
            return true; // not in this file (an older version) or its schema is unreadable
        m_table = table;
        m_key = keyOf(m_from, table);
        QStringList names;
        for (const Column &c : std::as_const(m_columns))
            names << c.name;
        m_select = names.join(QStringLiteral(", "));
        m_insert = QSqlQuery(m_to);
        m_insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, m_select, QStringList(names.size(), QStringLiteral("?")).join(u',')));

        qint64 lo = 1;
        m_knownMax = -1;
        m_maxSeen = -1;
        m_probes = 0;
        {
            QSqlQuery q(m_from);
            if (q.exec(QStringLiteral("SELECT min(%1), max(%1) FROM %2").arg(m_key, table)) && q.next()) {
                if (q.value(0).isNull())
                    return true; // empty
                lo = q.value(0).toLongLong();
                m_knownMax = q.value(1).toLongLong();
            } else {
                m_report.damaged.insert(table);
            }
        }
        const qint64 span = std::max<qint64>(1, (m_knownMax >= lo ? m_knownMax : lo + kBatch) - lo + 1);
        qint64 next = lo;
        while (true) {
            const qint64 last = readFrom(next);
            if (last == kEmpty)
                break;
            if (last != kError) {
                next = last + 1;
            } else {
                // The rows from `next` on cannot be read together: key by key for a while, then further
                // and further on until reading works again (each damaged stretch costs a bounded number
                // of queries, whatever the keys in a damaged page claim).
                m_report.damaged.insert(table);
                qint64 probed = 0;
                bool readable = false;
                for (; probed < kBatch && !readable; ++probed)
                    readable = readKey(next + probed);
                next += probed;
                m_probes += probed;
                if (m_probes > kMaxProbes)
                    break; // a table damaged all through: what was read is kept
                if (!readable) {
                    qint64 step = kBatch;
                    qint64 found = kEmpty;
                    for (; next + step < kMaxKey; step *= 2) {
                        found = readFrom(next + step);
                        if (found != kError)
                            break;
                    }
                    if (found == kEmpty || found == kError)
                        break;
                    next = found + 1;
                }
            }
            if (progress && !progress(double(next - lo) / double(span)))
                return false;
        }
        return true;
    }

private:
    static constexpr qint64 kEmpty = std::numeric_limits<qint64>::min();
    static constexpr qint64 kError = kEmpty + 1;

    // Reads and copies up to kBatch keys' rows from key `from` on: the last key read, kEmpty when
    // there is nothing from there, kError when a damaged page is in the way (then nothing is copied).
    qint64 readFrom(qint64 from)
    {
        // Whole keys only (a WITHOUT ROWID table has several rows per key): up to the kBatch-th key.
        QSqlQuery q(m_from);
        q.setForwardOnly(true);
        const QString upper = QStringLiteral("(SELECT %1 FROM (SELECT DISTINCT %1 FROM %2 WHERE %1 >= %3 ORDER BY %1 "
                                             "LIMIT 1 OFFSET %4))")
                                  .arg(m_key, m_table)
                                  .arg(from)
                                  .arg(kBatch - 1);
        if (!q.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 >= %4 AND (%5 IS NULL OR %2 <= %5) ORDER BY %2")
                        .arg(m_select, m_key, m_table)
                        .arg(from)
                        .arg(upper)))
            return kError;
        QList<QVariantList> rows;
        qint64 last = kEmpty;
        bool ordered = true;
        while (q.next()) {
            QVariantList row;
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                row << q.value(int(i));
            rows << row;
            const qint64 key = q.value(int(m_columns.size())).toLongLong();
            // A damaged page can hand back keys below the one asked for, or out of order: reading on
            // from there would read the same keys again and again (a fuzzed file looped here).
            ordered = ordered && key >= from && (last == kEmpty || key >= last);
            last = key;
        }
        if (q.lastError().isValid() || !ordered)
            return kError;
        for (const QVariantList &row : std::as_const(rows))
            insert(row);
        m_maxSeen = std::max(m_maxSeen, last);
        return last;
    }

    // Whether a key not read could have held a row: below the highest key the table is known to have.
    [[nodiscard]] bool couldHoldRow(qint64 key) const { return key <= std::max(m_knownMax, m_maxSeen); }

    // Reads one key's rows; false when it cannot be read (a damaged page). A row whose long text or bytes
    // are unreadable keeps the rest (column by column), when the missing columns may be empty.
    bool readKey(qint64 key)
    {
        QSqlQuery q(m_from);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4").arg(m_select, m_table, m_key).arg(key))) {
            QList<QVariantList> rows;
            while (q.next()) {
                QVariantList row;
                for (qsizetype i = 0; i < m_columns.size(); ++i)
                    row << q.value(int(i));
                rows << row;
            }
            if (!q.lastError().isValid()) {
                for (const QVariantList &row : std::as_const(rows))
                    insert(row);
                if (!rows.isEmpty())
                    m_maxSeen = std::max(m_maxSeen, key);
                return true;
            }
        }
        if (m_key == QLatin1String("rowid")) {
            QSqlQuery exists(m_from);
            if (exists.exec(QStringLiteral("SELECT rowid FROM %1 WHERE rowid = %2").arg(m_table).arg(key))
                && exists.next()) {
                QVariantList row;
                for (const Column &c : std::as_const(m_columns)) {
                    QSqlQuery one(m_from);
                    if (one.exec(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = %3").arg(c.name, m_table).arg(key))
                        && one.next()) {
                        row << one.value(0);
                    } else if (!c.notNull) {
                        row << QVariant();
                    } else {
                        ++m_report.lost[m_table];
                        return false;
                    }
                }
                insert(row);
                return true;
            }
        }
        if (couldHoldRow(key))
            ++m_report.lost[m_table];
        return false;
    }

    // The value of a column's DEFAULT expression, evaluated once.
    QVariant defaultOf(const Column &c)
    {
        if (!m_defaults.contains(c.name)) {
            QSqlQuery q(m_to);
            m_defaults.insert(c.name,
                              q.exec(QStringLiteral("SELECT ") + c.defaultSql) && q.next() ? q.value(0) : QVariant());
        }
        return m_defaults.value(c.name);
    }

    void insert(const QVariantList &row)
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const Column &c = m_columns.at(i);
            // A NOT NULL column read as NULL: its default, else the row cannot be kept.
            if (row.at(i).isNull() && c.notNull) {
                const QVariant fallback = c.defaultSql.isEmpty() ? QVariant() : defaultOf(c);
                if (fallback.isNull()) {
                    ++m_report.lost[m_table];
                    return;
                }
                m_insert.bindValue(int(i), fallback);
                continue;
            }
            m_insert.bindValue(int(i), row.at(i));
        }
        if (m_insert.exec())
            ++m_report.copied[m_table];
        else
            ++m_report.lost[m_table];
    }

    QSqlDatabase m_from;
    QSqlDatabase m_to;
    RecoveryReport &m_report;
    QString m_table;
    QString m_key;
    QString m_select;
    QList<Column> m_columns;
    QHash<QString, QVariant> m_defaults;
    QSqlQuery m_insert;
    qint64 m_probes = 0; // keys read one by one in this table
    qint64 m_knownMax = -1; // max(key) when it could be read
    qint64 m_maxSeen = -1; // the highest key read
};

// Rows whose parent did not come through: optional references are cleared, the others dropped.
Status dropOrphans(const QSqlDatabase &d, const QString &file, RecoveryReport &report)
{
    for (const char *name : kTables) {
        const QString table = QString::fromLatin1(name);
        const QList<Column> columns = columnsOf(d, table);
        QSqlQuery fks(d);
        if (!fks.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
            return sqlError(file, fks.lastError());
        struct Reference
        {
            QString column, parent, parentColumn;
        };
        QList<Reference> refs;
        while (fks.next())
            refs.append({fks.value(3).toString(), fks.value(2).toString(), fks.value(4).toString()});
        for (const Reference &ref : std::as_const(refs)) {
            const auto c = std::find_if(columns.cbegin(), columns.cend(),
                                        [&ref](const Column &x) { return x.name == ref.column; });
            const bool optional = c != columns.cend() && !c->notNull;
            const QString missing
                = QStringLiteral("%1 IS NOT NULL AND %1 NOT IN (SELECT %2 FROM %3)")
                      .arg(ref.column, ref.parentColumn.isEmpty() ? QStringLiteral("id") : ref.parentColumn,
                           ref.parent);
            QSqlQuery q(d);
            if (optional) {
                if (!q.exec(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %3").arg(table, ref.column, missing)))
                    return sqlError(file, q.lastError());
            } else {
                if (!q.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, missing)))
                    return sqlError(file, q.lastError());
                if (const int n = q.numRowsAffected(); n > 0) {
                    report.lost[table] += n;
                    report.copied[table] -= n;
                }
            }
        }
    }
    return Ok {};
}

} // namespace

int RecoveryReport::totalLost() const
{
    int n = 0;
    for (int v : lost)
        n += v;
    return n;
}

QStringList RecoveryReport::damagedTables() const
{
    QStringList out(damaged.cbegin(), damaged.cend());
    out.sort();
    return out;
}

QString RecoveryReport::summary() const
{
    QString s = Workspace::tr("recovered documents: %1, figures: %2, annotations: %3, tags: %4, links: %5; rows that "
                              "could not be read: %6")
                    .arg(copied.value(QStringLiteral("documents")))
                    .arg(copied.value(QStringLiteral("commitments")))
                    .arg(copied.value(QStringLiteral("annotations")))
                    .arg(copied.value(QStringLiteral("tags")))
                    .arg(copied.value(QStringLiteral("links")))
                    .arg(totalLost());
    if (!damaged.isEmpty())
        s += Workspace::tr("; damaged: %1").arg(damagedTables().join(QStringLiteral(", ")));
    return s;
}

Result<RecoveryReport> Workspace::recover(const QString &from, const QString &to,
                                          const std::function<bool(double)> &progress)
{
    const QFileInfo source(from);
    if (!source.exists() || source.isDir())
        return Error {from, tr("no such workspace")};
    if (QFileInfo::exists(to))
        return Error {to, tr("already exists; the recovered workspace needs a new file")};

    // The damaged file is only read (read-only, never migrated, no lock: nothing is written to it).
    const QString sourceName = QStringLiteral("plens-recover-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<RecoveryReport> result = RecoveryReport {};
    {
        QSqlDatabase src = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sourceName);
        src.setDatabaseName(readOnlyUri(source.absoluteFilePath(), false));
        src.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        bool readable = src.open();
        if (readable) {
            QSqlQuery q(src);
            readable = q.exec(QStringLiteral("SELECT name FROM sqlite_master")) && q.next();
            if (!readable) {
                // In a read-only folder: the file as it is.
                src.close();
                src.setDatabaseName(readOnlyUri(source.absoluteFilePath(), true));
                readable = src.open() && q.exec(QStringLiteral("SELECT name FROM sqlite_master")) && q.next();
            }
        }
        if (!readable) {
            result = Error {from, tr("nothing can be recovered: the file's list of tables cannot be read")};
        } else {
            auto target = Workspace::open(to);
            if (!target) {
                result = target.error();
            } else if ((*target)->isReadOnly()) {
                result = Error {to, (*target)->readOnlyReason()};
            } else {
                RecoveryReport report;
                QSqlDatabase dst = db((*target)->m_connectionName);
                QSqlQuery off(dst);
                off.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
                bool cancelled = false;
                {
                    Transaction t(dst, to);
                    Copier copier(src, dst, report);
                    const int n = int(std::size(kTables));
                    for (int i = 0; i < n && !cancelled; ++i) {
                        cancelled = !copier.copy(QString::fromLatin1(kTables[i]), [&](double share) {
                            return !progress || progress((i + std::min(1.0, share)) / n);
                        });
                    }
                    if (!cancelled) {
                        if (auto st = dropOrphans(dst, to, report); !st)
                            result = st.error();
                        else if (auto st = t.commit(); !st)
                            result = st.error();
                        else
                            result = report;
                    }
                }
                off.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                if (cancelled)
                    result = Error {to, tr("recovery cancelled")};
            }
            target = Error {}; // closes the new workspace
            if (!result) {
                for (const char *suffix : {"", "-wal", "-shm", ".lock"})
                    QFile::remove(QFileInfo(to).absoluteFilePath() + QLatin1String(suffix));
            }
        }
        src.close();
    }
    QSqlDatabase::removeDatabase(sourceName);
    return result;
}

} // namespace plens
