#include "model/figure.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace plens {

namespace {
constexpr std::array kKinds {
    std::pair {Figure::Kind::Target, "target"},
    std::pair {Figure::Kind::Reported, "reported"},
    std::pair {Figure::Kind::Forecast, "forecast"},
    std::pair {Figure::Kind::Parameter, "parameter"},
};
constexpr std::array kCmps {
    std::pair {Figure::Cmp::Eq, "eq"},         std::pair {Figure::Cmp::Ge, "ge"},
    std::pair {Figure::Cmp::Gt, "gt"},         std::pair {Figure::Cmp::Le, "le"},
    std::pair {Figure::Cmp::Lt, "lt"},         std::pair {Figure::Cmp::Range, "range"},
    std::pair {Figure::Cmp::Approx, "approx"},
};

template<typename Table, typename E> QString nameOf(const Table &table, E e)
{
    for (const auto &[value, name] : table) {
        if (value == e)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, typename Table> std::optional<E> valueOf(const Table &table, const QString &name)
{
    for (const auto &[value, n] : table) {
        if (name == QLatin1String(n))
            return value;
    }
    return std::nullopt;
}
} // namespace

QString Figure::kindName(Kind k)
{
    return nameOf(kKinds, k);
}
std::optional<Figure::Kind> Figure::kindFromName(const QString &name)
{
    return valueOf<Kind>(kKinds, name);
}
QString Figure::cmpName(Cmp c)
{
    return nameOf(kCmps, c);
}
std::optional<Figure::Cmp> Figure::cmpFromName(const QString &name)
{
    return valueOf<Cmp>(kCmps, name);
}

QJsonObject Figure::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("value_max"), valueMax ? QJsonValue(*valueMax) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("cmp"), cmpName(cmp));
    o.insert(QStringLiteral("unit"), unit);
    o.insert(QStringLiteral("year"), year ? QJsonValue(*year) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("metric"), metric);
    o.insert(QStringLiteral("scope"), scope);
    o.insert(QStringLiteral("hedge"), hedge);
    o.insert(QStringLiteral("agencies"), QJsonArray::fromStringList(agencies));
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("start"), static_cast<qint64>(start));
    o.insert(QStringLiteral("end"), static_cast<qint64>(end));
    return o;
}

std::optional<Figure> Figure::fromJson(const QJsonObject &o)
{
    Figure f;
    const auto k = kindFromName(o.value(QStringLiteral("kind")).toString());
    const auto c = cmpFromName(o.value(QStringLiteral("cmp")).toString());
    if (!k || !c || !o.value(QStringLiteral("value")).isDouble())
        return std::nullopt;
    f.kind = *k;
    f.cmp = *c;
    f.value = o.value(QStringLiteral("value")).toDouble();
    if (o.value(QStringLiteral("value_max")).isDouble())
        f.valueMax = o.value(QStringLiteral("value_max")).toDouble();
    f.unit = o.value(QStringLiteral("unit")).toString();
    if (o.value(QStringLiteral("year")).isDouble())
        f.year = o.value(QStringLiteral("year")).toInt();
    f.metric = o.value(QStringLiteral("metric")).toString();
    f.scope = o.value(QStringLiteral("scope")).toString();
    f.hedge = o.value(QStringLiteral("hedge")).toString();
    const auto agencies = o.value(QStringLiteral("agencies")).toArray();
    for (const auto &a : agencies)
        f.agencies.append(a.toString());
    f.text = o.value(QStringLiteral("text")).toString();
    f.start = o.value(QStringLiteral("start")).toInteger();
    f.end = o.value(QStringLiteral("end")).toInteger();
    return f;
}

} // namespace plens
