// policylens-cli info FILE [--format json|text] [--password P]: prints a document's metadata.
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "import/importer.h"
#include "import/ofdpackage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plens::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption password(QStringLiteral("password"),
                                      QCoreApplication::translate("plens::cli", "password of an encrypted PDF"),
                                      QStringLiteral("password"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("plens::cli", "output format: json or text"),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(password);
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("plens::cli", "the document"));
    if (!parser.parse(QStringList {QStringLiteral("info")} + args))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("plens::cli", "info takes exactly one FILE"));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("text"))
        return usageError(QCoreApplication::translate("plens::cli", "unknown format '%1' (use json or text)").arg(fmt));
    const auto doc = importForCli(files.first(), parser.value(password));
    if (!doc)
        return fail(doc.error());
    const DocumentMeta &m = doc->meta;
    QJsonObject o;
    o.insert(QStringLiteral("file"), files.first());
    o.insert(QStringLiteral("format"), formatName(doc->format));
    o.insert(QStringLiteral("title"), m.title);
    o.insert(QStringLiteral("issuer"), m.issuer);
    o.insert(QStringLiteral("number"), m.docNumber);
    o.insert(QStringLiteral("date"), m.date.isValid() ? m.date.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("region"), m.region);
    o.insert(QStringLiteral("type"), m.docType);
    o.insert(QStringLiteral("characters"), doc->displayText.size());
    o.insert(QStringLiteral("pages"), doc->pageSizes.size());
    o.insert(QStringLiteral("tables"), doc->tables.size());
    QJsonArray recognised;
    for (int page : doc->recognisedPages)
        recognised.append(page + 1);
    o.insert(QStringLiteral("recognisedPages"), recognised);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(doc->warnings));
    // OFD: electronic seals and signatures present (recorded, not verified).
    int signatures = 0;
    if (doc->format == SourceFormat::Ofd)
        if (const auto sigs = ofd::readSignatures(doc->fileName, doc->originalBytes); sigs.ok())
            signatures = int(sigs->size());
    o.insert(QStringLiteral("signatures"), signatures);
    o.insert(QStringLiteral("contentHash"), QString::fromLatin1(doc->contentHash.toHex()));
    if (fmt == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    const QStringList keys
        = {QStringLiteral("file"),       QStringLiteral("format"),     QStringLiteral("title"),
           QStringLiteral("issuer"),     QStringLiteral("number"),     QStringLiteral("date"),
           QStringLiteral("region"),     QStringLiteral("type"),       QStringLiteral("characters"),
           QStringLiteral("pages"),      QStringLiteral("tables"),     QStringLiteral("recognisedPages"),
           QStringLiteral("signatures"), QStringLiteral("contentHash")};
    for (const QString &k : keys)
        out() << k << ": "
              << (o.value(k).isArray() ? o.value(k).toVariant().toStringList().join(u',')
                                       : o.value(k).toVariant().toString())
              << '\n';
    out().flush();
    return Success;
}

} // namespace plens::cli
