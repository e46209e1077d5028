// policylens-cli chart: one indicator's chart as PNG, SVG or a PDF page (drawn by app/charts).
#include "charts/chartoutput.h"
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "extract/indicators.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plens::cli {

int runChart(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), workspaceHelp(), QStringLiteral("file"));
    const QCommandLineOption indicator(
        QStringLiteral("indicator"),
        QCoreApplication::translate("plens::cli", "the indicator to chart (its name or one of its aliases)"),
        QStringLiteral("name"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     QCoreApplication::translate("plens::cli", "the file to write: .png, .svg or .pdf"),
                                     QStringLiteral("file"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QCoreApplication::translate("plens::cli", "chart over time or by region"),
                                QStringLiteral("time|region"), QStringLiteral("time"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        QCoreApplication::translate("plens::cli", "the date progress is judged on and printed (default: today)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QCoreApplication::translate("plens::cli", "list the indicators instead"));
    parser.addOptions({workspace, indicator, outFile, by, date, list});
    if (!parser.parse(QStringList {QStringLiteral("chart")} + args))
        return usageError(parser.errorText());
    if (!parser.isSet(workspace))
        return usageError(QCoreApplication::translate("plens::cli", "chart needs --workspace FILE"));
    if (!parser.isSet(list) && (!parser.isSet(indicator) || !parser.isSet(outFile)))
        return usageError(QCoreApplication::translate(
            "plens::cli", "chart needs --indicator NAME and --out FILE.png|FILE.svg|FILE.pdf (or --list)"));
    const QString mode = parser.value(by);
    if (mode != QLatin1String("time") && mode != QLatin1String("region"))
        return usageError(
            QCoreApplication::translate("plens::cli", "--by takes 'time' or 'region', not '%1'").arg(mode));
    QDate today = QDate::currentDate();
    if (parser.isSet(date)) {
        today = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!today.isValid())
            return usageError(QCoreApplication::translate("plens::cli", "'%1' is not a date (use YYYY-MM-DD)")
                                  .arg(parser.value(date)));
    }
    const QString outPath = parser.value(outFile);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (!parser.isSet(list) && suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf"))
        return usageError(QCoreApplication::translate("plens::cli", "the output must end in .png, .svg or .pdf"));

    auto ws = openExistingWorkspace(parser.value(workspace));
    if (!ws)
        return fail(ws.error());
    const IndicatorInputs inputs = IndicatorInputs::load(**ws, today);
    if (parser.isSet(list)) {
        for (const IndicatorData &d : collectIndicators(inputs))
            out() << d.indicator.name << '\t'
                  << QCoreApplication::translate("plens::cli", "%1 target(s), %2 reported value(s)")
                         .arg(d.targets.size())
                         .arg(d.reported.size())
                  << '\n';
        out().flush();
        return Success;
    }
    const std::optional<IndicatorData> data = collectIndicator(inputs, parser.value(indicator));
    if (!data)
        return fail(
            Error {QDir::toNativeSeparators(parser.value(workspace)),
                   QCoreApplication::translate("plens::cli", "no indicator named '%1' has figures (see 'chart --list')")
                       .arg(parser.value(indicator))});
    charts::ChartOptions options;
    options.mode = mode == QLatin1String("region") ? charts::ChartMode::ByRegion : charts::ChartMode::ByTime;
    if (Status s = charts::ChartOutput::write(*data, options, outPath, today); !s)
        return fail(s.error());
    out() << QDir::toNativeSeparators(outPath) << ": " << data->indicator.name << ", "
          << QCoreApplication::translate("plens::cli", "%1 target(s), %2 reported value(s)")
                 .arg(data->targets.size())
                 .arg(data->reported.size())
          << Qt::endl;
    return Success;
}

} // namespace plens::cli
