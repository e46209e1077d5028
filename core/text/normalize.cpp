#include "text/normalize.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace plens {

QString matchingKey(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
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
