// Layout-aware reading of paged text: physical lines from the words' boxes, tables taken out
// (pdflayout_tables.cpp), running heads and page numbers dropped, the rest put in reading order by
// blocks and columns (a recursive cut along white space), lines joined into paragraphs, and the
// tables written row by row as model/table.h describes.
#include "import/pdflayout_p.h"

#include "text/chars.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace plens::detail {

namespace layout {

namespace {

double median(QList<double> v, double fallback)
{
    if (v.isEmpty())
        return fallback;
    const auto mid = v.begin() + v.size() / 2;
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

double vOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

double hOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left());
}

} // namespace

QList<Line> buildLines(const LayoutPage &page)
{
    const QList<LayoutWord> &words = page.words;
    QList<int> order(words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const double ca = words.at(a).box.center().y();
        const double cb = words.at(b).box.center().y();
        return ca != cb ? ca < cb : words.at(a).box.left() < words.at(b).box.left();
    });
    QList<Line> lines;
    for (int w : std::as_const(order)) {
        const QRectF &b = words.at(w).box;
        if (b.height() <= 0 && b.width() <= 0)
            continue;
        int best = -1;
        double bestOverlap = 0;
        // Sorted by centre: only the last few lines can still reach down to this word.
        for (qsizetype k = lines.size() - 1; k >= 0 && k >= lines.size() - 6; --k) {
            const Line &l = lines.at(k);
            if (words.at(l.words.first()).recognisedLine != words.at(w).recognisedLine)
                continue;
            const double ov = vOverlap(l.box, b);
            if (ov < 0.5 * std::min(l.h, b.height()) || ov <= bestOverlap)
                continue;
            // Two text lines that overlap vertically (tight cells, superscripts) but not the same
            // line: a word sitting on top of a word of the line.
            bool collides = false;
            for (int o : l.words) {
                const QRectF &ob = words.at(o).box;
                if (hOverlap(ob, b) > 0.3 * std::min(ob.width(), b.width())) {
                    collides = true;
                    break;
                }
            }
            if (!collides) {
                best = int(k);
                bestOverlap = ov;
            }
        }
        if (best < 0) {
            lines.append(Line {b, b.height(), {w}});
        } else {
            Line &l = lines[best];
            l.words.append(w);
            l.box = l.box.united(b);
        }
    }
    for (Line &l : lines) {
        std::sort(l.words.begin(), l.words.end(),
                  [&](int a, int b) { return words.at(a).box.left() < words.at(b).box.left(); });
        // Typical glyph height, counted per character: a line's numbers in a Latin font (boxes of
        // another height) do not outvote its text.
        QList<double> hs;
        for (int w : std::as_const(l.words)) {
            const LayoutWord &word = words.at(w);
            for (qsizetype i = 0; i < word.text.size(); ++i) {
                const qsizetype g = word.firstGlyph + i;
                hs.append(g < page.glyphs.size() ? page.glyphs.at(g).height() : word.box.height());
            }
        }
        l.h = std::max(1.0, median(hs, l.box.height()));
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    return lines;
}

QList<QList<int>> chunksOf(const LayoutPage &page, const QList<int> &words, double h, double gapFactor)
{
    QList<QList<int>> out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const LayoutWord &w = page.words.at(words.at(i));
        if (i > 0) {
            const LayoutWord &p = page.words.at(words.at(i - 1));
            const double gap = w.box.left() - p.box.right();
            const bool numbers = isNumberToken(p.text) && isNumberToken(w.text);
            if (gap > gapFactor * h || (numbers && gap > 0.25 * h)) {
                out.append(QList<int>());
            }
        } else {
            out.append(QList<int>());
        }
        out.back().append(words.at(i));
    }
    return out;
}

bool isNumberToken(const QString &t)
{
    static const QRegularExpression re(QStringLiteral(
        "^[(（]?[-−–+＋~～≈约]?[≥≤＞＜><]?=?[-−–]?\\d[\\d,，]*(?:[.．]\\d+)?[%％‰]?(?:左右|以上|以下|以内)?[)）]?$"));
    return !t.isEmpty() && t.size() < 24 && re.match(t).hasMatch();
}

bool isPlaceholder(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^(?:[—–\\-－/／…×＊*]{1,4}|[（(]?空[)）]?)$"));
    return re.match(t).hasMatch();
}

bool isListMarker(const QString &t)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,3}(?:[、．]|\\.(?!\\d))|第["
        "一二三四五六七八九十\\d]+[章条节部分]|[①-⑳]|[•●◆■▪◦▶►]\\s*\\S)"));
    return re.match(t).hasMatch();
}

