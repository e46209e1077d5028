#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace plens {

QString installTranslators(QCoreApplication &app, const QLocale &locale)
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString lang = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/policylens_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    if (chinese) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return lang;
}

} // namespace plens
