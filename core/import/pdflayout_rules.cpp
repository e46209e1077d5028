// Ruling lines from a rendering of the page: runs of dark pixels much longer than a glyph and at
// most a few pixels thick, horizontal and vertical. Cheap enough at one pixel per point, and only
// asked for on pages whose text stands in columns.
#include "import/pdflayout_p.h"

#include <algorithm>
#include <vector>

namespace plens::detail {

namespace {

// Characters that draw a line of their own: dashes, underscores, box drawing.
bool drawsALine(char16_t c)
{
    return c == u'—' || c == u'–' || c == u'-' || c == u'－' || c == u'_' || c == u'＿' || c == u'―' || c == u'﹣'
        || c == u'|' || c == u'｜' || c == u'丨' || (c >= 0x2500 && c <= 0x257F);
}

struct Run
{
    int line; // row (horizontal) or column (vertical) of pixels
    int a; // first pixel
    int b; // last pixel
};

// Strokes from runs on consecutive pixel lines that overlap: a rule is a few lines thick.
void strokes(std::vector<Run> &runs, int maxThick, double scale, bool horizontal, QList<LayoutRule> &out)
{
    std::sort(runs.begin(), runs.end(),
              [](const Run &x, const Run &y) { return x.line != y.line ? x.line < y.line : x.a < y.a; });
    struct Stroke
    {
        int first;
        int last;
        int a;
        int b;
        bool open;
    };
    std::vector<Stroke> all;
    std::vector<size_t> open;
    for (const Run &r : runs) {
        bool joined = false;
        for (size_t k : open) {
            Stroke &s = all[k];
            if (s.last != r.line - 1)
                continue;
            const int ov = std::min(s.b, r.b) - std::max(s.a, r.a);
            if (ov >= 0.8 * std::min(s.b - s.a, r.b - r.a)) {
                s.last = r.line;
                s.a = std::min(s.a, r.a);
                s.b = std::max(s.b, r.b);
                joined = true;
                break;
            }
        }
        if (!joined) {
            all.push_back(Stroke {r.line, r.line, r.a, r.b, true});
            open.push_back(all.size() - 1);
        }
        // Strokes that did not reach this line are closed.
        open.erase(std::remove_if(open.begin(), open.end(), [&](size_t k) { return all[k].last < r.line - 1; }),
                   open.end());
    }
    for (const Stroke &s : all) {
        if (s.last - s.first + 1 > maxThick)
            continue;
        LayoutRule rule;
        rule.horizontal = horizontal;
        rule.pos = (s.first + s.last + 1) / 2.0 / scale;
        rule.from = s.a / scale;
        rule.to = (s.b + 1) / scale;
        out.append(rule);
    }
}

} // namespace

QList<LayoutRule> findRules(const QImage &image, double scale, const LayoutPage &page)
{
    QList<LayoutRule> out;
    if (image.isNull() || scale <= 0)
        return out;
    const QImage img
        = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    const int w = img.width();
    const int h = img.height();
    std::vector<unsigned char> dark(size_t(w) * size_t(h), 0);
    for (int y = 0; y < h; ++y) {
        const uchar *line = img.constScanLine(y);
        unsigned char *d = dark.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x)
            d[x] = line[x] < 170;
    }
    // Glyph heights give the scale of text. Glyph strokes are not rules: the inside of every glyph
    // box is masked (narrowed across the direction looked for, so a rule touching a box survives),
    // and glyphs that are lines themselves (dashes) are masked whole.
    std::vector<unsigned char> darkV = dark;
    std::vector<double> heights;
    heights.reserve(size_t(page.glyphs.size()));
    const auto erase = [&](std::vector<unsigned char> &m, double l, double t, double r, double b) {
        const int x0 = std::clamp(int(l * scale + 0.5), 0, w);
        const int x1 = std::clamp(int(r * scale + 0.5), 0, w);
        const int y0 = std::clamp(int(t * scale + 0.5), 0, h);
        const int y1 = std::clamp(int(b * scale + 0.5), 0, h);
        for (int y = y0; y < y1; ++y)
            std::fill(m.begin() + qsizetype(y) * w + x0, m.begin() + qsizetype(y) * w + x1, 0);
    };
    for (const LayoutWord &word : page.words) {
        for (int i = 0; i < word.text.size(); ++i) {
            const qsizetype g = word.firstGlyph + i;
            if (g < 0 || g >= page.glyphs.size())
                continue;
            const QRectF &b = page.glyphs.at(g);
            heights.push_back(b.height());
            if (drawsALine(word.text.at(i).unicode())) {
                erase(dark, b.left() - 1, b.top() - 1, b.right() + 1, b.bottom() + 1);
                erase(darkV, b.left() - 1, b.top() - 1, b.right() + 1, b.bottom() + 1);
                continue;
            }
            erase(dark, b.left(), b.top() + 0.2 * b.height(), b.right(), b.bottom() - 0.2 * b.height());
            erase(darkV, b.left() + 0.15 * b.width(), b.top(), b.right() - 0.15 * b.width(), b.bottom());
        }
    }
    double glyphH = 10;
    if (!heights.empty()) {
        std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
        glyphH = std::clamp(heights[heights.size() / 2], 4.0, 40.0);
    }
    const int minH = std::max(8, int(std::max(1.6 * glyphH, 12.0) * scale));
    const int minV = std::max(6, int(std::max(1.2 * glyphH, 9.0) * scale));
    const int maxThick = std::max(2, int(3.0 * scale + 0.5));
    const int gapTol = std::max(1, int(scale + 0.5));

    std::vector<Run> runs;
    for (int y = 0; y < h; ++y) {
        const unsigned char *d = dark.data() + size_t(y) * size_t(w);
        int x = 0;
        while (x < w) {
            if (!d[x]) {
                ++x;
                continue;
            }
            int e = x;
            int gap = 0;
            int k = x + 1;
            while (k < w && gap <= gapTol) {
                if (d[k]) {
                    e = k;
                    gap = 0;
                } else {
                    ++gap;
                }
                ++k;
            }
            if (e - x + 1 >= minH)
                runs.push_back(Run {y, x, e});
            x = e + 1;
        }
    }
    strokes(runs, maxThick, scale, true, out);
    runs.clear();
    for (int x = 0; x < w; ++x) {
        int y = 0;
        while (y < h) {
            if (!darkV[size_t(y) * size_t(w) + size_t(x)]) {
                ++y;
                continue;
            }
            int e = y;
            int gap = 0;
            int k = y + 1;
            while (k < h && gap <= gapTol) {
                if (darkV[size_t(k) * size_t(w) + size_t(x)]) {
                    e = k;
                    gap = 0;
                } else {
                    ++gap;
                }
                ++k;
            }
            if (e - y + 1 >= minV)
                runs.push_back(Run {x, y, e});
            y = e + 1;
        }
    }
    strokes(runs, maxThick, scale, false, out);
    return out;
}

} // namespace plens::detail
