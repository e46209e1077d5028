// The parts of ocr.h that do not need Tesseract: turning recognised lines into text, filtering debris
// and finding the trained models.
#include "ocr/ocr.h"

#include "text/chars.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <array>
#include <cmath>

namespace plens::ocr {

namespace {

char32_t firstCode(const QString &s)
{
    return s.isEmpty() ? 0 : s.toUcs4().value(0);
}

char32_t lastCode(const QString &s)
{
    const auto u = s.toUcs4();
    return u.isEmpty() ? 0 : u.back();
}

bool isWordChar(char32_t c)
{
    return chars::isAsciiAlnum(c) || (c > 0x7F && QChar::isLetterOrNumber(c) && !chars::isHan(c));
}

// ASCII punctuation Tesseract often returns for the full-width marks of Chinese text.
QChar fullWidth(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return QChar(0xFF0C);
    case ':':
        return QChar(0xFF1A);
    case ';':
        return QChar(0xFF1B);
    case '(':
        return QChar(0xFF08);
    case ')':
        return QChar(0xFF09);
    case '?':
        return QChar(0xFF1F);
    case '!':
        return QChar(0xFF01);
    default:
        return c;
    }
}

} // namespace

float Line::confidence() const
{
    double sum = 0;
    qsizetype n = 0;
    for (const Word &w : words) {
        sum += double(w.confidence) * double(w.glyphs.size());
        n += w.glyphs.size();
    }
    return n > 0 ? float(sum / double(n)) : 0.0F;
}

LineText lineText(const Line &line)
{
    // Flatten to glyphs, remembering where a word starts.
    struct G
    {
        QString text;
        QRect box;
        bool wordStart;
    };
    QList<G> glyphs;
    for (const Word &w : line.words) {
        bool first = true;
        for (const Glyph &g : w.glyphs) {
            if (g.text.isEmpty())
                continue;
            glyphs.append({g.text, g.box, first});
            first = false;
        }
    }
    LineText out;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const G &g = glyphs.at(i);
        if (g.wordStart && !out.text.isEmpty()) {
            // A space only between two Latin or numeric words ("Page 3", "IPv6 and 5G").
            const char32_t before = lastCode(out.text);
            const char32_t after = firstCode(g.text);
            if (isWordChar(before) && isWordChar(after)) {
                const QRect &prev = out.boxes.back();
                out.text.append(QLatin1Char(' '));
                out.boxes.append(
                    QRect(prev.right() + 1, prev.top(), std::max(1, g.box.left() - prev.right() - 1), prev.height()));
            }
        }
        QString t = g.text;
        if (t.size() == 1 && fullWidth(t.front()) != t.front()) {
            const bool hanBefore = !out.text.isEmpty() && chars::isHan(lastCode(out.text));
            const bool hanAfter = i + 1 < glyphs.size() && chars::isHan(firstCode(glyphs.at(i + 1).text));
            if (hanBefore || hanAfter)
                t = QString(fullWidth(t.front()));
        }
        out.text.append(t);
        for (qsizetype k = 0; k < t.size(); ++k)
            out.boxes.append(g.box);
    }
    return out;
}

namespace {

// The ink a character is expected to cover along its line, in ems (the line's height).
double expectedExtent(const QString &text)
{
    const QChar c = text.front();
    if (QStringLiteral("，。、；：！？").contains(c))
        return 0.3;
    if (QStringLiteral("（）《》“”‘’〔〕【】「」").contains(c))
        return 0.4;
    if (c.unicode() < 0x80)
        return c.isLetterOrNumber() ? 0.5 : 0.25;
    return 0.9;
}

// Otsu's threshold of the grey values inside `r`.
int inkThreshold(const QImage &gray, const QRect &r)
{
    std::array<qint64, 256> hist {};
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x)
            ++hist[row[x]];
    }
    qint64 total = 0;
    double sum = 0;
    for (int i = 0; i < 256; ++i) {
        total += hist[i];
        sum += double(i) * double(hist[i]);
    }
    double sumB = 0;
    qint64 wB = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        wB += hist[t];
        if (wB == 0)
            continue;
        const qint64 wF = total - wB;
        if (wF == 0)
            break;
        sumB += double(t) * double(hist[t]);
        const double mB = sumB / double(wB);
        const double mF = (sum - sumB) / double(wF);
        const double between = double(wB) * double(wF) * (mB - mF) * (mB - mF);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

} // namespace

