#include "model/table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plens {

const TableCell *Table::cellAt(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= columns)
        return nullptr;
    // Rows above may hold a cell spanning down into this row.
    for (int r = row; r >= 0; --r) {
        for (const TableCell &c : rows.at(r).cells) {
            if (column >= c.column && column < c.column + c.columnSpan && row < r + c.rowSpan)
                return &c;
        }
    }
    return nullptr;
}

QString Table::cellText(const QString &displayText, const TableCell &cell)
{
    if (cell.start < 0 || cell.end > displayText.size() || cell.end < cell.start)
        return {};
    return displayText.mid(cell.start, cell.end - cell.start);
}

QStringList Table::columnHeaders(const QString &displayText) const
{
    QStringList out;
    for (int col = 0; col < columns; ++col) {
        QStringList parts;
        for (int r = 0; r < rows.size() && rows.at(r).header; ++r) {
            if (const TableCell *c = cellAt(r, col)) {
                const QString t = cellText(displayText, *c).trimmed();
                if (!t.isEmpty() && (parts.isEmpty() || parts.last() != t))
                    parts << t;
            }
        }
        out << parts.join(u' ');
    }
    return out;
}

QString Table::caption(const QString &displayText) const
{
    if (captionStart < 0 || captionEnd > displayText.size() || captionEnd < captionStart)
        return {};
    return displayText.mid(captionStart, captionEnd - captionStart);
}

void Table::shift(qsizetype delta)
{
    start += delta;
    end += delta;
    if (captionStart >= 0) {
        captionStart += delta;
        captionEnd += delta;
    }
    for (TableRow &r : rows) {
        r.start += delta;
        r.end += delta;
        for (TableCell &c : r.cells) {
            c.start += delta;
            c.end += delta;
        }
    }
}

QByteArray tablesToJson(const QList<Table> &tables)
{
    if (tables.isEmpty())
        return {};
    QJsonArray out;
    for (const Table &t : tables) {
        QJsonArray rows;
        for (const TableRow &r : t.rows) {
            QJsonArray cells;
            for (const TableCell &c : r.cells) {
                // [start, end, column, columnSpan, rowSpan]: small and positional, one per cell.
                cells.append(QJsonArray {double(c.start), double(c.end), c.column, c.columnSpan, c.rowSpan});
            }
            rows.append(QJsonObject {{QStringLiteral("s"), double(r.start)},
                                     {QStringLiteral("e"), double(r.end)},
                                     {QStringLiteral("h"), r.header},
                                     {QStringLiteral("c"), cells}});
        }
        out.append(QJsonObject {{QStringLiteral("s"), double(t.start)},
                                {QStringLiteral("e"), double(t.end)},
                                {QStringLiteral("cs"), double(t.captionStart)},
                                {QStringLiteral("ce"), double(t.captionEnd)},
                                {QStringLiteral("n"), t.columns},
                                {QStringLiteral("p0"), t.firstPage},
                                {QStringLiteral("p1"), t.lastPage},
                                {QStringLiteral("r"), rows}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QList<Table> tablesFromJson(const QByteArray &json, qsizetype textLength)
{
    QList<Table> out;
    if (json.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return out;
    const auto inText = [textLength](qsizetype s, qsizetype e) {
        return s >= 0 && s <= e && e <= textLength;
    };
    for (const QJsonValue &tv : doc.array()) {
        const QJsonObject o = tv.toObject();
        Table t;
        t.start = qsizetype(o.value(QStringLiteral("s")).toDouble(-1));
        t.end = qsizetype(o.value(QStringLiteral("e")).toDouble(-1));
        t.captionStart = qsizetype(o.value(QStringLiteral("cs")).toDouble(-1));
        t.captionEnd = qsizetype(o.value(QStringLiteral("ce")).toDouble(-1));
        t.columns = o.value(QStringLiteral("n")).toInt();
        t.firstPage = o.value(QStringLiteral("p0")).toInt(-1);
        t.lastPage = o.value(QStringLiteral("p1")).toInt(-1);
        bool ok = inText(t.start, t.end) && t.columns > 0 && t.columns <= 1000
            && (t.captionStart < 0 || inText(t.captionStart, t.captionEnd));
        for (const QJsonValue &rv : o.value(QStringLiteral("r")).toArray()) {
            const QJsonObject ro = rv.toObject();
            TableRow r;
            r.start = qsizetype(ro.value(QStringLiteral("s")).toDouble(-1));
            r.end = qsizetype(ro.value(QStringLiteral("e")).toDouble(-1));
            r.header = ro.value(QStringLiteral("h")).toBool();
            ok = ok && inText(r.start, r.end);
            for (const QJsonValue &cv : ro.value(QStringLiteral("c")).toArray()) {
                const QJsonArray a = cv.toArray();
                TableCell c;
                c.start = qsizetype(a.at(0).toDouble(-1));
                c.end = qsizetype(a.at(1).toDouble(-1));
                c.column = a.at(2).toInt(-1);
                c.columnSpan = a.at(3).toInt(0);
                c.rowSpan = a.at(4).toInt(0);
                ok = ok && a.size() == 5 && inText(c.start, c.end) && c.column >= 0 && c.columnSpan >= 1
                    && c.rowSpan >= 1 && c.column + c.columnSpan <= t.columns;
                r.cells.append(c);
            }
            t.rows.append(r);
        }
        if (ok)
            out.append(t);
    }
    return out;
}

} // namespace plens
