// policylens-cli paths [--format text|json]: where this PolicyLens finds what it reads at run time
// (its executable, and the data an installation carries beside it), so an installation can be checked.
#include "bundleddata.h"
#include "cli/cliutil.h"
#include "cli/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace plens::cli {

int runPaths(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("plens::cli", "output format"),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (!parser.parse(QStringList {QStringLiteral("paths")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("plens::cli", "paths takes no files"));
    const QString f = parser.value(format);
    if (f != QLatin1String("text") && f != QLatin1String("json"))
        return usageError(QCoreApplication::translate("plens::cli", "unknown format '%1' (use %2)")
                              .arg(f, QStringLiteral("text, json")));
    const QString exe = QDir::cleanPath(QCoreApplication::applicationDirPath());
    if (f == QLatin1String("json")) {
        QJsonObject o;
        o.insert(QStringLiteral("executable"), exe);
        QJsonObject data;
        for (const BundledData &d : bundledData())
            data.insert(d.name, d.path.isEmpty() ? QJsonValue() : QJsonValue(d.path));
        o.insert(QStringLiteral("data"), data);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    out() << QCoreApplication::translate("plens::cli", "executable") << '\t' << QDir::toNativeSeparators(exe) << '\n';
    for (const BundledData &d : bundledData()) {
        out() << d.name << '\t'
              << (d.path.isEmpty()
                      ? QCoreApplication::translate("plens::cli", "not beside the executable (the system's)")
                      : QDir::toNativeSeparators(d.path))
              << '\n';
    }
    out().flush();
    return Success;
}

} // namespace plens::cli
