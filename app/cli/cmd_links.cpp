// policylens-cli links FILE... --format jsonl: suggested links between the targets and the reported
// figures of documents, as {"target": ITEM, "reported": ITEM, "score": x}.
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "extract/extract.h"
#include "extract/linker.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace plens::cli {

int runLinks(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("plens::cli", "output format: jsonl"),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    parser.addOption(format);
    if (!parser.parse(QStringList {QStringLiteral("links")} + args))
        return usageError(parser.errorText());
    if (parser.value(format) != QLatin1String("jsonl"))
        return usageError(
            QCoreApplication::translate("plens::cli", "unknown format '%1' (use jsonl)").arg(parser.value(format)));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QCoreApplication::translate("plens::cli", "links needs at least one FILE"));
    QList<Figure> figures;
    QStringList docs;
    int failed = 0;
    for (const QString &file : files) {
        const auto doc = importForCli(file);
        if (!doc) {
            err() << doc.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        for (const Figure &f : extractFigures(*doc)) {
            figures.append(f);
            docs.append(file);
        }
    }
    const auto item = [&](qsizetype i) {
        QJsonObject o = figures.at(i).toJson();
        o.insert(QStringLiteral("doc"), docs.at(i));
        return o;
    };
    for (const LinkSuggestion &s : suggestLinks(figures)) {
        QJsonObject o;
        o.insert(QStringLiteral("target"), item(s.target));
        o.insert(QStringLiteral("reported"), item(s.reported));
        o.insert(QStringLiteral("score"), std::round(s.score * 1000) / 1000);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    out().flush();
    return failed ? Failure : Success;
}

} // namespace plens::cli
