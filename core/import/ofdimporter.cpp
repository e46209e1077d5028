// OFD import: the text objects of every page in drawing order, one box per character (from the
// TextCode positions, the font size and the object's transform), grouped into lines by baseline and
// lines into paragraphs by margins, indents and line pitch. Metadata hints come from OFD.xml DocInfo.
//
// A template's text (a red header, a footer line) is read on the first page that uses the template
// only, the way running headers are dropped from PDFs. Invisible text (the text layer of a scanned
// page) is read: it is what makes such a page searchable, and its boxes lie over the scan.
#include "import/formats.h"
#include "import/ofdpackage.h"
#include "text/chars.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace plens::detail {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// A character placed on a page (millimetres, page box origin).
struct Placed
{
    QChar c;
    QRectF box;
    QPointF origin; // baseline start
    double size = 0; // em on the page
    int box_index = -1; // into RawImport::boxes
    int code = -1; // the TextCode it belongs to (unique per page)
};

struct Line
{
    int page = 0;
    int firstCode = -1; // the TextCode of its first and last characters
    int lastCode = -1;
    QRectF box;
    double baseline = 0;
    double size = 0;
    MappedText text;
};

// Nominal advance of a character as a fraction of the em, when the position of the next character
// does not tell: ideographs and full-width forms are square, the rest about half as wide.
double nominalAdvance(QChar c)
{
    const char32_t u = c.unicode();
    if (chars::isCjk(u) || (u >= 0xFF01 && u <= 0xFF5E) || (u >= 0x3000 && u <= 0x30FF) || c.isSurrogate())
        return 1.0;
    if (c.isSpace())
        return 0.3;
    return 0.55;
}

class PageText
{
public:
    PageText(const ofd::Package &pkg, RawImport &raw) : m_pkg(pkg), m_raw(raw) { }

    void readPage(int page, const QSet<qint64> &templatesToRead)
    {
        m_page = page;
        m_placed.clear();
        const QRectF pageBox = m_pkg.pages.at(page).box;
        const QTransform toPage = QTransform::fromTranslate(-pageBox.x(), -pageBox.y());
        for (const ofd::Layer *layer :
             ofd::drawnLayers(m_pkg, page, [&](qint64 id) { return templatesToRead.contains(id); }))
            walk(layer->objects, toPage, 0);
        buildLines();
    }

    QList<Line> takeLines() { return std::exchange(m_lines, {}); }

private:
    void walk(const std::vector<ofd::Object> &objects, const QTransform &parent, int depth)
    {
        if (depth > ofd::kMaxDepth)
            return;
        for (const ofd::Object &o : objects) {
            switch (o.kind) {
            case ofd::Object::Kind::Block:
                walk(o.children, parent, depth + 1);
                break;
            case ofd::Object::Kind::Composite: {
                const auto it = m_pkg.composites.constFind(o.resource);
                if (it != m_pkg.composites.constEnd())
                    walk(it->objects, o.toParent() * parent, depth + 1);
                break;
            }
            case ofd::Object::Kind::Text:
                text(o, o.toParent() * parent);
                break;
            default:
                break;
            }
        }
    }

