// policylens: the GUI. Thin: application setup, one window per user, then the main window on the
// last or default workspace, with the files given on the command line.
#include "i18n.h"
#include "store/serveraddress.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
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

    // Files: a workspace (.plens, or a team workspace's postgresql:// URL) or documents (double-click, Open With, a
    // drop on the icon).
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("plens::ui", "workspaces or documents to open"),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);
    QStringList files;
    for (const QString &f : parser.positionalArguments())
        files << (plens::ServerAddress::isUrl(f) ? f : QFileInfo(f).absoluteFilePath());

    // A PolicyLens already running for this user takes the files and comes forward.
    const QString key = plens::ui::SingleInstance::defaultKey();
    if (plens::ui::SingleInstance::handOver(key, files))
        return 0;
    plens::ui::SingleInstance instance;
    instance.listen(key);

    plens::ui::MainWindow window(settings);
    QObject::connect(&instance, &plens::ui::SingleInstance::filesReceived, &window, [&window](const QStringList &f) {
        window.openArguments(f);
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.raise();
        window.activateWindow();
    });
    window.show();
    // A workspace named on the command line opens instead of the last one.
    const bool namesWorkspace = std::any_of(files.cbegin(), files.cend(), [](const QString &f) {
        return f.endsWith(QLatin1String(".plens"), Qt::CaseInsensitive) || plens::ServerAddress::isUrl(f);
    });
    if (!namesWorkspace)
        window.openStartupWorkspace();
    window.openArguments(files);
    return QApplication::exec();
}
