// Tables on a page: regions proposed by ruling lines (grids, three-line tables) and by runs of lines
// whose words stand in aligned columns; each region read into a grid of rows × cells:
//  - columns from vertical rules, else from the white space that runs down the region;
//  - rows from horizontal rules, else from the text lines: a line with a number in a value column
//    starts a row, the lines of a wrapped cell join the row above, a label set between two value
//    lines joins the nearer one;
//  - spans from missing rule segments, from text running across a column gap, and from category
//    labels standing beside several rows (rowSpan);
//  - header rows: the rows above the first row with values (years, units, 属性 …).
// Regions that do not read as a grid (prose in two columns, a numbered list, a table of contents)
// are left to the reading order.
#include "import/pdflayout_p.h"

#include "text/chars.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <optional>

namespace plens::detail::layout {

namespace {

// Inside a table, words further apart than this (× line height) are in different cells, unless
// their column says otherwise; prose spaces are narrower.
constexpr double kCellGap = 0.45;

struct Seg
{
    double pos = 0;
    double from = 0;
    double to = 0;
    double length() const { return to - from; }
};

double vOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

double hOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left());
}

double medianOf(QList<double> v, double fallback)
{
    if (v.isEmpty())
        return fallback;
    const auto mid = v.begin() + v.size() / 2;
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// Collinear pieces joined: rules at the same position (within posTol) that touch or nearly do.
QList<Seg> mergeSegs(QList<Seg> segs, double posTol, double gapTol)
{
    std::sort(segs.begin(), segs.end(), [](const Seg &a, const Seg &b) { return a.pos < b.pos; });
    QList<Seg> out;
    qsizetype i = 0;
    while (i < segs.size()) {
        qsizetype j = i + 1;
        while (j < segs.size() && segs.at(j).pos - segs.at(j - 1).pos <= posTol)
            ++j;
        QList<Seg> group = segs.mid(i, j - i);
        double pos = 0;
        for (const Seg &s : std::as_const(group))
            pos += s.pos;
        pos /= double(group.size());
        std::sort(group.begin(), group.end(), [](const Seg &a, const Seg &b) { return a.from < b.from; });
        Seg cur {pos, group.first().from, group.first().to};
        for (qsizetype k = 1; k < group.size(); ++k) {
            if (group.at(k).from <= cur.to + gapTol) {
                cur.to = std::max(cur.to, group.at(k).to);
            } else {
                out.append(cur);
                cur = Seg {pos, group.at(k).from, group.at(k).to};
            }
        }
        out.append(cur);
        i = j;
    }
    return out;
}

// Covered length of [a, b] by the segments at position `pos` (within tol).
double coverage(const QList<Seg> &segs, double pos, double a, double b, double tol)
{
    double covered = 0;
    for (const Seg &s : segs) {
        if (std::abs(s.pos - pos) > tol)
            continue;
        const double l = std::max(a, s.from);
        const double r = std::min(b, s.to);
        if (r > l)
            covered += r - l;
    }
    return covered;
}

bool isBareYear(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^(?:19|20)\\d\\d$"));
    return re.match(t).hasMatch();
}

bool isValueText(const QString &t)
{
    return (isNumberToken(t) && !isBareYear(t)) || isPlaceholder(t);
}

bool isAscii(QChar c)
{
    return c.unicode() < 0x80 && !c.isSpace();
}

// Joins text pieces of a cell: nothing between CJK characters, a space between Latin words.
void joinPiece(MappedText &cell, const MappedText &piece, bool spaced)
{
    if (piece.size() == 0)
        return;
    if (cell.size() > 0 && spaced && isAscii(cell.text.back()) && isAscii(piece.text.front())
        && cell.text.back().isLetterOrNumber() && piece.text.front().isLetterOrNumber())
        cell.append(QLatin1Char(' '), -1);
    cell.append(piece, 0, piece.size());
}

// A fragment of a line inside a table: the line's text in one column (or across several).
struct Frag
{
    int c0 = 0;
    int c1 = 0; // last column covered
    QRectF box;
    MappedText text;
};

struct TLine
{
    QRectF box;
    double h = 10;
    QList<Frag> frags; // by column
    bool anchor = false;
    bool spanning() const
    {
        return std::any_of(frags.begin(), frags.end(), [](const Frag &f) { return f.c1 > f.c0; });
    }
    const Frag *in(int c) const
    {
        for (const Frag &f : frags) {
            if (c >= f.c0 && c <= f.c1)
                return &f;
        }
        return nullptr;
    }
};

// A row of the final grid.
struct GCell
{
    int col = 0;
    int colSpan = 1;
    int rowSpan = 1;
    MappedText text;
    QRectF box;
};

struct GRow
{
    QList<GCell> cells;
    QRectF box;
    bool header = false;
    bool forcedHeader = false; // above a header rule
};

struct Region
{
    QRectF box;
    bool grid = false; // horizontal and vertical rules meet
    bool rules = false; // horizontal rules bound it (three-line table)
    QList<Seg> h;
    QList<Seg> v;
    std::optional<QList<double>> forcedXs; // a continuation's columns
};

class Builder
{
public:
    Builder(Page &page, const Region &region) : m_page(page), m_src(*page.src), m_region(region) { }

    std::optional<TableBlock> build()
    {
        collectLines();
        if (m_lines.isEmpty())
            return std::nullopt;
        QList<double> hs;
        for (const auto &l : std::as_const(m_lines))
            hs.append(l.h);
        m_h = medianOf(hs, m_page.bodyH);
        if (m_region.grid)
            buildRuled();
        else
            buildText();
        return finish();
    }

    // Lines of the region: the page's lines cut to the words whose centres lie inside it.
    struct RLine
    {
        QRectF box;
        double h = 10;
        QList<int> words;
    };
    const QList<RLine> &lines() const { return m_lines; }

private:
    void collectLines()
    {
        const QRectF area = m_region.box.adjusted(-1, -1, 1, 1);
        for (const Line &l : m_page.lines) {
            if (vOverlap(l.box, area) <= 0)
                continue;
            RLine rl;
            QList<double> hs;
            for (int w : l.words) {
                if (m_page.skip.at(w))
                    continue;
                const QRectF &b = m_src.words.at(w).box;
                if (!area.contains(b.center()))
                    continue;
                rl.words.append(w);
                rl.box = rl.box.isNull() ? b : rl.box.united(b);
                hs.append(b.height());
            }
            if (rl.words.isEmpty())
                continue;
            rl.h = std::max(1.0, medianOf(hs, l.h));
            m_lines.append(rl);
        }
    }

    int columnAt(double x) const
    {
        const auto it = std::upper_bound(m_xs.begin(), m_xs.end(), x);
        return std::clamp(int(it - m_xs.begin()) - 1, 0, int(m_xs.size()) - 2);
    }

    QRectF glyph(int w, int i) const
    {
        const qsizetype g = m_src.words.at(w).firstGlyph + i;
        return g >= 0 && g < m_src.glyphs.size() ? m_src.glyphs.at(g) : m_src.words.at(w).box;
    }

    // The fragments of a line when rules separate the columns: each character goes to the
    // column holding its centre.
    TLine ruledLine(const RLine &l, int firstCol, int lastCol) const
    {
        TLine tl;
        tl.box = l.box;
        tl.h = l.h;
        QRectF prevBox;
        for (int w : l.words) {
            const LayoutWord &word = m_src.words.at(w);
            for (int i = 0; i < word.text.size(); ++i) {
                const QRectF g = glyph(w, i);
                const int c = columnAt(g.center().x());
                if (c < firstCol || c > lastCol)
                    continue;
                if (tl.frags.isEmpty() || tl.frags.back().c0 != c) {
                    tl.frags.append(Frag {c, c, g, {}});
                    prevBox = QRectF();
                }
                Frag &f = tl.frags.back();
                if (!prevBox.isNull() && i == 0 && isAscii(word.text.at(0)) && g.left() - prevBox.right() > 0.15 * l.h
                    && f.text.size() > 0 && isAscii(f.text.text.back()))
                    f.text.append(QLatin1Char(' '), -1);
                f.text.append(word.text.at(i), m_src.firstBox + qint32(word.firstGlyph + i));
                f.box = f.box.united(g);
                prevBox = g;
            }
        }
        return tl;
    }

    // The fragments of a line when white space separates the columns: chunks of words, a chunk
    // running across a column gap spans the columns it covers.
    TLine textLine(const RLine &l) const
    {
        TLine tl;
        tl.box = l.box;
        tl.h = l.h;
        for (const QList<int> &chunk : chunksOf(m_src, l.words, l.h, kCellGap)) {
            // Split a chunk at a vertical rule between its words.
            QList<QList<int>> parts {{}};
            for (int w : chunk) {
                if (!parts.back().isEmpty()) {
                    const double a = m_src.words.at(parts.back().back()).box.right();
                    const double b = m_src.words.at(w).box.left();
                    for (const Seg &v : m_region.v) {
                        if (v.pos > a - 0.5 && v.pos < b + 0.5 && v.from <= l.box.bottom() && v.to >= l.box.top()) {
                            parts.append(QList<int>());
                            break;
                        }
                    }
                }
                parts.back().append(w);
            }
            for (const QList<int> &part : std::as_const(parts)) {
                Frag f;
                const LayoutWord *prev = nullptr;
                for (int w : part) {
                    const LayoutWord &word = m_src.words.at(w);
                    f.box = f.box.isNull() ? word.box : f.box.united(word.box);
                    MappedText piece;
                    appendWord(piece, m_src, w);
                    joinPiece(f.text, piece,
                              prev && (prev->spaceAfter || word.box.left() - prev->box.right() > 0.15 * l.h));
                    prev = &word;
                }
                // Columns covered: those the fragment overlaps by more than a sliver.
                const double sliver = std::max(0.3 * l.h, 2.0);
                int c0 = columnAt(f.box.left() + sliver);
                int c1 = columnAt(f.box.right() - sliver);
                if (c1 < c0)
                    c0 = c1 = columnAt(f.box.center().x());
                f.c0 = c0;
                f.c1 = c1;
                if (!tl.frags.isEmpty() && tl.frags.back().c1 >= f.c0) {
                    // Two chunks in one column (letter-spaced words): one fragment.
                    Frag &p = tl.frags.back();
                    joinPiece(p.text, f.text, true);
                    p.box = p.box.united(f.box);
                    p.c1 = std::max(p.c1, f.c1);
                } else {
                    tl.frags.append(f);
                }
            }
        }
        return tl;
    }

    // Column boundaries from white space: x intervals that (nearly) no line covers.
    QList<double> textColumns(double left, double right, const QList<RLine> &lines) const
    {
        struct Box
        {
            double l;
            double r;
        };
        QList<QList<Box>> rows;
        int structural = 0;
        for (const RLine &l : lines) {
            QList<Box> boxes;
            for (const QList<int> &chunk : chunksOf(m_src, l.words, l.h, kCellGap)) {
                QRectF b;
                for (int w : chunk)
                    b = b.isNull() ? m_src.words.at(w).box : b.united(m_src.words.at(w).box);
                boxes.append({b.left(), b.right()});
            }
            structural += boxes.size() > 1;
            rows.append(boxes);
        }
        const bool onlyStructural = structural >= 2;
        const double step = 0.5;
        const int bins = std::max(1, int((right - left) / step) + 1);
        QList<int> cov(bins, 0);
        int counted = 0;
        for (const auto &boxes : std::as_const(rows)) {
            if (onlyStructural && boxes.size() < 2)
                continue;
            ++counted;
            for (const Box &b : boxes) {
                const int a = std::clamp(int((b.l - left) / step), 0, bins - 1);
                const int z = std::clamp(int((b.r - left) / step), 0, bins - 1);
                for (int k = a; k <= z; ++k)
                    ++cov[k];
            }
        }
        const int allowed = counted >= 8 ? counted / 6 : 0;
        QList<double> seps;
        int k = 0;
        while (k < bins) {
            if (cov.at(k) > allowed) {
                ++k;
                continue;
            }
            int e = k;
            int minCov = cov.at(k);
            while (e + 1 < bins && cov.at(e + 1) <= allowed) {
                ++e;
                minCov = std::min(minCov, cov.at(e));
            }
            const double a = left + k * step;
            const double b = left + (e + 1) * step;
            // Interior gaps only, wide enough to mean something.
            if (k > 0 && e < bins - 1 && b - a >= std::max(0.25 * m_h, 1.5)) {
                // Put the boundary in the middle of the least covered stretch.
                int s = k;
                while (cov.at(s) != minCov)
                    ++s;
                int t = s;
                while (t + 1 <= e && cov.at(t + 1) == minCov)
                    ++t;
                const double x = left + (s + t + 1) * step / 2;
                // Text on both sides in at least two lines.
                int leftLines = 0;
                int rightLines = 0;
                for (const auto &boxes : std::as_const(rows)) {
                    bool l = false;
                    bool r = false;
                    for (const Box &bx : boxes) {
                        l = l || bx.r <= x;
                        r = r || bx.l >= x;
                    }
                    leftLines += l && r;
                    rightLines += l && r;
                }
                if (leftLines >= 2 || (lines.size() <= 2 && leftLines >= 1))
                    seps.append(x);
            }
            k = e + 1;
        }
        QList<double> xs {left};
        xs += seps;
        xs.append(right);
        return xs;
    }

    // Value columns: most of their cells are numbers.
    void findValueColumns(const QList<TLine> &tls)
    {
        const int n = columns();
        QList<int> numeric(n, 0);
        QList<int> filled(n, 0);
        for (const TLine &tl : tls) {
            for (const Frag &f : tl.frags) {
                if (f.c0 != f.c1)
                    continue;
                const QString t = f.text.text.trimmed();
                if (t.isEmpty())
                    continue;
                ++filled[f.c0];
                numeric[f.c0] += isNumberToken(t) && !isBareYear(t);
            }
        }
        m_valueCol = QList<bool>(n, false);
        for (int c = 0; c < n; ++c)
            m_valueCol[c] = numeric.at(c) >= 1 && numeric.at(c) * 10 >= filled.at(c) * 4;
    }

    bool isAnchor(const TLine &tl) const
    {
        for (const Frag &f : tl.frags) {
            if (f.c0 == f.c1 && m_valueCol.value(f.c0) && isValueText(f.text.text.trimmed()))
                return true;
        }
        return false;
    }

    int columns() const { return int(m_xs.size()) - 1; }

    // The rightmost extent of text per column (where a wrapped line ends).
    QList<double> columnRights(const QList<TLine> &tls) const
    {
        QList<double> r(columns(), -1e9);
        for (const TLine &tl : tls) {
            for (const Frag &f : tl.frags) {
                if (f.c0 == f.c1)
                    r[f.c0] = std::max(r.at(f.c0), f.box.right());
            }
        }
        return r;
    }

    struct TRow
    {
        QList<int> lines; // indices into the band's TLines, top to bottom
        QRectF box;
        bool anchor = false;
        bool header = false;
    };

    // Logical rows of a band's lines.
    QList<TRow> textRows(const QList<TLine> &tls, bool headerBand) const
    {
        QList<TRow> rows;
        if (tls.isEmpty())
            return rows;
        const QList<double> rights = columnRights(tls);
        QList<double> anchorYs;
        int firstAnchor = -1;
        for (int i = 0; i < tls.size(); ++i) {
            if (tls.at(i).anchor) {
                anchorYs.append(tls.at(i).box.center().y());
                if (firstAnchor < 0)
                    firstAnchor = i;
            }
        }
        // The pitch of single-line rows: the smallest step between two value lines (rows without
        // values in between make the other steps longer).
        double pitch = 1e9;
        for (qsizetype i = 1; i < anchorYs.size(); ++i) {
            const double step = anchorYs.at(i) - anchorYs.at(i - 1);
            if (step > 0.6 * m_h)
                pitch = std::min(pitch, step);
        }
        if (pitch > 1e8)
            pitch = 1.6 * m_h;
        const bool valued = std::any_of(m_valueCol.begin(), m_valueCol.end(), [](bool b) { return b; });

        // Header lines (above the first line with values): one row, except that a line spanning
        // columns above others is a header row of its own (收入 over 项目 | 决算数).
        int i = 0;
        if (valued && (firstAnchor > 0 || (firstAnchor < 0 && headerBand))) {
            int end = firstAnchor < 0 ? int(tls.size()) : firstAnchor;
            if (!headerBand) {
                // The header ends with its last line over the value columns; label lines after it
                // belong to the first row (a name wrapped around its values).
                int last = -1;
                for (int k = 0; k < end; ++k) {
                    for (const Frag &f : tls.at(k).frags) {
                        for (int c = f.c0; c <= f.c1; ++c)
                            last = m_valueCol.value(c) ? k : last;
                    }
                }
                end = last + 1;
            }
            TRow cur;
            for (; i < end; ++i) {
                const TLine &tl = tls.at(i);
                if (tl.spanning() && !cur.lines.isEmpty() && !tls.at(cur.lines.back()).spanning()) {
                    rows.append(cur);
                    cur = TRow();
                } else if (!cur.lines.isEmpty() && tls.at(cur.lines.back()).spanning() && !tl.spanning()) {
                    rows.append(cur);
                    cur = TRow();
                }
                cur.lines.append(i);
                cur.header = true;
                cur.box = cur.box.isNull() ? tl.box : cur.box.united(tl.box);
            }
            if (!cur.lines.isEmpty())
                rows.append(cur);
        }
        const int headerRows = int(rows.size());
        // Rows start at value lines; other lines join a row as wrapped text or sit beside it.
        const auto fills = [&](const TRow &row, const TLine &tl) {
            // Every fragment of tl continues a cell of the row whose last line was full.
            if (tl.frags.isEmpty())
                return false;
            if (isListMarker(tl.frags.first().text.text))
                return false;
            const double gap = tl.box.top() - row.box.bottom();
            if (gap > 1.0 * tl.h)
                return false;
            for (const Frag &f : tl.frags) {
                const Frag *above = nullptr;
                for (qsizetype k = row.lines.size() - 1; k >= 0 && !above; --k)
                    above = tls.at(row.lines.at(k)).in(f.c0);
                if (!above || above->c0 != f.c0)
                    return false;
                const bool full = above->box.right() >= rights.value(f.c0) - 1.2 * tl.h;
                const bool tight = gap < 0.3 * tl.h;
                if (!full && !tight)
                    return false;
            }
            return true;
        };
        const auto free = [&](const TRow &row, const TLine &tl) {
            for (const Frag &f : tl.frags) {
                for (int k : row.lines) {
                    if (tls.at(k).in(f.c0) || tls.at(k).in(f.c1))
                        return false;
                }
            }
            return true;
        };
        QList<int> pending; // lines waiting for the next value line
        for (; i < tls.size(); ++i) {
            const TLine &tl = tls.at(i);
            if (tl.anchor) {
                TRow row;
                row.anchor = true;
                for (int p : std::as_const(pending)) {
                    row.lines.append(p);
                    row.box = row.box.isNull() ? tls.at(p).box : row.box.united(tls.at(p).box);
                }
                pending.clear();
                row.lines.append(i);
                row.box = row.box.isNull() ? tl.box : row.box.united(tl.box);
                rows.append(row);
                continue;
            }
            if (!pending.isEmpty()) {
                // A label split around a value line: keep collecting while the lines wrap.
                const TLine &p = tls.at(pending.back());
                if (tl.box.top() - p.box.bottom() < 0.5 * tl.h) {
                    pending.append(i);
                    continue;
                }
                for (int q : std::as_const(pending)) {
                    TRow own;
                    own.lines = {q};
                    own.box = tls.at(q).box;
                    rows.append(own);
                }
                pending.clear();
            }
            if (rows.size() > headerRows && fills(rows.back(), tl)) {
                rows.back().lines.append(i);
                rows.back().box = rows.back().box.united(tl.box);
                continue;
            }
            // Nearest value line, above or below.
            double above = 1e9;
            if (rows.size() > headerRows && rows.back().anchor)
                above = tl.box.center().y() - rows.back().box.center().y();
            double below = 1e9;
            for (qsizetype k = i + 1; k < tls.size(); ++k) {
                if (tls.at(k).anchor) {
                    below = tls.at(k).box.center().y() - tl.box.center().y();
                    break;
                }
            }
            if (below < 0.7 * pitch && below <= above && valued) {
                pending.append(i);
                continue;
            }
            if (above < 0.7 * pitch && valued && free(rows.back(), tl)) {
                rows.back().lines.append(i);
                rows.back().box = rows.back().box.united(tl.box);
                continue;
            }
            TRow own;
            own.lines = {i};
            own.box = tl.box;
            rows.append(own);
        }
        for (int q : std::as_const(pending)) {
            TRow own;
            own.lines = {q};
            own.box = tls.at(q).box;
            rows.append(own);
        }
        return rows;
    }

    // The cells of a logical row.
    GRow rowCells(const QList<TLine> &tls, const TRow &row) const
    {
        GRow g;
        g.box = row.box;
        g.header = row.header;
        QList<int> lines = row.lines;
        std::sort(lines.begin(), lines.end(), [&](int a, int b) { return tls.at(a).box.top() < tls.at(b).box.top(); });
        QHash<int, int> at; // column → index in g.cells
        for (int li : std::as_const(lines)) {
            for (const Frag &f : tls.at(li).frags) {
                if (at.contains(f.c0)) {
                    GCell &c = g.cells[at.value(f.c0)];
                    joinPiece(c.text, f.text, true);
                    c.box = c.box.united(f.box);
                    c.colSpan = std::max(c.colSpan, f.c1 - f.c0 + 1);
                    continue;
                }
                // A column already covered by a span: the text joins the spanning cell.
                bool merged = false;
                for (GCell &c : g.cells) {
                    if (f.c0 > c.col && f.c0 < c.col + c.colSpan) {
                        joinPiece(c.text, f.text, true);
                        c.box = c.box.united(f.box);
                        merged = true;
                        break;
                    }
                }
                if (merged)
                    continue;
                GCell c;
                c.col = f.c0;
                c.colSpan = f.c1 - f.c0 + 1;
                c.text = f.text;
                c.box = f.box;
                at.insert(f.c0, int(g.cells.size()));
                g.cells.append(c);
            }
        }
        std::sort(g.cells.begin(), g.cells.end(), [](const GCell &a, const GCell &b) { return a.col < b.col; });
        return g;
    }

    // Category labels standing beside several rows in the first column (类别 of an indicator
    // table): taken out of the lines, read as blocks, and given the rows they stand beside.
    bool categoryColumn(const QList<TLine> &tls) const
    {
        // The first column holds text on few of the value lines, while a later text column (the
        // row labels; a 序号 column may stand between) holds text on nearly all of them.
        if (columns() < 3 || m_valueCol.value(0))
            return false;
        int anchors = 0;
        int anchorsWithLabel = 0;
        bool any = false;
        QList<int> labelled(columns(), 0);
        for (const TLine &tl : std::as_const(tls)) {
            const Frag *f = tl.in(0);
            const bool own = f && f->c0 == 0 && f->c1 == 0;
            any = any || own;
            if (tl.anchor) {
                ++anchors;
                anchorsWithLabel += own;
                for (const Frag &g : tl.frags) {
                    if (g.c0 == g.c1 && g.c0 > 0 && !m_valueCol.value(g.c0))
                        ++labelled[g.c0];
                }
            }
        }
        bool labels = false;
        for (int c = 1; c < columns() - 1; ++c)
            labels = labels || labelled.at(c) * 10 >= anchors * 8;
        return any && labels && anchors >= 2 && anchorsWithLabel * 10 < anchors * 6;
    }

    // Assigns category blocks to body rows.
    void assignCategories(const QList<std::pair<QRectF, MappedText>> &blocks, QList<GRow> &rows, int firstBody)
    {
        const int n = int(rows.size());
        if (blocks.isEmpty() || firstBody >= n)
            return;
        // For each block, the rows it overlaps.
        QList<int> a;
        QList<int> b;
        for (const auto &[box, text] : blocks) {
            int lo = -1;
            int hi = -1;
            for (int r = firstBody; r < n; ++r) {
                if (vOverlap(rows.at(r).box, box) > 0.2 * m_h) {
                    if (lo < 0)
                        lo = r;
                    hi = r;
                }
            }
            if (lo < 0) {
                // between rows: the nearest row
                double best = 1e9;
                for (int r = firstBody; r < n; ++r) {
                    const double d = std::abs(rows.at(r).box.center().y() - box.center().y());
                    if (d < best) {
                        best = d;
                        lo = hi = r;
                    }
                }
            }
            a.append(lo);
            b.append(hi);
        }
        const int k = int(blocks.size());
        // Top-aligned: a block starts its group; centred: a block stands in the middle of it.
        QList<int> topStart(k);
        QList<int> topEnd(k);
        double topScore = 0;
        for (int i = 0; i < k; ++i) {
            topStart[i] = i == 0 ? a.at(0) : std::max(a.at(i), topEnd.at(i - 1) + 1);
            topEnd[i] = i + 1 < k ? std::max(topStart.at(i), a.at(i + 1) - 1) : n - 1;
            topScore += std::abs(blocks.at(i).first.top() - rows.at(topStart.at(i)).box.top());
        }
        if (a.at(0) > firstBody)
            topScore += 1e6; // rows above the first label would have none
        QList<int> midStart(k);
        QList<int> midEnd(k);
        double midScore = 0;
        int start = firstBody;
        for (int i = 0; i < k; ++i) {
            start = std::min(start, a.at(i));
            midStart[i] = start;
            const double c = blocks.at(i).first.center().y();
            const double target = 2 * c - rows.at(start).box.top();
            int end = std::max(start, b.at(i));
            const int limit = i + 1 < k ? std::max(end, a.at(i + 1) - 1) : n - 1;
            double best = std::abs(rows.at(end).box.bottom() - target);
            for (int r = end + 1; r <= limit; ++r) {
                const double d = std::abs(rows.at(r).box.bottom() - target);
                if (d < best) {
                    best = d;
                    end = r;
                }
            }
            if (i + 1 == k)
                end = std::max(end, b.at(i));
            midEnd[i] = end;
            midScore += std::abs(c - (rows.at(start).box.top() + rows.at(end).box.bottom()) / 2);
            start = end + 1;
        }
        if (start < n)
            midScore += 1e6; // rows below the last group would have none
        const bool centred = midScore < topScore;
        for (int i = 0; i < k; ++i) {
            const int s = centred ? midStart.at(i) : topStart.at(i);
            const int e = centred ? midEnd.at(i) : topEnd.at(i);
            if (s < 0 || s >= n)
                continue;
            GCell c;
            c.col = 0;
            c.rowSpan = std::max(1, std::min(e, n - 1) - s + 1);
            c.text = blocks.at(i).second;
            c.box = blocks.at(i).first;
            GRow &row = rows[s];
            auto it = std::find_if(row.cells.begin(), row.cells.end(), [](const GCell &x) { return x.col == 0; });
            if (it != row.cells.end()) {
                joinPiece(c.text, it->text, true);
                row.cells.erase(it);
            }
            row.cells.prepend(c);
        }
    }

    // Rows of a band read from its text (unruled body, or a ruled band holding many records).
    QList<GRow> readBand(const QList<RLine> &lines, bool ruledColumns, bool headerBand, int firstCol = 0,
                         int lastCol = -1)
    {
        if (lastCol < 0)
            lastCol = columns() - 1;
        QList<TLine> tls;
        for (const RLine &l : lines) {
            TLine tl = ruledColumns ? ruledLine(l, firstCol, lastCol) : textLine(l);
            if (!tl.frags.isEmpty())
                tls.append(tl);
        }
        for (TLine &tl : tls)
            tl.anchor = isAnchor(tl);
        // Category column: labels beside several rows.
        QList<std::pair<QRectF, MappedText>> blocks;
        int firstBody = 0;
        if (!ruledColumns && !headerBand && categoryColumn(tls)) {
            // Lines above the first value line are header lines and keep their first column.
            int firstAnchor = 0;
            while (firstAnchor < tls.size() && !tls.at(firstAnchor).anchor)
                ++firstAnchor;
            QList<TLine> kept;
            for (int i = 0; i < tls.size(); ++i) {
                TLine tl = tls.at(i);
                if (i >= firstAnchor && !tl.frags.isEmpty() && tl.frags.first().c0 == 0 && tl.frags.first().c1 == 0) {
                    const Frag f = tl.frags.takeFirst();
                    if (!blocks.isEmpty() && f.box.top() - blocks.back().first.bottom() < 0.8 * tl.h
                        && hOverlap(f.box, blocks.back().first) > -tl.h) {
                        joinPiece(blocks.back().second, f.text, true);
                        blocks.back().first = blocks.back().first.united(f.box);
                    } else {
                        blocks.append({f.box, f.text});
                    }
                }
                if (!tl.frags.isEmpty())
                    kept.append(tl);
            }
            tls = kept;
        }
        const QList<TRow> trows = textRows(tls, headerBand);
        QList<GRow> out;
        for (const TRow &r : trows) {
            out.append(rowCells(tls, r));
            if (r.header)
                firstBody = int(out.size());
        }
        if (!blocks.isEmpty())
            assignCategories(blocks, out, firstBody);
        return out;
    }

    void buildText()
    {
        // Columns.
        if (m_region.forcedXs) {
            m_xs = *m_region.forcedXs;
        } else {
            m_xs = textColumns(m_region.box.left(), m_region.box.right(), m_lines);
            // Vertical rules inside the region are column boundaries too.
            for (const Seg &v : std::as_const(m_region.v)) {
                if (v.pos <= m_xs.front() + 2 || v.pos >= m_xs.back() - 2)
                    continue;
                bool near = false;
                for (double x : std::as_const(m_xs))
                    near = near || std::abs(x - v.pos) < 0.6 * m_h;
                if (!near)
                    m_xs.append(v.pos);
            }
            std::sort(m_xs.begin(), m_xs.end());
        }
        if (columns() < 2)
            return;
        // Value columns over every line.
        QList<TLine> all;
        for (const RLine &l : std::as_const(m_lines))
            all.append(textLine(l));
        findValueColumns(all);
        // Bands between horizontal rules that run across the region (three-line tables).
        QList<double> ys;
        for (const Seg &s : std::as_const(m_region.h)) {
            if (s.length() >= 0.6 * m_region.box.width() && s.pos > m_region.box.top() + 0.5 * m_h
                && s.pos < m_region.box.bottom() - 0.5 * m_h)
                ys.append(s.pos);
        }
        std::sort(ys.begin(), ys.end());
        ys.prepend(m_region.box.top() - 1);
        ys.append(m_region.box.bottom() + 1);
        for (qsizetype b = 0; b + 1 < ys.size(); ++b) {
            QList<RLine> band;
            for (const RLine &l : std::as_const(m_lines)) {
                const double cy = l.box.center().y();
                if (cy >= ys.at(b) && cy < ys.at(b + 1))
                    band.append(l);
            }
            if (band.isEmpty())
                continue;
            // The first band above a rule holds the header when it has no values.
            bool headerBand = false;
            if (b == 0 && ys.size() > 2) {
                headerBand = true;
                for (const RLine &l : std::as_const(band))
                    headerBand = headerBand && !isAnchor(textLine(l));
            }
            QList<GRow> rows = readBand(band, false, headerBand);
            for (GRow &r : rows) {
                r.forcedHeader = headerBand;
                r.header = r.header || headerBand;
            }
            m_rows += rows;
        }
    }

    void buildRuled()
    {
        const double tol = 2.5;
        // Column and row boundaries: the rules' positions, plus the region's edges.
        QList<double> xs;
        for (const Seg &v : std::as_const(m_region.v))
            xs.append(v.pos);
        QList<double> ys;
        for (const Seg &h : std::as_const(m_region.h))
            ys.append(h.pos);
        const auto cluster = [](QList<double> v, double edgeA, double edgeB, double minGap) {
            v.append(edgeA);
            v.append(edgeB);
            std::sort(v.begin(), v.end());
            QList<double> out;
            for (double x : std::as_const(v)) {
                if (out.isEmpty() || x - out.back() > minGap)
                    out.append(x);
            }
            return out;
        };
        xs = cluster(xs, m_region.box.left(), m_region.box.right(), 3.0);
        ys = cluster(ys, m_region.box.top(), m_region.box.bottom(), 3.0);
        m_xs = xs;
        const int R = int(ys.size()) - 1;
        const int C = int(xs.size()) - 1;
        if (R < 1 || C < 1)
            return;
        // Separators present per slot edge.
        const auto vPresent = [&](int r, int c) { // between column c and c+1 in band r
            const double a = ys.at(r);
            const double b = ys.at(r + 1);
            return coverage(m_region.v, xs.at(c + 1), a, b, tol) >= 0.5 * (b - a);
        };
        const auto hPresent = [&](int r, int c) { // between band r and r+1 in column c
            const double a = xs.at(c);
            const double b = xs.at(c + 1);
            return coverage(m_region.h, ys.at(r + 1), a, b, tol) >= 0.5 * (b - a);
        };
        QList<int> parent(R * C);
        std::iota(parent.begin(), parent.end(), 0);
        const auto find = [&](int x) {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        };
        const auto unite = [&](int x, int y) {
            parent[find(x)] = find(y);
        };
        for (int r = 0; r < R; ++r) {
            for (int c = 0; c < C; ++c) {
                if (c + 1 < C && !vPresent(r, c))
                    unite(r * C + c, r * C + c + 1);
                if (r + 1 < R && !hPresent(r, c))
                    unite(r * C + c, (r + 1) * C + c);
            }
        }
        // Groups as rectangles (a ragged group takes its bounding box).
        struct Rect
        {
            int r0, c0, r1, c1;
        };
        QHash<int, Rect> rects;
        for (int r = 0; r < R; ++r) {
            for (int c = 0; c < C; ++c) {
                const int g = find(r * C + c);
                auto it = rects.find(g);
                if (it == rects.end())
                    rects.insert(g, Rect {r, c, r, c});
                else
                    *it = Rect {std::min(it->r0, r), std::min(it->c0, c), std::max(it->r1, r), std::max(it->c1, c)};
            }
        }
        bool changed = true;
        while (changed) {
            changed = false;
            for (auto it = rects.begin(); it != rects.end() && !changed; ++it) {
                for (auto jt = std::next(it); jt != rects.end(); ++jt) {
                    const Rect &p = it.value();
                    const Rect &q = jt.value();
                    if (p.r0 <= q.r1 && q.r0 <= p.r1 && p.c0 <= q.c1 && q.c0 <= p.c1) {
                        it.value() = Rect {std::min(p.r0, q.r0), std::min(p.c0, q.c0), std::max(p.r1, q.r1),
                                           std::max(p.c1, q.c1)};
                        rects.erase(jt);
                        changed = true;
                        break;
                    }
                }
            }
        }
        QList<int> slotGroup(R * C, -1);
        QList<Rect> groups;
        for (const Rect &rc : std::as_const(rects)) {
            for (int r = rc.r0; r <= rc.r1; ++r) {
                for (int c = rc.c0; c <= rc.c1; ++c)
                    slotGroup[r * C + c] = int(groups.size());
            }
            groups.append(rc);
        }
        // Lines per band.
        QList<QList<RLine>> bandLines(R);
        for (const RLine &l : std::as_const(m_lines)) {
            const double cy = l.box.center().y();
            const auto it = std::upper_bound(ys.begin(), ys.end(), cy);
            const int r = std::clamp(int(it - ys.begin()) - 1, 0, R - 1);
            bandLines[r].append(l);
        }
        // Value columns from every line, per column.
        QList<TLine> all;
        for (const RLine &l : std::as_const(m_lines))
            all.append(ruledLine(l, 0, C - 1));
        findValueColumns(all);
        // Each band is one row, unless it holds several records (a body without rules between
        // its rows): then its lines are read as rows.
        QList<int> bandFirst(R, 0);
        QList<int> bandCount(R, 0);
        QList<bool> split(R, false);
        for (int r = 0; r < R; ++r) {
            bool single = true;
            for (int c = 0; c < C; ++c) {
                const Rect &g = groups.at(slotGroup.at(r * C + c));
                single = single && g.r0 == r && g.r1 == r && g.c0 == c && g.c1 == c;
            }
            int anchors = 0;
            for (const RLine &l : bandLines.at(r))
                anchors += isAnchor(ruledLine(l, 0, C - 1));
            split[r] = single && anchors >= 2;
        }
        // Cell text per group, from its lines, top to bottom.
        QList<GCell> groupCells(groups.size());
        for (int r = 0; r < R; ++r) {
            if (split.at(r))
                continue;
            for (const RLine &l : bandLines.at(r)) {
                const TLine tl = ruledLine(l, 0, C - 1);
                for (const Frag &f : tl.frags) {
                    const int g = slotGroup.at(r * C + f.c0);
                    GCell &cell = groupCells[g];
                    joinPiece(cell.text, f.text, true);
                    cell.box = cell.box.isNull() ? f.box : cell.box.united(f.box);
                }
            }
        }
        int next = 0;
        QList<QList<GRow>> bandRows(R);
        for (int r = 0; r < R; ++r) {
            bandFirst[r] = next;
            if (split.at(r)) {
                bandRows[r] = readBand(bandLines.at(r), true, false);
                bandCount[r] = int(bandRows.at(r).size());
            } else {
                bandCount[r] = 1;
            }
            next += bandCount.at(r);
        }
        for (int r = 0; r < R; ++r) {
            if (split.at(r)) {
                m_rows += bandRows.at(r);
                continue;
            }
            GRow row;
            row.box = QRectF(QPointF(xs.front(), ys.at(r)), QPointF(xs.back(), ys.at(r + 1)));
            for (int c = 0; c < C; ++c) {
                const int g = slotGroup.at(r * C + c);
                const Rect &rc = groups.at(g);
                if (rc.r0 != r || rc.c0 != c)
                    continue;
                GCell cell = groupCells.at(g);
                cell.col = c;
                cell.colSpan = rc.c1 - rc.c0 + 1;
                const int lastRow = bandFirst.at(rc.r1) + bandCount.at(rc.r1) - 1;
                cell.rowSpan = std::max(1, lastRow - bandFirst.at(r) + 1);
                row.cells.append(cell);
            }
            m_rows.append(row);
        }
    }

    static bool empty(const GCell &c) { return c.text.text.trimmed().isEmpty(); }

    // Empty rows and columns dropped, header rows marked, the grid checked.
    std::optional<TableBlock> finish()
    {
        if (m_rows.isEmpty() || columns() < 2)
            return std::nullopt;
        int C = columns();
        // Drop empty rows (their spans shrink).
        for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
            const bool blank = std::all_of(m_rows.at(r).cells.begin(), m_rows.at(r).cells.end(), empty);
            if (!blank)
                continue;
            for (int up = 0; up < r; ++up) {
                for (GCell &c : m_rows[up].cells) {
                    if (up + c.rowSpan > r)
                        c.rowSpan = std::max(1, c.rowSpan - 1);
                }
            }
            m_rows.removeAt(r);
        }
        // Drop empty slivers between double rules (an empty column of a real width stays: the next
        // page may fill it, and the grid must match there).
        QList<bool> used(C, false);
        for (int c = 0; c < C; ++c)
            used[c] = m_xs.at(c + 1) - m_xs.at(c) >= 1.2 * m_h;
        for (const GRow &row : std::as_const(m_rows)) {
            for (const GCell &c : row.cells) {
                if (!empty(c))
                    used[c.col] = true;
            }
        }
        QList<int> newIndex(C + 1, 0);
        int kept = 0;
        for (int c = 0; c < C; ++c) {
            newIndex[c] = kept;
            kept += used.at(c);
        }
        newIndex[C] = kept;
        QList<double> xs {m_xs.front()};
        for (int c = 0; c < C; ++c) {
            if (used.at(c))
                xs.append(m_xs.at(c + 1));
        }
        xs.back() = m_xs.back();
        for (GRow &row : m_rows) {
            QList<GCell> cells;
            for (GCell c : row.cells) {
                if (!used.at(c.col) && empty(c))
                    continue;
                const int end = c.col + c.colSpan;
                c.col = newIndex.at(c.col);
                c.colSpan = std::max(1, newIndex.at(std::min(end, C)) - c.col);
                cells.append(c);
            }
            row.cells = cells;
        }
        C = kept;
        const int R = int(m_rows.size());
        if (C < 2 || R < (m_region.forcedXs ? 1 : 2))
            return std::nullopt;

        // Header rows: the rows above the first row with values in a value column.
        QList<int> numeric(C, 0);
        QList<int> filled(C, 0);
        for (const GRow &row : std::as_const(m_rows)) {
            for (const GCell &c : row.cells) {
                if (c.colSpan != 1 || empty(c))
                    continue;
                ++filled[c.col];
                numeric[c.col] += isNumberToken(c.text.text.trimmed()) && !isBareYear(c.text.text.trimmed());
            }
        }
        QList<bool> valueCol(C, false);
        bool valued = false;
        for (int c = 0; c < C; ++c) {
            valueCol[c] = numeric.at(c) >= 1 && numeric.at(c) * 10 >= filled.at(c) * 4;
            valued = valued || valueCol.at(c);
        }
        const auto anchorRow = [&](const GRow &row) {
            for (const GCell &c : row.cells) {
                if (c.colSpan == 1 && valueCol.at(c.col) && isValueText(c.text.text.trimmed()))
                    return true;
            }
            return false;
        };
        int headers = 0;
        if (valued) {
            while (headers < R && !anchorRow(m_rows.at(headers))) {
                const GRow &row = m_rows.at(headers);
                const GCell *firstCell = nullptr;
                for (const GCell &c : row.cells) {
                    if (!empty(c)) {
                        firstCell = &c;
                        break;
                    }
                }
                if (firstCell && isListMarker(firstCell->text.text.trimmed()) && !row.forcedHeader)
                    break;
                ++headers;
            }
            if (headers >= R)
                headers = 0;
        } else {
            // Text tables: a first row of short labels.
            const GRow &row = m_rows.first();
            bool shortLabels = R >= 3;
            int nonEmpty = 0;
            for (const GCell &c : row.cells) {
                const QString t = c.text.text.trimmed();
                if (t.isEmpty())
                    continue;
                ++nonEmpty;
                shortLabels = shortLabels && t.size() <= 12 && !isNumberToken(t);
            }
            headers = shortLabels && nonEmpty >= 2 ? 1 : 0;
            while (headers < R && m_rows.at(headers).forcedHeader)
                ++headers;
        }
        for (int r = 0; r < R; ++r)
            m_rows[r].header = r < headers;

        if (!acceptable(C, valueCol))
            return std::nullopt;

        TableBlock t;
        t.columns = C;
        t.rows = R;
        t.xs = xs;
        t.ruled = m_region.grid;
        t.firstPage = t.lastPage = m_page.index;
        t.box = t.firstBox = m_region.box;
        for (int r = 0; r < R; ++r) {
            t.header.append(m_rows.at(r).header);
            for (const GCell &c : m_rows.at(r).cells) {
                TableCellText cell;
                cell.row = r;
                cell.col = c.col;
                cell.colSpan = std::max(1, std::min(c.colSpan, C - c.col));
                cell.rowSpan = std::max(1, std::min(c.rowSpan, R - r));
                cell.text = c.text;
                t.cells.append(cell);
            }
        }
        return t;
    }

    // Whether the grid reads as a table and not as prose in columns, a list or a contents page.
    bool acceptable(int C, const QList<bool> &valueCol) const
    {
        int multiRows = 0;
        int cellsFilled = 0;
        int leaders = 0;
        static const QRegularExpression leader(QStringLiteral("(?:\\.{4,}|…{2,}|·{4,}|-{6,})"));
        for (const GRow &row : m_rows) {
            int n = 0;
            for (const GCell &c : row.cells) {
                if (!empty(c))
                    ++n;
                leaders += leader.match(c.text.text).hasMatch();
            }
            cellsFilled += n;
            multiRows += n >= 2;
        }
        if (leaders * 3 >= int(m_rows.size()))
            return false; // a table of contents
        // A table of contents without leaders: titles, and page numbers rising in the last column,
        // no header.
        if (!m_rows.first().header && m_rows.size() >= 3) {
            static const QRegularExpression pageNo(QStringLiteral("^\\d{1,4}$"));
            int last = -1;
            bool toc = true;
            for (const GRow &row : m_rows) {
                for (const GCell &c : row.cells) {
                    const QString t = c.text.text.trimmed();
                    if (t.isEmpty())
                        continue;
                    if (c.col == C - 1) {
                        toc = toc && pageNo.match(t).hasMatch() && t.toInt() >= last;
                        last = t.toInt();
                    } else {
                        toc = toc && !isNumberToken(t);
                    }
                }
            }
            if (toc && last >= 0)
                return false;
        }
        if (m_region.grid)
            return multiRows >= 1 && cellsFilled >= 3;
        const bool valued = std::any_of(valueCol.begin(), valueCol.end(), [](bool b) { return b; });
        if (m_region.forcedXs)
            return multiRows >= 1;
        if (multiRows < 2 || (!valued && multiRows < 3))
            return false;
        // Prose columns: long cells whose lines fill the column.
        int prose = 0;
        QList<int> longCells(C, 0);
        QList<int> cellsIn(C, 0);
        for (const GRow &row : m_rows) {
            for (const GCell &c : row.cells) {
                if (empty(c) || c.colSpan != 1)
                    continue;
                ++cellsIn[c.col];
                longCells[c.col] += c.text.size() >= 16;
            }
        }
        for (int c = 0; c < C; ++c)
            prose += cellsIn.at(c) >= 2 && longCells.at(c) * 2 >= cellsIn.at(c);
        if (prose >= 2)
            return false;
        // A numbered list: markers beside prose.
        if (C == 2 && prose == 1) {
            int markers = 0;
            for (const GRow &row : m_rows) {
                for (const GCell &c : row.cells) {
                    if (c.col == 0 && !empty(c)
                        && (isListMarker(c.text.text.trimmed()) || isNumberToken(c.text.text.trimmed())))
                        ++markers;
                }
            }
            if (markers * 10 >= cellsIn.at(0) * 7)
                return false;
        }
        return true;
    }

    Page &m_page;
    const LayoutPage &m_src;
    Region m_region;
    QList<RLine> m_lines;
    double m_h = 10;
    QList<double> m_xs;
    QList<bool> m_valueCol;
    QList<GRow> m_rows;
};

