#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace plens {

// Installs the application's translator (embedded .qm under :/i18n) and Qt's own for `locale`.
// Simplified Chinese for any Chinese locale, English otherwise. Returns the UI language chosen
// ("zh_CN" or "en").
QString installTranslators(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace plens
