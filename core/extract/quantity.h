#pragma once

// Stage 1 of extraction: a quantity as written — the number, a range, the unit, the comparator words
// right before and after it — and the classes of numbers that are not quantities at all (dates,
// names, codes, ranks, ratios of people, counts of quoted words, articles).

#include "extract/numbers.h"
#include "model/figure.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace plens::extract {

struct Quantity
{
    qsizetype start = 0; // the number (its minus sign included)
    qsizetype numberEnd = 0; // after the number (or the range's second number) and its magnitude
    qsizetype unitEnd = 0; // after the unit
    qsizetype end = 0; // after the comparator word that follows (以上 左右 …)
    double value = 0;
    std::optional<double> valueMax; // a range's upper end
    QString unit; // the counting word; "%" for ％, "百分点" for 个百分点, "" when none
    bool chinese = false; // written in Chinese numerals
    bool magnitude = false; // 万/亿 applied
    bool moreThan = false; // 多/余 between number and unit: 20余家
    std::optional<Figure::Cmp> before; // comparator word right before: 超过 不少于 约 达到
    qsizetype beforeStart = -1; // where that word starts
    std::optional<Figure::Cmp> after; // comparator word after the unit: 以上 以下 以内 左右
    bool threshold = false; // 及以上 / 及以下 / （含）: an eligibility bound
};

// Why a number is not a quantity (for tests and debugging); Quantity when it is one.
enum class NotQuantity {
    None,
    Code, // part of a code or name: 5G, IPv6, T800, 〔2021〕632号, 1+1+N
    Date, // 2021年, 7月, 13日, 14岁, 3个月
    Name, // 第23届, 6号线, 5A级, 100强, 75周年, 十四五
    Rank, // 第1位, 前5位, 居全国第4
    NoUnit, // a bare number without unit, magnitude or comparator
    Article, // 一场, 一种, 是一项: an article, not a count
    Enumeration, // 四个时期, 两部分, 三个方面: parts of an enumeration
    QuotedCount, // 3个“建立”、2个“健全”: counts of quoted words
    Ratio, // 每3个人中就有1个: a ratio of people
    Spec, // 时速250公里: a technical specification
    Phone, // seven or more digits with no unit: phone and serial numbers
};

struct QuantityRead
{
    std::optional<Quantity> quantity;
    NotQuantity why = NotQuantity::None;
};

// Reads the quantity whose number `n` was parsed at n.start in `t`. `sentenceStart` bounds how far
// back the comparator and context words are looked for.
QuantityRead readQuantity(QStringView t, const NumberToken &n, qsizetype sentenceStart);

} // namespace plens::extract