bool isNumberedCaption(const QString &t)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:续?附?表|图表)\\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9]+)?(?:\\s|[：:、．.]|$)"));
    return re.match(t).hasMatch();
}

void appendWord(MappedText &out, const LayoutPage &page, int w, int from, int to)
{
    const LayoutWord &word = page.words.at(w);
    if (to < 0 || to > word.text.size())
        to = int(word.text.size());
    for (int i = from; i < to; ++i)
        out.append(word.text.at(i), page.firstBox + qint32(word.firstGlyph + i));
}

} // namespace layout

using namespace layout;

namespace {

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

// Punctuation that never begins a paragraph: a line starting with it goes on with the one above.
bool isClosingPunct(QChar c)
{
    static const QString set = QStringLiteral("，。、；：？！）》」』】〕”’…,.;:?!)%％‰");
    return set.contains(c);
}

bool isOpeningPunct(QChar c)
{
    static const QString set = QStringLiteral("“‘（《「『【〔(");
    return set.contains(c);
}

// "续表", "表3（续）": the caption of a table's continuation on a new page.
bool isContinuationCaption(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^(?:续表|续上表|.{0,30}[（(]续(?:表)?[)）])\\s*\\S{0,20}$"));
    return re.match(t).hasMatch();
}

// A table's caption: 表1 …, 附表, 单位：万元, or a short title centred over the table (主要指标,
// 收入支出决算总表).
bool isCaptionLine(const QString &t, bool centred)
{
    static const QRegularExpression unit(QStringLiteral("^[（(]?(?:计量|金额)?单位[：:]"));
    static const QRegularExpression punct(QStringLiteral("[，。；：！？,;:!?]"));
    if (isNumberedCaption(t) || unit.match(t).hasMatch())
        return true;
    return centred && t.size() <= 30 && !punct.match(t).hasMatch() && !isListMarker(t);
}

// One output line of prose: chunks of one physical line within one column.
struct OutLine
{
    MappedText text;
    QRectF box;
    double h = 10;
    double colLeft = 0;
    double colRight = 0;
    int page = 0;
};

// What a page gives in reading order: lines and tables.
struct Entry
{
    int line = -1; // index into Reader::lines
    int table = -1; // index into Reader::tables
};

struct Item
{
    QRectF box;
    double h = 10;
    int line = -1; // page line of a chunk
    QList<int> words; // the chunk's words, by x
    int table = -1;
    bool furniture = false; // in the top or bottom margin band (a running head, a print footer)
};

// The reading order of a page's items: a recursive cut along white space. A band is a run of
// items overlapping vertically; bands that share a vertical gutter with text on both sides form
// columns, read one after the other.
class Orderer
{
public:
    Orderer(const QList<Item> &items, double h) : m_items(items), m_h(h) { }

    // Groups of items in reading order; each group is one output line (chunks of one line in one
    // column) or one table, with the extent of the column it was read in.
    struct Group
    {
        QList<int> items;
        double left = 0;
        double right = 0;
    };
    QList<Group> order()
    {
        QList<int> all(m_items.size());
        std::iota(all.begin(), all.end(), 0);
        recurse(all, 0);
        return m_out;
    }

private:
    using Interval = std::pair<double, double>;

    QList<QList<int>> bands(QList<int> idx) const
    {
        std::sort(idx.begin(), idx.end(),
                  [&](int a, int b) { return m_items.at(a).box.top() < m_items.at(b).box.top(); });
        QList<QList<int>> out;
        double bottom = -1e9;
        for (int i : std::as_const(idx)) {
            const QRectF &b = m_items.at(i).box;
            if (out.isEmpty() || b.top() > bottom - 0.3 * std::min(b.height(), m_h)) {
                out.append(QList<int> {i});
                bottom = b.bottom();
            } else {
                out.back().append(i);
                bottom = std::max(bottom, b.bottom());
            }
        }
        return out;
    }

    QList<Interval> freeIn(const QList<int> &band, double left, double right) const
    {
        QList<Interval> used;
        for (int i : band)
            used.append({m_items.at(i).box.left(), m_items.at(i).box.right()});
        std::sort(used.begin(), used.end());
        QList<Interval> free;
        double x = left;
        for (const auto &[a, b] : std::as_const(used)) {
            if (a > x)
                free.append({x, a});
            x = std::max(x, b);
        }
        if (x < right)
            free.append({x, right});
        return free;
    }

