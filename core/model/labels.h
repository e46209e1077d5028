#pragma once

#include "model/figure.h"
#include "model/items.h"

#include <QCoreApplication>
#include <QString>

namespace plens {

// The names users read for kinds, comparators and statuses, and a figure's value as a person writes
// it ("≥ 60万 架", "3–4 个", "≈ 15%"). Translated (zh_CN: 目标, 已报告, 进行中 ...).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString kind(Figure::Kind kind);
    static QString cmp(Figure::Cmp cmp); // a symbol: = ≥ > ≤ < ≈ –
    static QString status(TargetStatus status);
    static QList<TargetStatus> statuses(); // in the order a menu shows them
    // A number as a person writes it: 200000 -> "20万" in Chinese, "200,000" otherwise; no locale
    // lookups beyond the UI language passed in.
    static QString number(double value, bool chinese);
    static QString value(const Figure &f, bool chinese);
};

} // namespace plens
