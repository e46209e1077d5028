#pragma once

// Stage 6 of extraction: the indicator a figure measures, as a chart would label it.

#include <QString>
#include <QStringView>

namespace plens::extract {

// The noun phrase right after the unit ("打造3000项5G优秀应用案例" → 5G优秀应用案例), up to the next
// delimiter or a verb that starts a new predicate; "" when the unit ends the phrase.
QString metricAfter(QStringView text, qsizetype from, qsizetype clauseEnd);

// The indicator before the number: the clause's words up to the comparator, without the opening time
// phrase, region, verbs and manner words ("到2023年，全省数据中心标准机架规模达" → 数据中心标准机架规模).
QString metricBefore(QStringView text, qsizetype clauseStart, qsizetype numberStart);

} // namespace plens::extract