// Regions from the rules: grids where horizontal and vertical rules meet, and runs of horizontal
// rules of one width (three-line tables).
QList<Region> ruledRegions(const Page &page, const QList<Seg> &hs, const QList<Seg> &vs)
{
    const double t = 2.5;
    const int nh = int(hs.size());
    const int nv = int(vs.size());
    QList<int> parent(nh + nv);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (int i = 0; i < nh; ++i) {
        for (int j = 0; j < nv; ++j) {
            const Seg &h = hs.at(i);
            const Seg &v = vs.at(j);
            if (v.pos >= h.from - t && v.pos <= h.to + t && h.pos >= v.from - t && h.pos <= v.to + t)
                parent[find(i)] = find(nh + j);
        }
    }
    QHash<int, Region> comps;
    QHash<int, std::pair<int, int>> counts;
    for (int i = 0; i < nh + nv; ++i) {
        const int root = find(i);
        Region &r = comps[root];
        const bool isH = i < nh;
        const Seg &s = isH ? hs.at(i) : vs.at(i - nh);
        const QRectF box
            = isH ? QRectF(s.from, s.pos - 0.5, s.length(), 1) : QRectF(s.pos - 0.5, s.from, 1, s.length());
        r.box = r.box.isNull() ? box : r.box.united(box);
        (isH ? r.h : r.v).append(s);
        auto &c = counts[root];
        (isH ? c.first : c.second) += 1;
    }
    QList<Region> out;
    QList<Seg> loneH;
    for (auto it = comps.begin(); it != comps.end(); ++it) {
        const auto [nH, nV] = counts.value(it.key());
        Region &r = it.value();
        if (nH >= 1 && nV >= 1 && nH + nV >= 3 && r.box.width() > 4 * page.bodyH && r.box.height() > 1.2 * page.bodyH) {
            r.grid = true;
            out.append(r);
        } else if (nV == 0) {
            loneH += r.h;
        }
    }
    // Runs of horizontal rules of about the same extent, with no prose line between two of them.
    std::sort(loneH.begin(), loneH.end(), [](const Seg &a, const Seg &b) { return a.pos < b.pos; });
    const auto proseBetween = [&](double y0, double y1, double x0, double x1) {
        for (const Line &l : page.lines) {
            if (l.box.center().y() <= y0 || l.box.center().y() >= y1)
                continue;
            if (l.box.width() >= 0.8 * (x1 - x0) && chunksOf(*page.src, l.words, l.h).size() == 1 && l.words.size() > 0)
                return true;
        }
        return false;
    };
    qsizetype i = 0;
    while (i < loneH.size()) {
        Region r;
        r.rules = true;
        r.h = {loneH.at(i)};
        qsizetype j = i + 1;
        while (j < loneH.size()) {
            const Seg &a = r.h.back();
            const Seg &b = loneH.at(j);
            const double ov = std::min(a.to, b.to) - std::max(a.from, b.from);
            const double shorter = std::min(a.length(), b.length());
            if (ov < 0.7 * shorter || shorter < 0.5 * std::max(a.length(), b.length())
                || proseBetween(a.pos, b.pos, std::max(a.from, b.from), std::min(a.to, b.to)))
                break;
            r.h.append(b);
            ++j;
        }
        if (r.h.size() >= 2) {
            double x0 = 1e9;
            double x1 = -1e9;
            for (const Seg &s : std::as_const(r.h)) {
                x0 = std::min(x0, s.from);
                x1 = std::max(x1, s.to);
            }
            r.box = QRectF(QPointF(x0, r.h.first().pos), QPointF(x1, r.h.back().pos));
            if (r.box.height() > 1.2 * page.bodyH)
                out.append(r);
        }
        i = j;
    }
    return out;
}