    static QList<Interval> intersect(const QList<Interval> &a, const QList<Interval> &b, double minWidth)
    {
        QList<Interval> out;
        for (const auto &[a0, a1] : a) {
            for (const auto &[b0, b1] : b) {
                const double l = std::max(a0, b0);
                const double r = std::min(a1, b1);
                if (r - l >= minWidth)
                    out.append({l, r});
            }
        }
        return out;
    }

    void recurse(const QList<int> &idx, int depth)
    {
        if (idx.isEmpty())
            return;
        // The column's extent, from its text (not from the margins' furniture, when there is more).
        double left = 1e9;
        double right = -1e9;
        for (int pass = 0; pass < 2 && left > right; ++pass) {
            for (int i : idx) {
                if (pass == 0 && m_items.at(i).furniture)
                    continue;
                left = std::min(left, m_items.at(i).box.left());
                right = std::max(right, m_items.at(i).box.right());
            }
        }
        const QList<QList<int>> bs = bands(idx);
        // Columns are columns of text: lines at least this wide on both sides of the gutter (a
        // contents page's numbers or a form's values beside labels are read row by row).
        const double wide = std::max(4 * m_h, 0.2 * (right - left));
        const auto textLeftOf = [&](const QList<int> &band, double x) {
            return std::any_of(band.begin(), band.end(), [&](int it) {
                const QRectF &b = m_items.at(it).box;
                return b.right() <= x + 0.01 && b.width() >= wide;
            });
        };
        const auto textRightOf = [&](const QList<int> &band, double x) {
            return std::any_of(band.begin(), band.end(), [&](int it) {
                const QRectF &b = m_items.at(it).box;
                return b.left() >= x - 0.01 && b.width() >= wide;
            });
        };
        const double gutter = std::max(1.5 * m_h, 6.0);
        qsizetype i = 0;
        while (i < bs.size()) {
            // The longest run of bands from i sharing a gutter with text on both sides.
            qsizetype bestEnd = -1;
            Interval bestGap;
            if (depth < 6) {
                QList<Interval> free = freeIn(bs.at(i), left, right);
                for (qsizetype j = i + 1; j < bs.size(); ++j) {
                    free = intersect(free, freeIn(bs.at(j), left, right), gutter);
                    if (free.isEmpty())
                        break;
                    for (const Interval &g : std::as_const(free)) {
                        int leftBands = 0;
                        int rightBands = 0;
                        for (qsizetype k = i; k <= j && (leftBands < 2 || rightBands < 2); ++k) {
                            leftBands += textLeftOf(bs.at(k), g.first);
                            rightBands += textRightOf(bs.at(k), g.second);
                        }
                        if (leftBands >= 2 && rightBands >= 2) {
                            bestEnd = j;
                            bestGap = g;
                            break;
                        }
                    }
                }
            }
            if (bestEnd < 0) {
                emitBand(bs.at(i), left, right);
                ++i;
                continue;
            }
            QList<int> l;
            QList<int> r;
            for (qsizetype k = i; k <= bestEnd; ++k) {
                for (int it : bs.at(k))
                    (m_items.at(it).box.center().x() < bestGap.first ? l : r).append(it);
            }
            recurse(l, depth + 1);
            recurse(r, depth + 1);
            i = bestEnd + 1;
        }
    }

    // A band read as it stands: its lines top to bottom, each line's chunks left to right.
    void emitBand(QList<int> band, double left, double right)
    {
        std::sort(band.begin(), band.end(), [&](int a, int b) {
            const Item &ia = m_items.at(a);
            const Item &ib = m_items.at(b);
            if (ia.table >= 0 || ib.table >= 0 || ia.line != ib.line) {
                // tables and different lines: by top, then left
                if (vOverlap(ia.box, ib.box) < 0.5 * std::min(ia.box.height(), ib.box.height()))
                    return ia.box.top() < ib.box.top();
            }
            return ia.box.left() < ib.box.left();
        });
        Group g;
        g.left = left;
        g.right = right;
        int line = -2;
        for (int it : std::as_const(band)) {
            const Item &item = m_items.at(it);
            if (item.table >= 0 || item.line != line) {
                if (!g.items.isEmpty())
                    m_out.append(g);
                g.items.clear();
            }
            g.items.append(it);
            line = item.table >= 0 ? -3 : item.line;
        }
        if (!g.items.isEmpty())
            m_out.append(g);
    }

    const QList<Item> &m_items;
    double m_h;
    QList<Group> m_out;
};

} // namespace

