// Text recognition in the PDF import: deciding what to recognise, rendering it with Poppler and
// handing Tesseract's lines back with boxes in page points (see pdfocr.h).
#include "import/pdfocr.h"

#include "ocr/ocr.h"

#include <QCoreApplication>
#include <QImage>

#include <poppler-qt6.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace plens::detail {

namespace {

constexpr double kOcrDpi = 300; // the resolution pages and pictures are recognised at
constexpr double kProbeDpi = 36; // the low resolution that finds pictures
constexpr double kPictureShare = 0.10; // "a large part of the page": a tenth of its area or more
constexpr int kGridColumns = 64; // cells across a page, for the text and paint grids

// Cells of a page grid, kGridColumns across.
struct Grid
{
    int cols = kGridColumns;
    int rows = 0;
    double cell = 1; // points
    QList<char> on;

    explicit Grid(const QSizeF &page)
    {
        cell = std::max(1.0, page.width() / cols);
        rows = std::max(1, int(std::ceil(page.height() / cell)));
        on.fill(0, qsizetype(rows) * cols);
    }
    char &at(int r, int c) { return on[qsizetype(r) * cols + c]; }
    [[nodiscard]] char at(int r, int c) const { return on.at(qsizetype(r) * cols + c); }
    void mark(const QRectF &box)
    {
        const int c0 = std::clamp(int(box.left() / cell), 0, cols - 1);
        const int c1 = std::clamp(int(box.right() / cell), 0, cols - 1);
        const int r0 = std::clamp(int(box.top() / cell), 0, rows - 1);
        const int r1 = std::clamp(int(box.bottom() / cell), 0, rows - 1);
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c)
                at(r, c) = 1;
        }
    }
};

// The area in cells of the largest rectangle of unmarked cells within rows [r0, r1) and columns
// [c0, c1) (the classic histogram-and-stack method, linear in the cells).
int largestEmptyRectangle(const Grid &g, int r0, int r1, int c0, int c1)
{
    const int w = c1 - c0;
    QList<int> height(w + 1, 0);
    int best = 0;
    for (int r = r0; r < r1; ++r) {
        for (int c = 0; c < w; ++c)
            height[c] = g.at(r, c0 + c) ? 0 : height[c] + 1;
        QList<int> stack;
        for (int c = 0; c <= w; ++c) {
            const int h = c < w ? height[c] : 0;
            while (!stack.isEmpty() && height[stack.back()] >= h) {
                const int top = height[stack.back()];
                stack.removeLast();
                const int left = stack.isEmpty() ? 0 : stack.back() + 1;
                best = std::max(best, top * (c - left));
            }
            stack.append(c);
        }
    }
    return best;
}

// A page with text can only hold a large picture where its text leaves room: a text-free rectangle
// of the picture's size inside the page's inner four fifths (margins are always free). Full text
// pages fail this at once, so they are never rendered.
bool roomForPicture(const QSizeF &size, const QList<QRectF> &textBoxes)
{
    Grid g(size);
    for (const QRectF &b : textBoxes)
        g.mark(b);
    const int r0 = g.rows / 10;
    const int r1 = g.rows - g.rows / 10;
    const int c0 = g.cols / 10;
    const int c1 = g.cols - g.cols / 10;
    const double pageCells = double(g.rows) * g.cols;
    return largestEmptyRectangle(g, r0, r1, c0, c1) >= 0.8 * kPictureShare * pageCells;
}

QImage renderPainted(Poppler::Document &doc, const Poppler::Page &page)
{
    doc.setRenderHint(Poppler::Document::IgnorePaperColor, true);
    QImage img = page.renderToImage(kProbeDpi, kProbeDpi);
    doc.setRenderHint(Poppler::Document::IgnorePaperColor, false);
    return img.convertToFormat(QImage::Format_ARGB32);
}

double paintedShare(const QImage &img)
{
    if (img.isNull())
        return 0;
    qint64 painted = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            painted += qAlpha(row[x]) > 128 ? 1 : 0;
    }
    return double(painted) / (double(img.width()) * img.height());
}

} // namespace

