#include "text/normalize.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace plens {

namespace {

// Whether NFKC may treat the text before `i` and the text from `i` on apart: text[i] starts a
// character that no normalisation reorders or composes with what precedes it (a starter that is not
// a mark, a conjoining jamo or a half-width voicing mark) and that does not decompose into one.
bool isSafeBoundary(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x80)
        return true;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xAC00 && c <= 0xD7A3))
        return true;
    if (QChar::isSurrogate(c))
        return false;
    if (QChar::combiningClass(c) != 0 || QChar::isMark(c))
        return false;
    return !(c >= 0x1100 && c <= 0x11FF) && !(c >= 0xD7B0 && c <= 0xD7FF) && c != 0xFF9E && c != 0xFF9F && c != 0x3099
        && c != 0x309A;
}

// Unicode's stream-safe text format (UAX #15): a combining grapheme joiner after every 30 non-starters
// in a row, so canonical reordering never sorts a long run (only text made to attack does that).
QString streamSafe(const QString &text)
{
    QString out;
    qsizetype run = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate();
        const char32_t cp = pair ? QChar::surrogateToUcs4(c, text.at(i + 1)) : c.unicode();
        run = QChar::combiningClass(cp) != 0 ? run + 1 : 0;
        if (run > 30) {
            if (out.isEmpty())
                out = text.left(i);
            out.append(QChar(0x034F));
            run = 1;
        }
        if (!out.isEmpty()) {
            out.append(c);
            if (pair)
                out.append(text.at(i + 1));
        }
        i += pair ? 1 : 0;
    }
    return out.isEmpty() ? text : out;
}

} // namespace

QString nfkc(const QString &input)
{
    // QString::normalized() is quadratic in places (decompositions are spliced into the string in
    // place; long runs of marks are insertion-sorted), so the text is normalised in pieces of about
    // kPiece characters cut where normalisation cannot reach across (isSafeBoundary), which gives the
    // same result in time linear in the length. Text without such a boundary for kMaxPiece characters
    // (no CJK, no ASCII, no letters: made to attack) is cut anyway.
    constexpr qsizetype kPiece = 64;
    constexpr qsizetype kMaxPiece = 256;
    const QString text = streamSafe(input);
    const qsizetype n = text.size();
    if (n <= kPiece)
        return text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n);
    qsizetype start = 0;
    qsizetype i = 0;
    while (start < n) {
        i = std::min(start + kPiece, n);
        while (i < n && !isSafeBoundary(text, i) && i - start < kMaxPiece)
            ++i;
        if (i < n && text.at(i).isLowSurrogate())
            ++i; // never between the halves of a pair
        out += QStringView(text).sliced(start, i - start).toString().normalized(QString::NormalizationForm_KC);
        start = i;
    }
    return out;
}

QString matchingKey(const QString &text)
{
    const QString nfkc = plens::nfkc(text);
    QString out;
    out.reserve(nfkc.size());
    for (qsizetype i = 0; i < nfkc.size(); ++i) {
        const QChar c = nfkc.at(i);
        if (c.isHighSurrogate() && i + 1 < nfkc.size()) {
            out.append(c);
            out.append(nfkc.at(++i));
            continue;
        }
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

namespace {

quint64 fnv1a(QStringView s)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    // final mix (splitmix64) so that nearby grams spread over all bits
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

constexpr qsizetype kGram = 4;

} // namespace

QByteArray contentHash(const QString &text)
{
    const QString key = matchingKey(text);
    std::array<qint64, 64> acc {};
    if (key.size() < kGram) {
        const quint64 h = fnv1a(key);
        for (int b = 0; b < 64; ++b)
            acc[b] = (h >> b) & 1 ? 1 : -1;
    }
    for (qsizetype i = 0; i + kGram <= key.size(); ++i) {
        const quint64 h = fnv1a(QStringView(key).sliced(i, kGram));
        for (int b = 0; b < 64; ++b)
            acc[b] += (h >> b) & 1 ? 1 : -1;
    }
    quint64 v = 0;
    for (int b = 0; b < 64; ++b) {
        if (acc[b] > 0)
            v |= quint64(1) << b;
    }
    QByteArray out(8, '\0');
    for (int k = 0; k < 8; ++k)
        out[k] = char((v >> (56 - 8 * k)) & 0xFF);
    return out;
}

int contentHashDistance(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != 8 || b.size() != 8)
        return 64;
    int d = 0;
    for (int k = 0; k < 8; ++k)
        d += std::popcount(unsigned(quint8(a[k]) ^ quint8(b[k])));
    return d;
}

namespace {

// Myers' O(ND) edit distance (insertions + deletions); -1 when it exceeds maxD.
qsizetype myersDistance(QStringView a, QStringView b, qsizetype maxD)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(size_t(2 * maxD + 3), 0);
    for (qsizetype d = 0; d <= maxD; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m)
                return d;
        }
    }
    return -1;
}

double gramOverlap(QStringView a, QStringView b)
{
    QHash<quint64, int> grams;
    for (qsizetype i = 0; i + kGram <= a.size(); ++i)
        ++grams[fnv1a(a.sliced(i, kGram))];
    qsizetype common = 0;
    for (qsizetype i = 0; i + kGram <= b.size(); ++i) {
        auto it = grams.find(fnv1a(b.sliced(i, kGram)));
        if (it != grams.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    const qsizetype total = std::max<qsizetype>(0, a.size() - kGram + 1) + std::max<qsizetype>(0, b.size() - kGram + 1);
    return total == 0 ? (a == b ? 1.0 : 0.0) : 2.0 * double(common) / double(total);
}

} // namespace

double keySimilarity(QStringView a, QStringView b, double maxEditShare)
{
    const qsizetype total = a.size() + b.size();
    if (total == 0)
        return 1.0;
    const auto maxD = qsizetype(double(total) * std::clamp(maxEditShare, 0.0, 1.0));
    const qsizetype d = myersDistance(a, b, maxD);
    if (d >= 0)
        return double(total - d) / double(total);
    return std::min(gramOverlap(a, b), 1.0 - double(maxD) / double(total));
}

double textSimilarity(const QString &a, const QString &b, double maxEditShare)
{
    return keySimilarity(matchingKey(a), matchingKey(b), maxEditShare);
}

} // namespace plens