struct LayoutReader::Impl
{
    QList<LayoutPage> pages;
    QList<QList<Line>> lines;
};

LayoutReader::LayoutReader() : d(std::make_unique<Impl>()) { }

LayoutReader::~LayoutReader() = default;

bool LayoutReader::addPage(LayoutPage page)
{
    QList<Line> lines = buildLines(page);
    int tabular = 0;
    for (const Line &l : std::as_const(lines)) {
        if (l.words.size() > 1 && chunksOf(page, l.words, l.h).size() > 1)
            ++tabular;
    }
    d->pages.append(std::move(page));
    d->lines.append(std::move(lines));
    return tabular >= 2;
}

const LayoutPage &LayoutReader::lastPage() const
{
    return d->pages.back();
}

void LayoutReader::setRules(QList<LayoutRule> rules)
{
    if (!d->pages.isEmpty())
        d->pages.back().rules = std::move(rules);
}

namespace {

// The whole document read: pages analysed one by one, then written out.
class Writer
{
public:
    Writer(const QList<LayoutPage> &pages, const QList<QList<Line>> &lines, RawImport &raw)
        : m_pages(pages), m_lines(lines), m_raw(raw)
    { }

    void run()
    {
        const int n = int(m_pages.size());
        m_ctx.resize(n);
        // 1. Tables, page by page (a table ending a page hints at the columns of the next page's top).
        QList<QList<int>> pageTables(n);
        const TableBlock *previous = nullptr;
        for (int p = 0; p < n; ++p) {
            Page &pg = m_ctx[p];
            pg.src = &m_pages.at(p);
            pg.index = p;
            pg.lines = m_lines.at(p);
            pg.skip.fill(false, pg.src->words.size());
            QList<double> hs;
            for (const Line &l : std::as_const(pg.lines))
                hs.append(l.h);
            pg.bodyH = median(hs, 10);
            dropPageNumbers(pg);
            const QList<TableBlock> found = findTables(pg, previous);
            previous = nullptr;
            for (const TableBlock &t : found) {
                pageTables[p].append(int(m_tables.size()));
                m_tables.append(t);
            }
            if (!found.isEmpty() && endsPage(pg, found.back()))
                previous = &m_tables.back();
        }
        // 2. Running heads and feet: lines near the top or bottom edge repeating on several pages.
        dropRunningHeads();
        // 3. Reading order per page.
        QList<QList<Entry>> entries(n);
        for (int p = 0; p < n; ++p)
            entries[p] = orderPage(m_ctx[p], pageTables.at(p));
        // 4. Tables continued over a page break become one.
        joinContinuedTables(entries);
        // 5. Text.
        write(entries);
    }

private:
    QString lineText(const Page &pg, const Line &l) const
    {
        QString t;
        for (int w : l.words) {
            if (!pg.skip.at(w))
                t += pg.src->words.at(w).text;
        }
        return t;
    }

    bool inBand(const Page &pg, const QRectF &box) const
    {
        const double h = pg.src->size.height();
        return h > 0 && (box.bottom() < 0.1 * h || box.top() > 0.9 * h);
    }

    void dropPageNumbers(Page &pg)
    {
        for (const Line &l : std::as_const(pg.lines)) {
            if (!inBand(pg, l.box))
                continue;
            QString t;
            for (int w : l.words)
                t += pg.src->words.at(w).text + QLatin1Char(' ');
            if (isPageNumber(t.trimmed())) {
                for (int w : l.words)
                    pg.skip[w] = true;
            }
        }
    }

    // True when nothing but the page's bottom band lies below the table.
    bool endsPage(const Page &pg, const TableBlock &t) const
    {
        for (const Line &l : pg.lines) {
            if (l.box.top() < t.box.bottom() - 0.5 * pg.bodyH || inBand(pg, l.box))
                continue;
            for (int w : l.words) {
                if (!pg.skip.at(w))
                    return false;
            }
        }
        return true;
    }

    void dropRunningHeads()
    {
        QHash<QString, int> count;
        for (const Page &pg : std::as_const(m_ctx)) {
            QSet<QString> seen;
            for (const Line &l : pg.lines) {
                if (inBand(pg, l.box))
                    seen.insert(runningKey(lineText(pg, l)));
            }
            for (const QString &k : std::as_const(seen))
                ++count[k];
        }
        const int repeatMin = std::max(2, int(m_ctx.size()) / 3);
        for (Page &pg : m_ctx) {
            for (const Line &l : std::as_const(pg.lines)) {
                if (!inBand(pg, l.box))
                    continue;
                const QString k = runningKey(lineText(pg, l));
                if (!k.isEmpty() && count.value(k) >= repeatMin) {
                    for (int w : l.words)
                        pg.skip[w] = true;
                }
            }
        }
    }

