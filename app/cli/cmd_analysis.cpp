// policylens-cli cascade / radar / diff: the questions asked across documents (core/analysis).
#include "analysis/cascade.h"
#include "analysis/radar.h"
#include "analysis/revisions.h"
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <optional>

namespace plens::cli {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

void printCsv(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(csvField(f));
    out() << quoted.join(u',') << '\n';
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
}

// The options the three commands share; parses them and opens the workspace.
struct Common
{
    QCommandLineParser parser;
    QCommandLineOption workspace {QStringLiteral("workspace"),
                                  QCoreApplication::translate("plens::cli", "the workspace file (.plens)"),
                                  QStringLiteral("file")};
    QCommandLineOption format {QStringLiteral("format"),
                               QCoreApplication::translate("plens::cli", "output format: jsonl or csv"),
                               QStringLiteral("format"), QStringLiteral("jsonl")};
    QCommandLineOption asOf {QStringLiteral("as-of"),
                             QCoreApplication::translate("plens::cli", "the date to judge on (default: today)"),
                             QStringLiteral("YYYY-MM-DD")};
    QDate date = QDate::currentDate();
    bool csv = false;

    std::optional<int> parse(const QString &name, const QStringList &args)
    {
        parser.addOptions({workspace, format, asOf});
        if (!parser.parse(QStringList {name} + args))
            return usageError(parser.errorText());
        if (!parser.isSet(workspace))
            return usageError(QCoreApplication::translate("plens::cli", "%1 needs --workspace FILE").arg(name));
        const QString fmt = parser.value(format);
        if (fmt != QLatin1String("jsonl") && fmt != QLatin1String("csv"))
            return usageError(
                QCoreApplication::translate("plens::cli", "unknown format '%1' (use jsonl or csv)").arg(fmt));
        csv = fmt == QLatin1String("csv");
        if (parser.isSet(asOf)) {
            date = QDate::fromString(parser.value(asOf), Qt::ISODate);
            if (!date.isValid())
                return usageError(QCoreApplication::translate("plens::cli", "'%1' is not a date (use YYYY-MM-DD)")
                                      .arg(parser.value(asOf)));
        }
        return std::nullopt;
    }
};

} // namespace

int runCascade(const QStringList &args)
{
    Common c;
    const QCommandLineOption indicator(
        QStringLiteral("indicator"),
        QCoreApplication::translate("plens::cli", "only this indicator (its name or one of its aliases)"),
        QStringLiteral("name"));
    c.parser.addOption(indicator);
    if (auto code = c.parse(QStringLiteral("cascade"), args))
        return *code;
    auto ws = openExistingWorkspace(c.parser.value(c.workspace));
    if (!ws)
        return fail(ws.error());
    const IndicatorInputs in = IndicatorInputs::load(**ws, c.date);
    if (c.parser.isSet(indicator) && !findIndicator(in.indicators, c.parser.value(indicator)))
        return fail(Error {QDir::toNativeSeparators(c.parser.value(c.workspace)),
                           QCoreApplication::translate("plens::cli", "no indicator named '%1' (see 'chart --list')")
                               .arg(c.parser.value(indicator))});
    const analysis::CascadeReport report = analysis::Cascade::check(in, c.parser.value(indicator));
    if (c.csv) {
        printCsv(analysis::Cascade::csvHeader());
        for (const QStringList &row : analysis::Cascade::csvRows(report))
            printCsv(row);
    } else {
        for (const analysis::CascadeNode &n : report.nodes) {
            printJson(analysis::Cascade::toJson(n));
            for (const analysis::CascadeChild &child : n.children)
                printJson(analysis::Cascade::toJson(n, child));
        }
        for (const analysis::UnplacedTarget &u : report.unplaced)
            printJson(analysis::Cascade::toJson(u));
    }
    out().flush();
    return Success;
}

