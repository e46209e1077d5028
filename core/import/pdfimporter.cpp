// PDF import with Poppler: the words of each page with a box per character (and, on pages whose
// text stands in columns, the ruling lines of a low-resolution rendering) handed to the layout
// reader (pdflayout.h), which puts them in reading order and reads the tables. Pages without a text
// layer and large pictures are recognised first (pdfocr.h); their lines join the page's words.
// Poppler stays in the PDF code.
#include "import/formats.h"
#include "import/pdflayout.h"
#include "import/pdfocr.h"
#include "import/pdfquiet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace plens {

namespace detail {

void quietPoppler()
{
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
}

} // namespace detail

bool pdfNeedsPassword(const QByteArray &bytes)
{
    detail::quietPoppler();
    const auto doc = Poppler::Document::loadFromData(bytes);
    return doc && doc->isLocked();
}

namespace detail {

Result<RawImport> importPdf(const QString &fileName, const QByteArray &bytes, const ImportOptions &options)
{
    // A complete PDF ends with %%EOF (a little trailing junk is common, so look at the last 1 KB);
    // Poppler would otherwise "repair" a truncated file and return part of the text silently.
    if (QByteArrayView(bytes).last(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%%EOF") < 0)
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "the PDF file is truncated or damaged (no end-of-file marker)")};
    // Poppler reports damaged input on stderr; the importer turns it into one clear error instead.
    quietPoppler();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "the PDF file is damaged and cannot be read")};
    // Nothing else is asked of a locked document (numPages() and pages crash until it is unlocked).
    if (doc->isLocked()) {
        if (options.password.isEmpty())
            return Error {
                fileName,
                QCoreApplication::translate("plens::import", "the PDF is encrypted; a password is needed to open it")};
        const QByteArray pw = options.password.toUtf8();
        // unlock() returns true on failure.
        if (doc->unlock(pw, pw) || doc->isLocked())
            return Error {fileName,
                          QCoreApplication::translate("plens::import", "the password is not correct for this PDF")};
    }
    const int pages = doc->numPages();
    if (pages <= 0)
        return Error {fileName, QCoreApplication::translate("plens::import", "the PDF has no pages")};
    if (pages > currentLimits().pdfPages)
        return Error {
            fileName,
            QCoreApplication::translate("plens::import", "the PDF has %1 pages; PolicyLens reads up to %2 pages")
                .arg(pages)
                .arg(currentLimits().pdfPages)};

    RawImport raw;
    raw.fromPdfLayout = true;
    raw.titleHint = doc->info(QStringLiteral("Title")).trimmed();
    raw.dateHint = doc->date(QStringLiteral("CreationDate")).date();
    raw.pageSizes.reserve(pages);

    // Words with their glyph boxes, page by page; pages whose text stands in columns are rendered
    // at one pixel per point to find their ruling lines (table borders).
    LayoutReader reader;
    doc->setRenderHint(Poppler::Document::Antialiasing, false);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, false);
    doc->setRenderHint(Poppler::Document::ThinLineSolid, true);
    PdfRecogniser recogniser(*doc, pages, options);
    for (int p = 0; p < pages; ++p) {
        if (pastDeadline())
            return Error {
                fileName,
                overTimeMessage()
                    + QCoreApplication::translate("plens::import", " (at page %1 of %2)").arg(p + 1).arg(pages)};
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        LayoutPage lp;
        lp.firstBox = qint32(raw.boxes.size());
        if (!page) {
            raw.pageSizes.append(QSizeF());
            reader.addPage(std::move(lp));
            continue;
        }
        const QSizeF size = page->pageSizeF();
        raw.pageSizes.append(size);
        lp.size = size;
        const double w = size.width() > 0 ? size.width() : 1;
        const double h = size.height() > 0 ? size.height() : 1;
        const auto words = page->textList();
        lp.words.reserve(qsizetype(words.size()));
        QList<QRectF> wordBoxes;
        wordBoxes.reserve(qsizetype(words.size()));
        for (const auto &word : words) {
            const QString wt = word->text();
            if (wt.isEmpty())
                continue;
            LayoutWord lw;
            lw.box = word->boundingBox();
            wordBoxes.append(lw.box);
            lw.firstGlyph = lp.glyphs.size();
            lw.spaceAfter = word->hasSpaceAfter();
            for (int i = 0; i < wt.size(); ++i) {
                const QChar c = wt.at(i);
                if (c.isSpace())
                    continue;
                const QRectF cb = word->charBoundingBox(i);
                lw.text.append(c);
                lp.glyphs.append(cb);
                raw.boxes.append(CharBox {p, QRectF(cb.x() / w, cb.y() / h, cb.width() / w, cb.height() / h)});
            }
            if (!lw.text.isEmpty())
                lp.words.append(lw);
        }
        // Pages without a text layer and large pictures are recognised (pdfocr.cpp); each recognised
        // line joins the page as words (split at its spaces) that stay one line of their own, put in
        // reading order with the rest.
        QElapsedTimer recognising;
        recognising.start();
        const QList<RecognisedArea> recognised = recogniser.read(*page, p, wordBoxes);
        extendDeadline(recognising.elapsed());
        if (recogniser.cancelled())
            return Error {fileName, importCancelledMessage()};
        int recognisedLine = 0;
        for (const RecognisedArea &area : recognised) {
            for (const RecognisedLine &rl : area.lines) {
                LayoutWord lw;
                lw.recognisedLine = recognisedLine++;
                const auto flush = [&](bool spaceAfter) {
                    if (lw.text.isEmpty())
                        return;
                    lw.spaceAfter = spaceAfter;
                    lp.words.append(lw);
                    const int line = lw.recognisedLine;
                    lw = LayoutWord();
                    lw.recognisedLine = line;
                };
                for (qsizetype i = 0; i < rl.text.size() && i < rl.boxes.size(); ++i) {
                    const QChar c = rl.text.at(i);
                    if (c.isSpace()) {
                        flush(true);
                        continue;
                    }
                    const QRectF &cb = rl.boxes.at(i);
                    if (lw.text.isEmpty()) {
                        lw.firstGlyph = lp.glyphs.size();
                        lw.box = cb;
                    } else {
                        lw.box = lw.box.united(cb);
                    }
                    lw.text.append(c);
                    lp.glyphs.append(cb);
                    raw.boxes.append(CharBox {p, QRectF(cb.x() / w, cb.y() / h, cb.width() / w, cb.height() / h)});
                }
                flush(false);
            }
        }
        const bool tabular = reader.addPage(std::move(lp));
        if (tabular) {
            const double scale = 1.0;
            const QImage image = page->renderToImage(72.0 * scale, 72.0 * scale);
            // The reader keeps the page; its glyphs mask dashes that look like rules.
            reader.setRules(findRules(image, scale, reader.lastPage()));
        }
    }
    reader.read(raw);
    raw.recognisedPages = recogniser.recognisedPages();
    raw.warnings = recogniser.warnings();
    MappedText &out = raw.text;
    if (out.text.trimmed().isEmpty())
        return Error {fileName,
                      raw.warnings.isEmpty()
                          ? QCoreApplication::translate("plens::import", "the PDF contains no text")
                          : QCoreApplication::translate("plens::import", "the PDF contains no text: %1")
                                .arg(raw.warnings.join(QStringLiteral("; ")))};
    return raw;
}

} // namespace detail

} // namespace plens
