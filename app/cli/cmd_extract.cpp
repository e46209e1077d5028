// policylens-cli extract FILE... [--format jsonl|csv] [--date YYYY-MM-DD] [--password P]: the figures
// of documents in any importable format, one record per line (../shared/DESIGN.md's contract).
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "extract/extract.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

int runExtract(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("plens::cli", "output format: jsonl or csv"),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        QCoreApplication::translate("plens::cli",
                                    "the document date for relative times (YYYY-MM-DD), when its metadata has none"),
        QStringLiteral("date"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QCoreApplication::translate("plens::cli", "password of an encrypted PDF"),
                                      QStringLiteral("password"));
    parser.addOption(format);
    parser.addOption(date);
    parser.addOption(password);
    if (!parser.parse(QStringList {QStringLiteral("extract")} + args))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QCoreApplication::translate("plens::cli", "extract needs at least one FILE"));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("jsonl") && fmt != QLatin1String("csv"))
        return usageError(QCoreApplication::translate("plens::cli", "unknown format '%1' (use jsonl or csv)").arg(fmt));
    QDate fallbackDate;
    if (parser.isSet(date)) {
        fallbackDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!fallbackDate.isValid())
            return usageError(
                QCoreApplication::translate("plens::cli", "--date needs YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }
    if (fmt == QLatin1String("csv"))
        out() << "doc,kind,value,value_max,cmp,unit,year,metric,scope,hedge,agencies,text,start,end\n";
    int failed = 0;
    for (const QString &file : files) {
        const auto doc = importForCli(file, parser.value(password), false); // figures only: no content hash
        if (!doc) {
            // One bad file does not stop the others; the exit code tells.
            err() << doc.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        ExtractContext ctx = ExtractContext::fromDocument(*doc);
        if (!ctx.documentDate.isValid())
            ctx.documentDate = fallbackDate;
        for (const Figure &f : extractFigures(doc->displayText, ctx)) {
            if (fmt == QLatin1String("jsonl")) {
                QJsonObject o = f.toJson();
                o.insert(QStringLiteral("doc"), file);
                out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            } else {
                const QStringList row {file,
                                       Figure::kindName(f.kind),
                                       number(f.value),
                                       f.valueMax ? number(*f.valueMax) : QString(),
                                       Figure::cmpName(f.cmp),
                                       f.unit,
                                       f.year ? QString::number(*f.year) : QString(),
                                       f.metric,
                                       f.scope,
                                       f.hedge,
                                       f.agencies.join(u'、'),
                                       f.text,
                                       QString::number(f.start),
                                       QString::number(f.end)};
                QStringList fields;
                for (const QString &s : row)
                    fields << csvField(s);
                out() << fields.join(u',') << '\n';
            }
        }
    }
    out().flush();
    return failed ? Failure : Success;
}

} // namespace plens::cli
