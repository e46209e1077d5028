#include "cli/cliutil.h"

#include "import/importer.h"
#include "model/document.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringConverter>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace plens::cli {

namespace {
QTextStream &makeStream(FILE *f)
{
    auto *s = new QTextStream(f); // lives as long as the process; flushed in every use below
    s->setEncoding(QStringConverter::Utf8);
    return *s;
}
} // namespace

QTextStream &out()
{
    static QTextStream &s = makeStream(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream &s = makeStream(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << "policylens-cli: " << message << '\n'
          << QCoreApplication::translate("plens::cli", "Try 'policylens-cli --help' for more information.") << Qt::endl;
    return Usage;
}

int fail(const Error &error)
{
    err() << "policylens-cli: " << error.toString() << Qt::endl;
    return Failure;
}

void warn(const QString &file, const QStringList &warnings)
{
    for (const QString &w : warnings)
        err() << "policylens-cli: " << file << ": " << QCoreApplication::translate("plens::cli", "warning: %1").arg(w)
              << Qt::endl;
}

namespace {
bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}
} // namespace

Result<Document> importForCli(const QString &file, const QString &password, bool contentHash)
{
    ImportOptions options;
    options.password = password;
    options.contentHash = contentHash;
    bool shown = false;
    if (stderrIsTerminal()) {
        int last = -1;
        options.progress = [&](const ImportProgress &p) {
            if (p.recognising && p.percent != last) {
                last = p.percent;
                shown = true;
                err() << '\r'
                      << QCoreApplication::translate("plens::cli", "%1: recognising text on page %2 of %3 (%4%)")
                             .arg(QFileInfo(file).fileName())
                             .arg(p.page + 1)
                             .arg(p.pages)
                             .arg(p.percent)
                      << "   ";
                err().flush();
            }
            return true;
        };
    }
    auto doc = importFile(file, options);
    if (shown)
        err() << '\n';
    if (doc)
        warn(file, doc->warnings);
    err().flush();
    return doc;
}

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Text:
        return QStringLiteral("text");
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Pdf:
        return QStringLiteral("pdf");
    case SourceFormat::Docx:
        return QStringLiteral("docx");
    case SourceFormat::Ofd:
        return QStringLiteral("ofd");
    case SourceFormat::Doc:
        return QStringLiteral("doc");
    }
    return {};
}

Result<std::unique_ptr<Workspace>> openExistingWorkspace(const QString &path)
{
    if (ServerAddress::isUrl(path))
        return Workspace::open(path); // the password: in the URL, PGPASSWORD or the pgpass file
    if (!QFileInfo::exists(path))
        return Error {path, QCoreApplication::translate("plens::cli", "no such workspace")};
    auto ws = Workspace::open(path);
    // Reading goes on from a damaged file, with a word that it is damaged and how to recover it.
    if (ws && !(*ws)->damage().isEmpty())
        err() << "policylens-cli: " << Error {path, (*ws)->readOnlyReason()}.toString() << Qt::endl;
    return ws;
}

QString workspaceHelp()
{
    return QCoreApplication::translate("plens::cli", "the workspace: a .plens file or postgresql://user@host/database");
}

} // namespace plens::cli
