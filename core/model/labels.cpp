#include "model/labels.h"

#include <cmath>

namespace plens {

QString Labels::kind(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Target:
        return tr("Target");
    case Figure::Kind::Reported:
        return tr("Reported");
    case Figure::Kind::Forecast:
        return tr("Forecast");
    case Figure::Kind::Parameter:
        return tr("Parameter");
    }
    return {};
}

QString Labels::cmp(Figure::Cmp cmp)
{
    switch (cmp) {
    case Figure::Cmp::Eq:
        return QStringLiteral("=");
    case Figure::Cmp::Ge:
        return QStringLiteral("≥");
    case Figure::Cmp::Gt:
        return QStringLiteral(">");
    case Figure::Cmp::Le:
        return QStringLiteral("≤");
    case Figure::Cmp::Lt:
        return QStringLiteral("<");
    case Figure::Cmp::Range:
        return QStringLiteral("–");
    case Figure::Cmp::Approx:
        return QStringLiteral("≈");
    }
    return {};
}

QString Labels::status(TargetStatus status)
{
    // The words of the judged states (extract/linker.h stateName()): one vocabulary for what the rule
    // judges and what an officer sets instead.
    switch (status) {
    case TargetStatus::None:
        return tr("As judged");
    case TargetStatus::NotStarted:
        return tr("No data");
    case TargetStatus::InProgress:
        return tr("On track");
    case TargetStatus::Done:
        return tr("Met");
    case TargetStatus::AtRisk:
        return tr("At risk");
    case TargetStatus::Missed:
        return tr("Missed");
    }
    return {};
}

QList<TargetStatus> Labels::statuses()
{
    return {TargetStatus::None,   TargetStatus::Done,   TargetStatus::InProgress,
            TargetStatus::AtRisk, TargetStatus::Missed, TargetStatus::NotStarted};
}

QString Labels::number(double value, bool chinese)
{
    const auto plain = [](double v) {
        // Up to 4 significant decimals, no trailing zeros, '.' as the decimal point.
        QString s = QString::number(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 4);
        if (s.contains(u'.')) {
            while (s.endsWith(u'0'))
                s.chop(1);
            if (s.endsWith(u'.'))
                s.chop(1);
        }
        return s;
    };
    const double a = std::abs(value);
    if (chinese) {
        if (a >= 1e12 && std::fmod(a, 1e8) == 0)
            return plain(value / 1e12) + QStringLiteral("万亿");
        if (a >= 1e8)
            return plain(value / 1e8) + QStringLiteral("亿");
        if (a >= 1e4)
            return plain(value / 1e4) + QStringLiteral("万");
        return plain(value);
    }
    if (a >= 1e4 && std::abs(value - std::round(value)) < 1e-9) {
        QString digits = QString::number(qint64(std::llround(a)));
        for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, u',');
        return value < 0 ? QStringLiteral("-") + digits : digits;
    }
    return plain(value);
}

namespace {
// Up to `decimals` decimals, no trailing zeros, '.' as the decimal point.
QString trimmed(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString withUnit(const QString &number, const QString &unit)
{
    if (unit == QStringView(u"百分点"))
        return number + QStringLiteral("个百分点");
    return number + unit;
}
} // namespace

QString Labels::amount(double value, const QString &unit)
{
    const double a = std::abs(value);
    QString n;
    if (a >= 1e12)
        n = trimmed(value / 1e12, 2) + QStringLiteral("万亿");
    else if (a >= 1e8)
        n = trimmed(value / 1e8, 2) + QStringLiteral("亿");
    else if (a >= 1e4)
        n = trimmed(value / 1e4, 2) + QStringLiteral("万");
    else
        n = trimmed(value, 4);
    return withUnit(n, unit);
}

QString Labels::exact(double value, const QString &unit)
{
    QString n = number(value, false);
    if (n.contains(u'e')) // beyond what qint64 holds
        n = QString::number(value, 'f', 0);
    if (unit.isEmpty())
        return n;
    return unit == QLatin1String("%") ? QString(n + unit) : QString(n + u' ' + unit);
}

QString Labels::value(const Figure &f)
{
    if (f.valueMax && (f.cmp == Figure::Cmp::Range || *f.valueMax != f.value))
        return amount(f.value, QString()) + QStringLiteral("–") + amount(*f.valueMax, f.unit);
    const QString prefix = f.cmp == Figure::Cmp::Eq ? QString() : cmp(f.cmp) + QStringLiteral(" ");
    return prefix + amount(f.value, f.unit);
}

QString Labels::value(const Figure &f, bool)
{
    return value(f);
}

QString Labels::exactValue(const Figure &f)
{
    if (f.valueMax && (f.cmp == Figure::Cmp::Range || *f.valueMax != f.value))
        return exact(f.value, QString()) + QStringLiteral("–") + exact(*f.valueMax, f.unit);
    const QString prefix = f.cmp == Figure::Cmp::Eq ? QString() : cmp(f.cmp) + QStringLiteral(" ");
    return prefix + exact(f.value, f.unit);
}

} // namespace plens
