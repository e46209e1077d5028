// Annotated PDF from a PDF source: the original file with native highlight annotations (Poppler).
#include "export/annotatedpdf_p.h"
#include "export/export.h"
#include "export/outputfile.h"
#include "export/pdfappearance.h"
#include "import/pdfquiet.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <memory>
#include <vector>

namespace plens {

namespace { } // namespace

QList<PageQuads> quadsForRange(const QList<CharBox> &boxes, qsizetype start, qsizetype end)
{
    QList<PageQuads> pages;
    QRectF line;
    int linePage = -1;
    const auto closeLine = [&] {
        if (linePage < 0 || line.isEmpty())
            return;
        if (pages.isEmpty() || pages.last().page != linePage)
            pages.append(PageQuads {linePage, {}});
        pages.last().lines.append(line);
        line = {};
    };
    for (qsizetype i = std::max<qsizetype>(start, 0); i < end && i < boxes.size(); ++i) {
        const CharBox &c = boxes.at(i);
        if (c.page < 0 || c.box.isEmpty())
            continue;
        const bool sameLine = c.page == linePage && !line.isEmpty()
            && std::abs(c.box.center().y() - line.center().y()) < 0.5 * std::max(line.height(), c.box.height())
            && c.box.left() > line.left() - c.box.width();
        if (!sameLine) {
            closeLine();
            linePage = c.page;
            line = c.box;
        } else {
            line = line.united(c.box);
        }
    }
    closeLine();
    return pages;
}

namespace {

// The PDF to annotate, from memory (the workspace's copy of the original, or the pages of an OFD
// source drawn as a PDF), never from the file.
Result<std::unique_ptr<Poppler::Document>> loadSource(const Document &doc, const QByteArray &bytes,
                                                      const QString &password)
{
    const QString name = doc.fileName;
    if (bytes.isEmpty())
        return Error {name,
                      QCoreApplication::translate(
                          "plens::export", "the original file is not in the workspace; import it again to export it")};
    detail::quietPoppler();
    std::unique_ptr<Poppler::Document> pdf
        = Poppler::Document::loadFromData(bytes, password.toUtf8(), password.toUtf8());
    if (!pdf)
        return Error {name, QCoreApplication::translate("plens::export", "the stored original is not a readable PDF")};
    if (pdf->isLocked())
        return Error {
            name,
            password.isEmpty()
                ? QCoreApplication::translate("plens::export", "the PDF is encrypted; give its password to export it")
                : QCoreApplication::translate("plens::export", "the password does not open the PDF")};
    if (pdf->numPages() < 1)
        return Error {name, QCoreApplication::translate("plens::export", "the PDF has no pages")};
    return pdf;
}

Poppler::Annotation::Style highlightStyle(const QColor &color)
{
    Poppler::Annotation::Style style;
    style.setColor(color);
    style.setOpacity(1.0);
    return style;
}

} // namespace

Result<ExportSummary> exportPdfSource(const ExportRequest &request, const QString &outPath,
                                      const ExportProgress &progress)
{
    const Document &doc = request.document;
    if (doc.format != SourceFormat::Pdf)
        return Error {
            doc.fileName,
            QCoreApplication::translate("plens::export", "not a PDF document; it is exported as typeset text")};
    return annotatePdf(request, doc.originalBytes, outPath, progress);
}

Result<ExportSummary> annotatePdf(const ExportRequest &request, const QByteArray &pdfBytes, const QString &outPath,
                                  const ExportProgress &progress)
{
    const Document &doc = request.document;
    auto loaded = loadSource(doc, pdfBytes, request.password);
    if (!loaded)
        return loaded.error();
    std::unique_ptr<Poppler::Document> pdf = std::move(loaded.value());
    if (doc.charBoxes.size() != doc.displayText.size())
        return Error {doc.fileName,
                      QCoreApplication::translate(
                          "plens::export", "the document has no character positions; import it again to export it")};

    // Check the destination before any work, so a folder without write access fails at once.
    OutputFile out(outPath);
    if (Status s = out.open(); !s)
        return s.error();

    ExportSummary summary;
    const QList<HighlightItem> items = highlightItems(request, &summary.skipped);
    const int pageCount = pdf->numPages();
    summary.pages = pageCount;
    const int total = int(items.size()) + (request.flatten ? pageCount : 0) + 1;
    int done = 0;
    const auto step = [&] {
        return !progress || progress(++done, total);
    };

    std::vector<std::unique_ptr<Poppler::Annotation>> keep; // alive until the file is written
    std::vector<std::unique_ptr<Poppler::Page>> pages;
    pages.resize(size_t(pageCount));
    for (const HighlightItem &item : items) {
        for (const PageQuads &pq : quadsForRange(doc.charBoxes, item.start, item.end)) {
            if (pq.page >= pageCount) {
                ++summary.skipped;
                continue;
            }
            auto &page = pages[size_t(pq.page)];
            if (!page)
                page = pdf->page(pq.page);
            if (!page)
                continue;
            auto h = std::make_unique<Poppler::HighlightAnnotation>();
            h->setHighlightType(Poppler::HighlightAnnotation::Highlight);
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF bounds;
            for (const QRectF &r : pq.lines) {
                Poppler::HighlightAnnotation::Quad q {};
                q.points[0] = r.topLeft();
                q.points[1] = r.topRight();
                q.points[2] = r.bottomRight();
                q.points[3] = r.bottomLeft();
                q.capStart = false;
                q.capEnd = false;
                q.feather = 0.1;
                quads.append(q);
                bounds = bounds.united(r);
            }
            h->setBoundary(bounds);
            h->setHighlightQuads(quads);
            h->setStyle(highlightStyle(item.color));
            h->setContents(item.note);
            h->setAuthor(item.author);
            if (item.created.isValid())
                h->setCreationDate(item.created);
            if (item.modified.isValid())
                h->setModificationDate(item.modified);
            page->addAnnotation(h.get());
            // Adding stamps the time of the export; the note's own dates are what readers should see.
            if (item.modified.isValid())
                h->setModificationDate(item.modified);
            keep.push_back(std::move(h));
            ++summary.highlights;
        }
        if (!step())
            return Error {outPath, QCoreApplication::translate("plens::export", "export cancelled")};
    }

    if (request.flatten) {
        // Each page rendered with its highlights and written as an image page: nothing can hide or
        // remove the highlights, and every printer and fax prints them.
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(request.flattenDpi);
            writer.setCreator(QStringLiteral("PolicyLens"));
            writer.setTitle(doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title);
            QPainter painter;
            for (int i = 0; i < pageCount; ++i) {
                auto &page = pages[size_t(i)];
                if (!page)
                    page = pdf->page(i);
                if (!page)
                    return Error {doc.fileName,
                                  QCoreApplication::translate("plens::export", "page %1 cannot be read").arg(i + 1)};
                const QSizeF size = page->pageSizeF();
                writer.setPageSize(QPageSize(size, QPageSize::Point));
                writer.setPageMargins({});
                if (i == 0) {
                    if (!painter.begin(&writer))
                        return Error {outPath,
                                      QCoreApplication::translate("plens::export", "the PDF cannot be written")};
                } else {
                    writer.newPage();
                }
                pdf->setRenderHint(Poppler::Document::Antialiasing);
                pdf->setRenderHint(Poppler::Document::TextAntialiasing);
                const QImage image = page->renderToImage(request.flattenDpi, request.flattenDpi);
                if (image.isNull())
                    return Error {
                        doc.fileName,
                        QCoreApplication::translate("plens::export", "page %1 cannot be rendered").arg(i + 1)};
                painter.drawImage(QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())),
                                  image.convertToFormat(QImage::Format_RGB888));
                if (!step())
                    return Error {outPath, QCoreApplication::translate("plens::export", "export cancelled")};
            }
            painter.end();
        }
        if (Status s = out.write(bytes); !s)
            return s.error();
    } else {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            std::unique_ptr<Poppler::PDFConverter> converter = pdf->pdfConverter();
            converter->setOutputDevice(&buffer);
            converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
            if (!converter->convert())
                return Error {outPath,
                              QCoreApplication::translate("plens::export",
                                                          "the annotated PDF cannot be written (Poppler error %1)")
                                  .arg(int(converter->lastError()))};
        }
        // Poppler writes highlights without appearance streams; readers that only draw /AP need them.
        bytes = addHighlightAppearances(bytes, &summary.appearances);
        if (Status s = out.write(bytes); !s)
            return s.error();
    }
    if (!step())
        return Error {outPath, QCoreApplication::translate("plens::export", "export cancelled")};
    if (Status s = out.commit(); !s)
        return s.error();
    return summary;
}

} // namespace plens
