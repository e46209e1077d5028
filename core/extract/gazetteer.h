#pragma once

#include <QString>
#include <QStringView>

namespace plens {

// China's provincial-level regions and prefecture-level cities, with their short forms (南京 → 南京市,
// 江苏 / 苏 → 江苏省), from the official administrative division list (2023), written out for
// PolicyLens. Autonomous prefectures and leagues are included where they are commonly named.
class Gazetteer
{
public:
    struct Match
    {
        qsizetype start = -1;
        qsizetype length = 0;
        QString region; // the full name, e.g. 南京市
    };

    // The full name of `name` (a full or short form of a region), or "" when it is not one.
    static QString canonical(QStringView name);
    // The province a region belongs to ("" for a province itself or an unknown name).
    static QString provinceOf(const QString &region);
    // Whether `inner` lies inside `outer` (a city in its province, or the same region).
    static bool contains(const QString &outer, const QString &inner);
    // The longest region name starting at `pos` (full names before short forms), if any.
    static Match matchAt(QStringView text, qsizetype pos);
    // Whether a region name may start with `c` (a cheap test before matchAt).
    static bool mayStart(QChar c);
    // The first region named in `text` (scanning left to right).
    static Match find(QStringView text);
    // Whether the region is a province-level one.
    static bool isProvince(const QString &region);
};

} // namespace plens
