#include "analysis/analysisutil.h"

#include "extract/gazetteer.h"
#include "extract/linker.h"

#include <QStringList>

#include <cmath>

namespace plens::analysis {

namespace {

// Units whose amounts add up across regions: counting words, money, capacity, size, people.
const QStringList kAdditiveUnits {
    QStringLiteral("元"),   QStringLiteral("美元"),   QStringLiteral("吨"),     QStringLiteral("瓦"),
    QStringLiteral("千瓦"), QStringLiteral("千瓦时"), QStringLiteral("度"),     QStringLiteral("公里"),
    QStringLiteral("千米"), QStringLiteral("米"),     QStringLiteral("平方米"), QStringLiteral("立方米"),
    QStringLiteral("亩"),   QStringLiteral("公顷"),   QStringLiteral("人"),     QStringLiteral("人次"),
    QStringLiteral("名"),   QStringLiteral("户"),     QStringLiteral("架"),     QStringLiteral("辆"),
    QStringLiteral("张"),   QStringLiteral("艘"),     QStringLiteral("标准箱"), QStringLiteral("床"),
    QStringLiteral("间"),   QStringLiteral("栋"),     QStringLiteral("块"),     QStringLiteral("只")};

// Units of levels that are compared, never added.
const QStringList kRateUnits {QStringLiteral("%"), QStringLiteral("‰"), QStringLiteral("百分点"), QStringLiteral("倍")};

// Without a unit, a metric naming a rate, share, ratio or index is one.
const QStringList kRateWords {QStringLiteral("率"),   QStringLiteral("比重"), QStringLiteral("占比"),
                              QStringLiteral("比例"), QStringLiteral("指数"), QStringLiteral("增速"),
                              QStringLiteral("PUE"),  QStringLiteral("系数"), QStringLiteral("强度"),
                              QStringLiteral("密度"), QStringLiteral("人均"), QStringLiteral("每")};

} // namespace

UnitClass unitClass(const QString &unit, const QString &metric)
{
    if (kRateUnits.contains(unit) || unit.contains(u'/') || unit.contains(u'每'))
        return UnitClass::Rate;
    if (kAdditiveUnits.contains(unit) || unitsCompatible(unit, QStringLiteral("个")))
        return UnitClass::Additive;
    if (unit.isEmpty()) {
        for (const QString &w : kRateWords)
            if (metric.contains(w, Qt::CaseInsensitive))
                return UnitClass::Rate;
    }
    return UnitClass::Unknown;
}

QString unitClassName(UnitClass c)
{
    switch (c) {
    case UnitClass::Additive:
        return QStringLiteral("additive");
    case UnitClass::Rate:
        return QStringLiteral("rate");
    case UnitClass::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool atMost(const Figure &f)
{
    return f.cmp == Figure::Cmp::Le || f.cmp == Figure::Cmp::Lt;
}

bool fulfils(const Figure &target, double v)
{
    const double t = target.value;
    switch (target.cmp) {
    case Figure::Cmp::Gt:
        return v > t;
    case Figure::Cmp::Le:
        return v <= t;
    case Figure::Cmp::Lt:
        return v < t;
    case Figure::Cmp::Range:
        return v >= t;
    case Figure::Cmp::Approx:
        return v >= t - 0.05 * std::abs(t);
    case Figure::Cmp::Eq:
    case Figure::Cmp::Ge:
        break;
    }
    return v >= t;
}

QString placedRegion(const IndicatorInputs &in, const Commitment &c)
{
    const QString written = in.regionOf(c).trimmed();
    const QString known = Gazetteer::canonical(written);
    return known.isEmpty() ? written : known;
}

QString indicatorName(const IndicatorInputs &in, const Commitment &c)
{
    for (const Indicator &i : in.indicators)
        if (i.id == c.indicatorId)
            return i.name;
    return c.figure.metric;
}

QString documentName(const IndicatorInputs &in, qint64 documentId)
{
    return in.documentNames.value(documentId);
}

const Commitment *preferred(const IndicatorInputs &in, const QList<const Commitment *> &candidates)
{
    const Commitment *best = nullptr;
    const auto key = [&](const Commitment *c) {
        const bool user = c->confirmed || c->userCorrected || c->userAdded;
        return std::make_tuple(user, in.documentDates.value(c->documentId), c->id);
    };
    for (const Commitment *c : candidates)
        if (!best || key(best) < key(c))
            best = c;
    return best;
}

QDate referenceDate(const IndicatorInputs &in, const Commitment &reported)
{
    const QDate doc = in.documentDates.value(reported.documentId);
    if (!reported.figure.year)
        return doc;
    const QDate yearEnd(*reported.figure.year, 12, 31);
    return doc.isValid() && doc < yearEnd ? doc : yearEnd;
}

QString plainNumber(double v)
{
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15)
        return QString::number(qint64(std::llround(v)));
    QString s = QString::number(v, 'f', 6);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

} // namespace plens::analysis
