#pragma once

// Layout-aware reading of paged text (PDF today; any source of words with glyph boxes): reading
// order by blocks and columns, running heads and page numbers dropped, paragraphs joined, and
// tables read row by row with their cells kept apart (model/table.h). Knows nothing of Poppler: the
// PDF importer hands it words with per-glyph boxes and, for pages that look tabular, the ruling
// lines it found in a low-resolution rendering (findRules).

#include "import/formats.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace plens::detail {

// A word as the text layer gives it: its characters have consecutive glyph boxes.
struct LayoutWord
{
    QString text; // no white space inside
    QRectF box; // points, origin top-left
    qsizetype firstGlyph = 0; // index of its first character's box in LayoutPage::glyphs
    bool spaceAfter = false; // the text layer puts a space after it
    // Words of a line recognised from an image (OCR) carry that line's number: they form a line of
    // their own, never joined with other recognised lines or the text layer's words. -1: text layer.
    int recognisedLine = -1;
};

// A ruling line (table border) in points.
struct LayoutRule
{
    bool horizontal = true;
    double pos = 0; // y of a horizontal rule, x of a vertical one
    double from = 0; // extent along the rule: x range of a horizontal rule, y range of a vertical one
    double to = 0;
    friend bool operator==(const LayoutRule &, const LayoutRule &) = default;
};

struct LayoutPage
{
    QSizeF size; // points
    QList<LayoutWord> words; // in the text layer's order
    QList<QRectF> glyphs; // one box per character of the words (points)
    qint32 firstBox = 0; // RawImport::boxes index of glyphs[0]: the boxes of a page are consecutive
    QList<LayoutRule> rules; // ruling lines, when they were looked for
};

// Reads pages in layout order. Add every page, give the ruling lines of the pages that ask for
// them, then read() once.
class LayoutReader
{
public:
    LayoutReader();
    ~LayoutReader();
    LayoutReader(const LayoutReader &) = delete;
    LayoutReader &operator=(const LayoutReader &) = delete;

    // Adds the next page. True when its text stands in aligned columns somewhere (a table may be
    // there), i.e. when finding its ruling lines is worth a rendering.
    bool addPage(LayoutPage page);
    // The page added last, and its ruling lines.
    [[nodiscard]] const LayoutPage &lastPage() const;
    void setRules(QList<LayoutRule> rules);
    // Writes the text in reading order into raw.text (sources: RawImport::boxes indices, -1 for
    // inserted breaks) and the tables into raw.tables, as model/table.h describes.
    void read(RawImport &raw);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Long thin dark lines in a rendering of a page (`image`, `scale` pixels per point, no
// antialiasing): horizontal and vertical ruling lines, in points. Glyphs that draw a line of their
// own (dashes, box-drawing characters) are masked with the page's glyph boxes first.
QList<LayoutRule> findRules(const QImage &image, double scale, const LayoutPage &page);

} // namespace plens::detail
