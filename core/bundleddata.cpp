#include "bundleddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plens {

namespace {

// What a complete data set holds (a folder without it is not taken).
QString markerOf(const QString &name)
{
    if (name == QLatin1String("poppler"))
        return QStringLiteral("cMap");
    if (name == QLatin1String("tessdata"))
        return QStringLiteral("chi_sim.traineddata");
    return {};
}

} // namespace

QString bundledDataDir(const QString &name)
{
    const QString exe = QCoreApplication::applicationDirPath();
    if (exe.isEmpty())
        return {};
    const QStringList candidates {exe + QStringLiteral("/../share/") + name, exe + QStringLiteral("/share/") + name};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate + u'/' + markerOf(name)))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

QList<BundledData> bundledData()
{
    QList<BundledData> out;
    for (const QString &name : {QStringLiteral("poppler"), QStringLiteral("tessdata")})
        out.append(BundledData {name, bundledDataDir(name)});
    return out;
}

} // namespace plens
