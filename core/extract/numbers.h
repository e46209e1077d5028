#pragma once

#include <QStringView>

#include <optional>

namespace plens {

// A number as written in Chinese policy text: Arabic (full-width too, with thousands separators and
// decimals), Chinese numerals (一 两 十一 二十 一百零五 〇), a magnitude after it (万 亿 万亿 千万),
// or a fraction (三分之一, 1/3 — given as a percentage).
struct NumberToken
{
    qsizetype start = 0;
    qsizetype end = 0; // after the magnitude, if any
    double value = 0;
    bool chinese = false; // written with Chinese numerals
    bool magnitude = false; // 万/亿 applied
    double factor = 1; // the magnitude's factor (1e4 for 万)
    bool fraction = false; // value is a percentage computed from a fraction
    int integerDigits = 0; // Arabic: digits before the decimal point (separators not counted)
    int decimals = 0; // Arabic: digits after it
};

// The number starting at `pos`, if one does.
std::optional<NumberToken> parseNumber(QStringView text, qsizetype pos);

// A year written at `pos` as 2023年 or 二〇二三年 (also ○ and 零 for zero, as scans and typists write it),
// not part of a longer number; returns the year (1900..2100) and sets `length` to 5 (the 年 included),
// else returns 0.
int yearAt(QStringView text, qsizetype pos, qsizetype *length = nullptr);

// Digit value of an Arabic digit (ASCII or full-width), else -1.
int arabicDigit(QChar c);
// Whether c is a Chinese numeral character (including 十 百 千 万 亿 and 两 〇 零).
bool isChineseNumeral(QChar c);

} // namespace plens