    QList<Entry> orderPage(const Page &pg, const QList<int> &tables)
    {
        QList<Item> items;
        for (int li = 0; li < pg.lines.size(); ++li) {
            const Line &l = pg.lines.at(li);
            QList<int> words;
            for (int w : l.words) {
                if (!pg.skip.at(w))
                    words.append(w);
            }
            if (words.isEmpty())
                continue;
            for (const QList<int> &chunk : chunksOf(*pg.src, words, l.h)) {
                Item it;
                it.line = li;
                it.words = chunk;
                it.h = l.h;
                it.furniture = inBand(pg, l.box);
                for (int w : chunk)
                    it.box = it.box.isNull() ? pg.src->words.at(w).box : it.box.united(pg.src->words.at(w).box);
                items.append(it);
            }
        }
        for (int t : tables) {
            Item it;
            it.table = t;
            it.box = m_tables.at(t).box;
            items.append(it);
        }
        QList<Entry> out;
        if (items.isEmpty())
            return out;
        Orderer orderer(items, pg.bodyH);
        for (const Orderer::Group &g : orderer.order()) {
            const Item &first = items.at(g.items.first());
            if (first.table >= 0) {
                out.append(Entry {-1, first.table});
                continue;
            }
            OutLine ol;
            ol.page = pg.index;
            ol.colLeft = g.left;
            ol.colRight = g.right;
            ol.h = first.h;
            const LayoutWord *prev = nullptr;
            for (int it : g.items) {
                const Item &item = items.at(it);
                ol.box = ol.box.isNull() ? item.box : ol.box.united(item.box);
                for (int w : item.words) {
                    const LayoutWord &word = pg.src->words.at(w);
                    if (prev && (prev->spaceAfter || word.box.left() - prev->box.right() > 0.25 * ol.h))
                        ol.text.append(QLatin1Char(' '), -1);
                    appendWord(ol.text, *pg.src, w);
                    prev = &word;
                }
            }
            if (ol.text.size() == 0)
                continue;
            out.append(Entry {int(m_out.size()), -1});
            m_out.append(ol);
        }
        return out;
    }

    static bool compatible(const TableBlock &a, const TableBlock &b)
    {
        if (a.columns != b.columns || a.xs.size() != b.xs.size() || a.xs.size() < 2)
            return false;
        const double wa = a.xs.back() - a.xs.front();
        const double wb = b.xs.back() - b.xs.front();
        if (wa <= 0 || wb <= 0)
            return false;
        for (qsizetype i = 1; i + 1 < a.xs.size(); ++i) {
            if (std::abs((a.xs.at(i) - a.xs.front()) / wa - (b.xs.at(i) - b.xs.front()) / wb) > 0.06)
                return false;
        }
        return true;
    }

    static QString rowKey(const TableBlock &t, int row)
    {
        QString k;
        for (const TableCellText &c : t.cells) {
            if (c.row == row)
                k += QString::number(c.col) + QLatin1Char(':') + runningKey(c.text.text) + QLatin1Char('|');
        }
        return k;
    }

    void joinContinuedTables(QList<QList<Entry>> &entries)
    {
        int lastTable = -1; // the table ending the previous page, if it does
        for (QList<Entry> &page : entries) {
            // "续表" before the continuation goes.
            qsizetype first = 0;
            while (first < page.size() && page.at(first).line >= 0
                   && isContinuationCaption(m_out.at(page.at(first).line).text.text.trimmed()) && first < 2)
                ++first;
            if (lastTable >= 0 && first < page.size() && page.at(first).table >= 0) {
                TableBlock &t = m_tables[lastTable];
                TableBlock &u = m_tables[page.at(first).table];
                if (compatible(t, u)) {
                    // Repeated header rows are dropped.
                    int skipRows = 0;
                    QStringList headerKeys;
                    for (int r = 0; r < t.rows && t.header.value(r); ++r)
                        headerKeys << rowKey(t, r);
                    while (skipRows < u.rows && u.header.value(skipRows) && headerKeys.contains(rowKey(u, skipRows)))
                        ++skipRows;
                    for (const TableCellText &c : std::as_const(u.cells)) {
                        if (c.row < skipRows)
                            continue;
                        TableCellText moved = c;
                        moved.row = c.row - skipRows + t.rows;
                        t.cells.append(moved);
                    }
                    for (int r = skipRows; r < u.rows; ++r)
                        t.header.append(false);
                    t.rows += u.rows - skipRows;
                    t.lastPage = u.lastPage;
                    t.box = u.box;
                    t.xs = u.xs;
                    m_dropped.insert(page.at(first).table);
                    page.remove(0, first + 1);
                    lastTable = page.isEmpty() ? lastTable : -1;
                    if (!page.isEmpty() && page.back().table >= 0)
                        lastTable = page.back().table;
                    continue;
                }
            }
            lastTable = !page.isEmpty() && page.back().table >= 0 ? page.back().table : -1;
        }
    }

