#include "import/tablegrid.h"

#include "text/chars.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace plens::detail {

namespace {

bool isWhite(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || chars::isSpace(c.unicode());
}

// Whether a space between these two characters is dropped (as clean-up does in running text).
bool dropSpaceBetween(QChar before, QChar after)
{
    const char32_t b = before.unicode();
    const char32_t a = after.unicode();
    const bool cjkB = chars::isCjk(b);
    const bool cjkA = chars::isCjk(a);
    return (cjkB && (cjkA || chars::isAsciiAlnum(a) || a == '%')) || (cjkA && (chars::isAsciiAlnum(b) || b == '%'));
}

QString collapse(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (const QChar c : s) {
        if (isWhite(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && !dropSpaceBetween(out.back(), c))
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

bool isYear(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(?:19|20)\\d{2}年?$"));
    return re.match(s).hasMatch();
}

QString cellText(const QList<CellBlock> &blocks);

// A small table inside a cell, as one line: cells separated by a space, rows by '；'.
QString flatten(const SourceTable &table)
{
    QStringList rows;
    for (const SourceRow &row : table.rows) {
        QStringList cells;
        for (const SourceCell &cell : row.cells) {
            const QString t = cellText(cell.blocks);
            if (!t.isEmpty())
                cells.append(t);
        }
        if (!cells.isEmpty())
            rows.append(cells.join(QLatin1Char(' ')));
    }
    return rows.join(QChar(0xFF1B));
}

// A cell's paragraphs joined (joinCellText); a flattened table is set off by a space.
QString cellText(const QList<CellBlock> &blocks)
{
    QString out;
    QStringList run;
    const auto append = [&out](const QString &piece) {
        if (!piece.isEmpty() && !out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(piece);
    };
    for (const CellBlock &b : blocks) {
        if (!b.table) {
            run.append(b.text);
            continue;
        }
        append(joinCellText(run));
        run.clear();
        append(flatten(*b.table));
    }
    append(joinCellText(run));
    return out;
}

struct Placed
{
    QString text;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int colSpan = 1;
    bool headerCell = false;
};

struct Grid
{
    QList<Placed> cells; // in row order
    int rows = 0;
    int columns = 0;
};

// Places the cells on the grid: HTML's algorithm (each cell at the next column no cell from above
// covers) or DOCX's explicit columns with vertical merges. False when the grid is too large.
bool place(const SourceTable &table, Grid &grid)
{
    const int rows = int(table.rows.size());
    std::vector<std::vector<bool>> occupied(static_cast<size_t>(rows));
    qsizetype area = 0;
    const auto occupy = [&](int r, int c, int w) {
        auto &line = occupied[size_t(r)];
        if (line.size() < size_t(c + w)) {
            area += qsizetype(c + w) - qsizetype(line.size());
            line.resize(size_t(c + w), false);
        }
        std::fill(line.begin() + c, line.begin() + c + w, true);
    };
    const auto isOccupied = [&](int r, int c) {
        const auto &line = occupied[size_t(r)];
        return size_t(c) < line.size() && line[size_t(c)];
    };
    QHash<int, qsizetype> lastInColumn; // DOCX: the last cell placed at each column, for vertical merges
    for (int r = 0; r < rows; ++r) {
        int col = 0;
        for (const SourceCell &cell : table.rows.at(r).cells) {
            const int colSpan = std::clamp(cell.colSpan, 1, kMaxColSpan);
            if (cell.column >= 0) {
                col = std::max(col, std::min(cell.column, kMaxColSpan * 4));
            } else {
                while (isOccupied(r, col))
                    ++col;
            }
            if (cell.mergeContinue) {
                // Vertical merge: the cell ending just above, starting at this column, goes on.
                const qsizetype k = lastInColumn.value(col, -1);
                Placed *above = k >= 0 ? &grid.cells[k] : nullptr;
                if (above && above->row + above->rowSpan == r) {
                    ++above->rowSpan;
                    const QString more = cellText(cell.blocks);
                    if (!more.isEmpty())
                        above->text = joinCellText({above->text, more});
                    occupy(r, col, above->colSpan);
                    col += above->colSpan;
                    continue;
                }
            }
            Placed p;
            p.row = r;
            p.column = col;
            p.colSpan = colSpan;
            p.rowSpan = cell.rowSpan <= 0 ? rows - r : std::clamp(cell.rowSpan, 1, std::min(kMaxRowSpan, rows - r));
            p.headerCell = cell.headerCell;
            p.text = cellText(cell.blocks);
            for (int k = 0; k < p.rowSpan; ++k)
                occupy(r + k, col, colSpan);
            if (area > kMaxGridCells)
                return false;
            lastInColumn.insert(col, grid.cells.size());
            grid.cells.append(p);
            col += colSpan;
        }
    }
    grid.rows = rows;
    for (const auto &line : occupied)
        grid.columns = std::max(grid.columns, int(line.size()));
    return qsizetype(grid.rows) * grid.columns <= kMaxGridCells;
}

// A table nested in a cell that is a table of its own (three rows or more, two cells in a row) makes
// the outer table page layout; smaller ones are flattened into their cell.
bool hasLargeNestedTable(const SourceTable &table)
{
    for (const SourceRow &row : table.rows) {
        for (const SourceCell &cell : row.cells) {
            for (const CellBlock &b : cell.blocks) {
                if (!b.table || b.table->rows.size() < 3)
                    continue;
                for (const SourceRow &inner : b.table->rows) {
                    if (inner.cells.size() >= 2)
                        return true;
                }
            }
        }
    }
    return false;
}

// Header rows: the leading rows the source declares (thead, w:tblHeader, rows of <th> only); else
// a first row without values (指标 | 单位 | 2025年), with the rows its cells span down into and,
// under a first row with merged headings (2023年 over 绝对数 | 增长%), a second row without values.
QList<bool> headerRows(const SourceTable &table, const Grid &grid)
{
    QList<bool> header(grid.rows, false);
    QList<QList<const Placed *>> starting(grid.rows);
    for (const Placed &p : grid.cells)
        starting[p.row].append(&p);
    const auto allTh = [&](int r) {
        bool any = false;
        for (const Placed *p : starting.at(r)) {
            if (p->text.isEmpty())
                continue;
            if (!p->headerCell)
                return false;
            any = true;
        }
        return any;
    };
    const auto declared = [&](int r) {
        return table.rows.at(r).header || allTh(r);
    };
    bool anyDeclared = false;
    for (int r = 0; r < grid.rows && !anyDeclared; ++r)
        anyDeclared = declared(r);
    if (anyDeclared) {
        for (int r = 0; r < grid.rows && declared(r); ++r)
            header[r] = true;
        return header;
    }
    const auto candidate = [&](int r) {
        bool any = false;
        for (const Placed *p : starting.at(r)) {
            if (p->text.isEmpty())
                continue;
            if (isValueText(p->text) && !isYear(p->text))
                return false;
            any = true;
        }
        return any;
    };
    if (grid.rows < 2 || !candidate(0))
        return header;
    header[0] = true;
    int until = 1; // rows [0, until) are header rows
    for (int r = 0; r < until && r < grid.rows; ++r) {
        bool merged = false;
        for (const Placed *p : starting.at(r)) {
            until = std::max(until, r + p->rowSpan);
            merged = merged || p->colSpan > 1;
        }
        if (r == 0 && merged && grid.rows > 2 && candidate(1))
            until = std::max(until, 2);
        until = std::min(until, grid.rows - 1); // a table keeps at least one body row
    }
    for (int r = 1; r < until; ++r)
        header[r] = true;
    return header;
}

} // namespace

QString joinCellText(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        const QString p = collapse(part);
        if (p.isEmpty())
            continue;
        if (!out.isEmpty() && !chars::isCjk(out.back().unicode()) && !chars::isCjk(p.front().unicode()))
            out.append(QLatin1Char(' '));
        out.append(p);
    }
    return out;
}

bool isValueText(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral(
        "^[-+−±～~<>≤≥]?(?:[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9]+)?|[.．][0-9]+)[%％‰]?$|^[-—–…/／]+$"));
    const QStringList tokens = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return false;
    for (const QString &t : tokens) {
        if (!number.match(t).hasMatch())
            return false;
    }
    return true;
}

bool looksLikeCaption(const QString &line)
{
    if (line.isEmpty() || line.size() > 60 || line.contains(QLatin1Char('\t')))
        return false;
    const QChar last = line.back();
    if (last == QChar(0x3002) || last == QChar(0xFF1B) || last == QChar(0xFF0C) || last == QLatin1Char(',')
        || last == QLatin1Char(';'))
        return false;
    static const QRegularExpression numbered(QStringLiteral("^附?表\\s*[0-9０-９一二三四五六七八九十]+"));
    static const QRegularExpression unit(QStringLiteral("单位\\s*[:：]"));
    static const QRegularExpression named(QStringLiteral("(?:表|指标|情况|一览|统计|明细|构成)$"));
    return numbered.match(line).hasMatch() || unit.match(line).hasMatch()
        || (line.size() <= 40 && named.match(line).hasMatch());
}

void TableWriter::paragraph(const QString &line)
{
    m_text->append(line);
    m_text->append(QLatin1Char('\n'));
}

void TableWriter::write(const SourceTable &table)
{
    if (!writeGrid(table)) {
        for (const SourceRow &row : table.rows) {
            for (const SourceCell &cell : row.cells)
                writeBlocks(cell.blocks);
        }
    }
}

void TableWriter::writeBlocks(const QList<CellBlock> &blocks)
{
    for (const CellBlock &b : blocks) {
        if (b.table) {
            write(*b.table);
        } else {
            const QString line = collapse(b.text);
            if (!line.isEmpty())
                paragraph(line);
        }
    }
}

bool TableWriter::lineBefore(qsizetype end, qsizetype *start, qsizetype *stop) const
{
    const QString &text = *m_text;
    qsizetype e = end;
    while (e > m_lastTableEnd && isWhite(text.at(e - 1)))
        --e;
    if (e <= m_lastTableEnd)
        return false;
    qsizetype s = std::max(text.lastIndexOf(QLatin1Char('\n'), e - 1) + 1, m_lastTableEnd);
    while (s < e && isWhite(text.at(s)))
        ++s;
    *start = s;
    *stop = e;
    return true;
}

void TableWriter::captionBefore(Table &t) const
{
    qsizetype s = 0;
    qsizetype e = 0;
    if (!lineBefore(m_text->size(), &s, &e) || !looksLikeCaption(m_text->mid(s, e - s)))
        return;
    t.captionStart = s;
    t.captionEnd = e;
    // 表10 城乡居民家庭每百户耐用消费品拥有量 / 单位：台 — both lines are the caption.
    static const QRegularExpression unit(QStringLiteral("^单位\\s*[:：]"));
    qsizetype s2 = 0;
    qsizetype e2 = 0;
    if (unit.match(QStringView(*m_text).sliced(s, e - s)).hasMatch() && lineBefore(s, &s2, &e2)) {
        const QString above = m_text->mid(s2, e2 - s2);
        if (looksLikeCaption(above) && !unit.match(above).hasMatch())
            t.captionStart = s2;
    }
}

bool TableWriter::writeGrid(const SourceTable &table)
{
    if (table.rows.size() < 2 || hasLargeNestedTable(table))
        return false;
    Grid grid;
    if (!place(table, grid) || grid.columns < 2)
        return false;
    // A real grid: two rows and two columns with text, no cell the size of a page.
    QList<bool> rowUsed(grid.rows, false);
    QList<bool> colUsed(grid.columns, false);
    for (const Placed &p : std::as_const(grid.cells)) {
        if (p.text.size() > kMaxDataCellChars)
            return false;
        if (!p.text.isEmpty()) {
            rowUsed[p.row] = true;
            colUsed[p.column] = true;
        }
    }
    if (rowUsed.count(true) < 2 || colUsed.count(true) < 2)
        return false;

    QString &text = *m_text;
    Table t;
    t.columns = grid.columns;
    if (!table.caption.trimmed().isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text.append(QLatin1Char('\n'));
        t.captionStart = text.size();
        text.append(collapse(table.caption));
        t.captionEnd = text.size();
        text.append(QLatin1Char('\n'));
    } else {
        captionBefore(t);
    }
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text.append(QLatin1Char('\n'));
    if (!text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
        text.append(QLatin1Char('\n'));

    const QList<bool> header = headerRows(table, grid);
    qsizetype next = 0; // grid.cells is in row order
    t.start = text.size();
    for (int r = 0; r < grid.rows; ++r) {
        TableRow row;
        row.header = header.at(r);
        row.start = text.size();
        QList<const Placed *> fields(grid.columns, nullptr);
        for (; next < grid.cells.size() && grid.cells.at(next).row == r; ++next)
            fields[grid.cells.at(next).column] = &grid.cells.at(next);
        for (int c = 0; c < grid.columns; ++c) {
            if (c > 0)
                text.append(QLatin1Char('\t'));
            if (const Placed *p = fields.at(c)) {
                TableCell cell;
                cell.start = text.size();
                text.append(p->text);
                cell.end = text.size();
                cell.column = c;
                cell.columnSpan = std::min(p->colSpan, grid.columns - c);
                cell.rowSpan = p->rowSpan;
                row.cells.append(cell);
            }
        }
        row.end = text.size();
        t.rows.append(row);
        text.append(QLatin1Char('\n'));
    }
    t.end = t.rows.last().end;
    text.append(QLatin1Char('\n'));
    m_lastTableEnd = text.size();
    m_tables->append(t);
    return true;
}

} // namespace plens::detail
