// PDF import with Poppler: text in reading order with a box per character, lines joined into
// paragraphs, running headers, footers and page numbers removed. Poppler stays in this file.
#include "import/formats.h"
#include "import/pdfquiet.h"
#include "text/chars.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace plens {

namespace {

struct PdfLine
{
    int page = 0;
    QRectF box; // points
    MappedText text; // source indices into RawImport::boxes
};

// "— 3 —", "- 3 -", "3", "第 3 页", "3 / 19", "Page 3 of 19": a page number line.
bool isPageNumber(const QString &t)
{
    static const QRegularExpression re(
        QStringLiteral("^[\\s\\-—–―－·•]*(?:第\\s*)?(?:\\d{1,4}|[ivxlcIVXLC]{1,6})\\s*(?:页)?(?:\\s*[/"
                       "／]\\s*(?:共\\s*)?\\d{1,4}\\s*页?)?[\\s\\-—–―－·•]*$|^(?:page|Page|PAGE)\\s*\\d{1,4}(?:\\s*(?:"
                       "of|/)\\s*\\d{1,4})?$"));
    return re.match(t).hasMatch();
}

// A header or footer compares equal on every page when its digits are ignored.
QString runningKey(const QString &t)
{
    QString k;
    for (QChar c : t) {
        if (!c.isDigit() && !c.isSpace())
            k.append(c);
    }
    return k;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

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

    // 1. Lines per page from Poppler's words (reading order; a word links to the next on its line).
    QList<QList<PdfLine>> pageLines(pages);
    for (int p = 0; p < pages; ++p) {
        if (pastDeadline())
            return Error {
                fileName,
                overTimeMessage()
                    + QCoreApplication::translate("plens::import", " (at page %1 of %2)").arg(p + 1).arg(pages)};
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        if (!page) {
            raw.pageSizes.append(QSizeF());
            continue;
        }
        const QSizeF size = page->pageSizeF();
        raw.pageSizes.append(size);
        const double w = size.width() > 0 ? size.width() : 1;
        const double h = size.height() > 0 ? size.height() : 1;
        const auto words = page->textList();
        QList<PdfLine> &lines = pageLines[p];
        const Poppler::TextBox *prev = nullptr;
        for (const auto &word : words) {
            const QString wt = word->text();
            if (wt.isEmpty())
                continue;
            const QRectF wb = word->boundingBox();
            bool newLine = !prev || prev->nextWord() != word.get();
            if (newLine && prev && !lines.isEmpty()) {
                // Poppler sometimes splits a line into blocks; same baseline, further right: same line.
                const QRectF &lb = lines.back().box;
                const double overlap = std::min(lb.bottom(), wb.bottom()) - std::max(lb.top(), wb.top());
                if (overlap > 0.6 * std::min(lb.height(), wb.height()) && wb.left() >= lb.right() - 1
                    && wb.left() - lb.right() < 3 * wb.height())
                    newLine = false;
            }
            if (newLine) {
                lines.append(PdfLine {p, wb, {}});
            } else {
                PdfLine &l = lines.back();
                if (prev && prev->hasSpaceAfter())
                    l.text.append(QLatin1Char(' '), -1);
                l.box = l.box.united(wb);
            }
            PdfLine &l = lines.back();
            for (int i = 0; i < wt.size(); ++i) {
                const QRectF cb = word->charBoundingBox(i);
                raw.boxes.append(CharBox {p, QRectF(cb.x() / w, cb.y() / h, cb.width() / w, cb.height() / h)});
                l.text.append(wt.at(i), qint32(raw.boxes.size() - 1));
            }
            prev = word.get();
        }
    }

    // 2. Running headers and footers: lines in the top or bottom band that are page numbers or
    //    repeat (digits ignored) on several pages.
    QHash<QString, int> bandCount;
    const auto inBand = [&](const PdfLine &l) {
        const double h = raw.pageSizes.value(l.page).height();
        return h > 0 && (l.box.bottom() < 0.1 * h || l.box.top() > 0.9 * h);
    };
    for (const auto &lines : pageLines) {
        QSet<QString> seen;
        for (const auto &l : lines) {
            if (inBand(l))
                seen.insert(runningKey(l.text.text));
        }
        for (const QString &k : seen)
            ++bandCount[k];
    }
    const int repeatMin = std::max(2, pages / 3);
    for (auto &lines : pageLines) {
        lines.removeIf([&](const PdfLine &l) {
            if (!inBand(l))
                return false;
            const QString t = l.text.text.trimmed();
            return isPageNumber(t) || (!runningKey(t).isEmpty() && bandCount.value(runningKey(t)) >= repeatMin);
        });
    }

    // 3. Join lines into paragraphs. A line ends its paragraph when it stops short of the right
    //    margin, the next line is indented or far below, or the next line starts a list item.
    static const QRegularExpression listStart(QStringLiteral(
        "^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,3}(?:[、．]|\\.(?!\\d))|第["
        "一二三四五六七八九十\\d]+[章条节])"));
    MappedText &out = raw.text;
    const PdfLine *last = nullptr;
    double lastRight = 0;
    for (const auto &lines : pageLines) {
        if (lines.isEmpty())
            continue;
        double left = lines.front().box.left();
        double right = lines.front().box.right();
        QList<double> heights;
        for (const auto &l : lines) {
            left = std::min(left, l.box.left());
            right = std::max(right, l.box.right());
            heights.append(l.box.height());
        }
        std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
        const double lineH = std::max(1.0, heights.at(heights.size() / 2));
        for (const auto &l : lines) {
            if (last) {
                const bool samePage = last->page == l.page;
                const bool shortLast = last->box.right() < (samePage ? right : lastRight) - 1.5 * lineH;
                const bool indented = l.box.left() > left + 0.8 * lineH;
                const bool farBelow = samePage && l.box.top() - last->box.bottom() > 0.9 * lineH;
                const bool above = samePage && l.box.bottom() < last->box.top();
                const QChar end = last->text.text.back();
                const bool sentenceEnd
                    = chars::isSentenceEnd(end.unicode()) || end == QChar(0xFF1A) || end == QLatin1Char(':');
                const bool breakHere = shortLast || indented || farBelow || above
                    || listStart.match(l.text.text).hasMatch() || (!samePage && sentenceEnd);
                if (breakHere) {
                    out.append(QLatin1Char('\n'), -1);
                } else {
                    const QChar first = l.text.text.front();
                    if (isAsciiLetter(end) && isAsciiLetter(first))
                        out.append(QLatin1Char(' '), -1);
                    else if (end == QLatin1Char('-') && isAsciiLetter(first) && out.size() > 1
                             && isAsciiLetter(out.text.at(out.size() - 2))) {
                        // a hyphenated Latin word: drop the hyphen
                        out.text.chop(1);
                        out.source.removeLast();
                    }
                }
            }
            out.append(l.text, 0, l.text.size());
            last = &l;
        }
        lastRight = right;
    }
    if (out.text.trimmed().isEmpty())
        return Error {
            fileName,
            QCoreApplication::translate(
                "plens::import", "the PDF contains no text (a scanned image? text recognition is not supported)")};
    return raw;
}

} // namespace detail

} // namespace plens