void placeGlyphs(Line &line, const QImage &gray)
{
    struct Ref
    {
        Glyph *glyph;
        double centre; // where Tesseract put it, along the line
    };
    QList<Ref> glyphs;
    for (Word &w : line.words) {
        for (Glyph &g : w.glyphs) {
            if (!g.text.isEmpty())
                glyphs.append({&g, 0});
        }
    }
    const QRect lineBox = line.box.intersected(gray.rect());
    if (glyphs.isEmpty() || lineBox.width() < 2 || lineBox.height() < 2 || gray.format() != QImage::Format_Grayscale8)
        return;
    const bool vertical = line.vertical || (lineBox.height() > 2 * lineBox.width() && glyphs.size() > 1);
    const double em = vertical ? lineBox.width() : lineBox.height();
    const int from = vertical ? lineBox.top() : lineBox.left();
    const int to = vertical ? lineBox.bottom() : lineBox.right();
    for (Ref &r : glyphs) {
        const QRect &b = r.glyph->box;
        r.centre = b.isEmpty() ? -1 : (vertical ? b.center().y() : b.center().x());
    }
    // Pieces of ink between blank columns (rows).
    const int threshold = std::min(inkThreshold(gray, lineBox), 200);
    QList<std::pair<int, int>> pieces;
    int start = -1;
    for (int p = from; p <= to + 1; ++p) {
        bool ink = false;
        if (p <= to) {
            if (vertical) {
                const uchar *row = gray.constScanLine(p);
                for (int x = lineBox.left(); x <= lineBox.right() && !ink; ++x)
                    ink = row[x] < threshold;
            } else {
                for (int y = lineBox.top(); y <= lineBox.bottom() && !ink; ++y)
                    ink = gray.constScanLine(y)[p] < threshold;
            }
        }
        if (ink && start < 0)
            start = p;
        if (!ink && start >= 0) {
            pieces.append({start, p - 1});
            start = -1;
        }
    }
    const qsizetype n = glyphs.size();
    // Characters that touch form one piece: halve the widest until there are enough.
    while (!pieces.isEmpty() && pieces.size() < n) {
        qsizetype widest = 0;
        for (qsizetype k = 1; k < pieces.size(); ++k) {
            if (pieces.at(k).second - pieces.at(k).first > pieces.at(widest).second - pieces.at(widest).first)
                widest = k;
        }
        const auto [a, b] = pieces.at(widest);
        if (b - a < 2)
            break;
        const int mid = (a + b) / 2;
        pieces[widest] = {a, mid};
        pieces.insert(widest + 1, {mid + 1, b});
    }
    const qsizetype m = pieces.size();
    const auto setBox = [&](Glyph &g, int a, int b) {
        g.box = vertical ? QRect(lineBox.left(), a, lineBox.width(), b - a + 1)
                         : QRect(a, lineBox.top(), b - a + 1, lineBox.height());
    };
    if (m < n) {
        // Too little ink to go round (a faint line): share the line out by expected widths.
        double total = 0;
        for (const Ref &r : std::as_const(glyphs))
            total += expectedExtent(r.glyph->text);
        double at = 0;
        for (Ref &r : glyphs) {
            const double e = expectedExtent(r.glyph->text);
            setBox(*r.glyph, from + int((to - from + 1) * at / total),
                   from + int((to - from + 1) * (at + e) / total) - 1);
            at += e;
        }
    } else {
        // Dynamic programming over (characters placed, pieces used); a character takes 1..8 pieces.
        constexpr int kMaxPieces = 8;
        constexpr double kInf = 1e18;
        QList<double> cost((n + 1) * (m + 1), kInf);
        QList<int> take((n + 1) * (m + 1), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> qsizetype {
            return i * (m + 1) + j;
        };
        cost[at(0, 0)] = 0;
        for (qsizetype i = 1; i <= n; ++i) {
            const Ref &r = glyphs.at(i - 1);
            const double expected = expectedExtent(r.glyph->text);
            for (qsizetype j = i; j <= m; ++j) {
                for (int k = 1; k <= kMaxPieces && k <= j; ++k) {
                    const double before = cost.at(at(i - 1, j - k));
                    if (before >= kInf)
                        continue;
                    const int a = pieces.at(j - k).first;
                    const int b = pieces.at(j - 1).second;
                    double c = std::abs((b - a + 1) / em - expected) + 0.05 * (k - 1);
                    if (r.centre >= 0)
                        c += 0.5 * std::abs((a + b) / 2.0 - r.centre) / em;
                    for (qsizetype q = j - k; q < j - 1; ++q) {
                        if (pieces.at(q + 1).first - pieces.at(q).second > 0.35 * em)
                            c += 1; // a wide gap inside one character
                    }
                    if (before + c < cost.at(at(i, j))) {
                        cost[at(i, j)] = before + c;
                        take[at(i, j)] = k;
                    }
                }
            }
        }
        if (cost.at(at(n, m)) < kInf) {
            qsizetype j = m;
            for (qsizetype i = n; i >= 1; --i) {
                const int k = take.at(at(i, j));
                setBox(*glyphs[i - 1].glyph, pieces.at(j - k).first, pieces.at(j - 1).second);
                j -= k;
            }
        }
    }
    for (Word &w : line.words) {
        QRect box;
        for (const Glyph &g : std::as_const(w.glyphs))
            box = box.united(g.box);
        if (!box.isEmpty())
            w.box = box;
    }
}

PageResult filtered(const PageResult &page, const Filter &filter)
{
    PageResult out;
    out.imageSize = page.imageSize;
    for (const Line &line : page.lines) {
        const Line &kept = line;
        if (kept.words.isEmpty() || kept.confidence() < filter.minLineConfidence)
            continue;
        int meaningful = 0;
        for (const Word &w : kept.words) {
            for (const Glyph &g : w.glyphs) {
                const char32_t c = firstCode(g.text);
                meaningful += chars::isHan(c) || QChar::isLetterOrNumber(c) ? 1 : 0;
            }
        }
        if (meaningful == 0 || (meaningful == 1 && kept.confidence() < filter.minSingleConfidence))
            continue;
        out.lines.append(kept);
    }
    return out;
}

QStringList tessdataSearchPath()
{
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        dirs << app + QStringLiteral("/tessdata") << app << app + QStringLiteral("/../share/tessdata")
             << app + QStringLiteral("/../share/tesseract-ocr/5/tessdata");
    }
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        dirs << prefix << prefix + QStringLiteral("/tessdata");
    // XDG data folders on Linux, ProgramData and the like on Windows.
    for (const QString &base : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        dirs << base + QStringLiteral("/tessdata") << base + QStringLiteral("/tesseract-ocr/5/tessdata")
             << base + QStringLiteral("/tesseract/tessdata");
    }
#ifdef Q_OS_WIN
    for (const char *env : {"ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"}) {
        const QString base = qEnvironmentVariable(env);
        if (!base.isEmpty()) {
            dirs << base + QStringLiteral("/Tesseract-OCR/tessdata")
                 << base + QStringLiteral("/Programs/Tesseract-OCR/tessdata");
        }
    }
#else
    dirs << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
         << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata") << QStringLiteral("/usr/share/tesseract/tessdata")
         << QStringLiteral("/usr/share/tessdata") << QStringLiteral("/usr/local/share/tessdata")
         << QStringLiteral("/opt/homebrew/share/tessdata");
#endif
    QStringList out;
    for (const QString &d : std::as_const(dirs)) {
        const QString clean = QDir::cleanPath(d);
        if (!out.contains(clean))
            out << clean;
    }
    return out;
}

QString findTessdata(const QString &language)
{
    const QString file = language + QStringLiteral(".traineddata");
    for (const QString &dir : tessdataSearchPath()) {
        if (QFileInfo(dir + u'/' + file).isFile())
            return dir;
    }
    return {};
}

} // namespace plens::ocr
