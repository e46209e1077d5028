#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace plens {

// The extraction record of ../shared/DESIGN.md: one quantified figure read from a document's
// display text. Kinds: a target (commitment), a reported (achieved or baseline) figure, a forecast,
// or a parameter (subsidy cap, eligibility threshold) that is neither.
struct Figure
{
    enum class Kind { Target, Reported, Forecast, Parameter };
    // ge 达到/不少于/以上, gt 超/超过/突破, le 以下/不超过, lt 低于, range, approx 左右/约/近, eq (reported)
    enum class Cmp { Eq, Ge, Gt, Le, Lt, Range, Approx };

    Kind kind = Kind::Target;
    double value = 0.0; // in base units: 20万 -> 200000, 15% -> 15
    std::optional<double> valueMax; // upper end of a range
    Cmp cmp = Cmp::Eq;
    QString unit; // counting word without magnitude: 个 家 元 % 百分点; "" when none
    std::optional<int> year; // target year or reference year
    QString metric; // the indicator as a chart would label it
    QString scope; // region the figure is about, e.g. 江苏省, 南京市
    QString hedge; // 力争 争取 确保 原则上 ...
    QStringList agencies; // responsible bodies named with the figure
    QString text; // the evidence clause
    qsizetype start = 0; // [start, end) offsets of the evidence in the display text
    qsizetype end = 0;

    static QString kindName(Kind k);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString cmpName(Cmp c);
    static std::optional<Cmp> cmpFromName(const QString &name);

    // JSON in the CLI contract's field names (kind, value, value_max, cmp, unit, year, metric, scope,
    // hedge, agencies, text, start, end). `doc` is added by the caller.
    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<Figure> fromJson(const QJsonObject &o);

    friend bool operator==(const Figure &, const Figure &) = default;
};

} // namespace plens