QList<QRectF> pictureAreas(const QImage &painted, const QSizeF &pageSize, const QList<QRectF> &textBoxes,
                           double minShare)
{
    if (painted.isNull() || pageSize.isEmpty())
        return {};
    const QImage img = painted.convertToFormat(QImage::Format_ARGB32);
    Grid text(pageSize);
    for (const QRectF &b : textBoxes)
        text.mark(b);
    // A cell is solid paint when nearly all its pixels are opaque and no text lies on it.
    Grid solid(pageSize);
    const double px = img.width() / pageSize.width(); // pixels per point
    for (int r = 0; r < solid.rows; ++r) {
        for (int c = 0; c < solid.cols; ++c) {
            if (text.at(r, c))
                continue;
            const int x0 = int(c * solid.cell * px);
            const int x1 = std::min(img.width(), int((c + 1) * solid.cell * px));
            const int y0 = int(r * solid.cell * px);
            const int y1 = std::min(img.height(), int((r + 1) * solid.cell * px));
            int opaque = 0;
            int all = 0;
            for (int y = y0; y < y1; ++y) {
                const auto *row = reinterpret_cast<const QRgb *>(img.constScanLine(y));
                for (int x = x0; x < x1; ++x) {
                    opaque += qAlpha(row[x]) > 128 ? 1 : 0;
                    ++all;
                }
            }
            solid.at(r, c) = all > 0 && opaque >= 0.9 * all ? 1 : 0;
        }
    }
    // Connected areas of solid cells; a picture is a filled rectangle of them.
    const double pageCells = double(solid.rows) * solid.cols;
    QList<char> seen(solid.on.size(), 0);
    QList<QRectF> out;
    for (int r = 0; r < solid.rows; ++r) {
        for (int c = 0; c < solid.cols; ++c) {
            if (!solid.at(r, c) || seen[qsizetype(r) * solid.cols + c])
                continue;
            int top = r;
            int bottom = r;
            int left = c;
            int right = c;
            qsizetype count = 0;
            QList<std::pair<int, int>> todo {{r, c}};
            seen[qsizetype(r) * solid.cols + c] = 1;
            while (!todo.isEmpty()) {
                const auto [y, x] = todo.takeLast();
                ++count;
                top = std::min(top, y);
                bottom = std::max(bottom, y);
                left = std::min(left, x);
                right = std::max(right, x);
                for (const auto &[dy, dx] :
                     {std::pair {1, 0}, std::pair {-1, 0}, std::pair {0, 1}, std::pair {0, -1}}) {
                    const int ny = y + dy;
                    const int nx = x + dx;
                    if (ny < 0 || nx < 0 || ny >= solid.rows || nx >= solid.cols || !solid.at(ny, nx))
                        continue;
                    char &s = seen[qsizetype(ny) * solid.cols + nx];
                    if (!s) {
                        s = 1;
                        todo.append({ny, nx});
                    }
                }
            }
            const double cells = double(bottom - top + 1) * (right - left + 1);
            if (cells < minShare * pageCells || double(count) < 0.5 * cells)
                continue;
            int underText = 0;
            for (int y = top; y <= bottom; ++y) {
                for (int x = left; x <= right; ++x)
                    underText += text.at(y, x);
            }
            if (underText >= 0.15 * cells)
                continue; // a background, or a scan whose text is already in the text layer
            const QRectF area(left * solid.cell, top * solid.cell, (right - left + 1) * solid.cell,
                              (bottom - top + 1) * solid.cell);
            out.append(area.adjusted(-solid.cell, -solid.cell, solid.cell, solid.cell)
                           .intersected(QRectF(QPointF(0, 0), pageSize)));
        }
    }
    std::sort(out.begin(), out.end(), [](const QRectF &a, const QRectF &b) {
        return a.top() < b.top() || (a.top() == b.top() && a.left() < b.left());
    });
    return out;
}

struct PdfRecogniser::Engine
{
    explicit Engine(const ocr::Engine::Options &options) : engine(options) { }
    ocr::Engine engine;
    std::optional<Status> loaded;
};

PdfRecogniser::PdfRecogniser(Poppler::Document &document, int pages, const ImportOptions &options)
    : m_document(document), m_pages(std::max(1, pages)), m_options(options)
{ }

PdfRecogniser::~PdfRecogniser() = default;

bool PdfRecogniser::report(int index, int percentOfPage, bool recognising)
{
    if (m_cancelled)
        return false;
    if (!m_options.progress)
        return true;
    ImportProgress p;
    p.page = index;
    p.pages = m_pages;
    p.recognising = recognising;
    p.percent = int((qint64(index) * 100 + std::clamp(percentOfPage, 0, 100)) / m_pages);
    if (!m_options.progress(p))
        m_cancelled = true;
    return !m_cancelled;
}

qsizetype PdfRecogniser::insertionPoint(const QList<QRectF> &lineBoxes, const QRectF &area)
{
    for (qsizetype i = 0; i < lineBoxes.size(); ++i) {
        const QRectF &b = lineBoxes.at(i);
        const bool sharesColumns = b.left() < area.right() && b.right() > area.left();
        if (sharesColumns && b.center().y() > area.center().y())
            return i;
    }
    return lineBoxes.size();
}

