#include "text/gb18030.h"

#include <algorithm>
#include <iterator>

namespace plens {

namespace {

struct GbRange
{
    int pointer;
    char32_t codePoint;
};

#include "text/gb18030_table.inc"

// WHATWG "index gb18030 ranges code point" (pointer 7457 follows the generated table, as Python does).
char32_t rangesCodePoint(int pointer)
{
    if ((pointer > 39419 && pointer < 189000) || pointer > 1237575)
        return 0;
    if (pointer >= 189000)
        return 0x10000 + char32_t(pointer - 189000);
    const auto *end = std::end(kRanges);
    auto it
        = std::upper_bound(std::begin(kRanges), end, pointer, [](int p, const GbRange &r) { return p < r.pointer; });
    if (it == std::begin(kRanges))
        return 0;
    --it;
    return it->codePoint + char32_t(pointer - it->pointer);
}

} // namespace

QString decodeGb18030(QByteArrayView bytes, qsizetype *errors)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype bad = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto replace = [&] {
        out.append(QChar::ReplacementCharacter);
        ++bad;
    };
    while (i < n) {
        const unsigned b1 = p[i];
        if (b1 < 0x80) {
            out.append(QChar(char16_t(b1)));
            ++i;
            continue;
        }
        if (b1 == 0x80 || b1 == 0xFF) {
            replace();
            ++i;
            continue;
        }
        if (i + 1 >= n) {
            replace();
            break;
        }
        const unsigned b2 = p[i + 1];
        if (b2 >= 0x30 && b2 <= 0x39) { // four-byte sequence
            if (i + 3 >= n) {
                replace();
                break;
            }
            const unsigned b3 = p[i + 2];
            const unsigned b4 = p[i + 3];
            if (b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39) {
                replace();
                ++i;
                continue;
            }
            const int pointer
                = ((int(b1) - 0x81) * 10 + (int(b2) - 0x30)) * 1260 + (int(b3) - 0x81) * 10 + (int(b4) - 0x30);
            const char32_t cp = rangesCodePoint(pointer);
            if (cp == 0) {
                replace();
            } else if (cp > 0xFFFF) {
                const char32_t c[1] = {cp};
                out.append(QString::fromUcs4(c, 1));
            } else {
                out.append(QChar(char16_t(cp)));
            }
            i += 4;
            continue;
        }
        if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
            const int trail = b2 < 0x7F ? int(b2) - 0x40 : int(b2) - 0x41;
            const char16_t cp = kTwoByte[(int(b1) - 0x81) * 190 + trail];
            if (cp == 0)
                replace();
            else
                out.append(QChar(cp));
            i += 2;
            continue;
        }
        replace(); // the second byte is reprocessed (it may be ASCII)
        ++i;
    }
    if (errors)
        *errors = bad;
    return out;
}

} // namespace plens
