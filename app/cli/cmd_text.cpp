// policylens-cli text FILE [--password P]: prints the display text of an imported document.
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace plens::cli {

int runText(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption password(QStringLiteral("password"),
                                      QCoreApplication::translate("plens::cli", "password of an encrypted PDF"),
                                      QStringLiteral("password"));
    parser.addOption(password);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("plens::cli", "the document"));
    if (!parser.parse(QStringList {QStringLiteral("text")} + args))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("plens::cli", "text takes exactly one FILE"));
    const auto doc = importForCli(files.first(), parser.value(password), false); // no content hash: only the text
    if (!doc)
        return fail(doc.error());
    out() << doc->displayText;
    if (!doc->displayText.endsWith(QLatin1Char('\n')))
        out() << '\n';
    out().flush();
    return Success;
}

} // namespace plens::cli