QList<RecognisedArea> PdfRecogniser::read(const Poppler::Page &page, int index, const QList<QRectF> &textBoxes)
{
    if (!report(index, 0, false))
        return {};
    const QSizeF size = page.pageSizeF();
    if (size.isEmpty())
        return {};
    QList<QRectF> areas;
    const bool wholePage = textBoxes.isEmpty();
    if (wholePage) {
        // A blank page has nothing to lose; anything painted on a page without text is read.
        if (paintedShare(renderPainted(m_document, page)) < 0.002)
            return {};
        areas.append(QRectF(QPointF(0, 0), size));
    } else {
        if (!roomForPicture(size, textBoxes))
            return {};
        areas = pictureAreas(renderPainted(m_document, page), size, textBoxes, kPictureShare);
        if (areas.isEmpty())
            return {};
    }
    return recognise(page, index, areas, textBoxes, wholePage);
}

QList<RecognisedArea> PdfRecogniser::recognise(const Poppler::Page &page, int index, const QList<QRectF> &areas,
                                               const QList<QRectF> &textBoxes, bool wholePage)
{
    const QString pageNo = QString::number(index + 1);
    if (!m_engine) {
        ocr::Engine::Options options;
        options.language = m_options.ocrLanguage;
        m_engine = std::make_unique<Engine>(options);
    }
    if (!m_engine->loaded)
        m_engine->loaded = m_engine->engine.load();
    if (!*m_engine->loaded) {
        const QString why = ocr::Engine::available()
            ? m_engine->loaded->error().message
            : QCoreApplication::translate("plens::import", "this build cannot recognise text");
        m_warnings
            << (wholePage
                    ? QCoreApplication::translate("plens::import", "page %1 has no text layer (%2)").arg(pageNo, why)
                    : QCoreApplication::translate(
                          "plens::import", "page %1: a picture covering a large part of the page was not read (%2)")
                          .arg(pageNo, why));
        return {};
    }

    const double scale = kOcrDpi / 72.0; // pixels per point
    const QRect pagePx(0, 0, int(std::lround(page.pageSizeF().width() * scale)),
                       int(std::lround(page.pageSizeF().height() * scale)));
    QList<RecognisedArea> out;
    qsizetype characters = 0;
    for (qsizetype k = 0; k < areas.size(); ++k) {
        const QRectF &area = areas.at(k);
        const QRect px = QRectF(area.left() * scale, area.top() * scale, area.width() * scale, area.height() * scale)
                             .toAlignedRect()
                             .intersected(pagePx);
        if (px.width() < 16 || px.height() < 16)
            continue;
        m_document.setRenderHint(Poppler::Document::Antialiasing, true);
        m_document.setRenderHint(Poppler::Document::TextAntialiasing, true);
        QImage img = page.renderToImage(kOcrDpi, kOcrDpi, px.x(), px.y(), px.width(), px.height())
                         .convertToFormat(QImage::Format_Grayscale8);
        m_document.setRenderHint(Poppler::Document::Antialiasing, false);
        m_document.setRenderHint(Poppler::Document::TextAntialiasing, false);
        if (img.isNull())
            continue;
        // The text layer's own words are blanked out, so only what exists as an image is read.
        for (const QRectF &b : textBoxes) {
            const QRect r
                = QRectF(b.left() * scale - px.x(), b.top() * scale - px.y(), b.width() * scale, b.height() * scale)
                      .toAlignedRect()
                      .adjusted(-2, -2, 2, 2)
                      .intersected(img.rect());
            for (int y = r.top(); y <= r.bottom() && !r.isEmpty(); ++y)
                std::memset(img.scanLine(y) + r.left(), 0xFF, size_t(r.width()));
        }
        const int n = int(areas.size());
        auto result = m_engine->engine.recognise(
            img, [&](int percent) { return report(index, int((k * 100 + percent) / n), true); });
        if (!result) {
            if (m_engine->engine.cancelled() || m_cancelled) {
                m_cancelled = true;
                return {};
            }
            m_warnings << QCoreApplication::translate("plens::import", "page %1: text recognition failed (%2)")
                              .arg(pageNo, result.error().message);
            continue;
        }
        const ocr::PageResult found = ocr::filtered(*result);
        RecognisedArea ra;
        ra.area = area;
        const auto toPoints = [&](const QRect &r) {
            return QRectF((r.left() + px.x()) / scale, (r.top() + px.y()) / scale, (r.width()) / scale,
                          (r.height()) / scale);
        };
        for (const ocr::Line &line : found.lines) {
            const ocr::LineText lt = ocr::lineText(line);
            if (lt.text.trimmed().isEmpty())
                continue;
            RecognisedLine rl;
            rl.text = lt.text;
            for (const QRect &b : lt.boxes)
                rl.boxes.append(toPoints(b));
            rl.box = toPoints(line.box);
            characters += rl.text.size();
            ra.lines.append(rl);
        }
        if (!ra.lines.isEmpty())
            out.append(ra);
    }
    m_recognised.append(index);
    if (wholePage && characters == 0)
        m_warnings << QCoreApplication::translate("plens::import",
                                                  "page %1 has no text layer and no text was recognised on it")
                          .arg(pageNo);
    return out;
}

} // namespace plens::detail
