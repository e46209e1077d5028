#include "text/encoding.h"

#include "text/gb18030.h"

#include <QStringDecoder>

namespace plens {

namespace {

// The length of the well-formed UTF-8 sequence at p[i], or 0 when it is ill-formed; `subpart` gets
// the length of its maximal ill-formed subpart (what one U+FFFD replaces).
int sequenceLength(const unsigned char *p, qsizetype n, qsizetype i, int *subpart)
{
    const unsigned c = p[i];
    *subpart = 1;
    if (c < 0x80)
        return 1;
    int len = 0;
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    for (int k = 1; k < len; ++k) {
        if (i + k >= n)
            return 0;
        const unsigned b = p[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return 0;
        *subpart = k + 1;
    }
    return len;
}

} // namespace

bool isStrictUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        int subpart = 0;
        const int len = sequenceLength(p, n, i, &subpart);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

Utf8Stats utf8Stats(QByteArrayView bytes)
{
    Utf8Stats s;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        int subpart = 0;
        const int len = sequenceLength(p, n, i, &subpart);
        if (len > 0) {
            ++s.multiByte;
            i += len;
        } else {
            ++s.invalid;
            i += subpart;
        }
    }
    return s;
}

bool looksLikeUtf8(const Utf8Stats &stats)
{
    if (stats.invalid == 0)
        return true;
    if (stats.multiByte == 0)
        return stats.invalid == 1;
    return stats.multiByte >= 20 * stats.invalid;
}

namespace {

bool isTextLike(char32_t c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x4E00 && c <= 0x9FA5)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027) || c == 0xB7
        || c == 0xA0;
}

// Share of text-like characters when the bytes are read as UTF-16 with the given byte order.
double utf16Score(QByteArrayView bytes, bool littleEndian)
{
    const qsizetype n = bytes.size() / 2;
    if (n == 0)
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype good = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u
            = littleEndian ? char16_t(p[2 * i] | (p[2 * i + 1] << 8)) : char16_t((p[2 * i] << 8) | p[2 * i + 1]);
        if (isTextLike(u))
            ++good;
    }
    return double(good) / double(n);
}

// Share of text-like characters (common hanzi, CJK punctuation, printable ASCII) when the bytes are
// read as GB18030.
double gbScore(QByteArrayView bytes)
{
    const QString s = decodeGb18030(bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024)));
    if (s.isEmpty())
        return 0;
    qsizetype good = 0;
    for (QChar c : s) {
        if (isTextLike(c.unicode()))
            ++good;
    }
    return double(good) / double(s.size());
}

} // namespace

TextEncoding detectEncoding(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16Le;
    if (bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16Be;
    if (looksLikeUtf8(utf8Stats(bytes)))
        return TextEncoding::Utf8;
    // UTF-16 without a BOM: NUL bytes (ASCII characters, newlines) give it away; a text of only CJK
    // has none, so compare how well the bytes read as UTF-16 and as GB18030. One stray NUL in text of
    // another encoding is not UTF-16: NULs must be a fair share of the bytes.
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1));
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        evenNul += head[i] == 0;
        oddNul += head[i + 1] == 0;
    }
    const double le = utf16Score(head, true);
    const double be = utf16Score(head, false);
    if ((evenNul + oddNul) * 20 >= head.size() / 2 && evenNul + oddNul > 0 && head.size() >= 2) {
        const bool littleEndian = oddNul >= evenNul;
        if ((littleEndian ? le : be) > 0.6)
            return littleEndian ? TextEncoding::Utf16Le : TextEncoding::Utf16Be;
    }
    const double best16 = std::max(le, be);
    if (best16 > 0.95 && best16 > gbScore(head) + 0.05)
        return le >= be ? TextEncoding::Utf16Le : TextEncoding::Utf16Be;
    return TextEncoding::Gb18030;
}

QString decodeText(QByteArrayView bytes, TextEncoding encoding, qsizetype *errors)
{
    if (errors)
        *errors = 0;
    switch (encoding) {
    case TextEncoding::Gb18030:
        return decodeGb18030(bytes, errors);
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        // Well-formed stretches through Qt's decoder; each maximal ill-formed subpart becomes one
        // U+FFFD (Unicode's recommended practice: a truncated character is one replacement, not one
        // per byte).
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
        const qsizetype n = bytes.size();
        QString s;
        s.reserve(n);
        qsizetype good = 0; // start of the current well-formed stretch
        qsizetype i = 0;
        qsizetype bad = 0;
        while (i < n) {
            if (p[i] < 0x80) {
                ++i;
                continue;
            }
            int subpart = 0;
            const int len = sequenceLength(p, n, i, &subpart);
            if (len > 0) {
                i += len;
                continue;
            }
            s += QString::fromUtf8(bytes.sliced(good, i - good));
            s += QChar::ReplacementCharacter;
            ++bad;
            i += subpart;
            good = i;
        }
        s += QString::fromUtf8(bytes.sliced(good, n - good));
        if (errors)
            *errors = bad;
        return s;
    }
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be: {
        const bool le = encoding == TextEncoding::Utf16Le;
        if (bytes.startsWith(le ? "\xFF\xFE" : "\xFE\xFF"))
            bytes = bytes.sliced(2);
        QStringDecoder dec(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        QString s = dec(bytes);
        if (errors)
            *errors = s.count(QChar::ReplacementCharacter) + (bytes.size() % 2);
        return s;
    }
    }
    return {};
}

QString normalizeLineEnds(QString text)
{
    if (!text.contains(QLatin1Char('\r')) && !text.contains(QChar(0x2028)) && !text.contains(QChar(0x2029))
        && !text.contains(QChar(0x85)))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85)) {
            out.append(QLatin1Char('\n'));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString decodeTextAuto(QByteArrayView bytes, TextEncoding *detected, qsizetype *errors)
{
    const TextEncoding enc = detectEncoding(bytes);
    if (detected)
        *detected = enc;
    return normalizeLineEnds(decodeText(bytes, enc, errors));
}

namespace {

qsizetype garbageCount(const QString &text)
{
    qsizetype bad = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20) {
            if (c != '\t' && c != '\n' && c != '\r' && c != '\f')
                ++bad;
        } else if (c == 0xFFFD || c == 0xFFFE || c == 0xFFFF || (c >= 0x7F && c < 0xA0)) {
            ++bad;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode()))
                ++i;
            else
                ++bad;
        } else if (QChar::isLowSurrogate(c)) {
            ++bad;
        }
    }
    return bad;
}

} // namespace

double garbageRatio(const QString &text)
{
    return text.isEmpty() ? 0.0 : double(garbageCount(text)) / double(text.size());
}

bool looksBinary(const QString &text)
{
    const qsizetype bad = garbageCount(text);
    return bad > 2 && double(bad) > 0.02 * double(text.size());
}

qsizetype replaceControlCharacters(QString &text)
{
    qsizetype replaced = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            text[i] = QChar::ReplacementCharacter;
            ++replaced;
        }
    }
    return replaced;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 BOM");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

} // namespace plens