// Regions from the text: runs of lines with words standing apart in columns.
QList<Region> textRegions(const Page &page, const QList<Region> &ruled)
{
    QList<Region> out;
    const auto insideRuled = [&](const QRectF &b) {
        for (const Region &r : ruled) {
            if (r.grid && r.box.adjusted(-2, -2, 2, 2).contains(b.center()))
                return true;
        }
        return false;
    };
    QRectF run;
    int tabular = 0;
    QRectF lastTabular;
    const auto close = [&]() {
        if (tabular >= 2) {
            Region r;
            r.box = lastTabular;
            out.append(r);
        }
        run = QRectF();
        lastTabular = QRectF();
        tabular = 0;
    };
    for (const Line &l : page.lines) {
        QList<int> words;
        QRectF box;
        for (int w : l.words) {
            if (page.skip.at(w))
                continue;
            words.append(w);
            box = box.isNull() ? page.src->words.at(w).box : box.united(page.src->words.at(w).box);
        }
        if (words.isEmpty() || insideRuled(box))
            continue;
        // A caption (表3 …) is no row, even when a wide gap follows its number.
        QString first;
        for (int w : std::as_const(words)) {
            first += page.src->words.at(w).text + QLatin1Char(' ');
            if (first.size() > 12)
                break;
        }
        if (isNumberedCaption(first)) {
            close();
            continue;
        }
        const bool isTab = chunksOf(*page.src, words, l.h).size() >= 2;
        const double h = l.h;
        if (!run.isNull() && box.top() - run.bottom() > 2.5 * h)
            close();
        if (isTab) {
            run = run.isNull() ? box : run.united(box);
            lastTabular = run;
            ++tabular;
            continue;
        }
        if (run.isNull())
            continue;
        // A line without gaps inside a run: a wrapped cell or a label row, if it is short.
        if (box.width() <= 0.6 * run.width() && box.left() >= run.left() - h && box.right() <= run.right() + h) {
            run = run.united(box);
            continue;
        }
        close();
    }
    close();
    return out;
}

