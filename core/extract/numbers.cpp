#include "extract/numbers.h"

#include <cmath>

namespace plens {

namespace {

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

double chineseUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
        return 1e4;
    case u'亿':
        return 1e8;
    default:
        return 0;
    }
}

// 10^e for 0 <= e <= 22, exact as a double.
double exactPower(int e)
{
    static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return e >= 0 && e <= 22 ? powers[e] : std::pow(10.0, e);
}

// A magnitude word at pos: 万亿, 千亿, 百亿, 千万, 百万, 亿, 万. Returns its power of ten and length.
std::pair<int, qsizetype> magnitudeAt(QStringView t, qsizetype pos)
{
    const auto at = [&](qsizetype i) {
        return i < t.size() ? t.at(i) : QChar();
    };
    if (at(pos + 1) == u'亿') {
        if (at(pos) == u'万')
            return {12, 2};
        if (at(pos) == u'千')
            return {11, 2};
        if (at(pos) == u'百')
            return {10, 2};
    }
    if (at(pos) == u'千' && at(pos + 1) == u'万')
        return {7, 2};
    if (at(pos) == u'百' && at(pos + 1) == u'万')
        return {6, 2};
    if (at(pos) == u'亿')
        return {8, 1};
    if (at(pos) == u'万')
        return {4, 1};
    return {0, 0};
}

} // namespace

int arabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}

bool isChineseNumeral(QChar c)
{
    return chineseDigit(c) >= 0 || chineseUnit(c) > 0 || c == u'○';
}

int yearAt(QStringView t, qsizetype pos, qsizetype *length)
{
    if (pos < 0 || pos + 5 > t.size())
        return 0;
    int y = 0;
    bool chinese = false;
    for (qsizetype k = 0; k < 4; ++k) {
        const QChar c = t.at(pos + k);
        int d = arabicDigit(c);
        if (d < 0 && (k == 0 || chinese)) {
            d = c == u'○' || c == u'Ｏ' || c == u'O' ? 0 : chineseDigit(c);
            chinese = d >= 0;
        }
        if (d < 0 || (k > 0 && chinese != (arabicDigit(c) < 0)))
            return 0;
        y = y * 10 + d;
    }
    // Not part of a longer number (12023年 is no year), and followed by 年.
    if (pos > 0 && (arabicDigit(t.at(pos - 1)) >= 0 || (chinese && isChineseNumeral(t.at(pos - 1)))))
        return 0;
    if (t.at(pos + 4) != u'年')
        return 0;
    if (y < 1900 || y > 2100)
        return 0;
    if (length)
        *length = 5;
    return y;
}

