#include "import/officeconvert.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace plens {

namespace {

bool executable(const QString &path)
{
    const QFileInfo f(path);
    return f.isFile() && f.isExecutable();
}

// LibreOffice starts helper processes (oosplash, soffice.bin): they all go, not only the first.
void killAll(QProcess &p)
{
    const qint64 pid = p.processId();
#if defined(Q_OS_UNIX)
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL); // the process group setsid() made for it
#elif defined(Q_OS_WIN)
    if (pid > 0)
        QProcess::execute(QStringLiteral("taskkill"),
                          {QStringLiteral("/PID"), QString::number(pid), QStringLiteral("/T"), QStringLiteral("/F")});
#endif
    p.kill();
    p.waitForFinished(5000);
}

} // namespace

QString findSoffice()
{
    if (qEnvironmentVariableIsSet("PLENS_SOFFICE")) {
        const QString chosen = qEnvironmentVariable("PLENS_SOFFICE");
        return executable(chosen) ? chosen : QString();
    }
#ifdef Q_OS_WIN
    // soffice.com is the console launcher: it waits for the conversion and passes on its output.
    const QStringList names = {QStringLiteral("soffice.com"), QStringLiteral("soffice.exe")};
#else
    const QStringList names = {QStringLiteral("soffice"), QStringLiteral("libreoffice")};
#endif
    for (const QString &n : names) {
        const QString onPath = QStandardPaths::findExecutable(n);
        if (!onPath.isEmpty())
            return onPath;
    }
    QStringList folders;
#if defined(Q_OS_WIN)
    for (const char *var : {"ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"}) {
        const QString base = qEnvironmentVariable(var);
        if (base.isEmpty())
            continue;
        const QDir dir(base);
        for (const QString &sub :
             dir.entryList({QStringLiteral("LibreOffice*")}, QDir::Dirs, QDir::Name | QDir::Reversed))
            folders << dir.filePath(sub + QStringLiteral("/program"));
    }
    folders << QStringLiteral("C:/Program Files/LibreOffice/program")
            << QStringLiteral("C:/Program Files (x86)/LibreOffice/program");
#elif defined(Q_OS_MACOS)
    folders << QStringLiteral("/Applications/LibreOffice.app/Contents/MacOS");
#else
    folders << QStringLiteral("/usr/lib/libreoffice/program") << QStringLiteral("/usr/local/lib/libreoffice/program");
    const QDir opt(QStringLiteral("/opt"));
    for (const QString &sub : opt.entryList({QStringLiteral("libreoffice*")}, QDir::Dirs, QDir::Name | QDir::Reversed))
        folders << opt.filePath(sub + QStringLiteral("/program"));
#endif
    for (const QString &folder : std::as_const(folders))
        for (const QString &n : names)
            if (executable(QDir(folder).filePath(n)))
                return QDir(folder).filePath(n);
    return {};
}

QString sofficeMissingMessage()
{
    return QCoreApplication::translate(
        "plens::import",
        "reading Word 97-2003 (.doc) and WPS (.wps) files needs LibreOffice, which was not found: install "
        "LibreOffice (https://www.libreoffice.org; on Debian or Ubuntu the package libreoffice-writer) and "
        "import the file again, or save it as .docx or PDF first");
}

Result<QByteArray> convertWithSoffice(const QString &fileName, const QByteArray &bytes, const QString &suffix,
                                      const QString &target, const ConvertOptions &options)
{
    const QString soffice = options.soffice.isEmpty() ? findSoffice() : options.soffice;
    if (soffice.isEmpty())
        return Error {fileName, sofficeMissingMessage()};
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error {
            fileName,
            QCoreApplication::translate("plens::import", "cannot make a temporary folder for the conversion: %1")
                .arg(dir.errorString())};
    const QString input = dir.filePath(QStringLiteral("source.") + suffix);
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return Error {fileName,
                          QCoreApplication::translate("plens::import", "cannot write the file for the conversion: %1")
                              .arg(f.errorString())};
    }
    const QString outDir = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(outDir);
    // A profile of its own: no clash with a LibreOffice the user has open, nothing left in theirs.
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();

    QProcess p;
    p.setProgram(soffice);
    p.setArguments({QStringLiteral("--headless"), QStringLiteral("--invisible"), QStringLiteral("--nologo"),
                    QStringLiteral("--norestore"), QStringLiteral("--nolockcheck"), QStringLiteral("--nodefault"),
                    QStringLiteral("--nofirststartwizard"), QStringLiteral("-env:UserInstallation=") + profile,
                    QStringLiteral("--convert-to"), target, QStringLiteral("--outdir"), outDir, input});
    p.setWorkingDirectory(dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_UNIX
    p.setChildProcessModifier([] { ::setsid(); });
#endif
    p.start();
    if (!p.waitForStarted(30000))
        return Error {fileName,
                      QCoreApplication::translate("plens::import", "LibreOffice (%1) could not be started: %2")
                          .arg(soffice, p.errorString())};
    QElapsedTimer timer;
    timer.start();
    while (!p.waitForFinished(100)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (options.cancelled && options.cancelled()) {
            killAll(p);
            return Error {fileName, QCoreApplication::translate("plens::import", "the conversion was cancelled")};
        }
        if (timer.elapsed() > options.timeoutMs) {
            killAll(p);
            return Error {fileName,
                          QCoreApplication::translate(
                              "plens::import", "LibreOffice did not finish converting the file within %1 seconds")
                              .arg(options.timeoutMs / 1000)};
        }
    }
    const QString output = QDir(outDir).filePath(QStringLiteral("source.") + target);
    QFile f(output);
    if (!f.open(QIODevice::ReadOnly)) {
        QString said = QString::fromLocal8Bit(p.readAll()).simplified();
        if (said.size() > 200)
            said = said.left(200) + QStringLiteral("…");
        return Error {
            fileName,
            said.isEmpty()
                ? QCoreApplication::translate("plens::import", "LibreOffice could not convert the file (exit code %1)")
                      .arg(p.exitCode())
                : QCoreApplication::translate("plens::import", "LibreOffice could not convert the file (%1)")
                      .arg(said)};
    }
    return f.readAll();
}

} // namespace plens
