#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace plens {

// A table as the importers read it (PDF layout, DOCX w:tbl, HTML <table>, OFD) and extraction reads
// it: rows × cells whose text is a range of the document's display text, so a figure read from a
// cell is anchored, highlighted and exported where the cell's glyphs are.
//
// Display-text layout of a table (every importer writes it this way; clean-up leaves it alone):
// - the table stands on lines of its own, after its caption line when it has one (表1 …);
// - each row is exactly one line: its grid cells in column order separated by '\t', ended by '\n';
// - a cell's own line breaks (wrapped names) are joined, without a space between CJK characters;
// - a cell spanning rows (a category column) writes its text in its first row only; the rows below
//   hold an empty field at that column, and Table::cellAt() finds the spanning cell for them.
struct TableCell
{
    qsizetype start = 0; // [start, end) in Document::displayText; start == end for an empty cell
    qsizetype end = 0;
    int column = 0; // first grid column it covers, 0-based
    int columnSpan = 1;
    int rowSpan = 1; // > 1: the cell also covers the rows below it
    friend bool operator==(const TableCell &, const TableCell &) = default;
};

struct TableRow
{
    qsizetype start = 0; // the row's line in the display text, without its '\n'
    qsizetype end = 0;
    bool header = false; // a header row (years, units, 属性 …)
    QList<TableCell> cells; // the cells that begin in this row, by column
    friend bool operator==(const TableRow &, const TableRow &) = default;
};

struct Table
{
    qsizetype start = 0; // the rows in the display text, from the first row's start to the last row's end
    qsizetype end = 0;
    qsizetype captionStart = -1; // the caption line (表1 2023年末人口数及其构成), -1 when none
    qsizetype captionEnd = -1;
    int columns = 0; // grid width
    QList<TableRow> rows;
    int firstPage = -1; // paged sources: the pages it spans (0-based), else -1
    int lastPage = -1;

    // The cell covering grid position (row, column), following row and column spans; nullptr when
    // no cell covers it.
    [[nodiscard]] const TableCell *cellAt(int row, int column) const;
    // The text of a cell in `displayText`.
    [[nodiscard]] static QString cellText(const QString &displayText, const TableCell &cell);
    // Per column, the header rows' texts covering it joined by ' ' (e.g. "2025年", "单位", "属性").
    [[nodiscard]] QStringList columnHeaders(const QString &displayText) const;
    [[nodiscard]] QString caption(const QString &displayText) const;

    // Every offset moved by `delta` (for a table whose text moves within a longer display text).
    void shift(qsizetype delta);

    friend bool operator==(const Table &, const Table &) = default;
};

// Compact JSON for the workspace (one array per document); empty for no tables. Offsets outside
// [0, textLength] drop the table that holds them when read back (a damaged column never gives wrong
// highlights).
QByteArray tablesToJson(const QList<Table> &tables);
QList<Table> tablesFromJson(const QByteArray &json, qsizetype textLength);

} // namespace plens