std::optional<NumberToken> parseNumber(QStringView t, qsizetype pos)
{
    if (pos >= t.size())
        return std::nullopt;
    NumberToken n;
    n.start = pos;
    qsizetype i = pos;
    if (arabicDigit(t.at(i)) >= 0) {
        // Exact decimal arithmetic: the digits as an integer mantissa and a power of ten, so 4.6亿 is
        // 460000000 (46 × 10^7) and 0.21 is 21 / 100, the nearest double to 0.21.
        quint64 mantissa = 0;
        int exponent = 0;
        const auto digit = [&](int d) {
            if (mantissa < 100000000000000000ULL)
                mantissa = mantissa * 10 + quint64(d);
            else
                ++exponent; // digits past 17 are not significant for a double
        };
        while (i < t.size()) {
            const int d = arabicDigit(t.at(i));
            if (d >= 0) {
                digit(d);
                ++i;
                continue;
            }
            // A thousands separator (ASCII comma): exactly three digits follow, then no digit.
            if (t.at(i) == u',' && i + 3 < t.size() && arabicDigit(t.at(i + 1)) >= 0 && arabicDigit(t.at(i + 2)) >= 0
                && arabicDigit(t.at(i + 3)) >= 0 && (i + 4 == t.size() || arabicDigit(t.at(i + 4)) < 0)) {
                ++i;
                continue;
            }
            break;
        }
        n.integerDigits = int(i - pos);
        if (i + 1 < t.size() && (t.at(i) == u'.' || t.at(i) == u'．') && arabicDigit(t.at(i + 1)) >= 0) {
            ++i;
            while (i < t.size() && arabicDigit(t.at(i)) >= 0) {
                if (mantissa < 100000000000000000ULL) {
                    digit(arabicDigit(t.at(i)));
                    --exponent;
                }
                ++n.decimals;
                ++i;
            }
        }
        // A fraction 1/3 (both sides plain numbers).
        if (n.decimals == 0 && i + 1 < t.size() && t.at(i) == u'/' && arabicDigit(t.at(i + 1)) >= 0) {
            qsizetype j = i + 1;
            double d = 0;
            while (j < t.size() && arabicDigit(t.at(j)) >= 0)
                d = d * 10 + arabicDigit(t.at(j++));
            const bool alnumAfter = j < t.size() && (t.at(j).isLetterOrNumber() && t.at(j).unicode() < 0x80);
            if (d > 0 && !alnumAfter) {
                n.value = 100.0 * double(mantissa) / d;
                n.end = j;
                n.fraction = true;
                return n;
            }
        }
        qsizetype j = i;
        if (j < t.size() && t.at(j) == u' ')
            ++j; // "20 万个" as PDFs print it
        const auto [power, len] = magnitudeAt(t, j);
        if (len > 0) {
            exponent += power;
            i = j + len;
            n.magnitude = true;
            n.factor = exactPower(power);
        }
        n.value = exponent >= 0 ? double(mantissa) * exactPower(exponent) : double(mantissa) / exactPower(-exponent);
        n.end = i;
        return n;
    }

    // Chinese numerals: must start with a digit or 十 (百/千/万/亿 alone are words, not numbers).
    if (chineseDigit(t.at(i)) < 0 && t.at(i) != u'十')
        return std::nullopt;
    // 三分之一: numerator after 分之.
    {
        qsizetype j = i;
        double den = 0, section = 0, digit = 0;
        bool any = false;
        while (j < t.size() && (chineseDigit(t.at(j)) >= 0 || t.at(j) == u'十' || t.at(j) == u'百')) {
            const int d = chineseDigit(t.at(j));
            if (d >= 0) {
                digit = d;
            } else {
                section += (digit == 0 && !any ? 1 : digit) * chineseUnit(t.at(j));
                digit = 0;
            }
            any = true;
            ++j;
        }
        den = section + digit;
        if (any && j + 2 < t.size() && t.at(j) == u'分' && t.at(j + 1) == u'之') {
            const int num = chineseDigit(t.at(j + 2));
            if (num > 0 && den > 0) {
                n.value = 100.0 * num / den;
                n.end = j + 3;
                n.chinese = true;
                n.fraction = true;
                return n;
            }
        }
    }
    double total = 0, section = 0, digit = 0;
    bool lastWasDigit = false, any = false;
    while (i < t.size()) {
        const QChar c = t.at(i);
        const int d = chineseDigit(c);
        if (d >= 0) {
            if (lastWasDigit && d != 0 && digit != 0)
                break; // "一二" is not one number
            digit = d;
            lastWasDigit = true;
        } else if (c == u'十' || c == u'百' || c == u'千') {
            if (!any && c != u'十')
                break;
            section += (digit == 0 && !lastWasDigit ? 1 : digit) * chineseUnit(c);
            digit = 0;
            lastWasDigit = false;
        } else if (c == u'万' || c == u'亿') {
            if (!any)
                break;
            section += digit;
            if (c == u'亿')
                total = (total + section) * 1e8;
            else
                total += section * 1e4;
            section = 0;
            digit = 0;
            lastWasDigit = false;
            n.magnitude = true;
        } else {
            break;
        }
        any = true;
        ++i;
    }
    if (!any)
        return std::nullopt;
    n.value = total + section + digit;
    n.end = i;
    n.chinese = true;
    return n;
}

} // namespace plens
