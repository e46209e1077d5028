#pragma once

#include <QString>
#include <QStringList>
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

    // The hierarchy, for comparing a region's figures with those of the regions inside it. The table
    // knows two levels: provinces and their prefecture-level cities. Districts and counties are not in
    // it: a caller lists them as unplaced rather than guessing where they belong.
    enum class Level { Unknown, Province, Prefecture };
    static Level level(const QString &region);
    // The region directly above `region` (a city's province); "" for a province or an unknown name.
    static QString parentOf(const QString &region);
    // The regions directly below `region` (a province's cities, in the official order); empty for a
    // city, a municipality (its districts are not in the table) or an unknown name.
    static QStringList childrenOf(const QString &region);
};

} // namespace plens
