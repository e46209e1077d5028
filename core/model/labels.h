#pragma once

#include "model/figure.h"
#include "model/items.h"

#include <QCoreApplication>
#include <QString>

namespace plens {

// The names users read for kinds, comparators and statuses, and a figure's value as a person writes
// it ("≥ 60万架", "3–4个", "≈ 15%"). Translated (zh_CN: 目标, 已报告, 按计划推进 ...).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString kind(Figure::Kind kind);
    static QString cmp(Figure::Cmp cmp); // a symbol: = ≥ > ≤ < ≈ –
    // A status set by hand, in the words of the judged states (None: "As judged").
    static QString status(TargetStatus status);
    static QList<TargetStatus> statuses(); // in the order a menu shows them
    // A number as a person writes it: 200000 -> "20万" in Chinese, "200,000" otherwise; no locale
    // lookups beyond the UI language passed in.
    static QString number(double value, bool chinese);
    // A value with its unit as officers write it, in either UI language (the units are Chinese words):
    // 6.7亿元, 1.2万个, 150家, 12.5%, 2个百分点. Magnitudes in 万, 亿 and 万亿 keep two decimals at most;
    // exact() gives the value to the unit.
    static QString amount(double value, const QString &unit);
    // The exact value with grouped digits and its unit: "670,000,000 元", for tooltips.
    static QString exact(double value, const QString &unit);
    // A figure's value as officers write it, with its comparator: "> 20万个", "3–4个", "≈ 15%".
    static QString value(const Figure &f);
    // The same; `chinese` is no longer needed (kept for callers that pass the UI language).
    static QString value(const Figure &f, bool chinese);
    // The exact value of a figure, its comparator and range included: "> 200,000 个".
    static QString exactValue(const Figure &f);
};

} // namespace plens
