#pragma once

// Internals shared by the layout reader's files (pdflayout.cpp: lines, reading order, paragraphs;
// pdflayout_tables.cpp: table regions and grids; pdflayout_rules.cpp: ruling lines).

#include "import/pdflayout.h"
#include "text/mappedtext.h"

#include <QList>
#include <QRectF>

namespace plens::detail::layout {

// A physical line: words whose boxes overlap vertically, left to right.
struct Line
{
    QRectF box;
    double h = 0; // typical glyph height of its words
    QList<int> words; // indices into LayoutPage::words, by x
};

// A page under analysis.
struct Page
{
    const LayoutPage *src = nullptr;
    int index = 0;
    QList<Line> lines; // by top
    double bodyH = 10; // median line height
    QList<bool> skip; // per word: not text of the page (page numbers) or taken by a table
};

// Builds the physical lines of a page.
QList<Line> buildLines(const LayoutPage &page);
// Words of `words` (a line's words, by x) split where they stand apart: a gap wider than
// `gap` × the line height (a column gap), or any clear gap between two numbers. Each chunk is a
// list of word indices.
QList<QList<int>> chunksOf(const LayoutPage &page, const QList<int> &words, double h, double gap = 0.9);

// Character classes of cell and line texts.
bool isNumberToken(const QString &t); // 12.5, 2,946.25, ≥50, 6左右, -0.57‰, 45.31%
bool isPlaceholder(const QString &t); // — - / … (a value cell left empty on purpose)
bool isListMarker(const QString &t); // 一、 （一） 1. 第一章 … at the start
bool isNumberedCaption(const QString &t); // 表1 …, 续表2, 附表3-1 …

// The characters of word `w` in [from, to) with their box indices.
void appendWord(MappedText &out, const LayoutPage &page, int w, int from = 0, int to = -1);

struct TableCellText
{
    int row = 0;
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
    MappedText text;
};

// A table as found on the pages, before it is written into the text.
struct TableBlock
{
    QRectF firstBox; // on the page where it begins (points)
    QRectF box; // on the page where it ends
    QList<double> xs; // column boundaries there (columns + 1 values)
    int columns = 0;
    int rows = 0;
    QList<bool> header; // per row
    QList<TableCellText> cells; // by row, then column
    int firstPage = 0;
    int lastPage = 0;
    bool ruled = false;
};

// The tables of a page. Marks the words they take in page.skip. `previous` is the table that ended
// the previous page, if any: a table at the top of this page with its columns continues it.
QList<TableBlock> findTables(Page &page, const TableBlock *previous);

} // namespace plens::detail::layout
