#pragma once

// Text recognition in the PDF import (internal to core/import): which pages and pictures need it,
// rendering them at 300 dpi with Poppler, and the recognised lines with boxes in page points.

#include "import/importer.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

namespace Poppler {
class Document;
class Page;
} // namespace Poppler

namespace plens::detail {

// A recognised line: one box per UTF-16 unit of `text`, in page points (origin top-left).
struct RecognisedLine
{
    QString text;
    QList<QRectF> boxes;
    QRectF box;
};

// The lines recognised in one area of a page: the whole page, or one picture.
struct RecognisedArea
{
    QRectF area; // page points
    QList<RecognisedLine> lines;
};

// Reads what a PDF page holds only as an image. One per import, used page by page in order:
// - a page without a text layer is rendered and recognised whole (a blank page is left alone);
// - on a page with text, a picture covering a large part of the page (a poster, a chart or a table
//   published as an image) is rendered and recognised, with the text layer's own characters blanked
//   out first so nothing is read twice;
// - in a build without Tesseract, or without its models, both become warnings ("page 3 has no text
//   layer"), so no page is dropped silently.
// Progress goes to ImportOptions::progress page by page (and within a page while recognising);
// when it asks to stop, read() returns nothing and cancelled() is true.
class PdfRecogniser
{
public:
    PdfRecogniser(Poppler::Document &document, int pages, const ImportOptions &options);
    ~PdfRecogniser();
    PdfRecogniser(const PdfRecogniser &) = delete;
    PdfRecogniser &operator=(const PdfRecogniser &) = delete;

    // `textBoxes`: the boxes (points) of the page's text-layer words.
    QList<RecognisedArea> read(const Poppler::Page &page, int index, const QList<QRectF> &textBoxes);

    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] const QList<int> &recognisedPages() const { return m_recognised; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

    // Where the lines of `area` go among a page's text-layer lines (their boxes, in reading order):
    // before the first line that starts below the area's top and shares its columns; else at the end.
    static qsizetype insertionPoint(const QList<QRectF> &lineBoxes, const QRectF &area);

private:
    struct Engine;
    bool report(int index, int percentOfPage, bool recognising);
    QList<RecognisedArea> recognise(const Poppler::Page &page, int index, const QList<QRectF> &areas,
                                    const QList<QRectF> &textBoxes, bool wholePage);

    Poppler::Document &m_document;
    int m_pages;
    const ImportOptions &m_options;
    std::unique_ptr<Engine> m_engine;
    bool m_cancelled = false;
    QList<int> m_recognised;
    QStringList m_warnings;
};

// The pictures on a page that cover a large part of it, from a rendering at low resolution where
// only what the page paints is opaque (`painted`, any size; `pageSize` in points): rectangles of
// solid paint outside the text (`textBoxes`, points) of at least `minShare` of the page. A painted
// area that mostly lies under text is a background or a scan that already has its text: left out.
QList<QRectF> pictureAreas(const QImage &painted, const QSizeF &pageSize, const QList<QRectF> &textBoxes,
                           double minShare);

} // namespace plens::detail
