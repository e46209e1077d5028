#pragma once

// Tables as the DOCX and HTML importers read them (rows of cells with spans, cells holding
// paragraphs and nested tables), and the one writer that puts them into an importer's raw text in
// the layout model/table.h describes. Internal to core/import.

#include "model/table.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace plens::detail {

struct SourceTable;

// What a cell holds, in reading order: a paragraph (a line of text) or a nested table.
struct CellBlock
{
    QString text;
    std::shared_ptr<SourceTable> table; // set for a nested table
};

struct SourceCell
{
    QList<CellBlock> blocks;
    int colSpan = 1;
    int rowSpan = 1; // HTML rowspan; 0 = to the end of the table
    bool headerCell = false; // HTML <th>
    bool mergeContinue = false; // DOCX w:vMerge continue: the cell above in this column goes on here
    int column = -1; // DOCX: the grid column it starts at; -1: placed as HTML does (next free column)
};

struct SourceRow
{
    QList<SourceCell> cells;
    bool header = false; // declared a header row (<thead>, w:tblHeader)
};

struct SourceTable
{
    QList<SourceRow> rows;
    QString caption; // HTML <caption>
};

// Limits on a table's grid: spans and sizes past them are clamped, a grid past kMaxGridCells is
// written as paragraphs instead of a table (a hostile colspan must not allocate gigabytes).
inline constexpr int kMaxColSpan = 1000;
inline constexpr int kMaxRowSpan = 65534;
inline constexpr qsizetype kMaxGridCells = 1000000;
// A cell holding more text than this is page layout (an article in a layout table), not data.
inline constexpr qsizetype kMaxDataCellChars = 2000;

// Joins the lines of a cell (wrapped text, paragraphs) into one line: no space between CJK
// characters, one space elsewhere; white space inside runs collapses to one space, and spaces
// between two CJK characters (used to spread "城 镇" over a column) are dropped.
QString joinCellText(const QStringList &parts);

// True for text that reads as a value (12.5, -3.4%, 1,234, —) rather than a heading.
bool isValueText(const QString &cell);

// A line that reads as a table's caption: 表1 …, 附表2 …, 单位：万元, 主要指标 ….
bool looksLikeCaption(const QString &line);

// Writes tables and paragraphs into an importer's raw text and collects the tables' offsets.
class TableWriter
{
public:
    TableWriter(QString *text, QList<Table> *tables) : m_text(text), m_tables(tables) { }

    // A table that is a grid (at least 2 rows and 2 columns with text, no page-sized cells, no table
    // of three rows or more nested in a cell) becomes rows of '\t'-separated cells with a blank line
    // before and after, its caption line (given, or the line just before it) recorded; a smaller
    // nested table is flattened into its cell ("税收 6.1；非税 -2.0"). Any other table is page layout
    // and is read as paragraphs, cell by cell, its nested tables written the same way.
    void write(const SourceTable &table);
    // A line of ordinary text ending the current line.
    void paragraph(const QString &line);

private:
    bool writeGrid(const SourceTable &table);
    void writeBlocks(const QList<CellBlock> &blocks);
    void captionBefore(Table &t) const;
    bool lineBefore(qsizetype end, qsizetype *start, qsizetype *stop) const;

    QString *m_text;
    QList<Table> *m_tables;
    qsizetype m_lastTableEnd = 0; // captions are never looked for inside an earlier table
};

} // namespace plens::detail