    // The width of the first unbreakable unit of a line: opening punctuation, a character and the
    // closing punctuation after it, or a run of Latin letters and digits.
    static double firstUnitWidth(const LayoutPage &page, const MappedText &t)
    {
        const auto boxAt = [&](qsizetype i) -> QRectF {
            const qint32 s = t.source.at(i) - page.firstBox;
            return s >= 0 && s < page.glyphs.size() ? page.glyphs.at(s) : QRectF();
        };
        qsizetype i = 0;
        while (i < t.size() && isOpeningPunct(t.text.at(i)))
            ++i;
        if (i < t.size() && t.text.at(i).unicode() < 0x80 && t.text.at(i).isLetterOrNumber()) {
            while (i + 1 < t.size() && t.text.at(i + 1).unicode() < 0x80
                   && (t.text.at(i + 1).isLetterOrNumber() || t.text.at(i + 1) == QLatin1Char('.')))
                ++i;
        }
        while (i + 1 < t.size() && isClosingPunct(t.text.at(i + 1)))
            ++i;
        i = std::min(i, t.size() - 1);
        const QRectF a = boxAt(0);
        const QRectF b = boxAt(i);
        if (a.isNull() || b.isNull())
            return 0;
        return b.right() - a.left();
    }

    void write(const QList<QList<Entry>> &entries)
    {
        MappedText &out = m_raw.text;
        // Captions: up to two short lines just above a table.
        QHash<int, QList<int>> captionOf; // table → its caption lines
        QSet<int> captionLines;
        for (const QList<Entry> &page : entries) {
            for (qsizetype k = 0; k < page.size(); ++k) {
                if (page.at(k).table < 0)
                    continue;
                const TableBlock &t = m_tables.at(page.at(k).table);
                QList<int> caps;
                double top = t.firstBox.top();
                for (qsizetype j = k - 1; j >= 0 && j >= k - 2; --j) {
                    const int li = page.at(j).line;
                    if (li < 0 || captionLines.contains(li))
                        break;
                    const OutLine &ol = m_out.at(li);
                    const QString text = ol.text.text.trimmed();
                    const bool adjacent = ol.page == t.firstPage && ol.box.bottom() <= top + 0.5 * ol.h
                        && top - ol.box.bottom() < 3 * ol.h && hOverlap(ol.box, t.firstBox) > 0;
                    const bool centred
                        = std::abs(ol.box.center().x() - t.firstBox.center().x()) <= 0.12 * t.firstBox.width() + ol.h;
                    const bool near = ol.page == t.firstPage && ol.box.bottom() <= top + 0.5 * ol.h
                        && top - ol.box.bottom() < 3 * ol.h;
                    if (!(adjacent || (near && isCaptionLine(text, false))) || !isCaptionLine(text, centred))
                        break;
                    caps.prepend(li);
                    top = ol.box.top();
                }
                if (!caps.isEmpty()) {
                    captionOf.insert(page.at(k).table, caps);
                    for (int li : std::as_const(caps))
                        captionLines.insert(li);
                }
            }
        }
        // Typical gap between lines of a column, per page.
        const OutLine *last = nullptr;
        bool forceBreak = false;
        double hang = -1; // where the lines of a list item with a hanging indent begin
        QHash<int, std::pair<qsizetype, qsizetype>> captionRange;
        QHash<int, double> pageGap;
        for (int p = 0; p < entries.size(); ++p) {
            const QList<Entry> &page = entries.at(p);
            QList<double> gaps;
            const OutLine *prev = nullptr;
            for (const Entry &e : page) {
                if (e.line < 0) {
                    prev = nullptr;
                    continue;
                }
                const OutLine &l = m_out.at(e.line);
                // Gaps between lines of a paragraph, not the space above a heading or a figure.
                if (prev && prev->colLeft == l.colLeft && l.box.top() > prev->box.bottom()
                    && l.box.top() - prev->box.bottom() < 2.5 * l.h)
                    gaps.append(l.box.top() - prev->box.bottom());
                prev = &l;
            }
            pageGap.insert(p, median(gaps, 0));
        }
        for (const QList<Entry> &page : entries) {
            for (const Entry &e : page) {
                if (e.table >= 0) {
                    if (m_dropped.contains(e.table))
                        continue;
                    if (out.size() > 0)
                        out.append(QLatin1Char('\n'), -1);
                    writeTable(e.table, captionRange);
                    out.append(QLatin1Char('\n'), -1);
                    last = nullptr;
                    forceBreak = true;
                    continue;
                }
                const OutLine &l = m_out.at(e.line);
                const bool caption = captionLines.contains(e.line);
                bool starts = !last;
                if (last || forceBreak) {
                    bool breakHere = forceBreak || caption;
                    if (!breakHere && last)
                        breakHere = paragraphBreak(*last, l, pageGap.value(l.page, 0), hang);
                    starts = breakHere;
                    if (breakHere) {
                        if (out.size() > 0 && out.text.back() != QLatin1Char('\n'))
                            out.append(QLatin1Char('\n'), -1);
                    } else {
                        const QChar end = last->text.text.back();
                        const QChar first = l.text.text.front();
                        if (isAsciiLetter(end) && isAsciiLetter(first)) {
                            out.append(QLatin1Char(' '), -1);
                        } else if (end == QLatin1Char('-') && isAsciiLetter(first) && out.size() > 1
                                   && isAsciiLetter(out.text.at(out.size() - 2))) {
                            out.text.chop(1); // a hyphenated Latin word: drop the hyphen
                            out.source.removeLast();
                        }
                    }
                }
                if (starts)
                    hang = hangingIndent(l);
                const qsizetype start = out.size();
                out.append(l.text, 0, l.text.size());
                if (caption) {
                    for (auto it = captionOf.cbegin(); it != captionOf.cend(); ++it) {
                        if (!it.value().contains(e.line))
                            continue;
                        auto &range = captionRange[it.key()];
                        if (it.value().first() == e.line)
                            range.first = start;
                        range.second = out.size();
                    }
                }
                last = &l;
                forceBreak = caption;
            }
        }
    }

