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

    // Dates, numbers and Qt's own dialogs follow the UI language.
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    if (chinese) {
        // Qt's own strings (file dialogs, message box buttons, print dialogs): where Qt keeps them, else
        // beside the program (a deployed Windows installation: <app>/translations).
        const QString appDir = QCoreApplication::applicationDirPath();
        const QStringList dirs {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                appDir + QStringLiteral("/translations"),
                                appDir + QStringLiteral("/../share/qt6/translations")};
        for (const QString &dir : dirs) {
            auto *qt = new QTranslator(&app);
            if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                         dir)) {
                QCoreApplication::installTranslator(qt);
                break;
            }
            delete qt;
        }
    }
    return lang;
}

} // namespace plens
