// policylens: the GUI. Thin: application setup, then the main window on the last or default workspace.
#include "i18n.h"
#include "ui/appsettings.h"
#include "ui/firstrun.h"
#include "ui/mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationVersion(QStringLiteral(PLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.policylens.PolicyLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/policylens.svg")));
    plens::ui::AppSettings settings;
    const QString language = settings.language();
    plens::installTranslators(app, language.isEmpty() ? QLocale::system() : QLocale(language));
    plens::ui::MainWindow window(settings);

    // A workspace given on the command line (file association), else the last one, else the default
    // workspace with the built-in samples.
    const QStringList args = QApplication::arguments();
    QString path = args.size() > 1 ? args.at(1) : settings.lastWorkspace();
    if (!path.isEmpty() && (args.size() > 1 || QFileInfo::exists(path))) {
        window.openWorkspace(path);
    } else if (auto ws = plens::ui::openDefaultWorkspace()) {
        window.setWorkspace(std::move(*ws));
    } else {
        window.openWorkspace(plens::ui::defaultWorkspacePath()); // shows the error
    }
    window.show();
    return QApplication::exec();
}
