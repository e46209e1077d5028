// policylens-cli: the command line. Thin: parses the first argument and hands over to a Command.
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "i18n.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace plens;
using namespace plens::cli;

namespace {

void printHelp()
{
    out() << QCoreApplication::translate("plens::cli", "Usage: policylens-cli COMMAND [OPTIONS] [FILE...]") << "\n\n"
          << QCoreApplication::translate("plens::cli",
                                         "Reads Chinese policy documents and their quantified commitments.")
          << "\n\n"
          << QCoreApplication::translate("plens::cli", "Options:") << '\n'
          << "  --help      " << QCoreApplication::translate("plens::cli", "show this help and exit") << '\n'
          << "  --version   " << QCoreApplication::translate("plens::cli", "show the version and exit") << '\n';
    const auto cmds = commands();
    if (!cmds.empty()) {
        out() << '\n' << QCoreApplication::translate("plens::cli", "Commands:") << '\n';
        for (const auto &c : cmds) {
            out() << "  " << QString::fromUtf8(c.synopsis) << '\n'
                  << "      " << QCoreApplication::translate("plens::cli", c.summary) << '\n';
        }
    }
    out().flush();
}

#ifndef Q_OS_WIN
// Without XDG_RUNTIME_DIR (a cron job, a service, sudo, a container) Qt falls back to
// <temp>/runtime-<user> and says so on standard error for every command that opens a GUI platform;
// a tool's output must not carry that. Give Qt that same private folder, made as Qt would make it.
void quietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    const QString dir
        = QDir::temp().filePath(QStringLiteral("runtime-%1").arg(user.isEmpty() ? QStringLiteral("policylens") : user));
    if (!QDir().mkpath(dir))
        return;
    const QFileInfo info(dir);
    if (!info.isWritable() || info.ownerId() != QFileInfo(QDir::homePath()).ownerId())
        return; // someone else's folder: let Qt decide (and say so)
    QFile::setPermissions(dir,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
                              | QFile::ExeUser);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // Commands that write PDF text need fonts, which only a QGuiApplication has; charts are drawn by
    // Qt Charts, which needs a QApplication. Without a display (a server, CI) they run on the
    // offscreen platform.
    const bool needsWidgets = argc > 1 && (std::strcmp(argv[1], "chart") == 0 || std::strcmp(argv[1], "pack") == 0);
    const bool needsFonts = needsWidgets || (argc > 1 && std::strcmp(argv[1], "export-pdf") == 0);
#ifndef Q_OS_WIN
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    quietRuntimeDir();
#endif
    std::unique_ptr<QCoreApplication> application;
    if (needsWidgets)
        application = std::make_unique<QApplication>(argc, argv);
    else if (needsFonts)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyLens"));
    QCoreApplication::setApplicationName(QStringLiteral("PolicyLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENS_VERSION));
    installTranslators(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usageError(QCoreApplication::translate("plens::cli", "missing command"));

    const QString first = args.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "policylens-cli " << PLENS_VERSION << Qt::endl;
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp();
        return Success;
    }
    for (const auto &c : commands()) {
        if (first == QLatin1String(c.name))
            return c.run(args);
    }
    return usageError(QCoreApplication::translate("plens::cli", "unknown command or option '%1'").arg(first));
}