QList<Seg> segsOf(const QList<LayoutRule> &rules, bool horizontal)
{
    QList<Seg> out;
    for (const LayoutRule &r : rules) {
        if (r.horizontal == horizontal && r.to > r.from)
            out.append(Seg {r.pos, r.from, r.to});
    }
    return mergeSegs(out, 1.5, 2.5);
}

} // namespace

QList<TableBlock> findTables(Page &page, const TableBlock *previous)
{
    const QList<Seg> hs = segsOf(page.src->rules, true);
    const QList<Seg> vs = segsOf(page.src->rules, false);
    QList<Region> regions = ruledRegions(page, hs, vs);
    // Text runs: merged with a three-line region they overlap, dropped inside a grid.
    for (const Region &t : textRegions(page, regions)) {
        bool merged = false;
        for (Region &r : regions) {
            if (r.grid)
                continue;
            if (vOverlap(r.box, t.box) > -page.bodyH && hOverlap(r.box, t.box) > 0) {
                r.box = r.box.united(t.box);
                merged = true;
                break;
            }
        }
        if (!merged)
            regions.append(t);
    }
    // Vertical rules inside a region that is not a grid still separate its columns.
    for (Region &r : regions) {
        if (r.grid)
            continue;
        for (const Seg &v : vs) {
            if (v.pos > r.box.left() && v.pos < r.box.right() && v.to > r.box.top() && v.from < r.box.bottom())
                r.v.append(v);
        }
        for (const Seg &h : hs) {
            if (h.pos >= r.box.top() - 1 && h.pos <= r.box.bottom() + 1
                && std::min(h.to, r.box.right()) > std::max(h.from, r.box.left())) {
                bool dup = false;
                for (const Seg &o : std::as_const(r.h))
                    dup = dup || (o.pos == h.pos && o.from == h.from);
                if (!dup)
                    r.h.append(h);
            }
        }
    }
    std::sort(regions.begin(), regions.end(),
              [](const Region &a, const Region &b) { return a.box.top() < b.box.top(); });
    // The region at the top of the page may continue the previous page's table.
    const auto atTop = [&](const Region &r) {
        const double h = page.src->size.height();
        for (const Line &l : page.lines) {
            if (l.box.bottom() > r.box.top() + 0.5 * page.bodyH)
                break;
            if (h > 0 && l.box.bottom() < 0.1 * h)
                continue;
            for (int w : l.words) {
                if (!page.skip.at(w))
                    return false;
            }
        }
        return true;
    };
    QList<TableBlock> out;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        Region r = regions.at(i);
        // Overlapping an accepted table: skip.
        bool overlaps = false;
        for (const TableBlock &t : std::as_const(out))
            overlaps = overlaps || (vOverlap(t.box, r.box) > 0.5 * page.bodyH && hOverlap(t.box, r.box) > 0);
        if (overlaps)
            continue;
        std::optional<TableBlock> t = Builder(page, r).build();
        if (previous && i == 0 && !r.grid && atTop(r) && (!t || t->columns != previous->columns)) {
            // Read with the previous page's columns, moved to where this region stands.
            const double w0 = previous->xs.back() - previous->xs.front();
            if (w0 > 0 && std::abs(r.box.width() - w0) < 0.25 * w0) {
                QList<double> xs;
                for (double x : previous->xs)
                    xs.append(r.box.left() + (x - previous->xs.front()) * r.box.width() / w0);
                Region forced = r;
                forced.forcedXs = xs;
                std::optional<TableBlock> f = Builder(page, forced).build();
                if (f && f->columns == previous->columns)
                    t = f;
            }
        }
        if (!t)
            continue;
        // The words of the table are taken out of the page's text.
        const QRectF area = r.box.adjusted(-1, -1, 1, 1);
        for (const Line &l : page.lines) {
            if (vOverlap(l.box, area) <= 0)
                continue;
            for (int w : l.words) {
                if (area.contains(page.src->words.at(w).box.center()))
                    page.skip[w] = true;
            }
        }
        out.append(*t);
    }
    return out;
}

} // namespace plens::detail::layout