    // A list item's text after its marker ("1. ", "（一）"): where its wrapped lines begin when the
    // item hangs; -1 when the line is no list item.
    double hangingIndent(const OutLine &l) const
    {
        static const QRegularExpression marker(
            QStringLiteral("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,3}(?:[、．]|"
                           "\\.(?!\\d))|[①-⑳]|[•●◆■▪◦▶►])\\s*"));
        const auto m = marker.match(l.text.text);
        if (!m.hasMatch() || m.capturedEnd() >= l.text.size())
            return -1;
        const LayoutPage &page = m_pages.at(l.page);
        const qint32 s = l.text.source.at(m.capturedEnd()) - page.firstBox;
        return s >= 0 && s < page.glyphs.size() ? page.glyphs.at(s).left() : -1;
    }

    bool paragraphBreak(const OutLine &last, const OutLine &l, double typicalGap, double hang) const
    {
        const QString &lt = l.text.text;
        const QChar first = lt.front();
        if (isClosingPunct(first))
            return false;
        const bool samePage = last.page == l.page;
        const bool sameColumn
            = samePage && std::abs(last.colLeft - l.colLeft) < 1 && std::abs(last.colRight - l.colRight) < 1;
        const double h = std::max(1.0, std::min(last.h, l.h));
        const double room = last.colRight - last.box.right();
        const double unit = firstUnitWidth(m_pages.at(l.page), l.text);
        const bool shortLast = room > std::max(unit, 0.5 * h) + 0.6 * h;
        const double indent = isOpeningPunct(first) ? 1.5 * h : 0.8 * h;
        const bool hanging = hang >= 0 && std::abs(l.box.left() - hang) < 0.6 * l.h;
        const bool indented = l.box.left() > l.colLeft + indent && !hanging;
        const bool farBelow = sameColumn && l.box.top() - last.box.bottom() > std::max(0.9 * h, 1.8 * typicalGap);
        const bool above = sameColumn && l.box.bottom() < last.box.top();
        const bool otherColumn = samePage && !sameColumn;
        // Another type size: a heading above or below body text.
        const bool otherSize = std::abs(last.h - l.h) > 0.25 * std::max(last.h, l.h);
        const QChar end = last.text.text.back();
        const bool sentenceEnd = chars::isSentenceEnd(end.unicode()) || end == QChar(0xFF1A) || end == QLatin1Char(':');
        // A centred heading wrapped over two lines: both centred on the column, the first one long.
        const double colCentre = (last.colLeft + last.colRight) / 2;
        const bool centredWrap = sameColumn && !sentenceEnd && !farBelow && !above
            && std::abs(last.box.center().x() - colCentre) < 2 * h && std::abs(l.box.center().x() - colCentre) < 2 * h
            && last.box.width() >= 0.6 * (last.colRight - last.colLeft) && l.box.width() < last.box.width()
            && std::abs(last.h - l.h) < 0.15 * h
            && l.box.top() - last.box.bottom() < std::max(0.6 * h, 1.2 * typicalGap);
        if (centredWrap && !isListMarker(lt))
            return false;
        return shortLast || indented || farBelow || above || otherSize || (otherColumn && sentenceEnd)
            || isListMarker(lt) || (!samePage && sentenceEnd);
    }