    void text(const ofd::Object &o, const QTransform &t)
    {
        const double scale = std::sqrt(std::abs(t.determinant()));
        if (o.size <= 0 || scale <= 0)
            return;
        const QSizeF pageSize = m_pkg.pages.at(m_page).box.size();
        const qsizetype n = o.text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = o.text.at(i);
            if (c.isLowSurrogate() && i > 0)
                continue; // shares the box of its high surrogate
            const QPointF at = o.origins.at(i);
            // The advance: the step to the next character on the same baseline when it is plausible
            // as a glyph width (spaced-out titles step much wider), else the nominal width.
            qsizetype next = i + 1;
            if (next < n && o.text.at(next).isLowSurrogate())
                ++next;
            const bool sameCode = next < n
                && std::upper_bound(o.codeStarts.cbegin(), o.codeStarts.cend(), int(i))
                    == std::upper_bound(o.codeStarts.cbegin(), o.codeStarts.cend(), int(next));
            double w = nominalAdvance(c) * o.size;
            if (sameCode) {
                const QPointF step = o.origins.at(next) - at;
                if (std::abs(step.y()) < 0.05 * o.size && step.x() > 0.2 * o.size && step.x() < 1.2 * o.size)
                    w = step.x();
            }
            w *= o.hScale;
            const QRectF local(at.x(), at.y() - 0.88 * o.size, w, o.size);
            const QRectF box = t.mapRect(local);
            Placed p;
            p.c = c;
            p.box = box;
            p.origin = t.map(at);
            p.size = o.size * scale;
            p.code = m_codeCounter
                + int(std::upper_bound(o.codeStarts.cbegin(), o.codeStarts.cend(), int(i)) - o.codeStarts.cbegin());
            m_raw.boxes.append(CharBox {m_page,
                                        QRectF(box.x() / pageSize.width(), box.y() / pageSize.height(),
                                               box.width() / pageSize.width(), box.height() / pageSize.height())});
            p.box_index = int(m_raw.boxes.size() - 1);
            m_placed.append(p);
            if (c.isHighSurrogate() && i + 1 < n && o.text.at(i + 1).isLowSurrogate()) {
                Placed low = p;
                low.c = o.text.at(i + 1);
                m_raw.boxes.append(m_raw.boxes.back());
                low.box_index = int(m_raw.boxes.size() - 1);
                m_placed.append(low);
            }
        }
        m_codeCounter += int(o.codeStarts.size()) + 1;
    }

    // Characters in drawing order become lines: a character continues the line when it sits on the
    // same baseline to the right of the last one (or below it in vertical writing within one
    // TextCode); a gap of more than an em becomes a space.
    void buildLines()
    {
        Line *line = nullptr;
        const Placed *last = nullptr;
        for (const Placed &p : std::as_const(m_placed)) {
            if (p.c.isLowSurrogate() && last) {
                line->text.append(p.c, p.box_index);
                continue;
            }
            bool same = false;
            bool space = false;
            if (last) {
                const double em = std::max(p.size, last->size);
                const double dy = p.origin.y() - last->origin.y();
                const double gap = p.box.left() - last->box.right();
                if (std::abs(dy) < 0.3 * em && gap > -1.2 * em) {
                    same = true;
                    space = gap > 1.0 * em && !p.c.isSpace() && !last->c.isSpace();
                    // A compressed punctuation mark (，、。 set half width) overlaps the next character:
                    // its box ends where the next begins, so highlights do not spill over.
                    if (gap < 0 && p.box.left() > last->box.left()) {
                        QRectF &prev = m_raw.boxes[last->box_index].box;
                        const double w = m_pkg.pages.at(m_page).box.width();
                        prev.setRight(std::max(prev.left(), p.box.left() / w));
                    }
                } else if (p.code == last->code && dy > 0.5 * em
                           && std::abs(p.origin.x() - last->origin.x()) < 0.3 * em) {
                    same = true; // vertical writing
                }
            }
            if (!same) {
                m_lines.append(Line {m_page, p.code, p.code, p.box, p.origin.y(), p.size, {}});
                line = &m_lines.back();
            } else {
                if (space)
                    line->text.append(QLatin1Char(' '), -1);
                line->box = line->box.united(p.box);
                line->size = std::max(line->size, p.size);
            }
            line->text.append(p.c, p.box_index);
            line->lastCode = p.code;
            last = &p;
        }
        // Lines of nothing but spaces say nothing.
        m_lines.removeIf([](const Line &l) { return l.text.text.trimmed().isEmpty(); });
    }

    const ofd::Package &m_pkg;
    RawImport &m_raw;
    int m_page = 0;
    int m_codeCounter = 0;
    QList<Placed> m_placed;
    QList<Line> m_lines;
};

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Joins lines into paragraphs, as the PDF importer does: a line ends its paragraph when it stops short
// of the right margin, the next line is indented, further below than the usual line pitch, in another
// size, above it, or starts a list item.
void joinLines(const QList<QList<Line>> &pages, MappedText &out)
{
    // A date line ("2024年3月5日", "二〇二一年十二月二十四日") stands alone: it closes a letter or a notice
    // under the signature, whatever the layout.
    static const QRegularExpression dateLine(QStringLiteral(
        "^\\s*[0-9〇零一二三四五六七八九十○Ｏ]{2,4}\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9"
        "一二三四五六七八九十]{1,3}\\s*日\\s*$"));
    static const QRegularExpression listStart(QStringLiteral(
        "^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,3}(?:[、．]|\\.(?!\\d))|第["
        "一二三四五六七八九十\\d]+[章条节])"));
    const Line *last = nullptr;
    double lastRight = 0;
    for (const QList<Line> &lines : pages) {
        if (lines.isEmpty())
            continue;
        double left = lines.front().box.left();
        double right = lines.front().box.right();
        QList<double> sizes;
        QList<double> pitches;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &l = lines.at(i);
            left = std::min(left, l.box.left());
            right = std::max(right, l.box.right());
            sizes.append(l.size);
            if (i > 0) {
                const double d = l.baseline - lines.at(i - 1).baseline;
                if (d > 0.8 * l.size && d < 3.5 * l.size)
                    pitches.append(d / l.size);
            }
        }
        std::sort(sizes.begin(), sizes.end());
        std::sort(pitches.begin(), pitches.end());
        const double em = std::max(0.5, sizes.at(sizes.size() / 2));
        const double pitch = pitches.isEmpty() ? 1.8 : pitches.at(pitches.size() / 2); // in ems
        for (const Line &l : lines) {
            if (last) {
                const bool samePage = last->page == l.page;
                const bool shortLast = last->box.right() < (samePage ? right : lastRight) - 1.5 * em;
                // Indented against the line before (not the page's margin: forms and two-column
                // pages have lines that start far from it).
                const bool indented
                    = l.box.left() > last->box.left() + 0.8 * em || (!samePage && l.box.left() > left + 0.8 * em);
                const bool farBelow = samePage && l.baseline - last->baseline > 1.35 * pitch * l.size;
                const bool above = samePage && l.baseline < last->baseline - 0.3 * l.size;
                const bool resized = std::abs(l.size - last->size) > 0.15 * std::max(l.size, last->size);
                const QChar end = last->text.text.back();
                const bool sentenceEnd
                    = chars::isSentenceEnd(end.unicode()) || end == QChar(0xFF1A) || end == QLatin1Char(':');
                // Lines of one TextCode are one string the producer wrapped (a form field's value,
                // centred lines): never a paragraph break inside.
                const bool wrapped = samePage && l.firstCode == last->lastCode;
                if (wrapped) {
                    if (isAsciiLetter(end) && isAsciiLetter(l.text.text.front()))
                        out.append(QLatin1Char(' '), -1);
                } else if (shortLast || indented || farBelow || above || resized
                           || listStart.match(l.text.text).hasMatch() || dateLine.match(l.text.text).hasMatch()
                           || dateLine.match(last->text.text).hasMatch() || (!samePage && sentenceEnd)) {
                    out.append(QLatin1Char('\n'), -1);
                } else if (isAsciiLetter(end) && isAsciiLetter(l.text.text.front())) {
                    out.append(QLatin1Char(' '), -1);
                }
            }
            out.append(l.text, 0, l.text.size());
            last = &l;
        }
        lastRight = right;
    }
}

} // namespace