int runRadar(const QStringList &args)
{
    Common c;
    const QCommandLineOption age(
        QStringLiteral("max-age"),
        QCoreApplication::translate("plens::cli", "a latest value older than this many months is stale (default: 12)"),
        QStringLiteral("months"), QStringLiteral("12"));
    const QCommandLineOption flaggedOnly(QStringLiteral("flagged"),
                                         QCoreApplication::translate("plens::cli", "only targets that need attention"));
    c.parser.addOptions({age, flaggedOnly});
    if (auto code = c.parse(QStringLiteral("radar"), args))
        return *code;
    bool ok = false;
    const int months = c.parser.value(age).toInt(&ok);
    if (!ok || months <= 0)
        return usageError(QCoreApplication::translate("plens::cli", "--max-age takes a number of months, not '%1'")
                              .arg(c.parser.value(age)));
    auto ws = openExistingWorkspace(c.parser.value(c.workspace));
    if (!ws)
        return fail(ws.error());
    analysis::RadarOptions options;
    options.asOf = c.date;
    options.staleMonths = months;
    const analysis::RadarReport report = analysis::Radar::scan(IndicatorInputs::load(**ws, c.date), options);
    if (c.csv)
        printCsv(analysis::Radar::csvHeader());
    for (const analysis::RadarItem &item : report.items) {
        if (c.parser.isSet(flaggedOnly) && !item.flagged())
            continue;
        if (c.csv)
            printCsv(analysis::Radar::csvRow(item));
        else
            printJson(analysis::Radar::toJson(item));
    }
    out().flush();
    return Success;
}

int runDiff(const QStringList &args)
{
    Common c;
    const QCommandLineOption oldId(QStringLiteral("old"),
                                   QCoreApplication::translate("plens::cli", "the older version's document id"),
                                   QStringLiteral("id"));
    const QCommandLineOption newId(QStringLiteral("new"),
                                   QCoreApplication::translate("plens::cli", "the newer version's document id"),
                                   QStringLiteral("id"));
    const QCommandLineOption detect(
        QStringLiteral("detect"),
        QCoreApplication::translate("plens::cli", "list the pairs of documents that look like versions of one plan"));
    c.parser.addOptions({oldId, newId, detect});
    if (auto code = c.parse(QStringLiteral("diff"), args))
        return *code;
    if (!c.parser.isSet(detect) && (!c.parser.isSet(oldId) || !c.parser.isSet(newId)))
        return usageError(QCoreApplication::translate("plens::cli", "diff needs --old ID and --new ID (or --detect)"));
    auto ws = openExistingWorkspace(c.parser.value(c.workspace));
    if (!ws)
        return fail(ws.error());
    auto docs = analysis::Revisions::documents(**ws);
    if (!docs)
        return fail(docs.error());
    if (c.parser.isSet(detect)) {
        for (const analysis::VersionPair &p : analysis::Revisions::detect(*docs)) {
            QJsonObject o;
            o.insert(QStringLiteral("old"), p.oldId);
            o.insert(QStringLiteral("new"), p.newId);
            o.insert(QStringLiteral("title_similarity"), p.titleSimilarity);
            o.insert(QStringLiteral("text_similarity"), p.textSimilarity);
            o.insert(QStringLiteral("rule"), p.rule);
            if (c.csv)
                printCsv({QString::number(p.oldId), QString::number(p.newId), QString::number(p.titleSimilarity),
                          QString::number(p.textSimilarity), p.rule});
            else
                printJson(o);
        }
        out().flush();
        return Success;
    }
    const auto find = [&](const QString &id) -> const analysis::VersionDocument * {
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        for (const analysis::VersionDocument &d : std::as_const(*docs))
            if (ok && d.id == n)
                return &d;
        return nullptr;
    };
    const analysis::VersionDocument *older = find(c.parser.value(oldId));
    const analysis::VersionDocument *newer = find(c.parser.value(newId));
    if (!older || !newer || older == newer)
        return usageError(
            QCoreApplication::translate("plens::cli", "--old and --new take two different document ids (see 'list')"));
    const analysis::RevisionDiff diff = analysis::Revisions::diff(IndicatorInputs::load(**ws, c.date), *older, *newer);
    if (c.csv)
        printCsv(analysis::Revisions::csvHeader());
    for (const analysis::RevisionChange &change : diff.changes) {
        if (c.csv)
            printCsv(analysis::Revisions::csvRow(diff, change));
        else
            printJson(analysis::Revisions::toJson(diff, change));
    }
    err() << QCoreApplication::translate("plens::cli", "%1 change(s), %2 target(s) unchanged")
                 .arg(diff.changes.size())
                 .arg(diff.unchanged)
          << Qt::endl;
    out().flush();
    return Success;
}

} // namespace plens::cli