    void writeTable(int index, const QHash<int, std::pair<qsizetype, qsizetype>> &captions)
    {
        MappedText &out = m_raw.text;
        const TableBlock &tb = m_tables.at(index);
        Table t;
        t.columns = tb.columns;
        t.firstPage = tb.firstPage;
        t.lastPage = tb.lastPage;
        if (captions.contains(index)) {
            t.captionStart = captions.value(index).first;
            t.captionEnd = captions.value(index).second;
        }
        // Blank line before the block.
        if (out.size() > 0 && out.text.back() != QLatin1Char('\n'))
            out.append(QLatin1Char('\n'), -1);
        if (out.size() > 0)
            out.append(QLatin1Char('\n'), -1);
        t.start = out.size();
        // Cells by row; positions covered by a span from above or the left are empty fields.
        QList<QList<const TableCellText *>> byRow(tb.rows);
        QList<QList<bool>> covered(tb.rows, QList<bool>(tb.columns, false));
        for (const TableCellText &c : tb.cells) {
            if (c.row < 0 || c.row >= tb.rows || c.col < 0 || c.col >= tb.columns)
                continue;
            byRow[c.row].append(&c);
            for (int r = c.row; r < std::min(tb.rows, c.row + c.rowSpan); ++r) {
                for (int k = c.col; k < std::min(tb.columns, c.col + c.colSpan); ++k)
                    covered[r][k] = !(r == c.row && k == c.col);
            }
        }
        for (int r = 0; r < tb.rows; ++r) {
            if (r > 0)
                out.append(QLatin1Char('\n'), -1);
            TableRow row;
            row.start = out.size();
            row.header = tb.header.value(r);
            QList<const TableCellText *> cells = byRow.at(r);
            std::sort(cells.begin(), cells.end(), [](auto a, auto b) { return a->col < b->col; });
            qsizetype next = 0;
            for (int c = 0; c < tb.columns; ++c) {
                if (c > 0)
                    out.append(QLatin1Char('\t'), -1);
                const TableCellText *cell = next < cells.size() && cells.at(next)->col == c ? cells.at(next) : nullptr;
                if (cell)
                    ++next;
                if (!cell && covered.at(r).at(c))
                    continue;
                TableCell tc;
                tc.column = c;
                tc.start = out.size();
                if (cell) {
                    for (qsizetype i = 0; i < cell->text.size(); ++i) {
                        const QChar ch = cell->text.text.at(i);
                        if (ch == QLatin1Char('\t') || ch == QLatin1Char('\n'))
                            out.append(QLatin1Char(' '), cell->text.source.at(i));
                        else
                            out.append(ch, cell->text.source.at(i));
                    }
                    tc.columnSpan = std::max(1, std::min(cell->colSpan, tb.columns - c));
                    tc.rowSpan = std::max(1, std::min(cell->rowSpan, tb.rows - r));
                }
                tc.end = out.size();
                row.cells.append(tc);
            }
            row.end = out.size();
            t.rows.append(row);
        }
        t.end = out.size();
        out.append(QLatin1Char('\n'), -1);
        m_raw.tables.append(t);
    }

    const QList<LayoutPage> &m_pages;
    const QList<QList<Line>> &m_lines;
    RawImport &m_raw;
    QList<Page> m_ctx;
    QList<TableBlock> m_tables;
    QSet<int> m_dropped;
    QList<OutLine> m_out;
};

} // namespace

void LayoutReader::read(RawImport &raw)
{
    Writer(d->pages, d->lines, raw).run();
}

} // namespace plens::detail
