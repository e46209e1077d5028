#pragma once

#include "extract/indicators.h"
#include "model/figure.h"
#include "model/items.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace plens::analysis {

// Word classes and small rules that the cascade, the radar and the revisions share.

// How figures in a unit combine: counts, money and capacities add up; rates, shares, ratios and
// indices are compared one by one (never added); what cannot be told is neither added nor compared.
enum class UnitClass { Additive, Rate, Unknown };
UnitClass unitClass(const QString &unit, const QString &metric);
QString unitClassName(UnitClass c); // additive, rate, unknown (for JSON)

// "At most" targets (≤, <): a lower value is better.
bool atMost(const Figure &f);

// Whether `value` fulfils `target` (the comparator's direction; a range from its lower end; ≈ within 5%).
bool fulfils(const Figure &target, double value);

// The region of a figure as the gazetteer names it (its scope, else its document's region), or the text
// as written when the gazetteer does not know it.
QString placedRegion(const IndicatorInputs &in, const Commitment &c);

// The name of a figure's indicator (its metric when it has none).
QString indicatorName(const IndicatorInputs &in, const Commitment &c);

// The document's title (or file name) as the inputs hold it.
QString documentName(const IndicatorInputs &in, qint64 documentId);

// Of several figures that say the same thing, the one to use: one a user confirmed, corrected or added
// first, then the one from the latest document, then the last stored.
const Commitment *preferred(const IndicatorInputs &in, const QList<const Commitment *> &candidates);

// The date a reported figure speaks of: the end of its year, but not after its document's date (今年以来
// in a September briefing), else the document's date.
QDate referenceDate(const IndicatorInputs &in, const Commitment &reported);

// A number for JSON and CSV: plain digits, no exponent for the sizes policy figures have.
QString plainNumber(double v);

} // namespace plens::analysis