Result<RawImport> importOfd(const QString &fileName, const QByteArray &bytes)
{
    auto read = ofd::readPackage(fileName, bytes);
    if (!read)
        return read.error();
    const ofd::Package &pkg = *read.value();

    RawImport raw;
    raw.paragraphsFromLayout = true;
    raw.titleHint = pkg.info.title;
    raw.dateHint = pkg.info.creationDate.isValid() ? pkg.info.creationDate : pkg.info.modDate;
    raw.pageSizes.reserve(pkg.pages.size());
    QList<QList<Line>> pages;
    QSet<qint64> templatesSeen;
    PageText reader(pkg, raw);
    for (int p = 0; p < pkg.pages.size(); ++p) {
        raw.pageSizes.append(pkg.pages.at(p).box.size() * kPointsPerMm);
        QSet<qint64> fresh;
        for (const ofd::TemplateRef &t : pkg.pages.at(p).templates)
            if (!templatesSeen.contains(t.id))
                fresh.insert(t.id);
        templatesSeen.unite(fresh);
        reader.readPage(p, fresh);
        pages.append(reader.takeLines());
    }
    joinLines(pages, raw.text);
    if (raw.text.text.trimmed().isEmpty())
        return Error {fileName,
                      QCoreApplication::translate("plens::import",
                                                  "the OFD contains no text (scanned pages without a text layer)")};
    return raw;
}

} // namespace plens::detail
